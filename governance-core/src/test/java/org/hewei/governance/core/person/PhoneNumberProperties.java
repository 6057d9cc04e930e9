package org.hewei.governance.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hewei.governance.core.PropertySeeds;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.person.PhoneNumber.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PhoneNumberProperties {
  static LongStream seeds() {
    return PropertySeeds.upTo(300);
  }

  private static String digits(SplittableRandom random, int count) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      b.append(random.nextInt(10));
    }
    return b.toString();
  }

  private static String mobile(SplittableRandom random) {
    return "1" + (3 + random.nextInt(7)) + digits(random, 9);
  }

  private static String landline(SplittableRandom random) {
    String area = random.nextBoolean() ? "0" + (1 + random.nextInt(2)) + random.nextInt(10) : "0" + (3 + random.nextInt(7)) + digits(random, 2);
    return area + "-" + (2 + random.nextInt(8)) + digits(random, random.nextBoolean() ? 6 : 7);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mobilesRoundTripAndMask(long seed) {
    String number = mobile(new SplittableRandom(seed));
    PhoneNumber phone = PhoneNumber.parse(number);
    assertThat(phone.kind()).isEqualTo(Kind.MOBILE);
    assertThat(phone.value()).isEqualTo(number);
    assertThat(PhoneNumber.parse("+86" + number)).isEqualTo(phone);
    assertThat(phone.toString())
        .isEqualTo(number.substring(0, 3) + "****" + number.substring(7))
        .doesNotContain(number.substring(3, 7) + number.substring(7));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void landlinesRoundTripWithOrWithoutHyphen(long seed) {
    String number = landline(new SplittableRandom(seed));
    PhoneNumber phone = PhoneNumber.parse(number);
    assertThat(phone.kind()).isEqualTo(Kind.LANDLINE);
    assertThat(phone.value()).isEqualTo(number);
    assertThat(PhoneNumber.parse(number.replace("-", ""))).isEqualTo(phone);
    String local = number.substring(number.indexOf('-') + 1);
    assertThat(phone.toString())
        .startsWith(number.substring(0, number.indexOf('-') + 1))
        .endsWith(local.substring(local.length() - 4))
        .doesNotContain(local);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void truncatedOrExtendedMobilesAreRejectedWithoutRevealingThem(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String number = mobile(random);
    String wrong = random.nextBoolean() ? number.substring(0, 10) : number + random.nextInt(10);
    // 10 or 12 digits starting with 1 are neither mobile, service nor landline numbers
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> PhoneNumber.parse(wrong));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).doesNotContain(wrong);
  }
}
