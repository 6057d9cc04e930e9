package org.hewei.governance.rules.calendar;

import java.time.LocalDate;
import org.hewei.governance.core.InvalidValueException;

/**
 * 超出工作日历范围 — a working-day question about a date the calendar does not know, or whose answer
 * lies beyond the last day the calendar knows.
 *
 * <p>The message names the date and the known range, so the caller knows which year to add with {@link
 * WorkingDayCalendar#toBuilder()}:
 *
 * <pre>{@code
 * WorkingDayCalendar.chinaMainland().isWorkingDay(LocalDate.of(2027, 1, 4));
 * // date: '2027-01-04' — is outside the calendar's known range 2020-01-01..2026-12-31 (中国大陆)
 * }</pre>
 */
public class DateOutsideCalendarException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final LocalDate firstDate;
  private final LocalDate lastDate;

  /**
   * A question about {@code date} that a calendar knowing {@code firstDate..lastDate} cannot answer.
   *
   * @param field the parameter that carried the date
   * @param date the date asked about
   * @param firstDate the first day the calendar knows
   * @param lastDate the last day the calendar knows
   * @param rule why the question cannot be answered, ending with the range
   */
  public DateOutsideCalendarException(
      String field, LocalDate date, LocalDate firstDate, LocalDate lastDate, String rule) {
    super(field, date.toString(), rule);
    this.date = date;
    this.firstDate = firstDate;
    this.lastDate = lastDate;
  }

  /** The date asked about. */
  public LocalDate date() {
    return date;
  }

  /** The first day the calendar knows. */
  public LocalDate firstDate() {
    return firstDate;
  }

  /** The last day the calendar knows. */
  public LocalDate lastDate() {
    return lastDate;
  }
}
