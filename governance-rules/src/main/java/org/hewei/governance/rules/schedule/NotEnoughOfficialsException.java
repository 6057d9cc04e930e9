package org.hewei.governance.rules.schedule;

import java.time.LocalDate;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.organization.Role;

/**
 * 排班人员不足 — a roster cannot fill a duty on a day: fewer officials holding the role are available
 * (not absent, not already on duty that day) than the policy asks for. The roster is not made at all
 * (no half-filled roster is returned).
 *
 * <pre>{@code
 * // role: 'VILLAGE_CADRE' — needs 2 on 2022-08-09 but only 1 available (not absent, not already on duty)
 * }</pre>
 */
public class NotEnoughOfficialsException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final Role role;
  private final int needed;
  private final int available;

  /** {@code needed} officials of {@code role} were wanted on {@code date}, {@code available} could serve. */
  public NotEnoughOfficialsException(LocalDate date, Role role, int needed, int available) {
    super("role", role.name(), "needs " + needed + " on " + date + " but only " + available
        + " available (not absent, not already on duty)");
    this.date = date;
    this.role = role;
    this.needed = needed;
    this.available = available;
  }

  /** The day that could not be filled (for a weekly duty: the week's first working day in the range). */
  public LocalDate date() {
    return date;
  }

  /** The role short of officials. */
  public Role role() {
    return role;
  }

  /** How many were needed. */
  public int needed() {
    return needed;
  }

  /** How many were available. */
  public int available() {
    return available;
  }
}
