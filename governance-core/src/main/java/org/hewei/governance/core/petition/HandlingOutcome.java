package org.hewei.governance.core.petition;

/**
 * 处理意见结论 — the three outcomes of a handling opinion (条例 Art 32).
 *
 * <pre>{@code
 * HandlingOutcome.EXPLAINED.chineseName(); // "解释说明"
 * }</pre>
 */
public enum HandlingOutcome {
  /** 予以支持: the facts are clear and the request has a legal basis (Art 32(1)). */
  SUPPORTED("支持"),
  /** 解释说明: the request is reasonable but lacks a legal basis; it is explained (Art 32(2)). */
  EXPLAINED("解释说明"),
  /** 不予支持: the request lacks a factual basis or breaks the rules (Art 32(3)). */
  NOT_SUPPORTED("不支持");

  private final String chineseName;

  HandlingOutcome(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
