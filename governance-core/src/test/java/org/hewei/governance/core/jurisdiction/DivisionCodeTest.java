package org.hewei.governance.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

  @Test
  @DisplayName("Zoucheng 370883 (REGULATIONS.md Codes) parses as a county-level GB/T 2260 code")
  void zouchengIsACounty() {
    DivisionCode zoucheng = DivisionCode.parse("370883");
    assertThat(zoucheng.value()).isEqualTo("370883000000");
    assertThat(zoucheng.level()).isEqualTo(JurisdictionLevel.COUNTY);
    assertThat(zoucheng.gbt2260()).isEqualTo("370883");
    assertThat(zoucheng).isEqualTo(DivisionCode.parse("370883000000"));
    assertThat(zoucheng.toString()).isEqualTo("370883000000");
  }

  @Test
  void townshipAndVillageOfZoucheng() {
    DivisionCode town = DivisionCode.parse("370883103000");
    DivisionCode village = DivisionCode.parse("370883103201");
    assertThat(town.level()).isEqualTo(JurisdictionLevel.TOWNSHIP);
    assertThat(village.level()).isEqualTo(JurisdictionLevel.VILLAGE);
    assertThat(village.parent()).contains(town);
    assertThat(town.parent()).contains(DivisionCode.parse("370883"));
    assertThat(DivisionCode.parse("370883").parent()).contains(DivisionCode.parse("370800"));
    assertThat(DivisionCode.parse("370800").parent()).contains(DivisionCode.parse("370000"));
    assertThat(DivisionCode.parse("370000").parent()).isEmpty();
    assertThat(village.gbt2260()).isEqualTo("370883");
  }

  @Test
  @DisplayName("Beijing 110101 (东城区): municipalities have a non-zero prefecture group")
  void beijingDongcheng() {
    DivisionCode dongcheng = DivisionCode.parse("110101");
    assertThat(dongcheng.level()).isEqualTo(JurisdictionLevel.COUNTY);
    assertThat(dongcheng.parent().orElseThrow().level()).isEqualTo(JurisdictionLevel.PREFECTURE);
    assertThat(DivisionCode.parse("110000").level()).isEqualTo(JurisdictionLevel.PROVINCE);
  }

  @Test
  @DisplayName("Dongguan 441900003000: a township directly below a prefecture without counties")
  void dongguanTownship() {
    DivisionCode town = DivisionCode.parse("441900003000");
    assertThat(town.level()).isEqualTo(JurisdictionLevel.TOWNSHIP);
    assertThat(town.parent()).contains(DivisionCode.parse("441900"));
    assertThat(DivisionCode.parse("441900").level()).isEqualTo(JurisdictionLevel.PREFECTURE);
    assertThat(DivisionCode.parse("441900").isAncestorOf(town)).isTrue();
    DivisionCode village = DivisionCode.parse("441900003001");
    assertThat(village.level()).isEqualTo(JurisdictionLevel.VILLAGE);
    assertThat(village.parent()).contains(town);
  }

  @ParameterizedTest
  @ValueSource(strings = {"441900003000", "442000001000", "460400100000", "620200100000"})
  void allFourPrefecturesWithoutCountiesAcceptAZeroCountyGroup(String code) {
    assertThat(DivisionCode.parse(code).level()).isEqualTo(JurisdictionLevel.TOWNSHIP);
  }

  @Test
  void theNoCountySetIsTheDocumentedConstant() {
    assertThat(DivisionCode.PREFECTURES_WITHOUT_COUNTIES).containsExactly("4419", "4420", "4604", "6202");
  }

  @Test
  void ancestorIsStrictAndFollowsTheDigits() {
    DivisionCode shandong = DivisionCode.parse("370000");
    DivisionCode village = DivisionCode.parse("370883103201");
    assertThat(shandong.isAncestorOf(village)).isTrue();
    assertThat(village.isAncestorOf(shandong)).isFalse();
    assertThat(shandong.isAncestorOf(shandong)).isFalse();
    assertThat(DivisionCode.parse("370882").isAncestorOf(village)).isFalse();
    assertThat(DivisionCode.parse("370883103000").isAncestorOf(DivisionCode.parse("370883104201"))).isFalse();
  }

  @Test
  void codesOrderByDigits() {
    assertThat(DivisionCode.parse("110101").compareTo(DivisionCode.parse("370883"))).isNegative();
    assertThat(DivisionCode.parse("370883").compareTo(DivisionCode.parse("370883"))).isZero();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "37088a          | must contain only the digits 0-9",
        "' 370883'       | must contain only the digits 0-9",
        "３７０８８３     | must contain only the digits 0-9",
        "37088           | must have 6 or 12 digits (a GB/T 2260 or a statistical code), had 5",
        "3708831030      | had 10",
        "''              | had 0",
        "990000          | province group 99 must be one of 11–15",
        "000000          | province group 00",
        "160000          | province group 16",
        "370003          | prefecture group must be non-zero when a lower group (county) is non-zero",
        "370800103000    | county group may be 00 below a non-zero prefecture only for the prefectures without counties 4419, 4420, 4604, 6202",
        "370883000201    | township group must be non-zero when a lower group (village) is non-zero",
        "370000000001    | prefecture group must be non-zero",
      })
  void invalidCodesNameTheFieldAndRule(String text, String rule) {
    assertThatThrownBy(() -> DivisionCode.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("divisionCode: ")
        .hasMessageContaining(rule)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("divisionCode");
  }

  @Test
  void nullIsMissingNotANullPointer() {
    assertThatThrownBy(() -> DivisionCode.parse(null))
        .isInstanceOf(MissingValueException.class)
        .hasMessage("divisionCode: null — is required");
  }

  @Test
  void controlCharactersAreNotEchoedRaw() {
    assertThatThrownBy(() -> DivisionCode.parse("3708\n83"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("3708?83")
        .hasMessageContaining("index 4");
  }
}
