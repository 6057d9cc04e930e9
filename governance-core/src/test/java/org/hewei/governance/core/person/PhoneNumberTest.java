package org.hewei.governance.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.person.PhoneNumber.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {
  @ParameterizedTest
  @CsvSource({
    "13812345678, 13812345678, MOBILE, 138****5678",
    "'138 1234 5678', 13812345678, MOBILE, 138****5678",
    "+8619912345678, 19912345678, MOBILE, 199****5678",
    "008615012345678, 15012345678, MOBILE, 150****5678",
    "0537-5212345, 0537-5212345, LANDLINE, 0537-***2345",
    "05375212345, 0537-5212345, LANDLINE, 0537-***2345",
    "010-62345678, 010-62345678, LANDLINE, 010-****5678",
    "02087654321, 020-87654321, LANDLINE, 020-****4321",
    "12345, 12345, SERVICE, 12345",
    "110, 110, SERVICE, 110",
    "120, 120, SERVICE, 120",
    "95588, 95588, SERVICE, 95588"
  })
  void acceptedForms(String input, String value, Kind kind, String masked) {
    PhoneNumber phone = PhoneNumber.parse(input);
    assertThat(phone.value()).isEqualTo(value);
    assertThat(phone.kind()).isEqualTo(kind);
    assertThat(phone.masked()).isEqualTo(masked);
    assertThat(phone.toString()).isEqualTo(masked);
    assertThat(phone.isPersonal()).isEqualTo(kind != Kind.SERVICE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "1381234567", "138123456789", "12812345678", "23812345678", "1381234567a",
        "0537-0212345", "0537-1212345", "053-75212345", "0537-521234", "0537-521234567", "01012345678",
        "0537--5212345", "1234", "99999", "+8605375212345", "张三"
      })
  void malformedNumbersRejected(String input) {
    assertThatThrownBy(() -> PhoneNumber.parse(input))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("phone")
        .hasMessageContaining("must be a mobile number");
  }

  @Test
  void rejectionMasksTheInput() {
    assertThatThrownBy(() -> PhoneNumber.parse("138123456789"))
        .hasMessageNotContaining("138123456789")
        .hasMessageContaining("138*****6789");
    assertThatThrownBy(() -> PhoneNumber.parse("张三的电话"))
        .hasMessageNotContaining("张三")
        .hasMessageContaining("(5 chars)");
  }

  @Test
  void nullIsMissing() {
    assertThatThrownBy(() -> PhoneNumber.parse(null)).isInstanceOf(MissingValueException.class);
  }

  @Test
  void equalityByNormalisedValue() {
    assertThat(PhoneNumber.parse("05375212345")).isEqualTo(PhoneNumber.parse("0537-5212345"))
        .hasSameHashCodeAs(PhoneNumber.parse("0537 5212345"));
    assertThat(PhoneNumber.parse("13812345678")).isNotEqualTo(PhoneNumber.parse("13812345679")).isNotEqualTo("13812345678");
  }
}
