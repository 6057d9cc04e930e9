package org.hewei.governance.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.hewei.governance.core.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateTest {
  @Test
  @DisplayName("seed: 王伟调解室 settled 29 of 32 non-police disputes → 90.6% (90.625 half-up)")
  void seedPoliceStationRoom() {
    Rate r = Rate.of(29, 32);
    assertThat(r.percent()).contains(new BigDecimal("90.6"));
    assertThat(r.percentText()).isEqualTo("90.6%");
    assertThat(r).hasToString("29/32 (90.6%)");
  }

  @ParameterizedTest(name = "{0}/{1} → {2}")
  @DisplayName("rounding rule: half-up to one decimal on the exact fraction")
  @CsvSource({
    "1, 3, 33.3",
    "2, 3, 66.7",
    "1, 8, 12.5",
    "1, 16, 6.3",
    "1, 6, 16.7",
    "1, 200, 0.5",
    "1, 2000, 0.1",
    "1, 2001, 0.0",
    "0, 5, 0.0",
    "5, 5, 100.0",
    "999, 1000, 99.9",
    "9999, 10000, 100.0"
  })
  void halfUp(long n, long d, String expected) {
    assertThat(Rate.of(n, d).percent()).contains(new BigDecimal(expected));
    assertThat(Rate.of(n, d).percentText()).isEqualTo(expected + "%");
  }

  @Test
  @DisplayName("0/0 has no percentage: n/a, never 0% or NaN")
  void zeroDenominator() {
    Rate r = Rate.of(0, 0);
    assertThat(r.isDefined()).isFalse();
    assertThat(r.percent()).isEmpty();
    assertThat(r.percentText()).isEqualTo("n/a");
    assertThat(r).hasToString("0/0 (n/a)");
  }

  @Test
  @DisplayName("huge counts do not overflow: Long.MAX_VALUE−1 of Long.MAX_VALUE → 100.0%")
  void noOverflow() {
    assertThat(Rate.of(Long.MAX_VALUE - 1, Long.MAX_VALUE).percentText()).isEqualTo("100.0%");
    assertThat(Rate.of(Long.MAX_VALUE / 3, Long.MAX_VALUE).percentText()).isEqualTo("33.3%");
  }

  @Test
  @DisplayName("a rate is a share: 0 ≤ numerator ≤ denominator")
  void invalid() {
    assertThatThrownBy(() -> Rate.of(-1, 3)).isInstanceOf(InvalidValueException.class).hasMessageContaining("numerator");
    assertThatThrownBy(() -> Rate.of(4, 3)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must not exceed the denominator (3)");
    assertThatThrownBy(() -> Rate.of(0, -1)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("equality is on the exact counts: 1/2 ≠ 2/4")
  void equality() {
    assertThat(Rate.of(1, 2)).isEqualTo(Rate.of(1, 2)).isNotEqualTo(Rate.of(2, 4));
    assertThat(Rate.of(1, 2).percent()).isEqualTo(Rate.of(2, 4).percent());
  }
}
