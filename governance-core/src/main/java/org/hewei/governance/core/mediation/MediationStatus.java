package org.hewei.governance.core.mediation;

/**
 * 调解案件状态 — where a mediation case stands. The transitions belong to governance-rules; this enum
 * only names the states.
 *
 * <pre>{@code
 * MediationStatus.SETTLED.isTerminal();  // false: a settled case is still closed explicitly
 * MediationStatus.CLOSED.isTerminal();   // true
 * }</pre>
 */
public enum MediationStatus {
  /** 已受理: the case is opened at a venue; no mediator or consent yet. */
  OPENED("已受理", false),
  /** 待当事人同意: a mediator is assigned; waiting for every party's consent (人民调解法 Art 17, 23). */
  AWAITING_CONSENT("待当事人同意", false),
  /** 调解中: every party consented; sessions are held. */
  IN_PROGRESS("调解中", false),
  /** 调解成功: settled (an agreement may be recorded, judicial confirmation may follow). */
  SETTLED("调解成功", false),
  /** 调解不成: failed (人民调解法 Art 26). */
  FAILED("调解不成", false),
  /** 当事人撤回: a party asked to end the mediation (Art 23(2)). */
  WITHDRAWN("当事人撤回", false),
  /** 当事人拒绝调解: a party refused; mediation does not proceed (人民调解法 Art 17). */
  REFUSED("当事人拒绝", false),
  /** 退回信访: sent back to the referring petition (访调对接). */
  RETURNED_TO_PETITION("退回信访", false),
  /** 已结案: closed and archived (人民调解法 Art 27); nothing more happens. */
  CLOSED("已结案", true);

  private final String chineseName;
  private final boolean terminal;

  MediationStatus(String chineseName, boolean terminal) {
    this.chineseName = chineseName;
    this.terminal = terminal;
  }

  /** The Chinese name, e.g. {@code "调解中"}. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether no further command is accepted. */
  public boolean isTerminal() {
    return terminal;
  }
}
