package org.hewei.governance.core.petition;

/**
 * 调解结果 — how a referral to mediation (访调对接, 条例 Art 33) came back, as the petition sees it; the
 * mediation case itself records the details.
 *
 * <pre>{@code
 * MediationResult.SETTLED.isSettled(); // true
 * }</pre>
 */
public enum MediationResult {
  /** 调解成功: an agreement was reached (调解协议书 / 和解协议书, Art 33). */
  SETTLED("调解成功"),
  /** 部分达成: part of the dispute was settled. */
  PARTLY_SETTLED("部分调解成功"),
  /** 调解不成: mediation was tried and failed. */
  FAILED("调解不成"),
  /** 当事人拒绝调解: a party refused, so mediation did not proceed (人民调解法). */
  REFUSED("当事人拒绝调解");

  private final String chineseName;

  MediationResult(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether the whole dispute was settled. */
  public boolean isSettled() {
    return this == SETTLED;
  }
}
