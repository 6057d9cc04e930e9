package org.hewei.governance.core.keyperson;

import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 重点人员/重点场所类别 — a category of key person or key place under management (列管), identified by a
 * code. The taxonomy is open: users add their own categories next to the built-in defaults.
 *
 * <pre>{@code
 * KeyPersonCategory custom = KeyPersonCategory.of("local-gambling", "涉赌人员", Subject.PERSON);
 * }</pre>
 */
@Value.Immutable
public abstract class KeyPersonCategory {
  /** 管理对象 — whether a category lists persons or places. */
  public enum Subject {
    /** 重点人员. */
    PERSON,
    /** 重点场所 (出租房屋, 九小场所, 危爆物品 sites). */
    PLACE
  }

  KeyPersonCategory() {}

  /** The stable code, an identifier (letters, digits, {@code . _ : -}). */
  @Value.Parameter
  public abstract String code();

  /** The Chinese name, e.g. {@code "流动人口"}. */
  @Value.Parameter
  public abstract String chineseName();

  /** Whether the category lists persons or places. */
  @Value.Parameter
  public abstract Subject subject();

  /** A category; two categories are equal when all three parts are. */
  public static KeyPersonCategory of(String code, String chineseName, Subject subject) {
    return ImmutableKeyPersonCategory.of(
        Checks.id("code", code), Checks.text("chineseName", chineseName, Checks.MAX_LABEL), subject);
  }

  /** The code, e.g. {@code "floating-population"}; a category name is not personal data. */
  @Override
  public String toString() {
    return code();
  }
}
