package org.hewei.governance.rules.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * 节假日安排 — one holiday as a year's notice arranges it: its name, the run of off days (放假) and the
 * make-up workdays (调休上班) that pay for them.
 *
 * <p>{@link #year()} is the year of the notice; the off days may spill into the previous year (the
 * 2023 New Year holiday began on 2022-12-31). A {@linkplain #local() local} holiday is one a local
 * government declares (少数民族节日, 放假办法 Art 4) and a local calendar adds.
 *
 * <pre>{@code
 * Holiday nationalDay = Holiday.of(2022, "国庆节",
 *     LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 7),
 *     LocalDate.of(2022, 10, 8), LocalDate.of(2022, 10, 9));
 * nationalDay.offDays();  // 7
 * nationalDay.toString(); // "国庆节 2022: 2022-10-01..2022-10-07, 调休 [2022-10-08, 2022-10-09]"
 * }</pre>
 */
@Value.Immutable
public abstract class Holiday {
  /** The longest run of off days a holiday may have (the 2020 Spring Festival, extended, had 10). */
  public static final int MAX_OFF_DAYS = 31;

  Holiday() {}

  /** The year of the notice that arranges this holiday. */
  public abstract int year();

  /** The holiday's name as the notice gives it, e.g. {@code "春节"} or {@code "国庆节、中秋节"}. */
  public abstract String name();

  /** The first off day. */
  public abstract LocalDate firstOffDay();

  /** The last off day (inclusive). */
  public abstract LocalDate lastOffDay();

  /** The days the notice makes working days (usually weekend days), in date order. */
  public abstract List<LocalDate> makeUpWorkdays();

  /** Whether a local government, not the State Council, declares this holiday. */
  @Value.Default
  public boolean local() {
    return false;
  }

  /** The number of off days, {@code firstOffDay..lastOffDay} inclusive. */
  public int offDays() {
    return (int) ChronoUnit.DAYS.between(firstOffDay(), lastOffDay()) + 1;
  }

  /** Whether {@code date} is one of this holiday's off days. */
  public boolean isOffDay(LocalDate date) {
    return !date.isBefore(firstOffDay()) && !date.isAfter(lastOffDay());
  }

  /**
   * A national holiday of the notice of {@code year}.
   *
   * @throws org.hewei.governance.core.InvalidValueException if the name is blank or too long, the
   *     range is reversed or longer than {@link #MAX_OFF_DAYS}, a make-up workday is an off day or
   *     repeated, or the year is outside 1900..2199
   */
  public static Holiday of(
      int year, String name, LocalDate firstOffDay, LocalDate lastOffDay, LocalDate... makeUpWorkdays) {
    return create(year, name, firstOffDay, lastOffDay, makeUpWorkdays, false);
  }

  /** A local holiday (地方性节日) of {@code year}; otherwise as {@link #of}. */
  public static Holiday local(
      int year, String name, LocalDate firstOffDay, LocalDate lastOffDay, LocalDate... makeUpWorkdays) {
    return create(year, name, firstOffDay, lastOffDay, makeUpWorkdays, true);
  }

  private static Holiday create(
      int year,
      String name,
      LocalDate firstOffDay,
      LocalDate lastOffDay,
      LocalDate[] makeUpWorkdays,
      boolean local) {
    Checks.required("makeUpWorkdays", makeUpWorkdays);
    LocalDate[] sorted = makeUpWorkdays.clone();
    for (LocalDate day : sorted) {
      Checks.required("makeUpWorkdays", day);
    }
    Arrays.sort(sorted);
    return ImmutableHoliday.builder()
        .year(year)
        .name(Checks.text("name", name, Checks.MAX_LABEL))
        .firstOffDay(Checks.required("firstOffDay", firstOffDay))
        .lastOffDay(Checks.required("lastOffDay", lastOffDay))
        .addMakeUpWorkdays(sorted)
        .local(local)
        .build();
  }

  @Value.Check
  void check() {
    Checks.inRange("year", year(), WorkingDayCalendar.MIN_YEAR, WorkingDayCalendar.MAX_YEAR);
    Checks.check(
        !lastOffDay().isBefore(firstOffDay()),
        "lastOffDay",
        lastOffDay(),
        "must not be before firstOffDay " + firstOffDay());
    Checks.check(
        offDays() <= MAX_OFF_DAYS,
        "lastOffDay",
        lastOffDay(),
        "a holiday has at most " + MAX_OFF_DAYS + " off days, this one " + offDays());
    @Nullable LocalDate previous = null;
    for (LocalDate day : makeUpWorkdays()) {
      Checks.check(!isOffDay(day), "makeUpWorkdays", day, "a make-up workday must not be one of the holiday's off days");
      Checks.check(!day.equals(previous), "makeUpWorkdays", day, "must not be repeated");
      previous = day;
    }
  }

  @Override
  public String toString() {
    return name()
        + " "
        + year()
        + (local() ? " (local)" : "")
        + ": "
        + firstOffDay()
        + ".."
        + lastOffDay()
        + (makeUpWorkdays().isEmpty() ? "" : ", 调休 " + makeUpWorkdays());
  }
}
