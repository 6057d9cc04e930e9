package org.hewei.governance.core.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * 公民身份号码 — an 18-character citizen ID number per GB 11643-1999.
 *
 * <p>Structure: 6-digit address code (the first two digits a province prefix: 11–15, 21–23, 31–37,
 * 41–46, 50–54, 61–65, 71, 81, 82), 8-digit birth date {@code yyyyMMdd} (a real calendar date, not
 * before 1900-01-01), 3-digit sequence code (odd third digit = male) and a check character computed
 * per ISO 7064 MOD 11-2 (weights {@code 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2}; the weighted sum
 * modulo 11 maps to {@code 1 0 X 9 8 7 6 5 4 3 2}).
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Surrounding whitespace is stripped and a lower-case {@code x} check character is normalised
 *       to {@code X}; nothing else is corrected.
 *   <li>15-digit first-generation numbers (第一代身份证, before 1999) are rejected by {@link #parse}
 *       with a message saying so; a caller who really holds one converts it explicitly with {@link
 *       #fromFirstGeneration}.
 *   <li>The birth date is not checked against "today": this library never reads the clock. Callers
 *       reject future birth dates with their own clock, e.g. {@code
 *       id.isBornAfter(LocalDate.now(clock))}.
 *   <li>The number is personal information: {@link #toString()} and every exception message show
 *       only the masked form ({@link Masking#maskCitizenId}); {@link #value()} is the only accessor
 *       that exposes it.
 * </ul>
 *
 * <pre>{@code
 * CitizenId id = CitizenId.parse("11010519491231002x");
 * id.value();      // "11010519491231002X"
 * id.masked();     // "110105********002X"
 * id.birthDate();  // 1949-12-31
 * id.sex();        // Sex.FEMALE
 * id.regionCode(); // "110105"
 * }</pre>
 */
public final class CitizenId {
  /** The number of characters of a citizen ID number. */
  public static final int LENGTH = 18;

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  private static final String FIELD = "citizenId";

  private final String value;
  private final LocalDate birthDate;

  private CitizenId(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /**
   * Parses an 18-character citizen ID number.
   *
   * <pre>{@code
   * CitizenId.parse("11010519491231002X");
   * }</pre>
   *
   * @param text the number; surrounding whitespace is ignored and a final {@code x} is read as
   *     {@code X}
   * @return the citizen ID
   * @throws org.hewei.governance.core.MissingValueException if {@code text} is null
   * @throws InvalidValueException if the length, characters, province prefix, birth date or check
   *     character is wrong; the message shows only the masked number
   */
  public static CitizenId parse(@Nullable String text) {
    String stripped = Checks.required(FIELD, text).strip();
    if (stripped.length() == 15 && allDigits(stripped, 15)) {
      throw reject(
          stripped,
          "15-digit first-generation numbers are not accepted; convert with"
              + " CitizenId.fromFirstGeneration (GB 11643-1999)");
    }
    if (stripped.length() != LENGTH) {
      throw reject(stripped, "must have 18 characters (GB 11643-1999)");
    }
    String normalised =
        stripped.charAt(17) == 'x' ? stripped.substring(0, 17) + 'X' : stripped;
    if (!allDigits(normalised, 17)) {
      throw reject(normalised, "the first 17 characters must be digits (GB 11643-1999)");
    }
    char check = normalised.charAt(17);
    if (!(check >= '0' && check <= '9') && check != 'X') {
      throw reject(normalised, "the check character must be a digit or X (GB 11643-1999)");
    }
    if (!isProvincePrefix(Integer.parseInt(normalised.substring(0, 2)))) {
      throw reject(
          normalised,
          "the first two digits must be a province code (11–15, 21–23, 31–37, 41–46, 50–54, 61–65,"
              + " 71, 81, 82; GB/T 2260)");
    }
    LocalDate birth = birthDateOf(normalised);
    if (checkChar(normalised) != check) {
      throw reject(normalised, "the check character does not match (GB 11643-1999, ISO 7064 MOD 11-2)");
    }
    return new CitizenId(normalised, birth);
  }

  /**
   * Converts a 15-digit first-generation number (6 address digits, {@code yyMMdd} born in the 1900s,
   * 3 sequence digits) to its 18-character form by inserting the century {@code 19} and appending
   * the check character, as the issuing authorities did.
   *
   * <pre>{@code
   * CitizenId.fromFirstGeneration("110105491231002").value(); // "11010519491231002X"
   * }</pre>
   *
   * @param text the 15-digit number; surrounding whitespace is ignored
   * @return the converted citizen ID
   * @throws InvalidValueException if {@code text} is not 15 digits with a valid province prefix and
   *     birth date
   */
  public static CitizenId fromFirstGeneration(@Nullable String text) {
    String stripped = Checks.required(FIELD, text).strip();
    if (stripped.length() != 15 || !allDigits(stripped, 15)) {
      throw reject(stripped, "a first-generation number must have 15 digits");
    }
    String body = stripped.substring(0, 6) + "19" + stripped.substring(6);
    return parse(body + checkChar(body));
  }

  /**
   * The MOD 11-2 check character of the first 17 digits of {@code digits} (ISO 7064, GB 11643).
   */
  static char checkChar(String digits) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS[sum % 11];
  }

  private static boolean allDigits(String text, int count) {
    for (int i = 0; i < count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isProvincePrefix(int p) {
    return (p >= 11 && p <= 15)
        || (p >= 21 && p <= 23)
        || (p >= 31 && p <= 37)
        || (p >= 41 && p <= 46)
        || (p >= 50 && p <= 54)
        || (p >= 61 && p <= 65)
        || p == 71
        || p == 81
        || p == 82;
  }

  private static LocalDate birthDateOf(String normalised) {
    LocalDate date;
    try {
      date =
          LocalDate.of(
              Integer.parseInt(normalised.substring(6, 10)),
              Integer.parseInt(normalised.substring(10, 12)),
              Integer.parseInt(normalised.substring(12, 14)));
    } catch (DateTimeException e) {
      throw reject(normalised, "characters 7–14 must be a real birth date yyyyMMdd (GB 11643-1999)");
    }
    if (date.isBefore(EARLIEST_BIRTH)) {
      throw reject(normalised, "the birth date must not be before 1900-01-01");
    }
    return date;
  }

  private static InvalidValueException reject(String text, String rule) {
    return new InvalidValueException(FIELD, Masking.maskCitizenId(text), rule);
  }

  /** The full number, e.g. {@code "11010519491231002X"} — personal information; handle with care. */
  public String value() {
    return value;
  }

  /** The masked number, e.g. {@code "110105********002X"}; safe to show and log. */
  public String masked() {
    return Masking.maskCitizenId(value);
  }

  /** The birth date encoded in characters 7–14. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /**
   * Whether the birth date lies strictly after {@code date}; with {@code date} = today (from the
   * caller's clock) this detects a birth date in the future.
   */
  public boolean isBornAfter(LocalDate date) {
    return birthDate.isAfter(date);
  }

  /**
   * The age in whole years on {@code date} (周岁).
   *
   * @throws InvalidValueException if {@code date} is before the birth date
   */
  public int ageOn(LocalDate date) {
    Checks.check(!birthDate.isAfter(date), "date", date, "must not be before the birth date");
    return Period.between(birthDate, date).getYears();
  }

  /** The sex: the 17th character (the last sequence digit) is odd for men. */
  public Sex sex() {
    return Character.digit(value.charAt(16), 10) % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** The 6-digit address code (GB/T 2260 county code at the time of issue), e.g. {@code "370883"}. */
  public String regionCode() {
    return value.substring(0, 6);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CitizenId that && that.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The masked form, e.g. {@code "110105********002X"}: never the full number. */
  @Override
  public String toString() {
    return masked();
  }
}
