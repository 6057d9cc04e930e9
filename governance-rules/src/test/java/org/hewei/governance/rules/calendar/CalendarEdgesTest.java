package org.hewei.governance.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.hewei.governance.core.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Holiday look-ups, the calendar's first working day, equality and holiday limits at their edges. */
class CalendarEdgesTest {
  private static final Holiday SPRING = Holiday.of(2030, "春节", LocalDate.of(2030, 2, 2), LocalDate.of(2030, 2, 8),
      LocalDate.of(2030, 2, 9), LocalDate.of(2030, 2, 10));

  private static WorkingDayCalendar withSpring() {
    return WorkingDayCalendar.builder().name("测试").year(2030).holiday(SPRING).build();
  }

  @Test
  @DisplayName("holiday(): its off days and make-up workdays name it; an ordinary day names none")
  void holidayLookUp() {
    WorkingDayCalendar cal = withSpring();
    assertThat(cal.holiday(LocalDate.of(2030, 2, 2))).contains(SPRING);
    assertThat(cal.holiday(LocalDate.of(2030, 2, 8))).contains(SPRING);
    assertThat(cal.holiday(LocalDate.of(2030, 2, 9))).contains(SPRING);
    assertThat(cal.holiday(LocalDate.of(2030, 2, 10))).contains(SPRING);
    assertThat(cal.isWorkingDay(LocalDate.of(2030, 2, 9))).isTrue();
    assertThat(cal.holiday(LocalDate.of(2030, 1, 1))).isEmpty();
    assertThat(cal.holiday(LocalDate.of(2030, 3, 4))).isEmpty();
    assertThat(cal.holiday(LocalDate.of(2030, 2, 11))).isEmpty();
  }

  @Test
  @DisplayName("counting back to the calendar's very first working day works; one more is outside the calendar")
  void firstWorkingDay() {
    WorkingDayCalendar cal = WorkingDayCalendar.builder().year(2030).build(); // 2030-01-01 is a Tuesday
    assertThat(cal.plusWorkingDays(LocalDate.of(2030, 1, 2), -1)).isEqualTo(LocalDate.of(2030, 1, 1));
    assertThat(cal.plusWorkingDays(LocalDate.of(2030, 1, 1), 0)).isEqualTo(LocalDate.of(2030, 1, 1));
    assertThatThrownBy(() -> cal.plusWorkingDays(LocalDate.of(2030, 1, 2), -2))
        .isInstanceOf(DateOutsideCalendarException.class);
    assertThat(cal.plusWorkingDays(LocalDate.of(2030, 12, 30), 1)).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThatThrownBy(() -> cal.plusWorkingDays(LocalDate.of(2030, 12, 30), 2))
        .isInstanceOf(DateOutsideCalendarException.class);
  }

  @Test
  @DisplayName("calendars are equal, with equal hash codes, exactly when name, years and holidays are")
  void equality() {
    WorkingDayCalendar cal = withSpring();
    assertThat(cal).isEqualTo(withSpring()).hasSameHashCodeAs(withSpring());
    WorkingDayCalendar otherName = WorkingDayCalendar.builder().name("别的").year(2030).holiday(SPRING).build();
    WorkingDayCalendar moreYears = WorkingDayCalendar.builder().name("测试").years(2030, 2031).holiday(SPRING).build();
    WorkingDayCalendar earlier = WorkingDayCalendar.builder().name("测试").years(2029, 2030).holiday(SPRING).build();
    WorkingDayCalendar noHoliday = WorkingDayCalendar.builder().name("测试").year(2030).build();
    for (WorkingDayCalendar other : new WorkingDayCalendar[] {otherName, moreYears, earlier, noHoliday}) {
      assertThat(other).isNotEqualTo(cal);
      assertThat(other.hashCode()).as(other.toString()).isNotEqualTo(cal.hashCode());
    }
    assertThat(cal).isNotEqualTo("测试");
  }

  @Test
  @DisplayName("a holiday is national unless declared local; it may last up to MAX_OFF_DAYS days")
  void holidayKindAndLength() {
    assertThat(SPRING.local()).isFalse();
    assertThat(Holiday.local(2030, "三月三", LocalDate.of(2030, 4, 5), LocalDate.of(2030, 4, 5)).local()).isTrue();
    LocalDate first = LocalDate.of(2030, 7, 1);
    assertThat(Holiday.of(2030, "长", first, first.plusDays(Holiday.MAX_OFF_DAYS - 1)).offDays())
        .isEqualTo(Holiday.MAX_OFF_DAYS);
    assertThatThrownBy(() -> Holiday.of(2030, "太长", first, first.plusDays(Holiday.MAX_OFF_DAYS)))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("lastOffDay");
  }
}
