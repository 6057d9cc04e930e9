package org.hewei.governance.rules.report;

import java.util.Map;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.mediation.VenueKind;
import org.immutables.value.Value;

/**
 * 调解台账指标 — the mediation part of a {@link LedgerReport}: cases received in the period and how
 * many were settled.
 *
 * <p>Decision: the success rate (调解成功率) is <i>settled / cases received</i> (opened) in the period,
 * as the seed counts it: the police-station room "共受理非警务类纠纷32件，调解成功29件，调解成功率达90.6%"
 * — 29/32 = 90.625 % → 90.6 % by the half-up rule of {@link Rate}. A case counts as settled when its
 * outcome is {@code SETTLED}; as unsuccessful when it failed, was withdrawn, refused (人民调解法 Art 17),
 * returned to the petition, or closed without settlement; otherwise it is pending. {@code settled +
 * unsuccessful + pending == received}.
 *
 * <pre>{@code
 * MediationFigures m = report.mediation();
 * m.successRate().percentText();                          // "90.6%"
 * m.successByVenue().get(VenueKind.POLICE_STATION_ROOM);  // 29/32 (90.6%)
 * }</pre>
 */
@Value.Immutable
public abstract class MediationFigures {
  MediationFigures() {}

  /** Cases opened (受理) in the period. */
  public abstract long received();

  /** Of those, settled. */
  public abstract long settled();

  /** Of those, ended without settlement. */
  public abstract long unsuccessful();

  /** Of those, still going on. */
  public abstract long pending();

  /** Settled / received per kind of venue (only kinds with cases). */
  public abstract Map<VenueKind, Rate> successByVenue();

  /** 调解成功率: settled / received. */
  public final Rate successRate() {
    return Rate.of(settled(), received());
  }

  @Value.Check
  void check() {
    Checks.check(settled() + unsuccessful() + pending() == received(), "received", received(),
        "must equal settled + unsuccessful + pending");
    long n = 0;
    long d = 0;
    for (Rate r : successByVenue().values()) {
      n += r.numerator();
      d += r.denominator();
    }
    Checks.check(n == settled() && d == received(), "successByVenue", n + "/" + d, "must sum to settled/received");
  }
}
