package org.hewei.governance.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hewei.governance.core.PropertySeeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MaskingProperties {
  private static final String HAN = "张王李赵刘陈杨黄周吴欧阳司马娜丽伟强军芳敏静秀英华明北村镇号路";

  static LongStream seeds() {
    return PropertySeeds.upTo(300);
  }

  private static String han(SplittableRandom random, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(HAN.charAt(random.nextInt(HAN.length())));
    }
    return b.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void maskedNamesKeepTheLengthButNeverTheName(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String name = han(random, 1 + random.nextInt(6));
    String masked = Masking.maskName(name);
    assertThat(masked).hasSameSizeAs(name).doesNotContain(name).endsWith("*");
    assertThat(masked.replace("*", "")).isEqualTo(name.substring(0, masked.replace("*", "").length()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void maskedAddressesNeverContainTheAddress(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String address = han(random, 1 + random.nextInt(60));
    String masked = Masking.maskAddress(address);
    assertThat(masked).doesNotContain(address).endsWith("***").hasSizeLessThanOrEqualTo(9);
    assertThat(address).startsWith(masked.substring(0, masked.length() - 3));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void maskedPhonesNeverContainAPersonalNumber(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder();
    int length = 7 + random.nextInt(10);
    for (int i = 0; i < length; i++) {
      int pick = random.nextInt(14);
      b.append(pick < 10 ? (char) ('0' + pick) : "-+ 0".charAt(pick - 10));
    }
    String phone = b.toString();
    String masked = Masking.maskPhone(phone);
    assertThat(masked).doesNotContain(phone).contains("*");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void freeTextShowsOnlyItsLength(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String text = han(random, 1 + random.nextInt(200));
    assertThat(Masking.maskFreeText(text)).isEqualTo("(" + text.length() + " chars)");
  }
}
