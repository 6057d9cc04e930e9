package org.hewei.governance.core.petition;

import java.time.Instant;
import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * 升级记录 — the summary of one escalation kept in a {@link PetitionState}: when, from which level to
 * which, and (for automatic escalations) which rule of which policy decided it. The escalation engine
 * reads these for idempotency (a decision already taken is not repeated) and cool-down.
 *
 * <pre>{@code
 * EscalationRecord r = EscalationRecord.of(Instant.parse("2022-08-01T00:00:00Z"),
 *     JurisdictionLevel.VILLAGE, JurisdictionLevel.MANAGEMENT_DISTRICT, Optional.of("overdue-village"));
 * }</pre>
 */
@Value.Immutable
public abstract class EscalationRecord {
  EscalationRecord() {}

  /** When the escalation happened. */
  @Value.Parameter
  public abstract Instant at();

  /** The level it left. */
  @Value.Parameter
  public abstract JurisdictionLevel fromLevel();

  /** The level it went to (above {@link #fromLevel()}). */
  @Value.Parameter
  public abstract JurisdictionLevel toLevel();

  /** The policy rule that decided it; empty for an escalation decided by an official. */
  @Value.Parameter
  public abstract Optional<String> ruleId();

  /**
   * Whether rule {@code ruleId} decided it. Allocation-free, unlike {@code ruleId().filter(...)}: the
   * escalation engine asks this of every record of every matching state, each evening, for a million
   * states.
   *
   * <pre>{@code
   * record.decidedBy("R1"); // true for an escalation the policy's rule R1 decided
   * }</pre>
   */
  public boolean decidedBy(String ruleId) {
    return Checks.required("ruleId", ruleId).equals(ruleIdText());
  }

  /**
   * The bit that stands for rule {@code ruleId} in {@link PetitionState#escalationRuleBits()}: one of 64,
   * chosen by the id's hash, so different ids may share a bit. A bit that is not set proves that no
   * record of the state was decided by the rule, without reading the records.
   *
   * <pre>{@code
   * if ((s.escalationRuleBits() & EscalationRecord.ruleBit("R4")) == 0) { ... } // R4 never escalated s
   * }</pre>
   */
  public static long ruleBit(String ruleId) {
    return 1L << (Checks.required("ruleId", ruleId).hashCode() & 63);
  }

  /** The text of {@link #ruleId()}, or null: kept once, so that {@link #decidedBy} needs no {@code Optional}. */
  @Value.Derived
  @Value.Auxiliary
  @Nullable String ruleIdText() {
    return ruleId().orElse(null);
  }

  /**
   * A record.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code toLevel} is not above {@code fromLevel} or
   *     the rule id is not an identifier
   */
  public static EscalationRecord of(
      Instant at, JurisdictionLevel fromLevel, JurisdictionLevel toLevel, Optional<String> ruleId) {
    return ImmutableEscalationRecord.of(at, fromLevel, toLevel, Checks.required("ruleId", ruleId));
  }

  @Value.Check
  void check() {
    Checks.check(toLevel().isAbove(fromLevel()), "toLevel", toLevel(), "must be above the level escalated from (" + fromLevel() + ")");
    ruleId().ifPresent(r -> Checks.id("ruleId", r));
  }
}
