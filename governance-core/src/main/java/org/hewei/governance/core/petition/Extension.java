package org.hewei.governance.core.petition;

import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.organization.OfficialId;
import org.immutables.value.Value;

/**
 * 延期 — an extension of the handling period, approved by the head of the body, with the reason the
 * petitioner is told (条例 Art 34).
 *
 * <p>Only {@code days >= 1} is checked here; the legal cap (at most 30 days, one extension) is a rule
 * of governance-rules, so that a policy can be stricter and a rejection can cite Art 34. The reason
 * may describe the petitioners' circumstances and is never printed.
 *
 * <pre>{@code
 * Extension e = Extension.of(20, "Awaiting the land survey", OfficialId.of("ZXD-OFF-001"));
 * }</pre>
 */
@Value.Immutable
public abstract class Extension {
  Extension() {}

  /** How many days the period is extended by (at least 1). */
  @Value.Parameter
  public abstract int days();

  /** 延期理由: why (personal; at most 20,000 characters). */
  @Value.Parameter
  @Value.Redacted
  public abstract String reason();

  /** The approving head of the body (机关负责人). */
  @Value.Parameter
  public abstract OfficialId approver();

  /**
   * An extension.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code days < 1} or the reason is blank
   *     or too long
   */
  public static Extension of(int days, String reason, OfficialId approver) {
    return ImmutableExtension.of(days, reason, approver);
  }

  @Value.Check
  void check() {
    Checks.atLeast("days", days(), 1);
    Checks.personalText("reason", reason(), Checks.MAX_TEXT);
  }
}
