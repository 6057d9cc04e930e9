package org.hewei.governance.core.person;

import java.util.Set;
import org.hewei.governance.core.internal.Checks;

/**
 * 脱敏 — the one place where personal information is turned into a form that may be shown in {@code
 * toString}, logs and exception messages.
 *
 * <p>Every helper accepts any string (also malformed input, so that a parser can mask what it
 * rejects) and never returns the whole input when the input is personal. The rules:
 *
 * <ul>
 *   <li>{@link #maskName}: the surname stays, every other character becomes {@code *}: {@code 张三 →
 *       张*}, {@code 李小明 → 李**}, {@code 欧阳娜娜 → 欧阳**} (a known two-character compound surname
 *       stays whole when the name has at least three characters), a one-character name becomes
 *       {@code *}.
 *   <li>{@link #maskCitizenId}: an 18-character input keeps its first 6 and last 4 characters with 8
 *       stars between ({@code 370883********123X}); any other length is shown only as {@code "(n
 *       chars)"}.
 *   <li>{@link #maskPhone}: a mobile number keeps its first 3 and last 4 digits ({@code 138****5678});
 *       a landline written with a hyphen after its area code ({@code 0} + 2–3 digits) keeps the area
 *       code and last 4 digits ({@code 0537-***2345}); any other input of at least 8 characters keeps
 *       its first 3 and last 4; a short service number of at most 6 digits ({@code 12345}, {@code 110}) is not
 *       personal and stays whole; anything with other characters is shown only as {@code "(n chars)"}.
 *   <li>{@link #maskAddress}: the first 6 characters (at most half of a shorter address) followed by
 *       {@code ***}: {@code 山东省邹城市中心店镇…} → {@code 山东省邹城市***}. The length is not revealed.
 *   <li>{@link #maskFreeText}: free text that may contain anything (a request, visit findings, a
 *       reason) is shown only as its length, {@code "(n chars)"}.
 * </ul>
 *
 * <p>Lengths are counted in Unicode code points.
 *
 * <pre>{@code
 * Masking.maskName("欧阳娜娜");                    // "欧阳**"
 * Masking.maskCitizenId("11010519491231002X");  // "110105********002X"
 * Masking.maskPhone("13812345678");             // "138****5678"
 * Masking.maskAddress("山东省邹城市中心店镇北村12号"); // "山东省邹城市***"
 * }</pre>
 */
public final class Masking {
  /** The mask character. */
  public static final char MASK = '*';

  private static final int ADDRESS_KEPT = 6;

  /** Common two-character Chinese compound surnames (复姓) that {@link #maskName} keeps whole. */
  private static final Set<String> COMPOUND_SURNAMES =
      Set.of(
          "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
          "令狐", "澹台", "端木", "轩辕", "呼延", "南宫", "独孤", "西门", "万俟", "闻人", "申屠", "太史", "公羊",
          "赫连", "钟离", "宗政", "濮阳", "淳于", "单于", "司空", "百里", "东郭", "左丘", "拓跋", "谷梁", "第五");

  private Masking() {}

  /**
   * 姓名脱敏 — keeps the surname (one character, or a known compound surname when the name has at
   * least three characters) and replaces every other character with {@code *}.
   *
   * <pre>{@code
   * Masking.maskName("张三");   // "张*"
   * Masking.maskName("欧阳修"); // "欧阳*"
   * Masking.maskName("岳");    // "*"
   * }</pre>
   *
   * @param name a name, possibly malformed
   * @return the masked name; {@code "*"} for a one-character name, {@code ""} for an empty one
   */
  public static String maskName(String name) {
    Checks.required("name", name);
    int length = name.codePointCount(0, name.length());
    if (length <= 1) {
      return stars(length);
    }
    int kept = length >= 3 && COMPOUND_SURNAMES.contains(firstCodePoints(name, 2)) ? 2 : 1;
    return firstCodePoints(name, kept) + stars(length - kept);
  }

