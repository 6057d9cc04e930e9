package org.hewei.governance.rules.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hewei.governance.core.organization.DutyShift;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.immutables.value.Value;

/**
 * 值班表 — the duty shifts a {@link DutyRosterPlanner} produced for a period, ordered by day, then by
 * the policy's requirement order.
 *
 * <pre>{@code
 * Roster roster = planner.plan(range, officials, absences);
 * roster.on(LocalDate.of(2022, 8, 1));              // that day's shifts
 * roster.assignments(OfficialId.of("ZXD-OFF-003"), Role.SECTION_LEVEL_CADRE); // how many
 * }</pre>
 */
@Value.Immutable
public abstract class Roster {
  Roster() {}

  /** The period planned. */
  public abstract DateRange period();

  /** Every shift, by day. */
  public abstract List<DutyShift> shifts();

  static Roster of(DateRange period, List<DutyShift> shifts) {
    return ImmutableRoster.builder().period(period).shifts(shifts).build();
  }

  /** The shifts on {@code day}. */
  public final List<DutyShift> on(LocalDate day) {
    List<DutyShift> result = new ArrayList<>();
    for (DutyShift s : shifts()) {
      if (s.date().equals(day)) {
        result.add(s);
      }
    }
    return result;
  }

  /** How many shifts {@code official} serves in {@code role} over the period. */
  public final long assignments(OfficialId official, Role role) {
    return shifts().stream().filter(s -> s.official().equals(official) && s.role() == role).count();
  }

  /** Period and number of shifts. */
  @Override
  public String toString() {
    return "Roster{period=" + period() + ", shifts=" + shifts().size() + "}";
  }
}
