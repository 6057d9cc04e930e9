package org.hewei.governance.rules.schedule;

import java.time.LocalDate;
import org.hewei.governance.core.organization.OfficialId;
import org.immutables.value.Value;

/**
 * 请假 / 缺勤 — a declared absence of an official over a range of days (both ends inclusive); a
 * roster never puts the official on duty on those days. The reason is not recorded (it may be
 * personal, e.g. sick leave).
 *
 * <pre>{@code
 * Absence leave = Absence.of(OfficialId.of("ZXD-OFF-003"),
 *     DateRange.of(LocalDate.of(2022, 8, 8), LocalDate.of(2022, 8, 12)));
 * leave.covers(LocalDate.of(2022, 8, 10)); // true
 * }</pre>
 */
@Value.Immutable
public abstract class Absence {
  Absence() {}

  /** The absent official. */
  @Value.Parameter
  public abstract OfficialId official();

  /** The days of absence. */
  @Value.Parameter
  public abstract DateRange days();

  /** An absence of {@code official} over {@code days}. */
  public static Absence of(OfficialId official, DateRange days) {
    return ImmutableAbsence.of(official, days);
  }

  /** Whether the official is absent on {@code day}. */
  public final boolean covers(LocalDate day) {
    return days().contains(day);
  }
}
