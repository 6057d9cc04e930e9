package org.hewei.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.rules.calendar.DateOutsideCalendarException;
import org.hewei.governance.rules.calendar.Holiday;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The constant-time due dates equal a naive day-by-day count over the whole 2020–2026 range. */
class DeadlineProperties {
  private static final WorkingDayCalendar CAL = WorkingDayCalendar.chinaMainland();
  private static final DeadlineCalculator CALC = DeadlineCalculator.of(CAL);

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  /** Working day by definition, from the holiday list alone. */
  private static boolean working(LocalDate day) {
    for (Holiday h : CAL.holidays()) {
      if (h.makeUpWorkdays().contains(day)) {
        return true;
      }
      if (h.isOffDay(day)) {
        return false;
      }
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private static boolean paused(LocalDate day, List<Pause> pauses) {
    for (Pause p : pauses) {
      if (!day.isBefore(p.first()) && !day.isAfter(p.last())) {
        return true;
      }
    }
    return false;
  }

  private static boolean known(LocalDate day) {
    return !day.isBefore(CAL.firstDate()) && !day.isAfter(CAL.lastDate());
  }

  /** Day by day: empty when the count runs past the calendar. */
  static Optional<LocalDate> naiveDueDate(LocalDate start, LegalPeriod period, List<Pause> pauses) {
    LocalDate day = start;
    if (period.unit() == PeriodUnit.WORKING_DAYS) {
      if (!known(start)) {
        return Optional.empty();
      }
      for (int counted = 0; counted < period.amount(); ) {
        day = day.plusDays(1);
        if (!known(day)) {
          return Optional.empty();
        }
        if (working(day) && !paused(day, pauses)) {
          counted++;
        }
      }
      return Optional.of(day);
    }
    long days =
        period.unit() == PeriodUnit.MONTHS
            ? ChronoUnit.DAYS.between(start, start.plusMonths(period.amount()))
            : period.amount();
    for (long counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (!paused(day, pauses)) {
        counted++;
      }
    }
    while (true) {
      if (!known(day)) {
        return Optional.empty();
      }
      if (working(day)) {
        return Optional.of(day);
      }
      day = day.plusDays(1);
    }
  }

  private static LegalPeriod randomPeriod(SplittableRandom r) {
    switch (r.nextInt(3)) {
      case 0:
        return LegalPeriod.days(1 + r.nextInt(r.nextBoolean() ? 20 : 400));
      case 1:
        return LegalPeriod.workingDays(1 + r.nextInt(r.nextBoolean() ? 10 : 300));
      default:
        return LegalPeriod.months(1 + r.nextInt(r.nextBoolean() ? 3 : 30));
    }
  }

  private static LocalDate randomDate(SplittableRandom r) {
    return CAL.firstDate().plusDays(r.nextInt(2557));
  }

  private static List<Pause> randomPauses(SplittableRandom r, LocalDate start) {
    List<Pause> pauses = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      LocalDate first = start.plusDays(r.nextInt(-5, 60));
      LocalDate last = first.plusDays(r.nextInt(15));
      if (last.isAfter(CAL.lastDate())) {
        last = CAL.lastDate();
      }
      if (!first.isAfter(last) && !first.isBefore(CAL.firstDate())) {
        pauses.add(Pause.of(first, last, "听证" + i));
      }
    }
    return pauses;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void dueDateEqualsNaiveCount(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate start = randomDate(r);
    LegalPeriod period = randomPeriod(r);
    List<Pause> pauses = r.nextInt(3) == 0 ? randomPauses(r, start) : List.of();
    Optional<LocalDate> expected = naiveDueDate(start, period, pauses);
    if (expected.isEmpty()) {
      assertThatThrownBy(() -> CALC.dueDate(start, period, pauses)).isInstanceOf(DateOutsideCalendarException.class);
      return;
    }
    LocalDate due = CALC.dueDate(start, period, pauses);
    assertThat(due).isEqualTo(expected.get());
    assertThat(CAL.isWorkingDay(due)).as("every due date is a working day").isTrue();
    assertThat(due).isAfter(start);
    if (period.unit() == PeriodUnit.WORKING_DAYS && pauses.isEmpty()) {
      assertThat(CAL.workingDaysBetween(start, due)).isEqualTo(period.amount());
    }
    if (period.unit() == PeriodUnit.CALENDAR_DAYS && pauses.isEmpty()) {
      assertThat(due).isAfterOrEqualTo(start.plusDays(period.amount()));
      assertThat(CAL.workingDaysIn(start.plusDays(period.amount()), due.minusDays(1)))
          .as("the last day only moves across rest days")
          .isZero();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void pausesAndExtensionsNeverMoveADeadlineEarlier(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate start = CAL.firstDate().plusDays(r.nextInt(2000));
    LegalPeriod period = randomPeriod(r);
    try {
      Deadline deadline = CALC.deadline(start, period, "basis");
      Deadline paused = CALC.excluding(deadline, Pause.of(start.plusDays(1 + r.nextInt(30)), start.plusDays(31 + r.nextInt(10)), "听证"));
      assertThat(paused.dueDate()).isAfterOrEqualTo(deadline.dueDate());
      int days = 1 + r.nextInt(DeadlineCalculator.PETITION_MAX_EXTENSION_DAYS);
      Deadline extended = CALC.extend(paused, days, DeadlineCalculator.PETITION_MAX_EXTENSION_DAYS);
      assertThat(extended.dueDate()).isAfter(paused.dueDate());
      assertThat(extended.dueDate()).isEqualTo(CALC.dueDate(paused.dueDate(), LegalPeriod.days(days), paused.pauses()));
      assertThat(CAL.isWorkingDay(extended.dueDate())).isTrue();
      assertThat(extended.isOverdue(extended.dueDate())).isFalse();
      assertThat(extended.daysOverdue(extended.dueDate().plusDays(days))).isEqualTo(days);
    } catch (DateOutsideCalendarException e) {
      assertThat(e.lastDate()).isEqualTo(CAL.lastDate());
    }
    int tooLong = DeadlineCalculator.PETITION_MAX_EXTENSION_DAYS + 1 + r.nextInt(100);
    Deadline any = CALC.deadline(LocalDate.of(2022, 1, 4), LegalPeriod.days(60), "basis");
    assertThatThrownBy(() -> CALC.extend(any, tooLong, DeadlineCalculator.PETITION_MAX_EXTENSION_DAYS))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("days: '" + tooLong + "'");
  }
}
