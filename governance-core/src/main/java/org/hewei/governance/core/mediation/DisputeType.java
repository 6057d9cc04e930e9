package org.hewei.governance.core.mediation;

import java.util.List;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 纠纷类型 — the kind of a dispute, identified by a code. The taxonomy is open: the built-in defaults
 * below cover the usual village disputes, and users add their own types with {@link #of}.
 *
 * <pre>{@code
 * DisputeType t = DisputeType.NEIGHBOURHOOD;           // "neighbourhood", 邻里纠纷
 * DisputeType custom = DisputeType.of("mining-subsidence", "采煤塌陷纠纷");
 * }</pre>
 */
@Value.Immutable
public abstract class DisputeType {
  /** 邻里纠纷. */
  public static final DisputeType NEIGHBOURHOOD = of("neighbourhood", "邻里纠纷");
  /** 婚姻家庭纠纷. */
  public static final DisputeType MARRIAGE_FAMILY = of("marriage-family", "婚姻家庭纠纷");
  /** 土地/宅基地纠纷 (incl. boundary disputes). */
  public static final DisputeType LAND_BOUNDARY = of("land-boundary", "土地宅基地纠纷");
  /** 合同/债务纠纷. */
  public static final DisputeType CONTRACT_DEBT = of("contract-debt", "合同债务纠纷");
  /** 劳资纠纷 (incl. unpaid wages). */
  public static final DisputeType LABOUR = of("labour", "劳资纠纷");
  /** 损害赔偿纠纷. */
  public static final DisputeType DAMAGE_COMPENSATION = of("damage-compensation", "损害赔偿纠纷");
  /** 交通事故纠纷. */
  public static final DisputeType TRAFFIC_ACCIDENT = of("traffic-accident", "交通事故纠纷");
  /** 物业纠纷. */
  public static final DisputeType PROPERTY_MANAGEMENT = of("property-management", "物业纠纷");
  /** 其他纠纷. */
  public static final DisputeType OTHER = of("other", "其他纠纷");

  private static final List<DisputeType> DEFAULTS =
      List.of(
          NEIGHBOURHOOD,
          MARRIAGE_FAMILY,
          LAND_BOUNDARY,
          CONTRACT_DEBT,
          LABOUR,
          DAMAGE_COMPENSATION,
          TRAFFIC_ACCIDENT,
          PROPERTY_MANAGEMENT,
          OTHER);

  DisputeType() {}

  /** The stable code, an identifier (letters, digits, {@code . _ : -}). */
  @Value.Parameter
  public abstract String code();

  /** The Chinese name, e.g. {@code "邻里纠纷"}. */
  @Value.Parameter
  public abstract String chineseName();

  /**
   * A dispute type; two types are equal when code and name are.
   *
   * @throws org.hewei.governance.core.InvalidValueException if the code is not an identifier or the
   *     name is blank or longer than 200 characters
   */
  public static DisputeType of(String code, String chineseName) {
    return ImmutableDisputeType.of(
        Checks.id("code", code), Checks.text("chineseName", chineseName, Checks.MAX_LABEL));
  }

  /** The built-in types, in the order above (an immutable list). */
  public static List<DisputeType> defaults() {
    return DEFAULTS;
  }

  /** The code, e.g. {@code "neighbourhood"}; a type is not personal data. */
  @Override
  public String toString() {
    return code();
  }
}
