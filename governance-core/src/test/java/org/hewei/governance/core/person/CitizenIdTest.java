package org.hewei.governance.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdTest {
  private static final String STANDARD = "11010519491231002X";

  @Test
  @DisplayName("the GB 11643-1999 example 11010519491231002X is valid")
  void standardExampleIsValid() {
    CitizenId id = CitizenId.parse(STANDARD);
    assertThat(id.value()).isEqualTo(STANDARD);
    assertThat(id.regionCode()).isEqualTo("110105");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.masked()).isEqualTo("110105********002X");
  }

  @Test
  void helperComputesTheStandardCheckCharacter() {
    assertThat(CitizenIds.withCheck("11010519491231002")).isEqualTo(STANDARD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "370883199001011238",
        "370883200002290019",
        "440304201212315675",
        "820000190001010001",
        "710000202402290016"
      })
  @DisplayName("numbers with a correct MOD 11-2 check character are accepted")
  void validNumbersAreAccepted(String number) {
    assertThat(CitizenId.parse(number).value()).isEqualTo(number);
    assertThat(CitizenIds.withCheck(number.substring(0, 17))).isEqualTo(number);
  }

  @Test
  @DisplayName("an odd sequence digit means male (GB 11643-1999)")
  void oddSequenceIsMale() {
    assertThat(CitizenId.parse(CitizenIds.withCheck("37088319900101123")).sex()).isEqualTo(Sex.MALE);
    assertThat(CitizenId.parse(CitizenIds.withCheck("37088319900101124")).sex()).isEqualTo(Sex.FEMALE);
  }

  @Test
  void lowerCaseXIsNormalisedAndWhitespaceStripped() {
    assertThat(CitizenId.parse("11010519491231002x").value()).isEqualTo(STANDARD);
    assertThat(CitizenId.parse("  " + STANDARD + "\t").value()).isEqualTo(STANDARD);
    assertThat(CitizenId.parse("11010519491231002x")).isEqualTo(CitizenId.parse(STANDARD));
  }

  @Test
  void maskedFormKeepsFirstSixAndLastFour() {
    String number = CitizenIds.withCheck("37088319900101123");
    CitizenId id = CitizenId.parse(number);
    assertThat(id.masked()).isEqualTo("370883********" + number.substring(14));
    assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain("19900101");
  }

  @Test
  void equalityByValue() {
    assertThat(CitizenId.parse(STANDARD)).isEqualTo(CitizenId.parse(STANDARD)).hasSameHashCodeAs(CitizenId.parse(STANDARD));
    assertThat(CitizenId.parse(STANDARD)).isNotEqualTo(CitizenId.parse("370883199001011238")).isNotEqualTo(STANDARD);
  }

  @Test
  void birthDateQueries() {
    CitizenId id = CitizenId.parse(STANDARD);
    assertThat(id.isBornAfter(LocalDate.of(1949, 12, 30))).isTrue();
    assertThat(id.isBornAfter(LocalDate.of(1949, 12, 31))).isFalse();
    assertThat(id.ageOn(LocalDate.of(2022, 7, 25))).isEqualTo(72);
    assertThat(id.ageOn(LocalDate.of(2019, 12, 31))).isEqualTo(70);
    assertThat(id.ageOn(LocalDate.of(2019, 12, 30))).isEqualTo(69);
    assertThatThrownBy(() -> id.ageOn(LocalDate.of(1949, 12, 30))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void nullIsMissing() {
    assertThatThrownBy(() -> CitizenId.parse(null))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("citizenId");
  }

  @Test
  @DisplayName("15-digit first-generation numbers are rejected with a message saying so")
  void firstGenerationRejected() {
    assertThatThrownBy(() -> CitizenId.parse("110105491231002"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("15-digit first-generation")
        .hasMessageContaining("(15 chars)")
        .hasMessageNotContaining("110105491231002");
  }

  @Test
  void firstGenerationCanBeConvertedExplicitly() {
    assertThat(CitizenId.fromFirstGeneration("110105491231002").value()).isEqualTo(STANDARD);
    assertThatThrownBy(() -> CitizenId.fromFirstGeneration("11010549123100"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("15 digits");
    assertThatThrownBy(() -> CitizenId.fromFirstGeneration(STANDARD)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> CitizenId.fromFirstGeneration("990105491231002"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("province");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1101051949123100", "1101051949123100211", "11010519491231002X0"})
  void wrongLengthRejected(String number) {
    assertThatThrownBy(() -> CitizenId.parse(number))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must have 18 characters")
        .hasMessageContaining("(" + number.length() + " chars)");
  }

  @Test
  void nonDigitBodyRejected() {
    assertThatThrownBy(() -> CitizenId.parse("1101051949123100AX"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("first 17 characters must be digits")
        .hasMessageContaining("110105********00AX");
  }

  @Test
  void badCheckCharacterKindRejected() {
    assertThatThrownBy(() -> CitizenId.parse("11010519491231002Y"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("digit or X");
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "72", "80", "83", "99"})
  @DisplayName("the first two digits must be a province code (GB/T 2260)")
  void unknownProvinceRejected(String prefix) {
    String number = CitizenIds.withCheck(prefix + "010519491231002");
    assertThatThrownBy(() -> CitizenId.parse(number))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("province code");
  }

  @ParameterizedTest
  @ValueSource(strings = {"19490230", "19491301", "19490001", "19490100", "19000229", "20230229", "18991231", "00000000"})
  @DisplayName("characters 7–14 must be a real date not before 1900-01-01")
  void impossibleBirthDateRejected(String date) {
    String number = CitizenIds.withCheck("110105" + date + "002");
    assertThatThrownBy(() -> CitizenId.parse(number))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("birth date")
        .hasMessageNotContaining(date);
  }

  @Test
  void leapDayAndEarliestDateAccepted() {
    assertThat(CitizenId.parse(CitizenIds.withCheck("11010520000229002")).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(CitizenId.parse(CitizenIds.withCheck("11010519000101002")).birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
  }

  @Test
  @DisplayName("a wrong check character is rejected (ISO 7064 MOD 11-2) without revealing the number")
  void wrongCheckCharacterRejected() {
    assertThatThrownBy(() -> CitizenId.parse("110105194912310021"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("check character does not match")
        .hasMessageContaining("110105********0021")
        .hasMessageNotContaining("19491231");
    InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class, () -> CitizenId.parse("110105194912310021"));
    assertThat(e.field()).isEqualTo("citizenId");
  }

  @Test
  void futureBirthDateIsTheCallersCheck() {
    CitizenId id = CitizenId.parse(CitizenIds.withCheck("11010520300101002"));
    assertThat(id.isBornAfter(LocalDate.of(2026, 11, 29))).isTrue();
  }
}
