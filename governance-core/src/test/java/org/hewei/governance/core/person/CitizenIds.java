package org.hewei.governance.core.person;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Test helper: builds valid citizen ID numbers independently of the code under test. */
final class CitizenIds {
  static final int[] PROVINCES = {
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82
  };
  private static final int[] W = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String C = "10X98765432";

  private CitizenIds() {}

  /** The 17 digits followed by their MOD 11-2 check character. */
  static String withCheck(String body) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += Character.digit(body.charAt(i), 10) * W[i];
    }
    return body + C.charAt(sum % 11);
  }

  /** A random valid number: random province, 4 random digits, a birth date 1900–2030, a sequence. */
  static String random(SplittableRandom random) {
    int province = PROVINCES[random.nextInt(PROVINCES.length)];
    LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(131 * 365));
    String body =
        String.format(
            "%02d%04d%04d%02d%02d%03d",
            province,
            random.nextInt(10_000),
            birth.getYear(),
            birth.getMonthValue(),
            birth.getDayOfMonth(),
            random.nextInt(1000));
    return withCheck(body);
  }
}
