package org.hewei.governance.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * 工作日历 — an immutable working-day calendar over a contiguous range of whole years: Saturdays and
 * Sundays are rest days, each holiday's off days are rest days, and make-up workdays (调休上班) are
 * working days.
 *
 * <p>All queries take constant time: at build time the calendar precomputes, for every day of its
 * range, the kind of day, how many working days come before it, and an index from a working day's
 * ordinal back to its date. A date outside the range throws {@link DateOutsideCalendarException}, as
 * does an answer that would lie beyond the last known day.
 *
 * <pre>{@code
 * WorkingDayCalendar cal = WorkingDayCalendar.chinaMainland();        // 2020–2026
 * cal.isWorkingDay(LocalDate.of(2022, 10, 8));                         // true (调休, 国庆节)
 * cal.nextWorkingDayAfter(LocalDate.of(2022, 9, 30));                  // 2022-10-08
 * cal.nextWorkingDayOnOrAfter(LocalDate.of(2022, 10, 5));              // 2022-10-08
 * cal.plusWorkingDays(LocalDate.of(2022, 9, 29), 5);                   // 2022-10-11
 * cal.workingDaysBetween(LocalDate.of(2022, 9, 29), LocalDate.of(2022, 10, 11)); // 5
 * cal.holiday(LocalDate.of(2022, 10, 5)).map(Holiday::name);           // Optional[国庆节]
 *
 * WorkingDayCalendar local = cal.toBuilder()                           // a local calendar
 *     .name("某自治县")
 *     .holiday(Holiday.local(2024, "那达慕", LocalDate.of(2024, 7, 15), LocalDate.of(2024, 7, 16)))
 *     .build();
 * WorkingDayCalendar next = WorkingDayCalendar.builder()               // from empty
 *     .years(2027, 2027)
 *     .holiday(Holiday.of(2027, "元旦", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)))
 *     .build();
 * }</pre>
 */
@SuppressWarnings("EnumOrdinal") // day kinds are packed into a byte array by ordinal, read back through DayKind.values()
public final class WorkingDayCalendar {
  /**
   * 北京时间 — the zone in which the mainland calendar's days are counted (China Standard Time,
   * {@code Asia/Shanghai}). Every rule that turns an {@link java.time.Instant} into a day uses it by
   * default.
   */
  public static final ZoneId CHINA_STANDARD_TIME = ZoneId.of("Asia/Shanghai");

  /** The earliest year a calendar may know. */
  public static final int MIN_YEAR = 1900;

  /** The latest year a calendar may know. */
  public static final int MAX_YEAR = 2199;

  private static final byte NONE = 0;
  private static final byte OFF = 1;
  private static final byte WORK = 2;
  private static final DayKind[] KINDS = DayKind.values();

  private static final WorkingDayCalendar CHINA_MAINLAND =
      new Builder()
          .name("中国大陆")
          .years(ChinaMainlandHolidays.FIRST_YEAR, ChinaMainlandHolidays.LAST_YEAR)
          .holidays(ChinaMainlandHolidays.all())
          .build();

  private final String name;
  private final int firstYear;
  private final int lastYear;
  private final LocalDate firstDate;
  private final LocalDate lastDate;
  private final long firstEpochDay;
  private final List<Holiday> holidays;
  /** Per day offset: the ordinal of its {@link DayKind}. */
  private final byte[] kinds;
  /** Per day offset: the index in {@link #holidays} that names the day, or -1. */
  private final short[] holidayIndex;
  /** Per day offset {@code i} (0..length): the number of working days at offsets {@code < i}. */
  private final int[] workingBefore;
  /** Per working-day ordinal (0-based): its day offset. */
  private final int[] workingDays;

  private WorkingDayCalendar(Builder builder, int firstYear, int lastYear) {
    this.name = builder.name;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.firstDate = LocalDate.of(firstYear, 1, 1);
    this.lastDate = LocalDate.of(lastYear, 12, 31);
    this.firstEpochDay = firstDate.toEpochDay();
    this.holidays = List.copyOf(builder.holidays);
    int length = (int) (lastDate.toEpochDay() - firstEpochDay + 1);
    kinds = new byte[length];
    holidayIndex = new short[length];
    Arrays.fill(holidayIndex, (short) -1);
    byte[] declared = new byte[length];
    for (int i = 0; i < length; i++) {
      DayOfWeek dow = DayOfWeek.of((int) Math.floorMod(firstEpochDay + i + 3, 7L) + 1);
      boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
      kinds[i] = (byte) (weekend ? DayKind.WEEKEND : DayKind.WORKDAY).ordinal();
    }
    for (int h = 0; h < holidays.size(); h++) {
      Holiday holiday = holidays.get(h);
      long from = Math.max(holiday.firstOffDay().toEpochDay(), firstEpochDay);
      long to = Math.min(holiday.lastOffDay().toEpochDay(), lastDate.toEpochDay());
      for (long day = from; day <= to; day++) {
        int i = (int) (day - firstEpochDay);
        checkNoConflict(declared[i], WORK, holiday, day);
        if (declared[i] == NONE) {
          holidayIndex[i] = (short) h;
        }
        declared[i] = OFF;
        kinds[i] = (byte) DayKind.HOLIDAY.ordinal();
      }
      for (LocalDate workday : holiday.makeUpWorkdays()) {
        if (!contains(workday)) {
          continue;
        }
        int i = offset(workday);
        checkNoConflict(declared[i], OFF, holiday, workday.toEpochDay());
        if (declared[i] == NONE) {
          holidayIndex[i] = (short) h;
        }
        declared[i] = WORK;
        kinds[i] = (byte) (kinds[i] == DayKind.WEEKEND.ordinal() ? DayKind.MAKE_UP_WORKDAY : DayKind.WORKDAY).ordinal();
      }
    }
    workingBefore = new int[length + 1];
    int count = 0;
    for (int i = 0; i < length; i++) {
      workingBefore[i] = count;
      if (KINDS[kinds[i]].isWorkingDay()) {
        count++;
      }
    }
    workingBefore[length] = count;
    workingDays = new int[count];
    for (int i = 0; i < length; i++) {
      if (KINDS[kinds[i]].isWorkingDay()) {
        workingDays[workingBefore[i]] = i;
      }
    }
  }

