package org.hewei.governance.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  @Test
  @DisplayName("both ends are inclusive; a one-day range is allowed")
  void inclusive() {
    DateRange r = DateRange.of(LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 31));
    assertThat(r.days()).isEqualTo(31);
    assertThat(r.contains(LocalDate.of(2022, 10, 1))).isTrue();
    assertThat(r.contains(LocalDate.of(2022, 10, 31))).isTrue();
    assertThat(r.contains(LocalDate.of(2022, 11, 1))).isFalse();
    assertThat(r.contains(LocalDate.of(2022, 9, 30))).isFalse();
    assertThat(DateRange.day(LocalDate.of(2022, 7, 25)).days()).isEqualTo(1);
    assertThat(r).hasToString("2022-10-01..2022-10-31");
  }

  @Test
  @DisplayName("a period ending before it starts is an InvalidDateRangeException naming both days")
  void backwards() {
    assertThatThrownBy(() -> DateRange.of(LocalDate.of(2022, 7, 2), LocalDate.of(2022, 7, 1)))
        .isInstanceOfSatisfying(InvalidDateRangeException.class, e -> {
          assertThat(e.from()).isEqualTo(LocalDate.of(2022, 7, 2));
          assertThat(e.to()).isEqualTo(LocalDate.of(2022, 7, 1));
          assertThat(e.field()).isEqualTo("to");
        });
  }
}
