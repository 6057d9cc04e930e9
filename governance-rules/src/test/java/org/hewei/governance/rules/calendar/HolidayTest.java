package org.hewei.governance.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.junit.jupiter.api.Test;

class HolidayTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void holidayKnowsItsOffDaysAndMakeUpWorkdays() {
    Holiday h = Holiday.of(2022, "国庆节", d("2022-10-01"), d("2022-10-07"), d("2022-10-09"), d("2022-10-08"));
    assertThat(h.offDays()).isEqualTo(7);
    assertThat(h.makeUpWorkdays()).containsExactly(d("2022-10-08"), d("2022-10-09"));
    assertThat(h.isOffDay(d("2022-10-01"))).isTrue();
    assertThat(h.isOffDay(d("2022-10-07"))).isTrue();
    assertThat(h.isOffDay(d("2022-10-08"))).isFalse();
    assertThat(h.isOffDay(d("2022-09-30"))).isFalse();
    assertThat(h.local()).isFalse();
    assertThat(h).hasToString("国庆节 2022: 2022-10-01..2022-10-07, 调休 [2022-10-08, 2022-10-09]");
    assertThat(Holiday.local(2024, "那达慕", d("2024-07-15"), d("2024-07-16")))
        .hasToString("那达慕 2024 (local): 2024-07-15..2024-07-16");
  }

  @Test
  @SuppressWarnings("NullAway") // nulls on purpose
  void holidayRejectsBadInput() {
    assertThatThrownBy(() -> Holiday.of(2022, "x", d("2022-10-07"), d("2022-10-01")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("lastOffDay: '2022-10-01' — must not be before firstOffDay");
    assertThatThrownBy(() -> Holiday.of(2022, "x", d("2022-01-01"), d("2022-02-01")))
        .hasMessageContaining("at most 31 off days, this one 32");
    assertThatThrownBy(() -> Holiday.of(2022, "x", d("2022-10-01"), d("2022-10-07"), d("2022-10-03")))
        .hasMessageStartingWith("makeUpWorkdays: '2022-10-03' — a make-up workday must not be one of the holiday's off days");
    assertThatThrownBy(() -> Holiday.of(2022, "x", d("2022-10-01"), d("2022-10-07"), d("2022-10-08"), d("2022-10-08")))
        .hasMessageStartingWith("makeUpWorkdays: '2022-10-08' — must not be repeated");
    assertThatThrownBy(() -> Holiday.of(2022, " ", d("2022-10-01"), d("2022-10-07")))
        .hasMessageStartingWith("name: ' ' — must not be blank");
    assertThatThrownBy(() -> Holiday.of(2200, "x", d("2200-10-01"), d("2200-10-07")))
        .hasMessageStartingWith("year: '2200'");
    assertThatThrownBy(() -> Holiday.of(2022, "x", null, d("2022-10-07")))
        .isInstanceOf(MissingValueException.class)
        .hasMessage("firstOffDay: null — is required");
    assertThatThrownBy(() -> Holiday.of(2022, "x", d("2022-10-01"), d("2022-10-07"), (LocalDate) null))
        .isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Holiday.of(2022, "x", d("2022-10-01"), d("2022-10-07"), (LocalDate[]) null))
        .isInstanceOf(MissingValueException.class);
  }
}
