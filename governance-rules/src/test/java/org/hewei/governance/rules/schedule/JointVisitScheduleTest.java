package org.hewei.governance.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.rules.calendar.DateOutsideCalendarException;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JointVisitScheduleTest {
  private static final WorkingDayCalendar CAL = WorkingDayCalendar.chinaMainland();
  private static final JointVisitSchedule SEED = JointVisitSchedule.seedDefaults(CAL);

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  @DisplayName("seed 民意5来听: the 5th, 15th and 25th — July 2022 are all working days")
  void seedJuly() {
    assertThat(SEED.daysOfMonth()).containsExactly(5, 15, 25);
    assertThat(SEED.visitDaysIn(YearMonth.of(2022, 7))).containsExactly(d(2022, 7, 5), d(2022, 7, 15), d(2022, 7, 25));
  }

  @Test
  @DisplayName("2022-10 around National Day: 10-05 (holiday) → 10-08 (make-up Saturday), 10-15 (Saturday) → 10-17, 10-25 stays")
  void nationalDay2022() {
    assertThat(SEED.visitDaysIn(YearMonth.of(2022, 10))).containsExactly(d(2022, 10, 8), d(2022, 10, 17), d(2022, 10, 25));
  }

  @Test
  @DisplayName("rest-day rule: never into the next month — 2022-12-31 (Saturday; next working day 2023-01-03) moves back to 12-30")
  void neverIntoNextMonth() {
    JointVisitSchedule s = JointVisitSchedule.builder().calendar(CAL).addDaysOfMonth(25, 31).build();
    assertThat(s.visitDaysIn(YearMonth.of(2022, 12))).containsExactly(d(2022, 12, 26), d(2022, 12, 30));
  }

  @Test
  @DisplayName("rest-day rule: never into the next slot, and dropped when no working day fits (2022-10-01 with a 10-03 slot)")
  void neverIntoNextSlot() {
    JointVisitSchedule s = JointVisitSchedule.builder().calendar(CAL).addDaysOfMonth(1, 3).build();
    // 10-01 → 10-08 would pass the 10-03 slot; backwards 09-30 is last month → dropped; 10-03 → 10-08
    assertThat(s.visitDaysIn(YearMonth.of(2022, 10))).containsExactly(d(2022, 10, 8));
  }

  @Test
  @DisplayName("a configured day past the month's end (the 31st in April) is dropped for that month")
  void shortMonth() {
    JointVisitSchedule s = JointVisitSchedule.builder().calendar(CAL).addDaysOfMonth(31).build();
    assertThat(s.visitDaysIn(YearMonth.of(2022, 4))).isEmpty();
    assertThat(s.visitDaysIn(YearMonth.of(2022, 3))).containsExactly(d(2022, 3, 31));
  }

  @Test
  @DisplayName("PREVIOUS_WORKING_DAY: 2022-10-15 (Saturday) → 10-14; 10-05 has no earlier working day in October → 10-08")
  void previousRule() {
    JointVisitSchedule s = SEED.withRestDayRule(JointVisitSchedule.RestDayRule.PREVIOUS_WORKING_DAY);
    assertThat(s.visitDaysIn(YearMonth.of(2022, 10))).containsExactly(d(2022, 10, 8), d(2022, 10, 14), d(2022, 10, 25));
  }

  @Test
  @DisplayName("KEEP: visits on the nominal days even on rest days")
  void keepRule() {
    JointVisitSchedule s = SEED.withRestDayRule(JointVisitSchedule.RestDayRule.KEEP);
    assertThat(s.visitDaysIn(YearMonth.of(2022, 10))).containsExactly(d(2022, 10, 5), d(2022, 10, 15), d(2022, 10, 25));
  }

  @Test
  @DisplayName("visit days over a range spanning months keep only days inside the range")
  void range() {
    assertThat(SEED.visitDays(DateRange.of(d(2022, 9, 20), d(2022, 10, 10))))
        .containsExactly(d(2022, 9, 26), d(2022, 10, 8)); // 2022-09-25 is a Sunday
  }

  @Test
  @DisplayName("configuration: days 1–31, at least one; months outside the calendar are refused")
  void invalid() {
    assertThatThrownBy(() -> JointVisitSchedule.builder().calendar(CAL).addDaysOfMonth(0).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("daysOfMonth");
    assertThatThrownBy(() -> JointVisitSchedule.builder().calendar(CAL).addDaysOfMonth(32).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> JointVisitSchedule.builder().calendar(CAL).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("daysOfMonth");
    assertThatThrownBy(() -> SEED.visitDaysIn(YearMonth.of(2030, 1))).isInstanceOf(DateOutsideCalendarException.class);
  }
}
