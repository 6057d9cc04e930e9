package org.hewei.governance.core.petition;

/**
 * 复查/复核结论 — what a review (复查, 条例 Art 35) or re-review (复核, Art 36) decides about the
 * opinion below it.
 *
 * <pre>{@code
 * ReviewDecision.UPHELD.chineseName(); // "维持"
 * }</pre>
 */
public enum ReviewDecision {
  /** 维持: the opinion stands. */
  UPHELD("维持"),
  /** 变更: the opinion is changed; the review opinion states the new outcome. */
  CHANGED("变更"),
  /** 撤销: the opinion is revoked and the matter goes back to be handled again. */
  REVOKED("撤销");

  private final String chineseName;

  ReviewDecision(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
