package org.hewei.governance.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.jurisdiction.DivisionCode;
import org.hewei.governance.core.person.CitizenId;
import org.hewei.governance.core.person.PhoneNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidGenProperties {
  static Stream<Arguments> divisionCodes() {
    return Cases.of(InvalidGen.divisionCodes(), 500);
  }

  static Stream<Arguments> citizenIds() {
    return Cases.of(InvalidGen.citizenIds(), 500);
  }

  static Stream<Arguments> phones() {
    return Cases.of(InvalidGen.phones(), 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("divisionCodes")
  @DisplayName("invalid division codes are rejected by DivisionCode.parse")
  void divisionCodesAreRejected(long seed, String text) {
    assertThatThrownBy(() -> DivisionCode.parse(text)).isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("citizenIds")
  @DisplayName("invalid citizen IDs are rejected by CitizenId.parse and the message hides the number (GB 11643-1999)")
  void citizenIdsAreRejected(long seed, String text) {
    assertThatThrownBy(() -> CitizenId.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> {
          if (text.strip().length() >= 10) {
            assertThat(e.getMessage()).doesNotContain(text.strip());
          }
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("phones")
  @DisplayName("invalid phone numbers are rejected by PhoneNumber.parse")
  void phonesAreRejected(long seed, String text) {
    assertThatThrownBy(() -> PhoneNumber.parse(text)).isInstanceOf(InvalidValueException.class);
  }
}
