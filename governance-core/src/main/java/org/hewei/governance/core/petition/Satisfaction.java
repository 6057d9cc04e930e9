package org.hewei.governance.core.petition;

/**
 * 满意度 — the petitioner's rating of how the matter was handled (回访 / 评价).
 *
 * <pre>{@code
 * Satisfaction.BASICALLY_SATISFIED.isSatisfied(); // true
 * }</pre>
 */
public enum Satisfaction {
  /** 满意. */
  SATISFIED("满意"),
  /** 基本满意. */
  BASICALLY_SATISFIED("基本满意"),
  /** 不满意. */
  DISSATISFIED("不满意");

  private final String chineseName;

  Satisfaction(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether the rating counts as satisfied in reports (满意 or 基本满意). */
  public boolean isSatisfied() {
    return this != DISSATISFIED;
  }
}