  private static void checkNoConflict(byte declared, byte conflicting, Holiday holiday, long epochDay) {
    if (declared == conflicting) {
      throw new InvalidValueException(
          "holidays",
          LocalDate.ofEpochDay(epochDay).toString(),
          "a day cannot be both an off day and a make-up workday (conflict with " + holiday.name() + " " + holiday.year() + ")");
    }
  }

  /** 中国大陆工作日历: weekends, statutory holidays and make-up workdays 2020–2026 (State Council notices). */
  public static WorkingDayCalendar chinaMainland() {
    return CHINA_MAINLAND;
  }

  /** An empty builder: no years, no holidays; see {@link Builder}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this calendar's name, years and holidays, to add years or local holidays. */
  public Builder toBuilder() {
    return new Builder().name(name).years(firstYear, lastYear).holidays(holidays);
  }

  /** The calendar's name, for explanations, e.g. {@code "中国大陆"}. */
  public String name() {
    return name;
  }

  /** The first year the calendar knows. */
  public int firstYear() {
    return firstYear;
  }

  /** The last year the calendar knows. */
  public int lastYear() {
    return lastYear;
  }

  /** January 1 of {@link #firstYear()}. */
  public LocalDate firstDate() {
    return firstDate;
  }

  /** December 31 of {@link #lastYear()}. */
  public LocalDate lastDate() {
    return lastDate;
  }

  /** The holidays, in the order they were added. */
  public List<Holiday> holidays() {
    return holidays;
  }

  /** Whether {@code date} lies in the known range. */
  public boolean contains(LocalDate date) {
    long day = Checks.required("date", date).toEpochDay();
    return day >= firstEpochDay && day <= lastDate.toEpochDay();
  }

  /** The kind of {@code date}. */
  public DayKind dayKind(LocalDate date) {
    return KINDS[kinds[checkedOffset("date", date)]];
  }

  /** Whether {@code date} is a working day (a weekday that is no off day, or a make-up workday). */
  public boolean isWorkingDay(LocalDate date) {
    return dayKind(date).isWorkingDay();
  }

  /** Whether {@code date} is a rest day (a weekend day that is no make-up workday, or an off day). */
  public boolean isRestDay(LocalDate date) {
    return !isWorkingDay(date);
  }

  /**
   * The holiday whose notice arranges {@code date} — as an off day or as a make-up workday — if any.
   * Where two holidays declare the same off day, the one added first names it.
   */
  public Optional<Holiday> holiday(LocalDate date) {
    int index = holidayIndex[checkedOffset("date", date)];
    return index < 0 ? Optional.empty() : Optional.of(holidays.get(index));
  }

  /** The first working day strictly after {@code date} (下一个工作日). */
  public LocalDate nextWorkingDayAfter(LocalDate date) {
    int i = checkedOffset("date", date);
    return workingDay(workingBefore[i + 1], date, "the next working day after it");
  }

