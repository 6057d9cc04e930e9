package org.hewei.governance.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hewei.governance.core.PropertySeeds;
import org.hewei.governance.core.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CitizenIdProperties {
  static LongStream seeds() {
    return PropertySeeds.upTo(400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validNumbersRoundTrip(long seed) {
    String number = CitizenIds.random(new SplittableRandom(seed));
    CitizenId id = CitizenId.parse(number);
    assertThat(id.value()).isEqualTo(number);
    assertThat(CitizenId.parse(id.value())).isEqualTo(id);
    assertThat(id.regionCode()).isEqualTo(number.substring(0, 6));
    assertThat(id.birthDate())
        .isEqualTo(
            LocalDate.of(
                Integer.parseInt(number.substring(6, 10)),
                Integer.parseInt(number.substring(10, 12)),
                Integer.parseInt(number.substring(12, 14))));
    assertThat(id.sex()).isEqualTo((number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    if (number.endsWith("X")) {
      assertThat(CitizenId.parse(number.toLowerCase(java.util.Locale.ROOT))).isEqualTo(id);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void maskedFormNeverRevealsTheBirthDate(long seed) {
    String number = CitizenIds.random(new SplittableRandom(seed));
    CitizenId id = CitizenId.parse(number);
    String birthDigits = number.substring(6, 14);
    assertThat(id.masked())
        .isNotEqualTo(number)
        .doesNotContain(birthDigits)
        .hasSize(18)
        .startsWith(number.substring(0, 6))
        .endsWith(number.substring(14))
        .contains("********");
    assertThat(id.toString()).isEqualTo(id.masked());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void singleCharacterMutationsAreRejected(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String number = CitizenIds.random(random);
    int position = random.nextInt(18);
    String alphabet = "0123456789X";
    char replacement;
    do {
      replacement = alphabet.charAt(random.nextInt(alphabet.length()));
    } while (replacement == number.charAt(position));
    String mutated = number.substring(0, position) + replacement + number.substring(position + 1);
    assertRejectedWithoutRevealing(mutated, number);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void adjacentTranspositionsAreRejected(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String number = CitizenIds.random(random);
    int position;
    int attempts = 0;
    do {
      position = random.nextInt(17);
      attempts++;
    } while (number.charAt(position) == number.charAt(position + 1) && attempts < 100);
    if (number.charAt(position) == number.charAt(position + 1)) {
      return; // all neighbours equal: nothing to transpose (practically never)
    }
    String swapped =
        number.substring(0, position)
            + number.charAt(position + 1)
            + number.charAt(position)
            + number.substring(position + 2);
    assertRejectedWithoutRevealing(swapped, number);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void insertionsAndDeletionsAreRejected(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String number = CitizenIds.random(random);
    int position = random.nextInt(18);
    String deleted = number.substring(0, position) + number.substring(position + 1);
    String inserted = number.substring(0, position) + random.nextInt(10) + number.substring(position);
    assertRejectedWithoutRevealing(deleted, number);
    assertRejectedWithoutRevealing(inserted, number);
  }

  private static void assertRejectedWithoutRevealing(String input, String original) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> CitizenId.parse(input));
    assertThat(e).as("input %s must be rejected", Masking.maskCitizenId(input)).isNotNull();
    assertThat(e.getMessage())
        .doesNotContain(input)
        .doesNotContain(original)
        .doesNotContain(original.substring(6, 14));
    assertThat(e.field()).isEqualTo("citizenId");
  }
}
