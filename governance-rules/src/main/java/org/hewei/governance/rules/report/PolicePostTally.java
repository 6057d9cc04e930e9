package org.hewei.governance.rules.report;

import java.time.LocalDate;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.organization.UnitId;
import org.immutables.value.Value;

/**
 * 警务室考核数据 — the police figures a police post (警务室) reports for a day or a reporting period, the
 * ones the seed rewards: "根据刑事发案量、破获案件线索以及情报信息采集等情况予以奖励" — criminal cases
 * occurring in its area (发案量), clues that led to solved cases (破获案件线索) and intelligence items
 * collected (情报信息采集).
 *
 * <p>Decision: these are police records that governance-core does not model, so the ledger takes
 * them as a small input tally per post and date; a tally counts in a report when its {@link #on()}
 * day lies in the report's period. The post's outreach (警民恳谈, 案件回访, 警情通报会) is counted from
 * {@link org.hewei.governance.core.outreach.OutreachActivity} values instead. Counts 0–1,000,000.
 *
 * <pre>{@code
 * PolicePostTally t = PolicePostTally.of(UnitId.of("ZXD-JWS-1"), LocalDate.of(2022, 7, 31), 2, 5, 37);
 * }</pre>
 */
@Value.Immutable
public abstract class PolicePostTally {
  /** Largest count accepted: {@value}. */
  public static final int MAX_COUNT = 1_000_000;

  PolicePostTally() {}

  /** The police post. */
  @Value.Parameter
  public abstract UnitId post();

  /** The day (or the last day of the reporting period) the figures are for. */
  @Value.Parameter
  public abstract LocalDate on();

  /** 刑事发案: criminal cases that occurred in the post's area. */
  @Value.Parameter
  public abstract int criminalCases();

  /** 破获案件线索: clues provided that led to solved cases. */
  @Value.Parameter
  public abstract int caseClues();

  /** 情报信息采集: intelligence items collected. */
  @Value.Parameter
  public abstract int intelligenceItems();

  /** A tally. */
  public static PolicePostTally of(UnitId post, LocalDate on, int criminalCases, int caseClues, int intelligenceItems) {
    return ImmutablePolicePostTally.of(post, on, criminalCases, caseClues, intelligenceItems);
  }

  @Value.Check
  void check() {
    Checks.inRange("criminalCases", criminalCases(), 0, MAX_COUNT);
    Checks.inRange("caseClues", caseClues(), 0, MAX_COUNT);
    Checks.inRange("intelligenceItems", intelligenceItems(), 0, MAX_COUNT);
  }
}
