package org.hewei.governance.rules.schedule;

import java.time.LocalDate;
import org.hewei.governance.core.InvalidValueException;

/**
 * 期间无效 — a period whose last day lies before its first day. Reports and schedules refuse it
 * instead of returning empty or wrong numbers.
 *
 * <pre>{@code
 * DateRange.of(LocalDate.of(2022, 7, 31), LocalDate.of(2022, 7, 1));
 * // to: '2022-07-01' — must not be before from (2022-07-31)
 * }</pre>
 */
public class InvalidDateRangeException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final LocalDate from;
  private final LocalDate to;

  /** The range {@code from..to} with {@code to < from}. */
  public InvalidDateRangeException(LocalDate from, LocalDate to) {
    super("to", to.toString(), "must not be before from (" + from + ")");
    this.from = from;
    this.to = to;
  }

  /** The first day given. */
  public LocalDate from() {
    return from;
  }

  /** The last day given (before {@link #from()}). */
  public LocalDate to() {
    return to;
  }
}
