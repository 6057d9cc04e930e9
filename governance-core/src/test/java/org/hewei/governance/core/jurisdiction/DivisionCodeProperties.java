package org.hewei.governance.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hewei.governance.core.PropertySeeds;
import org.hewei.governance.core.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DivisionCodeProperties {
  static final int[] PROVINCES = {
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
    54, 61, 62, 63, 64, 65, 71, 81, 82
  };
  static final JurisdictionLevel[] LEVELS = {
    JurisdictionLevel.PROVINCE,
    JurisdictionLevel.PREFECTURE,
    JurisdictionLevel.COUNTY,
    JurisdictionLevel.TOWNSHIP,
    JurisdictionLevel.VILLAGE
  };
  static final int[] WIDTH = {2, 2, 2, 3, 3};

  static LongStream seeds() {
    return PropertySeeds.upTo(300);
  }

  /** A random valid code and its expected level. */
  record Generated(String digits, JurisdictionLevel level) {}

  static Generated validCode(SplittableRandom random) {
    int depth = random.nextInt(5); // index of the last non-zero group
    StringBuilder code = new StringBuilder();
    boolean noCounty = depth >= 3 && random.nextInt(4) == 0;
    if (noCounty) {
      String[] prefixes = DivisionCode.PREFECTURES_WITHOUT_COUNTIES.toArray(new String[0]);
      code.append(prefixes[random.nextInt(prefixes.length)]).append("00");
    } else {
      code.append(PROVINCES[random.nextInt(PROVINCES.length)]);
      for (int g = 1; g <= Math.min(depth, 2); g++) {
        code.append(nonZeroGroup(random, WIDTH[g]));
      }
      for (int g = Math.min(depth, 2) + 1; g <= 2; g++) {
        code.append("00");
      }
    }
    for (int g = 3; g <= 4; g++) {
      code.append(g <= depth ? nonZeroGroup(random, WIDTH[g]) : "000");
    }
    return new Generated(code.toString(), LEVELS[depth]);
  }

  static String nonZeroGroup(SplittableRandom random, int width) {
    int max = width == 2 ? 99 : 999;
    return String.format(width == 2 ? "%02d" : "%03d", 1 + random.nextInt(max));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validCodesRoundTripAndKeepTheirLevel(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 20; i++) {
      Generated g = validCode(random);
      DivisionCode code = DivisionCode.parse(g.digits());
      assertThat(code.value()).isEqualTo(g.digits());
      assertThat(code.level()).isEqualTo(g.level());
      assertThat(DivisionCode.parse(code.toString())).isEqualTo(code);
      assertThat(code.gbt2260()).isEqualTo(g.digits().substring(0, 6));
      if (!g.level().isBelow(JurisdictionLevel.COUNTY)) {
        assertThat(DivisionCode.parse(code.gbt2260())).isEqualTo(code);
      }
      // The parent chain climbs strictly and ends at the province.
      DivisionCode current = code;
      int steps = 0;
      for (Optional<DivisionCode> up = code.parent(); up.isPresent(); up = up.get().parent()) {
        assertThat(up.get().isAncestorOf(current)).isTrue();
        assertThat(up.get().isAncestorOf(code)).isTrue();
        assertThat(current.isAncestorOf(up.get())).isFalse();
        assertThat(up.get().level().isAbove(current.level())).isTrue();
        current = up.get();
        steps++;
      }
      assertThat(current.level()).isEqualTo(JurisdictionLevel.PROVINCE);
      assertThat(steps).isLessThanOrEqualTo(4);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void wrongLengthIsRejected(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String digits = validCode(random).digits();
    int length;
    do {
      length = random.nextInt(20);
    } while (length == 6 || length == 12);
    StringBuilder mutated = new StringBuilder(digits.substring(0, Math.min(length, 12)));
    while (mutated.length() < length) {
      mutated.append((char) ('0' + random.nextInt(10)));
    }
    assertRejected(mutated.toString(), "must have 6 or 12 digits (a GB/T 2260 or a statistical code), had " + length);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void nonDigitsAreRejected(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String digits = validCode(random).digits();
    if (random.nextBoolean()) {
      digits = digits.substring(0, 6);
    }
    String others = "aZ x-+.,/\t\u0000０９一〇\uD83D\uDE00";
    int at = random.nextInt(digits.length());
    char replacement = others.charAt(random.nextInt(others.length()));
    String mutated = digits.substring(0, at) + replacement + digits.substring(at + 1);
    assertRejected(mutated, "must contain only the digits 0-9");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void badProvincesAreRejected(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String digits = validCode(random).digits();
    int province;
    do {
      province = random.nextInt(100);
    } while (isProvince(province));
    String mutated = String.format("%02d", province) + digits.substring(2);
    assertRejected(mutated, "province group " + String.format("%02d", province));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aNonZeroGroupAfterAZeroGroupIsRejected(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    // A code ending at prefecture or county level gets a zero group, then a non-zero one below it.
    String digits;
    do {
      digits = validCode(random).digits();
    } while (DivisionCode.parse(digits).level().isBelow(JurisdictionLevel.COUNTY)
        || DivisionCode.PREFECTURES_WITHOUT_COUNTIES.contains(digits.substring(0, 4)));
    int[] start = {0, 2, 4, 6, 9, 12};
    int lastNonZero = DivisionCode.parse(digits).level().ordinal();
    int zeroGroup = lastNonZero + 1; // stays zero
    int later = zeroGroup + 1 + random.nextInt(4 - zeroGroup);
    String mutated =
        digits.substring(0, start[later]) + nonZeroGroup(random, WIDTH[later]) + digits.substring(start[later + 1]);
    String[] names = {"province", "prefecture", "county", "township", "village"};
    assertRejected(
        mutated,
        zeroGroup == 2
            ? "county group may be 00 below a non-zero prefecture only for the prefectures without counties"
            : names[zeroGroup] + " group must be non-zero when a lower group (" + names[later] + ")");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomStringsGiveACodeOrAnInvalidValueExceptionNeverAnythingElse(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 50; i++) {
      int length = random.nextInt(3) == 0 ? (random.nextBoolean() ? 6 : 12) : random.nextInt(16);
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < length; k++) {
        text.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000) : (char) ('0' + random.nextInt(10)));
      }
      String input = text.toString();
      try {
        DivisionCode code = DivisionCode.parse(input);
        assertThat(code.value()).hasSize(12).startsWith(input);
      } catch (InvalidValueException e) {
        assertThat(e.field()).isEqualTo("divisionCode");
      }
    }
  }

  private static void assertRejected(String text, String rulePart) {
    assertThatThrownBy(() -> DivisionCode.parse(text))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("divisionCode: ")
        .hasMessageContaining(rulePart);
  }

  private static boolean isProvince(int p) {
    for (int valid : PROVINCES) {
      if (valid == p) {
        return true;
      }
    }
    return false;
  }
}
