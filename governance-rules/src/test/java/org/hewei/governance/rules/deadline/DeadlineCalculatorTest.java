package org.hewei.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.rules.calendar.DateOutsideCalendarException;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTest {
  private static final DeadlineCalculator CALC = DeadlineCalculator.of(WorkingDayCalendar.chinaMainland());

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "{0} + {1} {2} → {3}")
  @DisplayName("due dates pinned by hand (民法典 Art 201–203)")
  @CsvSource({
    // Art 201: start not counted; a last day on a working day stays
    "2022-09-01, 15, CALENDAR_DAYS, 2022-09-16",
    // Art 203: 2022-10-05 is in the National Day week; 10-08 (Sat) was a make-up workday
    "2022-09-20, 15, CALENDAR_DAYS, 2022-10-08",
    // 2024 National Day: off 10-01..10-07, 10-08 is a Tuesday
    "2024-09-20, 15, CALENDAR_DAYS, 2024-10-08",
    // Spring Festival 2023: off 01-21..01-27, 01-28 (Sat) a make-up workday
    "2023-01-10, 15, CALENDAR_DAYS, 2023-01-28",
    // Spring Festival 2025: off 01-28..02-04 (除夕 a statutory holiday from 2025)
    "2025-01-20, 10, CALENDAR_DAYS, 2025-02-05",
    // a plain weekend: Saturday 2024-03-02 → Monday
    "2024-03-01, 1, CALENDAR_DAYS, 2024-03-04",
    // the 60-day handling period from acceptance (信访工作条例 Art 34)
    "2024-01-05, 60, CALENDAR_DAYS, 2024-03-05",
    // Art 202: no corresponding day → last day of the month
    "2023-01-31, 1, MONTHS, 2023-02-28",
    "2024-01-31, 1, MONTHS, 2024-02-29",
    "2024-03-31, 1, MONTHS, 2024-04-30",
    "2022-08-31, 1, MONTHS, 2022-09-30",
    // Art 202 then Art 203: 2021-02-28 is a Sunday
    "2020-02-29, 12, MONTHS, 2021-03-01",
    // corresponding day 2022-10-01 is National Day
    "2022-09-01, 1, MONTHS, 2022-10-08",
    // working days: 09-30 (1), 10-08 Sat (2), 10-09 Sun (3), 10-10 (4), 10-11 (5)
    "2022-09-29, 5, WORKING_DAYS, 2022-10-11",
    // 2024: 09-27 (1), 09-29 Sun make-up (2), 09-30 (3), 10-08 (4), 10-09 (5)
    "2024-09-26, 5, WORKING_DAYS, 2024-10-09",
    // 2025 Spring Festival: 01-26 Sun make-up (1), 01-27 (2), 02-05 (3)
    "2025-01-24, 3, WORKING_DAYS, 2025-02-05",
    // starting on a holiday: 10-07 Sat (1), 10-08 Sun (2), 10-09 (3), 10-10 (4), 10-11 (5)
    "2023-10-01, 5, WORKING_DAYS, 2023-10-11"
  })
  void dueDates(String start, int amount, PeriodUnit unit, String due) {
    LocalDate result = CALC.dueDate(d(start), LegalPeriod.of(amount, unit));
    assertThat(result).isEqualTo(d(due));
    assertThat(CALC.calendar().isWorkingDay(result)).isTrue();
  }

  @Test
  @DisplayName("the explanation names the holiday that moved the last day (Art 203)")
  void explanation() {
    Deadline deadline = CALC.deadline(d("2022-09-20"), LegalPeriod.days(15), "信访工作条例 Art 22");
    assertThat(deadline.dueDate()).isEqualTo(d("2022-10-08"));
    assertThat(deadline.explanation())
        .isEqualTo(
            "15日 from 2022-09-20 (信访工作条例 Art 22): last day 2022-10-05 is a rest day (国庆节), so the period"
                + " ends on the next working day 2022-10-08 (民法典 Art 203) → due 2022-10-08");
    assertThat(CALC.deadline(d("2024-03-01"), LegalPeriod.days(1), "b").explanation())
        .contains("last day 2024-03-02 is a rest day (周六)");
    assertThat(deadline).hasToString("Deadline[15日 from 2022-09-20 → 2022-10-08, 信访工作条例 Art 22]");
    assertThat(deadline.start()).isEqualTo(d("2022-09-20"));
    assertThat(deadline.period()).isEqualTo(LegalPeriod.days(15));
    assertThat(deadline.pauses()).isEmpty();
    assertThat(deadline.extensions()).isEmpty();
  }

  @Test
  @DisplayName("hearing time is not counted (信访工作条例 Art 36)")
  void pauses() {
    Deadline review = CALC.deadline(d("2024-03-01"), LegalPeriod.days(30), "信访工作条例 Art 36");
    assertThat(review.dueDate()).as("03-31 is a Sunday").isEqualTo(d("2024-04-01"));
    Deadline paused = CALC.excluding(review, Pause.of(d("2024-03-11"), d("2024-03-15"), "听证"));
    // 03-31 + 5 = 04-05, 清明节 (off 04-04..04-06); 04-07 (Sun) was a make-up workday
    assertThat(paused.dueDate()).isEqualTo(d("2024-04-07"));
    assertThat(paused.explanation()).contains("5 days paused from 2024-03-11").contains("(清明节)");
    // overlapping pauses count once: 03-11..03-17 = 7 days → 04-07
    Deadline overlapping = CALC.excluding(paused, Pause.of(d("2024-03-13"), d("2024-03-17"), "听证续"));
    assertThat(overlapping.dueDate()).isEqualTo(d("2024-04-07"));
    assertThat(overlapping.pauses()).hasSize(2);
    // a pause before the start or after the last day changes nothing
    assertThat(CALC.dueDate(d("2024-03-01"), LegalPeriod.days(30), List.of(Pause.of(d("2024-02-01"), d("2024-03-01"), "x"))))
        .isEqualTo(d("2024-04-01"));
    assertThat(CALC.dueDate(d("2024-03-01"), LegalPeriod.days(30), List.of(Pause.of(d("2024-04-01"), d("2024-04-30"), "x"))))
        .isEqualTo(d("2024-04-01"));
    // working days: pausing the make-up weekend 2022-10-08/09 takes 2 working days out
    assertThat(CALC.dueDate(d("2022-09-29"), LegalPeriod.workingDays(5), List.of(Pause.of(d("2022-10-01"), d("2022-10-09"), "x"))))
        .isEqualTo(d("2022-10-13"));
    // months: 2023-01-31 + 1 month = 02-28, + 3 paused days = 03-03 (Fri)
    assertThat(CALC.dueDate(d("2023-01-31"), LegalPeriod.months(1), List.of(Pause.of(d("2023-02-01"), d("2023-02-03"), "x"))))
        .isEqualTo(d("2023-03-03"));
  }

  @Test
  @DisplayName("an extension runs from the current due date; the petition cap is 30 days (信访工作条例 Art 34)")
  void extensions() {
    Deadline handling = CALC.deadline(d("2024-01-05"), LegalPeriod.days(60), "信访工作条例 Art 34");
    assertThat(handling.dueDate()).isEqualTo(d("2024-03-05"));
    Deadline extended = CALC.extend(handling, 30, DeadlineCalculator.PETITION_MAX_EXTENSION_DAYS);
    // 03-05 + 30 = 04-04 (清明节) → 04-07, a make-up Sunday
    assertThat(extended.dueDate()).isEqualTo(d("2024-04-07"));
    assertThat(extended.extensions()).containsExactly(LegalPeriod.days(30));
    assertThat(extended.explanation()).contains("extended by 30日 from 2024-03-05");
    assertThat(CALC.extend(handling, LegalPeriod.workingDays(2)).dueDate()).isEqualTo(d("2024-03-07"));
    assertThatThrownBy(() -> CALC.extend(handling, 31, DeadlineCalculator.PETITION_MAX_EXTENSION_DAYS))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("days: '31' — must be between 1 and 30");
    assertThatThrownBy(() -> CALC.extend(handling, 0, 30)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> CALC.extend(handling, 1, 0)).hasMessageStartingWith("maxDays: '0'");
    // extension after a pause keeps the pause
    Deadline pausedThenExtended =
        CALC.extend(CALC.excluding(handling, Pause.of(d("2024-02-01"), d("2024-02-02"), "听证")), LegalPeriod.days(1));
    assertThat(pausedThenExtended.dueDate()).isEqualTo(d("2024-03-08"));
  }

  @Test
  @DisplayName("overdue from the day after the last day (the last day ends at 24:00, Art 203)")
  void overdue() {
    Deadline deadline = CALC.deadline(d("2022-09-20"), LegalPeriod.days(15), "b");
    assertThat(deadline.isOverdue(d("2022-10-08"))).isFalse();
    assertThat(deadline.isOverdue(d("2022-10-09"))).isTrue();
    assertThat(deadline.daysOverdue(d("2022-10-08"))).isZero();
    assertThat(deadline.daysOverdue(d("2022-10-01"))).isZero();
    assertThat(deadline.daysOverdue(d("2022-10-11"))).isEqualTo(3);
    assertThat(DeadlineCalculator.isOverdue(d("2022-10-08"), d("2022-10-09"))).isTrue();
    assertThat(DeadlineCalculator.daysOverdue(d("2022-10-08"), d("2022-10-18"))).isEqualTo(10);
    // 10-09 (make-up Sunday), 10-10, 10-11
    assertThat(CALC.workingDaysOverdue(d("2022-10-08"), d("2022-10-11"))).isEqualTo(3);
    assertThat(CALC.workingDaysOverdue(d("2022-10-08"), d("2022-10-08"))).isZero();
  }

  @Test
  @DisplayName("periods the calendar cannot count are a DateOutsideCalendarException")
  void outsideCalendar() {
    assertThatThrownBy(() -> CALC.dueDate(d("2026-12-20"), LegalPeriod.days(15)))
        .isInstanceOf(DateOutsideCalendarException.class)
        .hasMessage("lastDay: '2027-01-04' — is outside the calendar's known range 2020-01-01..2026-12-31 (中国大陆)");
    assertThatThrownBy(() -> CALC.dueDate(d("2019-12-30"), LegalPeriod.workingDays(5)))
        .isInstanceOf(DateOutsideCalendarException.class)
        .hasMessageStartingWith("start: '2019-12-30'");
    assertThatThrownBy(() -> CALC.dueDate(d("2026-12-28"), LegalPeriod.workingDays(5)))
        .isInstanceOf(DateOutsideCalendarException.class);
    assertThatThrownBy(() -> CALC.dueDate(d("2026-06-01"), LegalPeriod.months(7)))
        .isInstanceOf(DateOutsideCalendarException.class);
    // a calendar-day period may start before the range if its last day is inside
    assertThat(CALC.dueDate(d("2019-12-25"), LegalPeriod.days(15))).isEqualTo(d("2020-01-09"));
  }

  @Test
  @SuppressWarnings("NullAway") // nulls on purpose
  void rejectsBadInput() {
    assertThatThrownBy(() -> LegalPeriod.days(0)).isInstanceOf(InvalidValueException.class).hasMessage("amount: '0' — must be between 1 and 100000");
    assertThatThrownBy(() -> LegalPeriod.of(-1, PeriodUnit.MONTHS)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> LegalPeriod.of(1, null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Pause.of(d("2024-03-02"), d("2024-03-01"), "听证"))
        .hasMessage("last: '2024-03-01' — must not be before first 2024-03-02");
    assertThatThrownBy(() -> Pause.of(d("2024-03-01"), d("2024-03-01"), " ")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> CALC.deadline(d("2024-03-01"), LegalPeriod.days(1), "")).hasMessageStartingWith("basis");
    assertThatThrownBy(() -> CALC.dueDate(null, LegalPeriod.days(1))).isInstanceOf(MissingValueException.class).hasMessage("start: null — is required");
    assertThatThrownBy(() -> CALC.dueDate(d("2024-03-01"), null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> CALC.dueDate(d("2024-03-01"), LegalPeriod.days(1), null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> DeadlineCalculator.of(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> DeadlineCalculator.isOverdue(d("2024-03-01"), null)).isInstanceOf(MissingValueException.class);
  }

  @Test
  void valuesPrintThemselves() {
    assertThat(LegalPeriod.days(60)).hasToString("60日");
    assertThat(LegalPeriod.workingDays(5)).hasToString("5个工作日");
    assertThat(LegalPeriod.months(1)).hasToString("1个月");
    assertThat(LegalPeriod.of(3, PeriodUnit.CALENDAR_DAYS)).isEqualTo(LegalPeriod.days(3));
    Pause hearing = Pause.of(d("2024-03-11"), d("2024-03-15"), "听证");
    assertThat(hearing.days()).isEqualTo(5);
    assertThat(hearing).hasToString("听证 2024-03-11..2024-03-15");
    assertThat(CALC.toString()).startsWith("DeadlineCalculator[WorkingDayCalendar[2020-01-01..2026-12-31");
  }
}
