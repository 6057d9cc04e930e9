package org.hewei.governance.core.jurisdiction;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * 统计用区划代码 — the 12-digit statistical division code of an official unit: province (省) 2 +
 * prefecture (地) 2 + county (县) 2 + township (乡/镇/街道) 3 + village (村/社区) 3 digits. Its first 6
 * digits are the GB/T 2260 administrative division code (行政区划代码).
 *
 * <p>The level is the level of the last non-zero group: {@code 370883000000} (邹城市) is a county,
 * {@code 370883103000} a township, {@code 370883103201} a village. A 6-digit GB/T 2260 code is accepted
 * by {@link #parse} and stored padded with six zeros.
 *
 * <p>Validation (each failure is an {@link InvalidValueException} for field {@code divisionCode} that
 * names the rule):
 *
 * <ol>
 *   <li>only the ASCII digits {@code 0–9}, no spaces (nothing is trimmed);
 *   <li>6 or 12 digits;
 *   <li>the province group is one of 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82;
 *   <li>no group is {@code 00}/{@code 000} while a later group is non-zero — with one exception: the
 *       county group may be {@code 00} under the prefectures that have no county level, {@link
 *       #PREFECTURES_WITHOUT_COUNTIES} (东莞 4419, 中山 4420, 儋州 4604, 嘉峪关 6202), whose townships
 *       hang directly below the prefecture ({@code 441900003000} is a township of Dongguan).
 * </ol>
 *
 * <p>Municipalities (直辖市) need no exception: their statistical codes carry a non-zero prefecture
 * group ({@code 110101} is 北京市 市辖区 东城区, prefecture group {@code 01}). A non-zero county group
 * under a no-county prefecture is not rejected either (statistical lists have used such groups).
 *
 * <p>A division code is public data, not personal information: {@link #toString()} is the code.
 *
 * <pre>{@code
 * DivisionCode zoucheng = DivisionCode.parse("370883");     // GB/T 2260, county level
 * zoucheng.value();                                          // "370883000000"
 * zoucheng.level();                                          // COUNTY
 * DivisionCode town = DivisionCode.parse("370883103000");   // township
 * zoucheng.isAncestorOf(town);                               // true
 * town.parent();                                             // Optional[370883000000]
 * }</pre>
 */
@Value.Immutable
public abstract class DivisionCode implements Comparable<DivisionCode> {
  /**
   * The four prefectures without a county level (不设区的地级市), as 4-digit province+prefecture prefixes:
   * 东莞 {@code 4419}, 中山 {@code 4420}, 儋州 {@code 4604}, 嘉峪关 {@code 6202}. Only below these may a
   * non-zero township group follow a {@code 00} county group.
   */
  public static final Set<String> PREFECTURES_WITHOUT_COUNTIES =
      ImmutableSet.of("4419", "4420", "4604", "6202");

  private static final String FIELD = "divisionCode";

  private static final String PROVINCE_RULE =
      "must be one of 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82";

  /** Start offset of each group: province, prefecture, county, township, village; and the end. */
  private static final int[] GROUP_START = {0, 2, 4, 6, 9, 12};

  private static final String[] GROUP_NAME = {"province", "prefecture", "county", "township", "village"};

  private static final JurisdictionLevel[] GROUP_LEVEL = {
    JurisdictionLevel.PROVINCE,
    JurisdictionLevel.PREFECTURE,
    JurisdictionLevel.COUNTY,
    JurisdictionLevel.TOWNSHIP,
    JurisdictionLevel.VILLAGE
  };

  private static final int COUNTY_GROUP = 2;

  DivisionCode() {}

  /** The 12 digits, e.g. {@code "370883103000"}. */
  @Value.Parameter
  public abstract String value();

  /**
   * Parses a 12-digit statistical code, or a 6-digit GB/T 2260 code (a county-level or higher code,
   * stored padded with {@code 000000}).
   *
   * @throws org.hewei.governance.core.MissingValueException if {@code text} is null
   * @throws InvalidValueException if {@code text} breaks one of the rules listed on this class
   */
  public static DivisionCode parse(@Nullable String text) {
    String checked = Checks.required(FIELD, text);
    for (int i = 0; i < checked.length(); i++) {
      char c = checked.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidValueException(
            FIELD, shown(checked), "must contain only the digits 0-9, found another character at index " + i);
      }
    }
    if (checked.length() == 6) {
      return ImmutableDivisionCode.of(checked + "000000");
    }
    if (checked.length() != 12) {
      throw new InvalidValueException(
          FIELD,
          shown(checked),
          "must have 6 or 12 digits (a GB/T 2260 or a statistical code), had " + checked.length());
    }
    return ImmutableDivisionCode.of(checked);
  }

  @Value.Check
  void check() {
    String v = value();
    Checks.check(v.length() == 12 && v.chars().allMatch(c -> c >= '0' && c <= '9'), FIELD, v, "must have 12 digits");
    int province = Integer.parseInt(v.substring(0, 2));
    Checks.check(isProvince(province), FIELD, v, "province group " + v.substring(0, 2) + " " + PROVINCE_RULE);
    int last = lastNonZeroGroup(v);
    for (int g = 1; g < last; g++) {
      if (isZero(v, g)) {
        boolean allowed =
            g == COUNTY_GROUP && PREFECTURES_WITHOUT_COUNTIES.contains(v.substring(0, 4));
        Checks.check(
            allowed,
            FIELD,
            v,
            g == COUNTY_GROUP && !isZero(v, 1)
                ? "county group may be 00 below a non-zero prefecture only for the prefectures without counties "
                    + String.join(", ", PREFECTURES_WITHOUT_COUNTIES)
                : GROUP_NAME[g]
                    + " group must be non-zero when a lower group ("
                    + GROUP_NAME[last]
                    + ") is non-zero");
      }
    }
  }

  /** The level of the unit: the level of the last non-zero group. */
  public JurisdictionLevel level() {
    return GROUP_LEVEL[lastNonZeroGroup(value())];
  }

  /** The first 6 digits: the GB/T 2260 administrative division code, e.g. {@code "370883"}. */
  public String gbt2260() {
    return value().substring(0, 6);
  }

  /**
   * The code of the enclosing unit: this code with its last non-zero group set to zeros; empty for a
   * province. Levels may be skipped: the parent of the Dongguan township {@code 441900003000} is the
   * prefecture {@code 441900000000}.
   *
   * <pre>{@code
   * DivisionCode.parse("370883103201").parent(); // Optional[370883103000]
   * }</pre>
   */
  public Optional<DivisionCode> parent() {
    String v = value();
    int last = lastNonZeroGroup(v);
    if (last == 0) {
      return Optional.empty();
    }
    String zeros = "000".substring(0, GROUP_START[last + 1] - GROUP_START[last]);
    return Optional.of(
        ImmutableDivisionCode.of(v.substring(0, GROUP_START[last]) + zeros + v.substring(GROUP_START[last + 1])));
  }

  /**
   * Whether this code's unit strictly encloses {@code other}'s: {@code other} differs from this code
   * and agrees with it on every digit up to this code's last non-zero group.
   *
   * <pre>{@code
   * DivisionCode.parse("370000").isAncestorOf(DivisionCode.parse("370883103201")); // true
   * }</pre>
   */
  public boolean isAncestorOf(DivisionCode other) {
    String v = value();
    int prefix = GROUP_START[lastNonZeroGroup(v) + 1];
    return !v.equals(other.value()) && other.value().regionMatches(0, v, 0, prefix);
  }

  /** Orders codes by their digits (province first). */
  @Override
  public int compareTo(DivisionCode other) {
    return value().compareTo(other.value());
  }

  /** The 12 digits; a division code is public, not personal information. */
  @Override
  public String toString() {
    return value();
  }

  private static boolean isProvince(int p) {
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

  private static boolean isZero(String v, int group) {
    for (int i = GROUP_START[group]; i < GROUP_START[group + 1]; i++) {
      if (v.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  private static int lastNonZeroGroup(String v) {
    for (int g = GROUP_LEVEL.length - 1; g > 0; g--) {
      if (!isZero(v, g)) {
        return g;
      }
    }
    return 0;
  }

  private static String shown(String text) {
    return Checks.shorten(text.replaceAll("\\p{Cntrl}", "?"));
  }
}
