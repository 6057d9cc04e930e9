package org.hewei.governance.testkit.generate;

import java.util.SplittableRandom;
import org.hewei.governance.core.jurisdiction.DivisionCode;
import org.hewei.governance.core.person.CitizenId;
import org.hewei.governance.core.person.PhoneNumber;

/**
 * 无效输入生成器 — texts the parsers must reject: random strings and valid values mutated so that they
 * become invalid (one digit changed, digits transposed, truncated, extended, a letter, a full-width
 * digit, inner whitespace, empty). Every mutation is chosen so that the result is invalid by
 * construction, not by asking the parser:
 *
 * <ul>
 *   <li>{@link #divisionCodes()} for {@link DivisionCode#parse}: division codes have no check digit,
 *       so "one digit changed" and "transposed" change the province group to one that does not exist
 *       (e.g. 37 → 73), and the gap rule is broken by zeroing a middle group below a county-bearing
 *       prefecture;
 *   <li>{@link #citizenIds()} for {@link CitizenId#parse}: MOD 11-2 detects every single-digit change
 *       and every transposition of two different adjacent digits (adjacent weights differ), so these
 *       mutations are rejected by the check character or an earlier rule; whitespace is put inside
 *       (surrounding whitespace is legitimately stripped); impossible dates and pre-1900 births carry a
 *       correct check character so that the date rule itself is exercised;
 *   <li>{@link #phones()} for {@link PhoneNumber#parse}: spaces are ignored by the parser, so the
 *       whitespace cases use tabs, no-break and ideographic spaces.
 * </ul>
 *
 * <pre>{@code
 * String bad = InvalidGen.citizenIds().sample(5L);
 * assertThatThrownBy(() -> CitizenId.parse(bad)).isInstanceOf(InvalidValueException.class);
 * }</pre>
 */
public final class InvalidGen {
  private InvalidGen() {}

