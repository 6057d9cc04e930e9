package org.hewei.governance.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {
  private static final WorkingDayCalendar CAL = WorkingDayCalendar.chinaMainland();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @DisplayName("day kinds pinned by hand from the State Council notices")
  @CsvSource({
    "2022-10-05, HOLIDAY, 国庆节",
    "2022-10-08, MAKE_UP_WORKDAY, 国庆节",
    "2022-10-09, MAKE_UP_WORKDAY, 国庆节",
    "2022-10-10, WORKDAY, ",
    "2022-10-15, WEEKEND, ",
    "2022-12-31, HOLIDAY, 元旦",
    "2023-01-28, MAKE_UP_WORKDAY, 春节",
    "2020-02-03, WORKDAY, 春节",
    "2020-01-31, HOLIDAY, 春节",
    "2024-02-09, WORKDAY, ",
    "2025-01-28, HOLIDAY, 春节",
    "2024-10-12, MAKE_UP_WORKDAY, 国庆节",
    "2025-10-08, HOLIDAY, 国庆节、中秋节",
    "2026-02-28, MAKE_UP_WORKDAY, 春节",
    "2026-01-04, MAKE_UP_WORKDAY, 元旦",
    "2020-01-01, HOLIDAY, 元旦",
    "2026-12-31, WORKDAY, "
  })
  void dayKinds(String date, DayKind kind, String holiday) {
    assertThat(CAL.dayKind(d(date))).isEqualTo(kind);
    assertThat(CAL.isWorkingDay(d(date))).isEqualTo(kind.isWorkingDay());
    assertThat(CAL.isRestDay(d(date))).isEqualTo(!kind.isWorkingDay());
    assertThat(CAL.holiday(d(date)).map(Holiday::name)).isEqualTo(Optional.ofNullable(holiday));
  }

  @Test
  @DisplayName("2023 元旦 belongs to the 2023 notice although it starts on 2022-12-31")
  void holidaySpillsIntoPreviousYear() {
    assertThat(CAL.holiday(d("2022-12-31")).orElseThrow().year()).isEqualTo(2023);
  }

  @Test
  @DisplayName("放假办法 2024 Art 2: from 2025 除夕 and 5月2日 are statutory holidays (13 days instead of 11)")
  void thirteenStatutoryHolidaysFrom2025() {
    assertThat(CAL.isWorkingDay(d("2024-02-09"))).as("除夕 2024 was a working day").isTrue();
    assertThat(CAL.dayKind(d("2025-01-28"))).as("除夕 2025").isEqualTo(DayKind.HOLIDAY);
    assertThat(CAL.dayKind(d("2026-02-16"))).as("除夕 2026").isEqualTo(DayKind.HOLIDAY);
    // net statutory days per notice year: off weekdays minus weekend make-up workdays
    assertThat(netDaysOff(2021)).isEqualTo(11);
    assertThat(netDaysOff(2022)).isEqualTo(11);
    assertThat(netDaysOff(2023)).isEqualTo(11);
    assertThat(netDaysOff(2024)).isEqualTo(11);
    assertThat(netDaysOff(2025)).isEqualTo(13);
    assertThat(netDaysOff(2026)).isEqualTo(13);
    assertThat(netDaysOff(2020)).as("11 + the 3-day COVID-19 extension of 春节").isEqualTo(14 - 1);
  }

  private static int netDaysOff(int year) {
    int net = 0;
    for (Holiday h : CAL.holidays()) {
      if (h.year() != year) {
        continue;
      }
      for (LocalDate day = h.firstOffDay(); !day.isAfter(h.lastOffDay()); day = day.plusDays(1)) {
        net += day.getDayOfWeek().getValue() <= 5 ? 1 : 0;
      }
      for (LocalDate day : h.makeUpWorkdays()) {
        net -= day.getDayOfWeek().getValue() >= 6 ? 1 : 0;
      }
    }
    return net;
  }

  @ParameterizedTest(name = "{0}: {1} working days")
  @DisplayName("working days per year")
  @CsvSource({"2020, 249", "2021, 250", "2022, 249", "2023, 249", "2024, 251", "2025, 248", "2026, 248"})
  void workingDaysPerYear(int year, int days) {
    assertThat(CAL.workingDaysIn(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).isEqualTo(days);
  }

  @Test
  void nextWorkingDayStrictlyAfterAndOnOrAfter() {
    assertThat(CAL.nextWorkingDayAfter(d("2022-09-30"))).isEqualTo(d("2022-10-08"));
    assertThat(CAL.nextWorkingDayAfter(d("2022-10-08"))).isEqualTo(d("2022-10-09"));
    assertThat(CAL.nextWorkingDayOnOrAfter(d("2022-10-08"))).isEqualTo(d("2022-10-08"));
    assertThat(CAL.nextWorkingDayOnOrAfter(d("2022-10-05"))).isEqualTo(d("2022-10-08"));
    assertThat(CAL.nextWorkingDayOnOrAfter(d("2025-01-28"))).isEqualTo(d("2025-02-05"));
    assertThat(CAL.nextWorkingDayAfter(d("2024-03-01"))).isEqualTo(d("2024-03-04"));
  }

  @Test
  @DisplayName("5 working days across the make-up weekend of National Day 2022 (Art 201: start not counted)")
  void plusWorkingDaysAcrossMakeUpSaturday() {
    // 09-30 (1), 10-01..07 off, 10-08 Sat (2), 10-09 Sun (3), 10-10 (4), 10-11 (5)
    assertThat(CAL.plusWorkingDays(d("2022-09-29"), 5)).isEqualTo(d("2022-10-11"));
    assertThat(CAL.workingDaysBetween(d("2022-09-29"), d("2022-10-11"))).isEqualTo(5);
    assertThat(CAL.workingDaysBetween(d("2022-10-11"), d("2022-09-29"))).isEqualTo(-5);
    assertThat(CAL.workingDaysBetween(d("2022-10-03"), d("2022-10-03"))).isZero();
    assertThat(CAL.plusWorkingDays(d("2022-10-08"), -1)).isEqualTo(d("2022-09-30"));
    assertThat(CAL.plusWorkingDays(d("2022-10-05"), 0)).isEqualTo(d("2022-10-05"));
    assertThat(CAL.plusWorkingDays(d("2022-10-05"), -1)).isEqualTo(d("2022-09-30"));
    assertThat(CAL.workingDaysIn(d("2022-10-01"), d("2022-10-09"))).isEqualTo(2);
    assertThat(CAL.workingDaysIn(d("2022-10-09"), d("2022-10-01"))).isZero();
  }

  @Test
  @DisplayName("a date outside 2020–2026 is a DateOutsideCalendarException naming the date and the range")
  @SuppressWarnings("NullAway") // a null on purpose
  void outsideRange() {
    assertThatThrownBy(() -> CAL.isWorkingDay(d("2027-01-04")))
        .isInstanceOf(DateOutsideCalendarException.class)
        .hasMessage("date: '2027-01-04' — is outside the calendar's known range 2020-01-01..2026-12-31 (中国大陆)")
        .satisfies(e -> {
          DateOutsideCalendarException x = (DateOutsideCalendarException) e;
          assertThat(x.date()).isEqualTo(d("2027-01-04"));
          assertThat(x.firstDate()).isEqualTo(d("2020-01-01"));
          assertThat(x.lastDate()).isEqualTo(d("2026-12-31"));
          assertThat(x.field()).isEqualTo("date");
        });
    assertThatThrownBy(() -> CAL.dayKind(d("2019-12-31"))).isInstanceOf(DateOutsideCalendarException.class);
    assertThatThrownBy(() -> CAL.workingDaysBetween(d("2020-01-02"), d("2027-01-01")))
        .isInstanceOf(DateOutsideCalendarException.class)
        .hasMessageStartingWith("to: '2027-01-01'");
    assertThatThrownBy(() -> CAL.plusWorkingDays(d("2026-12-31"), 1))
        .isInstanceOf(DateOutsideCalendarException.class)
        .hasMessageContaining("1 working days from it lies outside the calendar's known range");
    assertThatThrownBy(() -> CAL.plusWorkingDays(d("2020-01-03"), -2))
        .isInstanceOf(DateOutsideCalendarException.class);
    assertThatThrownBy(() -> CAL.nextWorkingDayAfter(d("2026-12-31")))
        .isInstanceOf(DateOutsideCalendarException.class);
    assertThatThrownBy(() -> CAL.isWorkingDay(null)).isInstanceOf(MissingValueException.class);
    assertThat(CAL.contains(d("2026-12-31"))).isTrue();
    assertThat(CAL.contains(d("2027-01-01"))).isFalse();
  }

  @Test
  void describesItself() {
    assertThat(CAL.firstYear()).isEqualTo(2020);
    assertThat(CAL.lastYear()).isEqualTo(2026);
    assertThat(CAL.name()).isEqualTo("中国大陆");
    assertThat(CAL.toString())
        .isEqualTo("WorkingDayCalendar[2020-01-01..2026-12-31 (中国大陆), " + CAL.holidays().size() + " holidays, 1744 working days]");
    assertThat(CAL.toBuilder().build()).isEqualTo(CAL).hasSameHashCodeAs(CAL);
    assertThat(CAL.toBuilder().name("副本").build()).isNotEqualTo(CAL);
  }

  @Test
  @DisplayName("a local calendar adds a local holiday without changing the national one")
  void localCalendar() {
    WorkingDayCalendar local =
        CAL.toBuilder()
            .name("某自治县")
            .holiday(Holiday.local(2024, "那达慕", d("2024-07-15"), d("2024-07-16")))
            .build();
    assertThat(local.dayKind(d("2024-07-15"))).isEqualTo(DayKind.HOLIDAY);
    assertThat(local.holiday(d("2024-07-16")).orElseThrow().local()).isTrue();
    assertThat(local.plusWorkingDays(d("2024-07-12"), 1)).isEqualTo(d("2024-07-17"));
    assertThat(CAL.isWorkingDay(d("2024-07-15"))).isTrue();
    assertThat(local.firstYear()).isEqualTo(2020);
    assertThat(local.lastYear()).isEqualTo(2026);
  }

  @Test
  @DisplayName("the builder adds a year after the built-in range, or starts from weekends only")
  void addYears() {
    WorkingDayCalendar extended =
        CAL.toBuilder().holiday(Holiday.of(2027, "元旦", d("2027-01-01"), d("2027-01-01"))).build();
    assertThat(extended.lastYear()).isEqualTo(2027);
    assertThat(extended.nextWorkingDayAfter(d("2026-12-31"))).isEqualTo(d("2027-01-04"));
    assertThat(extended.isWorkingDay(d("2022-10-08"))).isTrue();

    WorkingDayCalendar weekendsOnly = WorkingDayCalendar.builder().year(2030).build();
    assertThat(weekendsOnly.name()).isEqualTo("自定义");
    assertThat(weekendsOnly.workingDaysIn(d("2030-01-01"), d("2030-12-31"))).isEqualTo(261);
    assertThat(weekendsOnly.holidays()).isEmpty();

    WorkingDayCalendar declared =
        WorkingDayCalendar.builder()
            .years(2027, 2027)
            .holiday(Holiday.of(2027, "春节", d("2027-02-05"), d("2027-02-12"), d("2027-02-14")))
            .build();
    assertThat(declared.dayKind(d("2027-02-14"))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
    assertThat(declared.dayKind(d("2027-02-08"))).isEqualTo(DayKind.HOLIDAY);
    assertThat(declared.dayKind(d("2027-02-15"))).isEqualTo(DayKind.WORKDAY);
  }

  @Test
  @DisplayName("the builder rejects no years, gaps, and a day that is both off and a workday")
  @SuppressWarnings("NullAway") // a null on purpose
  void builderRejects() {
    assertThatThrownBy(() -> WorkingDayCalendar.builder().build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at least one year");
    assertThatThrownBy(() -> WorkingDayCalendar.builder().year(2021).year(2023).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("years: '2021..2023' — the known years must be contiguous, 2022 is missing");
    assertThatThrownBy(() -> CAL.toBuilder().year(2028).build())
        .hasMessageContaining("2027 is missing");
    assertThatThrownBy(
            () ->
                CAL.toBuilder()
                    .holiday(Holiday.local(2022, "本地节", d("2022-10-08"), d("2022-10-08")))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("holidays: '2022-10-08' — a day cannot be both an off day and a make-up workday");
    assertThatThrownBy(
            () ->
                CAL.toBuilder()
                    .holiday(Holiday.local(2022, "本地节", d("2022-11-01"), d("2022-11-01"), d("2022-10-05")))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("holidays: '2022-10-05'");
    assertThatThrownBy(() -> WorkingDayCalendar.builder().year(1899)).hasMessageStartingWith("year: '1899'");
    assertThatThrownBy(() -> WorkingDayCalendar.builder().years(2030, 2029)).hasMessageStartingWith("lastYear: '2029'");
    assertThatThrownBy(() -> WorkingDayCalendar.builder().name(" ")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> WorkingDayCalendar.builder().holiday(null)).isInstanceOf(MissingValueException.class);
  }
}