  /** {@code date} if it is a working day, otherwise the first working day after it. */
  public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
    int i = checkedOffset("date", date);
    return workingDay(workingBefore[i], date, "the next working day on or after it");
  }

  /**
   * The {@code n}-th working day after {@code date} (the start day is not counted, 民法典 Art 201); for
   * negative {@code n} the {@code |n|}-th working day before it; {@code date} itself for 0.
   *
   * <pre>{@code
   * cal.plusWorkingDays(LocalDate.of(2022, 9, 30), 1);  // 2022-10-08 (make-up Saturday)
   * cal.plusWorkingDays(LocalDate.of(2022, 10, 8), -1); // 2022-09-30
   * }</pre>
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    int i = checkedOffset("date", date);
    if (n == 0) {
      return date;
    }
    long ordinal = n > 0 ? (long) workingBefore[i + 1] + n - 1 : (long) workingBefore[i] + n;
    return workingDay(ordinal, date, n + " working days from it");
  }

  /**
   * The number of working days after {@code from} up to and including {@code to}; negative (minus
   * the working days after {@code to} up to and including {@code from}) when {@code to} is earlier.
   * The count is antisymmetric: {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}. For a
   * working day {@code to} after {@code from}, {@code plusWorkingDays(from, workingDaysBetween(from, to))} is
   * {@code to}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int a = checkedOffset("from", from);
    int b = checkedOffset("to", to);
    return workingBefore[b + 1] - workingBefore[a + 1];
  }

  /** The number of working days in {@code first..last} inclusive; 0 when {@code last < first}. */
  public int workingDaysIn(LocalDate first, LocalDate last) {
    int a = checkedOffset("first", first);
    int b = checkedOffset("last", last);
    return b < a ? 0 : workingBefore[b + 1] - workingBefore[a];
  }

  private LocalDate workingDay(long ordinal, LocalDate asked, String what) {
    if (ordinal < 0 || ordinal >= workingDays.length) {
      throw new DateOutsideCalendarException(
          "date",
          asked,
          firstDate,
          lastDate,
          what + " lies outside the calendar's known range " + range());
    }
    return LocalDate.ofEpochDay(firstEpochDay + workingDays[(int) ordinal]);
  }

  private int offset(LocalDate date) {
    return (int) (date.toEpochDay() - firstEpochDay);
  }

  private int checkedOffset(String field, LocalDate date) {
    if (!contains(Checks.required(field, date))) {
      throw new DateOutsideCalendarException(
          field, date, firstDate, lastDate, "is outside the calendar's known range " + range());
    }
    return offset(date);
  }

  private String range() {
    return firstDate + ".." + lastDate + " (" + name + ")";
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof WorkingDayCalendar
        && ((WorkingDayCalendar) other).name.equals(name)
        && ((WorkingDayCalendar) other).firstYear == firstYear
        && ((WorkingDayCalendar) other).lastYear == lastYear
        && ((WorkingDayCalendar) other).holidays.equals(holidays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, firstYear, lastYear, holidays);
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar[" + range() + ", " + holidays.size() + " holidays, " + workingDays.length + " working days]";
  }

  /**
   * 工作日历构建器 — declares the known years and the holidays. A holiday declares its notice year as
   * known; {@link #years} and {@link #year} declare years with weekends only (until holidays are
   * added). The known years must form a contiguous range.
   *
   * <pre>{@code
   * WorkingDayCalendar cal = WorkingDayCalendar.chinaMainland().toBuilder()
   *     .holiday(Holiday.of(2027, "元旦", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)))
   *     .build(); // knows 2020–2027
   * }</pre>
   */
  public static final class Builder {
    private String name = "自定义";
    private final List<Holiday> holidays = new ArrayList<>();
    private final TreeSet<Integer> years = new TreeSet<>();
    private int first = Integer.MAX_VALUE;
    private int last = Integer.MIN_VALUE;

    Builder() {}

    /** The calendar's name for explanations (at most 200 characters); default {@code "自定义"}. */
    public Builder name(String name) {
      this.name = Checks.text("name", name, Checks.MAX_LABEL);
      return this;
    }

    /** Declares {@code year} as known. */
    public Builder year(int year) {
      Checks.inRange("year", year, MIN_YEAR, MAX_YEAR);
      years.add(year);
      first = Math.min(first, year);
      last = Math.max(last, year);
      return this;
    }

    /** Declares every year {@code firstYear..lastYear} as known. */
    public Builder years(int firstYear, int lastYear) {
      Checks.inRange("firstYear", firstYear, MIN_YEAR, MAX_YEAR);
      Checks.inRange("lastYear", lastYear, firstYear, MAX_YEAR);
      for (int year = firstYear; year <= lastYear; year++) {
        year(year);
      }
      return this;
    }

    /** Adds a holiday (national or local) and declares its notice year as known. */
    public Builder holiday(Holiday holiday) {
      Checks.required("holiday", holiday);
      year(holiday.year());
      holidays.add(holiday);
      return this;
    }

    /** Adds every holiday of {@code holidays}. */
    public Builder holidays(Iterable<Holiday> holidays) {
      for (Holiday holiday : Checks.required("holidays", holidays)) {
        holiday(holiday);
      }
      return this;
    }

    /**
     * The calendar.
     *
     * @throws InvalidValueException if no year is known, the known years have a gap, or a day is both
     *     an off day and a make-up workday
     */
    public WorkingDayCalendar build() {
      Checks.check(first <= last, "years", "[]", "a calendar must know at least one year");
      for (int year = first; year <= last; year++) {
        if (!years.contains(year)) {
          throw new InvalidValueException(
              "years", first + ".." + last, "the known years must be contiguous, " + year + " is missing");
        }
      }
      return new WorkingDayCalendar(this, first, last);
    }
  }
}
