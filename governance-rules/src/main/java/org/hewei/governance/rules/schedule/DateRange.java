package org.hewei.governance.rules.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * 期间 — a range of days {@code from..to}, both inclusive: the period of a report (台账统计期间) or
 * of a schedule (排班期间).
 *
 * <p>A range whose {@code to} lies before its {@code from} is rejected with an {@link
 * InvalidDateRangeException}; a one-day range ({@code from == to}) is allowed.
 *
 * <pre>{@code
 * DateRange october = DateRange.of(LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 31));
 * october.contains(LocalDate.of(2022, 10, 8)); // true
 * october.days();                              // 31
 * }</pre>
 */
@Value.Immutable
public abstract class DateRange {
  DateRange() {}

  /** The first day (inclusive). */
  @Value.Parameter
  public abstract LocalDate from();

  /** The last day (inclusive), not before {@link #from()}. */
  @Value.Parameter
  public abstract LocalDate to();

  /**
   * The range {@code from..to}.
   *
   * @throws InvalidDateRangeException if {@code to} is before {@code from}
   */
  public static DateRange of(LocalDate from, LocalDate to) {
    return ImmutableDateRange.of(from, to);
  }

  /** The single day {@code day}. */
  public static DateRange day(LocalDate day) {
    return of(day, day);
  }

  /** Whether {@code day} lies in the range (ends included). */
  public final boolean contains(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(to());
  }

  /** The number of days in the range (at least 1). */
  public final long days() {
    return ChronoUnit.DAYS.between(from(), to()) + 1;
  }

  @Value.Check
  void check() {
    if (to().isBefore(from())) {
      throw new InvalidDateRangeException(from(), to());
    }
  }

  /** E.g. {@code "2022-10-01..2022-10-31"}. */
  @Override
  public String toString() {
    return from() + ".." + to();
  }
}