  private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWYZabcdefghijkmnpqrstuvwyz";
  private static final String[] WHITESPACE = {"\t", "\u00a0", "\u3000", "\n"};
  /** Province groups that do not exist. */
  private static final String[] BAD_PROVINCES = {"00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "72", "80", "83", "99"};
  /** Provinces whose digits swapped are no province: 37→73, 61→16 … */
  private static final String[] SWAP_INVALID = {"37", "61", "62", "42", "52", "65", "71", "81", "82"};

  /** Random non-empty strings that contain at least one CJK character, so no parser accepts them. */
  public static Gen<String> randomStrings() {
    return random -> {
      String text = TextGen.label(30).generate(random);
      int at = random.nextInt(text.length() + 1);
      return text.substring(0, at) + "错" + text.substring(at);
    };
  }

  // ---------------------------------------------------------------- division codes

  /** Texts that {@link DivisionCode#parse} rejects. */
  public static Gen<String> divisionCodes() {
    Gen<DivisionCode> valid = JurisdictionGen.divisionCodes();
    return random -> {
      String code = valid.generate(random).value();
      if (random.nextInt(3) == 0) {
        code = code.substring(0, 6); // the GB/T 2260 form is mutated too
      }
      switch (random.nextInt(11)) {
        case 0:
          return "";
        case 1: // one digit changed: the province group becomes one that does not exist
          return BAD_PROVINCES[random.nextInt(BAD_PROVINCES.length)] + code.substring(2);
        case 2: // transposed: the province digits swapped into no province
          return new StringBuilder(SWAP_INVALID[random.nextInt(SWAP_INVALID.length)]).reverse() + code.substring(2);
        case 3: // truncated to a length that is neither 6 nor 12
          return code.substring(0, truncatedLength(random, code.length()));
        case 4: // extended by one or more digits, not to 12
          return code + (code.length() == 6 ? "1" : Integer.toString(random.nextInt(10)));
        case 5:
          return replaceAt(code, random.nextInt(code.length()), LETTERS.charAt(random.nextInt(LETTERS.length())));
        case 6:
          return fullWidth(random, code);
        case 7:
          return insertWhitespace(random, code, true);
        case 8: // a zero prefecture group followed by a non-zero county group
          return code.substring(0, 2) + "00" + JurisdictionGen.group(random, 2) + "000000";
        case 9: // a zero county group below a prefecture that has counties, then a township
          return "37" + "08" + "00" + JurisdictionGen.group(random, 3) + "000";
        default:
          return randomStrings().generate(random);
      }
    };
  }

  private static int truncatedLength(SplittableRandom random, int length) {
    int cut = 1 + random.nextInt(length - 1); // 1 .. length-1
    return cut == 6 ? 5 : cut;
  }

  // ---------------------------------------------------------------- citizen ids

  /** Texts that {@link CitizenId#parse} rejects. */
  public static Gen<String> citizenIds() {
    Gen<CitizenId> valid = PersonGen.citizenIds();
    return random -> {
      String id = valid.generate(random).value();
      switch (random.nextInt(14)) {
        case 0:
          return random.nextBoolean() ? "" : "   ";
        case 1: { // one of the first 17 digits changed
          int at = random.nextInt(17);
          int digit = id.charAt(at) - '0';
          int other = (digit + 1 + random.nextInt(9)) % 10;
          return replaceAt(id, at, (char) ('0' + other));
        }
        case 2: { // a wrong check character
          char check = id.charAt(17);
          String all = "0123456789X";
          char other = all.charAt((all.indexOf(check) + 1 + random.nextInt(10)) % 11);
          return id.substring(0, 17) + other;
        }
        case 3: // two different adjacent digits transposed
          return transposeDistinct(random, id);
        case 4: // truncated (15 digits is the first-generation form, also rejected)
          return id.substring(0, 1 + random.nextInt(17));
        case 5:
          return id + random.nextInt(10);
        case 6:
          return replaceAt(id, random.nextInt(17), LETTERS.charAt(random.nextInt(LETTERS.length())));
        case 7:
          return fullWidthAt(id, random.nextInt(17));
        case 8: { // whitespace inside (surrounding whitespace is stripped, so put it inside)
          int at = 1 + random.nextInt(16);
          return id.substring(0, at) + (random.nextBoolean() ? " " : WHITESPACE[random.nextInt(WHITESPACE.length)]) + id.substring(at);
        }
        case 9: { // impossible date with a correct check character
          String[] dates = {"20230229", "19991301", "20220431", "20220000", "19000100"};
          String body = id.substring(0, 6) + dates[random.nextInt(dates.length)] + id.substring(14, 17);
          return body + PersonGen.checkChar(body);
        }
        case 10: { // born before 1900 with a correct check character
          String body = id.substring(0, 6) + "1899" + id.substring(10, 17);
          return body + PersonGen.checkChar(body);
        }
        case 11: { // a province that does not exist, correct check character
          String body = BAD_PROVINCES[random.nextInt(BAD_PROVINCES.length)] + id.substring(2, 17);
          return body + PersonGen.checkChar(body);
        }
        case 12: // a 15-digit first-generation number: parse rejects it and names fromFirstGeneration
          return id.substring(0, 6) + id.substring(8, 14) + id.substring(14, 17);
        default:
          return randomStrings().generate(random);
      }
    };
  }

  private static String transposeDistinct(SplittableRandom random, String id) {
    int start = random.nextInt(16);
    for (int k = 0; k < 16; k++) {
      int i = (start + k) % 16; // positions i and i+1, both among the first 17
      if (id.charAt(i) != id.charAt(i + 1)) {
        return id.substring(0, i) + id.charAt(i + 1) + id.charAt(i) + id.substring(i + 2);
      }
    }
    // Unreachable for a valid number: its birth year starts with 19 or 20 (distinct digits).
    throw new AssertionError("no two different adjacent digits in a citizen ID");
  }

  // ---------------------------------------------------------------- phones

  /** Texts that {@link PhoneNumber#parse} rejects. */
  public static Gen<String> phones() {
    return random -> {
      String mobile = PersonGen.mobileText(random);
      switch (random.nextInt(13)) {
        case 0:
          return random.nextBoolean() ? "" : "   ";
        case 1: // one digit changed: the second digit of a mobile becomes 0, 1 or 2
          return replaceAt(mobile, 1, (char) ('0' + random.nextInt(3)));
        case 2: // transposed: 1x… becomes x1…, an 11-digit number not starting with 1 or 0
          return mobile.charAt(1) + "1" + mobile.substring(2);
        case 3: // truncated to 10, 9, 8, 7 or 6 digits
          return mobile.substring(0, 6 + random.nextInt(5));
        case 4:
          return mobile + random.nextInt(10);
        case 5:
          return replaceAt(mobile, 2 + random.nextInt(9), LETTERS.charAt(random.nextInt(LETTERS.length())));
        case 6:
          return fullWidthAt(mobile, random.nextInt(11));
        case 7: // whitespace the parser does not ignore (it ignores only ' ')
          return insertWhitespace(random, mobile, false);
        case 8: { // a landline whose local number starts with 0 or 1
          String landline = PersonGen.landlineText(random, true);
          int dash = landline.indexOf('-');
          return landline.substring(0, dash + 1) + random.nextInt(2) + landline.substring(dash + 2);
        }
        case 9: { // a landline local number of 9 digits
          String landline = PersonGen.landlineText(random, true);
          return landline + (landline.length() - landline.indexOf('-') - 1 == 8 ? "1" : "12");
        }
        case 10: // a landline local number of 6 digits
          return "0537-" + (2 + random.nextInt(8)) + "12345";
        case 11: // a foreign country code
          return "+1" + mobile;
        default:
          return randomStrings().generate(random);
      }
    };
  }

  // ---------------------------------------------------------------- helpers

  private static String replaceAt(String text, int index, char c) {
    return text.substring(0, index) + c + text.substring(index + 1);
  }

  private static String fullWidth(SplittableRandom random, String digits) {
    return fullWidthAt(digits, random.nextInt(digits.length()));
  }

  private static String fullWidthAt(String text, int index) {
    char c = text.charAt(index);
    char wide = c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : '０';
    return replaceAt(text, index, wide);
  }

  private static String insertWhitespace(SplittableRandom random, String text, boolean allowSpace) {
    String ws = allowSpace && random.nextBoolean() ? " " : WHITESPACE[random.nextInt(WHITESPACE.length)];
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + ws + text.substring(at);
  }
}
