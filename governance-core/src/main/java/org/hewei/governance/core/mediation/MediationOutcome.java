package org.hewei.governance.core.mediation;

/**
 * 调解结果 — how a mediation ended.
 *
 * <pre>{@code
 * MediationOutcome.SETTLED.isSuccess();  // true
 * }</pre>
 */
public enum MediationOutcome {
  /** 调解成功: the parties reached an agreement (written or oral, 人民调解法 Art 28). */
  SETTLED("调解成功"),
  /**
   * 调解不成: mediation failed and is ended; the parties must be told of arbitration, administrative
   * and judicial routes (人民调解法 Art 26).
   */
  FAILED("调解不成"),
  /** 当事人要求终止调解: a party withdrew from mediation (人民调解法 Art 23(2)). */
  WITHDRAWN("当事人撤回");

  private final String chineseName;

  MediationOutcome(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, e.g. {@code "调解成功"}. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether the outcome counts as a success in the mediation success rate (调解成功率). */
  public boolean isSuccess() {
    return this == SETTLED;
  }
}
