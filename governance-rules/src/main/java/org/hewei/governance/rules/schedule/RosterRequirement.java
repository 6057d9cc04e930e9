package org.hewei.governance.rules.schedule;

import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.organization.DutyShift;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.immutables.value.Value;

/**
 * 排班要求 — one line of a {@link RosterPolicy}: how many officials of a role serve, in which kind of
 * duty, at which unit, and how often a new set is chosen.
 *
 * <p>{@link Cadence#DAILY}: a new set every working day. {@link Cadence#WEEKLY}: a set per calendar
 * week (Monday–Sunday) that serves every working day of that week (seed: 2 village party secretaries
 * a week at the town centre). Count 1–100.
 *
 * <pre>{@code
 * RosterRequirement r = RosterRequirement.of(
 *     Role.SECTION_LEVEL_CADRE, 1, DutyShift.Kind.RECEPTION, UnitId.of("ZXD-XFB"),
 *     RosterRequirement.Cadence.DAILY);
 * }</pre>
 */
@Value.Immutable
public abstract class RosterRequirement {
  /**
   * 轮换周期 — how often a new set of officials is chosen.
   *
   * <pre>{@code
   * RosterRequirement.Cadence.WEEKLY;
   * }</pre>
   */
  public enum Cadence {
    /** 每个工作日. */
    DAILY,
    /** 每周 (Monday–Sunday): the same officials serve every working day of the week. */
    WEEKLY
  }

  /** Largest count per requirement: {@value}. */
  public static final int MAX_COUNT = 100;

  RosterRequirement() {}

  /** The role the officials must hold and serve in. */
  @Value.Parameter
  public abstract Role role();

  /** How many serve at once (1–100). */
  @Value.Parameter
  public abstract int count();

  /** The kind of duty. */
  @Value.Parameter
  public abstract DutyShift.Kind kind();

  /** Where the duty is done. */
  @Value.Parameter
  public abstract UnitId unit();

  /** How often a new set is chosen. */
  @Value.Parameter
  public abstract Cadence cadence();

  /** A requirement. */
  public static RosterRequirement of(Role role, int count, DutyShift.Kind kind, UnitId unit, Cadence cadence) {
    return ImmutableRosterRequirement.of(role, count, kind, unit, cadence);
  }

  @Value.Check
  void check() {
    Checks.inRange("count", count(), 1, MAX_COUNT);
  }
}
