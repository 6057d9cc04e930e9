package org.hewei.governance.rules.calendar;

/**
 * 日类型 — what kind of day a date is in a {@link WorkingDayCalendar}.
 *
 * <pre>{@code
 * WorkingDayCalendar.chinaMainland().dayKind(LocalDate.of(2022, 10, 8)); // MAKE_UP_WORKDAY
 * }</pre>
 */
public enum DayKind {
  /** 工作日: Monday to Friday with no holiday (or a weekday a notice expressly keeps as a workday). */
  WORKDAY(true),
  /** 公休日: Saturday or Sunday that no notice turns into a workday. */
  WEEKEND(false),
  /** 法定节假日（放假日）: an off day of a statutory or local holiday, whatever the weekday. */
  HOLIDAY(false),
  /** 调休上班日: a Saturday or Sunday that a holiday notice makes a working day. */
  MAKE_UP_WORKDAY(true);

  private final boolean working;

  DayKind(boolean working) {
    this.working = working;
  }

  /** Whether a day of this kind is a working day. */
  public boolean isWorkingDay() {
    return working;
  }
}
