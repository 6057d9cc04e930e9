package org.hewei.governance.core.keyperson;

/**
 * 管控等级 — how closely a listed key person or key place is watched, from mildest to strictest.
 *
 * <p>Three levels are common across local regulations (names vary: 关注/重点/严管, 宽管/普管/严管, 黄/橙/红).
 * Which levels a category allows, and the visit interval of each, is set per category in a {@link
 * CategoryProfile}.
 *
 * <pre>{@code
 * ControlLevel.STRICT.isStricterThan(ControlLevel.ATTENTION); // true
 * }</pre>
 */
public enum ControlLevel {
  /** 一般关注: routine attention, the mildest level (宽管). */
  ATTENTION("一般关注"),
  /** 重点关注: focused attention, more frequent visits (普管). */
  FOCUS("重点关注"),
  /** 严格管控: strict control, the most frequent visits (严管). */
  STRICT("严格管控");

  private final String chineseName;

  ControlLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, e.g. {@code "重点关注"}. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether this level is stricter than {@code other}. */
  public boolean isStricterThan(ControlLevel other) {
    return compareTo(other) > 0;
  }
}