  /**
   * 身份证号脱敏 — the first 6 and last 4 characters with 8 stars between for an 18-character input,
   * {@code "(n chars)"} otherwise.
   *
   * <pre>{@code
   * Masking.maskCitizenId("11010519491231002X"); // "110105********002X"
   * Masking.maskCitizenId("110105491231002");    // "(15 chars)"
   * }</pre>
   *
   * @param citizenId a citizen ID number, possibly malformed
   * @return the masked form, which never contains the 8 birth-date digits
   */
  public static String maskCitizenId(String citizenId) {
    Checks.required("citizenId", citizenId);
    if (citizenId.length() != 18 || citizenId.codePointCount(0, citizenId.length()) != 18) {
      return lengthOnly(citizenId);
    }
    return citizenId.substring(0, 6) + stars(8) + citizenId.substring(14);
  }

  /**
   * 电话号码脱敏 — see the class description.
   *
   * <pre>{@code
   * Masking.maskPhone("13812345678");  // "138****5678"
   * Masking.maskPhone("0537-5212345"); // "0537-***2345"
   * Masking.maskPhone("12345");        // "12345"
   * Masking.maskPhone("call me");      // "(7 chars)"
   * }</pre>
   *
   * @param phone a phone number, possibly malformed
   * @return the masked form
   */
  public static String maskPhone(String phone) {
    Checks.required("phone", phone);
    for (int i = 0; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '-' && c != '+' && c != ' ') {
        return lengthOnly(phone);
      }
    }
    int hyphen = phone.indexOf('-');
    if (hyphen >= 3 && hyphen <= 4 && phone.charAt(0) == '0') {
      String prefix = phone.substring(0, hyphen + 1);
      String local = phone.substring(hyphen + 1);
      return local.length() <= 4 ? prefix + stars(local.length()) : prefix + keepLast(local, 4);
    }
    if (phone.length() <= 6) {
      return phone.chars().allMatch(c -> c >= '0' && c <= '9') ? phone : lengthOnly(phone);
    }
    if (phone.length() < 8) {
      return stars(phone.length() - 4) + phone.substring(phone.length() - 4);
    }
    return phone.substring(0, 3) + keepLast(phone.substring(3), 4);
  }

  /**
   * 地址脱敏 — the first 6 characters (at most half of a shorter address) followed by {@code ***}.
   *
   * <pre>{@code
   * Masking.maskAddress("山东省邹城市中心店镇北村12号"); // "山东省邹城市***"
   * Masking.maskAddress("北村12号");              // "北村***"
   * }</pre>
   *
   * @param address an address, possibly malformed
   * @return the masked form; its length does not depend on the address's length beyond 12
   *     characters
   */
  public static String maskAddress(String address) {
    Checks.required("address", address);
    int length = address.codePointCount(0, address.length());
    int kept = Math.min(ADDRESS_KEPT, length / 2);
    return firstCodePoints(address, kept) + "***";
  }

  /**
   * 自由文本脱敏 — free text that may contain personal information (a request, visit findings, a
   * reason), shown only as its length.
   *
   * <pre>{@code
   * Masking.maskFreeText("他说邻居张三占了他的宅基地"); // "(13 chars)"
   * }</pre>
   *
   * @param text any text
   * @return {@code "(n chars)"} with {@code n} the number of code points
   */
  public static String maskFreeText(String text) {
    Checks.required("text", text);
    return lengthOnly(text);
  }

  private static String lengthOnly(String value) {
    return "(" + value.codePointCount(0, value.length()) + " chars)";
  }

  private static String keepLast(String value, int kept) {
    return stars(value.length() - kept) + value.substring(value.length() - kept);
  }

  private static String firstCodePoints(String value, int count) {
    return value.substring(0, value.offsetByCodePoints(0, count));
  }

  private static String stars(int count) {
    return String.valueOf(MASK).repeat(count);
  }
}
