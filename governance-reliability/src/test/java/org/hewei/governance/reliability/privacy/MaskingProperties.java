package org.hewei.governance.reliability.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.hewei.governance.core.person.CitizenId;
import org.hewei.governance.core.person.Masking;
import org.hewei.governance.core.person.PersonName;
import org.hewei.governance.core.person.PhoneNumber;
import org.hewei.governance.testkit.generate.Cases;
import org.hewei.governance.testkit.generate.Gen;
import org.hewei.governance.testkit.generate.PersonGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Masking helpers against the formats: GB 11643 citizen ID numbers (18 characters, the last one a digit
 * or {@code X}; the 15-digit first generation), mainland mobiles ({@code 1[3-9]} + 9 digits), landlines
 * with an area code, service numbers; and the masked forms that {@code toString} uses.
 */
class MaskingProperties {
  static Stream<org.junit.jupiter.params.provider.Arguments> citizenIds() {
    return Cases.of(PersonGen.citizenIds(), 500);
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> phones() {
    return Cases.of(Gen.oneOf(PersonGen.mobiles(), PersonGen.landlines()), 500);
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> names() {
    return Cases.of(PersonGen.names(), 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("citizenIds")
  void citizenIdKeepsRegionAndLastFourHidesTheBirthDate(long seed, CitizenId id) {
    String v = id.value();
    String masked = Masking.maskCitizenId(v);
    assertThat(v).matches("[1-9]\\d{16}[\\dX]");
    assertThat(masked).isEqualTo(v.substring(0, 6) + "********" + v.substring(14)).hasSize(18);
    assertThat(masked).doesNotContain(v.substring(6, 14)).isNotEqualTo(v);
    assertThat(id.masked()).isEqualTo(masked);
    assertThat(id.toString()).doesNotContain(v).doesNotContain(v.substring(6, 14));
    // the first-generation form and any other length show only their length
    String first = v.substring(0, 6) + v.substring(8, 17);
    assertThat(Masking.maskCitizenId(first)).isEqualTo("(15 chars)");
    assertThat(Masking.maskCitizenId(v + "1")).isEqualTo("(19 chars)");
  }

  @Test
  void citizenIdWithCheckCharacterX() {
    assertThat(Masking.maskCitizenId("11010519491231002X")).isEqualTo("110105********002X");
    assertThat(CitizenId.parse("11010519491231002x").masked()).isEqualTo("110105********002X");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("phones")
  void phoneKeepsPrefixAndLastFour(long seed, PhoneNumber phone) {
    String v = phone.value();
    String masked = Masking.maskPhone(v);
    assertThat(masked).isNotEqualTo(v).endsWith(v.substring(v.length() - 4)).contains("*");
    if (phone.kind() == PhoneNumber.Kind.MOBILE) {
      assertThat(v).matches("1[3-9]\\d{9}");
      assertThat(masked).isEqualTo(v.substring(0, 3) + "****" + v.substring(7));
    } else {
      assertThat(v).matches("0\\d{2,3}-\\d{7,8}");
      String area = v.substring(0, v.indexOf('-') + 1);
      assertThat(masked).startsWith(area).hasSameSizeAs(v)
          .doesNotContain(v.substring(area.length(), v.length() - 4));
    }
    assertThat(phone.toString()).doesNotContain(v);
  }

  @Test
  void serviceNumbersAreNotPersonalAndStay() {
    for (String s : new String[] {"110", "119", "120", "12345", "95588"}) {
      assertThat(Masking.maskPhone(s)).isEqualTo(s);
      assertThat(PhoneNumber.parse(s).isPersonal()).isFalse();
    }
    assertThat(Masking.maskPhone("call 13812345678")).isEqualTo("(16 chars)");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("names")
  void nameKeepsOnlyTheSurname(long seed, PersonName name) {
    String v = name.value();
    String masked = Masking.maskName(v);
    int length = v.codePointCount(0, v.length());
    assertThat(masked.codePointCount(0, masked.length())).isEqualTo(length);
    if (length > 1) {
      assertThat(masked).isNotEqualTo(v).startsWith(v.substring(0, v.offsetByCodePoints(0, 1))).endsWith("*");
    }
    assertThat(name.toString()).doesNotContain(length > 1 ? v : "\u0000");
  }
}
