package org.hewei.governance.core.mediation;

/**
 * 司法确认状态 — where a mediation agreement stands in judicial confirmation (司法确认): the parties'
 * joint application within 30 days of the agreement taking effect (人民调解法 Art 33, 民事诉讼法 Art
 * 205) and the court's decision (最高人民法院关于人民调解协议司法确认程序的若干规定 2011, Art 4–8).
 *
 * <pre>{@code
 * JudicialConfirmationStatus.CONFIRMED.isDecided();  // true
 * }</pre>
 */
public enum JudicialConfirmationStatus {
  /** 未申请: no application (confirmation is optional: "双方当事人认为有必要的"). */
  NOT_APPLIED("未申请", false),
  /** 已申请: the parties applied jointly; the court decides within 3 days whether to accept (Art 4). */
  APPLIED("已申请", false),
  /** 不予受理: the court did not accept the application (规定 Art 4(2)). */
  NOT_ACCEPTED("不予受理", true),
  /** 确认有效: the court confirmed the agreement (规定 Art 8); it is enforceable (Art 33(2)). */
  CONFIRMED("确认有效", true),
  /** 不予确认: the court refused to confirm it (规定 Art 7); the parties may mediate again or sue. */
  NOT_CONFIRMED("不予确认", true),
  /** 撤回申请: a party withdrew the application before the decision (规定 Art 5(2)). */
  WITHDRAWN("撤回申请", true);

  private final String chineseName;
  private final boolean decided;

  JudicialConfirmationStatus(String chineseName, boolean decided) {
    this.chineseName = chineseName;
    this.decided = decided;
  }

  /** The Chinese name, e.g. {@code "确认有效"}. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether this is an end of the court procedure (a decision or a withdrawal). */
  public boolean isDecided() {
    return decided;
  }
}
