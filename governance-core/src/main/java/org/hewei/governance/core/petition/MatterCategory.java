package org.hewei.governance.core.petition;

import java.util.List;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 信访事项类别 — what a petition is about (土地, 劳资, 邻里, …), identified by a code.
 *
 * <p>The taxonomy is open: the constants below are the built-in defaults ({@link #defaults()}), and a
 * user adds their own with {@link #of(String, String)} (collect them in a {@link
 * MatterCategoryCatalogue}). Two categories are equal when code and Chinese name are equal.
 *
 * <pre>{@code
 * MatterCategory wages = MatterCategory.WAGES;
 * MatterCategory own = MatterCategory.of("rural-tourism", "乡村旅游");
 * }</pre>
 */
@Value.Immutable
public abstract class MatterCategory {
  /** 土地: land contracts, boundaries, homestead land. */
  public static final MatterCategory LAND = of("land", "土地");
  /** 劳资 / 欠薪: labour relations and unpaid wages. */
  public static final MatterCategory WAGES = of("wages", "劳资欠薪");
  /** 邻里: neighbourhood disputes. */
  public static final MatterCategory NEIGHBOURHOOD = of("neighbourhood", "邻里纠纷");
  /** 婚姻家庭: marriage, family, support, inheritance. */
  public static final MatterCategory MARRIAGE_FAMILY = of("marriage-family", "婚姻家庭");
  /** 征地拆迁: land acquisition and demolition, compensation. */
  public static final MatterCategory DEMOLITION = of("demolition", "征地拆迁");
  /** 社会保障: pensions, medical insurance, subsistence allowance, relief. */
  public static final MatterCategory SOCIAL_SECURITY = of("social-security", "社会保障");
  /** 生态环境: pollution, environmental protection. */
  public static final MatterCategory ENVIRONMENT = of("environment", "生态环境");
  /** 治安: public order and safety. */
  public static final MatterCategory PUBLIC_ORDER = of("public-order", "治安");
  /** 城乡建设: urban and rural construction, urban management, housing, roads. */
  public static final MatterCategory URBAN_MANAGEMENT = of("urban-management", "城乡建设");
  /** 涉法涉诉: matters concerning court, procuratorate or police proceedings (条例 Art 28, 31). */
  public static final MatterCategory LAW_RELATED = of("law-related", "涉法涉诉");
  /** 其他: anything else. */
  public static final MatterCategory OTHER = of("other", "其他");

  private static final List<MatterCategory> DEFAULTS =
      List.of(
          LAND,
          WAGES,
          NEIGHBOURHOOD,
          MARRIAGE_FAMILY,
          DEMOLITION,
          SOCIAL_SECURITY,
          ENVIRONMENT,
          PUBLIC_ORDER,
          URBAN_MANAGEMENT,
          LAW_RELATED,
          OTHER);

  MatterCategory() {}

  /** The stable code, an identifier (letters, digits, {@code . _ : -}), e.g. {@code "wages"}. */
  @Value.Parameter
  public abstract String code();

  /** The Chinese name (at most 200 characters), e.g. {@code "劳资欠薪"}. */
  @Value.Parameter
  public abstract String chineseName();

  /**
   * A category.
   *
   * @throws org.hewei.governance.core.InvalidValueException if the code is not an identifier or the
   *     name is blank or longer than 200 characters
   */
  public static MatterCategory of(String code, String chineseName) {
    return ImmutableMatterCategory.of(code, chineseName);
  }

  /** The built-in categories, in a stable order (the constants of this class). */
  public static List<MatterCategory> defaults() {
    return DEFAULTS;
  }

  @Value.Check
  void check() {
    Checks.id("code", code());
    Checks.text("chineseName", chineseName(), Checks.MAX_LABEL);
  }

  /** The code, e.g. {@code "wages"}. */
  @Override
  public String toString() {
    return code();
  }
}
