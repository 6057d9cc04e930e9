package org.hewei.governance.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The constant-time answers equal a naive day-by-day walk, for the built-in and random calendars. */
class CalendarProperties {
  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  /** Working day by definition, from the holiday list alone (no index). */
  static boolean naiveWorking(WorkingDayCalendar cal, LocalDate day) {
    for (Holiday h : cal.holidays()) {
      if (h.makeUpWorkdays().contains(day)) {
        return true;
      }
    }
    for (Holiday h : cal.holidays()) {
      if (h.isOffDay(day)) {
        return false;
      }
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  static LocalDate randomDate(SplittableRandom r, WorkingDayCalendar cal) {
    long days = cal.lastDate().toEpochDay() - cal.firstDate().toEpochDay() + 1;
    return cal.firstDate().plusDays(r.nextLong(days));
  }

  /** A random calendar of 1–3 years in 2000–2100 with non-conflicting random holidays. */
  static WorkingDayCalendar randomCalendar(SplittableRandom r) {
    int first = 2000 + r.nextInt(100);
    int last = first + r.nextInt(3);
    WorkingDayCalendar.Builder builder = WorkingDayCalendar.builder().years(first, last);
    Set<LocalDate> off = new HashSet<>();
    Set<LocalDate> work = new HashSet<>();
    int holidays = r.nextInt(12);
    for (int i = 0; i < holidays; i++) {
      int year = first + r.nextInt(last - first + 1);
      LocalDate from = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
      LocalDate to = from.plusDays(r.nextInt(9));
      List<LocalDate> makeUp = new ArrayList<>();
      for (int k = r.nextInt(3); k > 0; k--) {
        LocalDate candidate = to.plusDays(1 + r.nextInt(10));
        if (!makeUp.contains(candidate)) {
          makeUp.add(candidate);
        }
      }
      boolean conflict = false;
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        conflict |= work.contains(day);
      }
      for (LocalDate day : makeUp) {
        conflict |= off.contains(day);
      }
      if (conflict) {
        continue;
      }
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        off.add(day);
      }
      work.addAll(makeUp);
      builder.holiday(Holiday.of(year, "节" + i, from, to, makeUp.toArray(new LocalDate[0])));
    }
    return builder.build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void indexedAnswersEqualNaiveWalk(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    WorkingDayCalendar cal = seed % 2 == 0 ? WorkingDayCalendar.chinaMainland() : randomCalendar(r);
    LocalDate date = randomDate(r, cal);

    assertThat(cal.isWorkingDay(date)).isEqualTo(naiveWorking(cal, date));

    int n = r.nextInt(1, 120) * (r.nextBoolean() ? 1 : -1);
    LocalDate walked = date;
    int counted = 0;
    boolean outside = false;
    while (counted < Math.abs(n)) {
      walked = walked.plusDays(Integer.signum(n));
      if (!cal.contains(walked)) {
        outside = true;
        break;
      }
      if (naiveWorking(cal, walked)) {
        counted++;
      }
    }
    if (outside) {
      assertThatThrownBy(() -> cal.plusWorkingDays(date, n)).isInstanceOf(DateOutsideCalendarException.class);
    } else {
      LocalDate result = cal.plusWorkingDays(date, n);
      assertThat(result).isEqualTo(walked);
      assertThat(cal.isWorkingDay(result)).isTrue();
      // antisymmetric counting of (from, to]: the start day is never counted, the end day always
      int expected = n > 0 || naiveWorking(cal, date) ? n : n + 1;
      assertThat(cal.workingDaysBetween(date, result)).isEqualTo(expected);
      assertThat(cal.workingDaysBetween(result, date)).isEqualTo(-expected);
      if (n > 0) {
        assertThat(cal.plusWorkingDays(date, cal.workingDaysBetween(date, result))).isEqualTo(result);
      }
    }

    LocalDate other = randomDate(r, cal);
    int naiveBetween = 0;
    LocalDate lo = date.isBefore(other) ? date : other;
    LocalDate hi = date.isBefore(other) ? other : date;
    for (LocalDate day = lo.plusDays(1); !day.isAfter(hi); day = day.plusDays(1)) {
      naiveBetween += naiveWorking(cal, day) ? 1 : 0;
    }
    assertThat(cal.workingDaysBetween(date, other)).isEqualTo(date.isBefore(other) ? naiveBetween : -naiveBetween);
    assertThat(cal.workingDaysIn(lo, hi)).isEqualTo(naiveBetween + (naiveWorking(cal, lo) ? 1 : 0));

    LocalDate next = date.plusDays(1);
    while (cal.contains(next) && !naiveWorking(cal, next)) {
      next = next.plusDays(1);
    }
    if (cal.contains(next)) {
      assertThat(cal.nextWorkingDayAfter(date)).isEqualTo(next);
      assertThat(cal.nextWorkingDayOnOrAfter(date)).isEqualTo(naiveWorking(cal, date) ? date : next);
    } else {
      assertThatThrownBy(() -> cal.nextWorkingDayAfter(date)).isInstanceOf(DateOutsideCalendarException.class);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void datesOutsideTheRangeAreRejected(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    WorkingDayCalendar cal = seed % 2 == 0 ? WorkingDayCalendar.chinaMainland() : randomCalendar(r);
    LocalDate outside =
        r.nextBoolean() ? cal.firstDate().minusDays(1 + r.nextInt(5000)) : cal.lastDate().plusDays(1 + r.nextInt(5000));
    assertThat(cal.contains(outside)).isFalse();
    assertThatThrownBy(() -> cal.isWorkingDay(outside))
        .isInstanceOf(DateOutsideCalendarException.class)
        .hasMessageContaining(outside.toString())
        .hasMessageContaining(cal.firstDate() + ".." + cal.lastDate());
    assertThatThrownBy(() -> cal.plusWorkingDays(outside, 1)).isInstanceOf(DateOutsideCalendarException.class);
    assertThatThrownBy(() -> cal.workingDaysBetween(randomDate(r, cal), outside))
        .isInstanceOf(DateOutsideCalendarException.class);
  }
}
