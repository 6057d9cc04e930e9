package org.hewei.governance.core.outreach;

import java.util.List;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 代办事项类别 — the kind of matter an errand (民生代办) concerns, identified by a code. The taxonomy
 * is open: the defaults follow the services of the seed's village service rooms (民生代办, 计生服务,
 * 扶贫救助), and users add their own with {@link #of}.
 *
 * <pre>{@code
 * ErrandCategory c = ErrandCategory.SOCIAL_INSURANCE;   // "social-insurance", 社保业务
 * ErrandCategory custom = ErrandCategory.of("gas-connection", "燃气开户");
 * }</pre>
 */
@Value.Immutable
public abstract class ErrandCategory {
  /** 社保业务 (pension, unemployment insurance). */
  public static final ErrandCategory SOCIAL_INSURANCE = of("social-insurance", "社保业务");
  /** 医保业务. */
  public static final ErrandCategory MEDICAL_INSURANCE = of("medical-insurance", "医保业务");
  /** 民政救助 (低保, 特困, temporary relief). */
  public static final ErrandCategory SOCIAL_ASSISTANCE = of("social-assistance", "民政救助");
  /** 扶贫救助. */
  public static final ErrandCategory POVERTY_RELIEF = of("poverty-relief", "扶贫救助");
  /** 户籍业务. */
  public static final ErrandCategory HOUSEHOLD_REGISTRATION = of("household-registration", "户籍业务");
  /** 证明开具. */
  public static final ErrandCategory CERTIFICATE = of("certificate", "证明开具");
  /** 计生服务. */
  public static final ErrandCategory FAMILY_PLANNING = of("family-planning", "计生服务");
  /** 养老助残. */
  public static final ErrandCategory ELDERLY_DISABILITY = of("elderly-disability", "养老助残");
  /** 惠农补贴. */
  public static final ErrandCategory AGRICULTURAL_SUBSIDY = of("agricultural-subsidy", "惠农补贴");
  /** 其他事项. */
  public static final ErrandCategory OTHER = of("other", "其他事项");

  private static final List<ErrandCategory> DEFAULTS =
      List.of(
          SOCIAL_INSURANCE,
          MEDICAL_INSURANCE,
          SOCIAL_ASSISTANCE,
          POVERTY_RELIEF,
          HOUSEHOLD_REGISTRATION,
          CERTIFICATE,
          FAMILY_PLANNING,
          ELDERLY_DISABILITY,
          AGRICULTURAL_SUBSIDY,
          OTHER);

  ErrandCategory() {}

  /** The stable code, an identifier (letters, digits, {@code . _ : -}). */
  @Value.Parameter
  public abstract String code();

  /** The Chinese name, e.g. {@code "社保业务"}. */
  @Value.Parameter
  public abstract String chineseName();

  /**
   * A category; two categories are equal when code and name are.
   *
   * @throws org.hewei.governance.core.InvalidValueException if the code is not an identifier or the
   *     name is blank or longer than 200 characters
   */
  public static ErrandCategory of(String code, String chineseName) {
    return ImmutableErrandCategory.of(
        Checks.id("code", code), Checks.text("chineseName", chineseName, Checks.MAX_LABEL));
  }

  /** The built-in categories, in the order above (an immutable list). */
  public static List<ErrandCategory> defaults() {
    return DEFAULTS;
  }

  /** The code, e.g. {@code "social-insurance"}. */
  @Override
  public String toString() {
    return code();
  }
}
