package org.hewei.governance.core.petition;

/**
 * 信访事项状态 — where a petition matter stands, from receipt to its final state.
 *
 * <p>The transitions between statuses are governance-rules' business (its petition lifecycle); this
 * type only names them. {@link #isOpen()} tells whether the matter still runs against a deadline.
 *
 * <pre>{@code
 * state.status() == PetitionStatus.ACCEPTED && state.status().isOpen(); // true
 * }</pre>
 */
public enum PetitionStatus {
  /** 收到: received through a channel, not yet registered. */
  RECEIVED("收到", true),
  /** 登记: registered (条例 Art 22–23: within 15 days of receipt), not yet routed. */
  REGISTERED("登记", true),
  /** 转送: forwarded to the body with authority. */
  FORWARDED("转送", true),
  /** 交办: assigned to a unit with a case owner and a deadline. */
  ASSIGNED("交办", true),
  /** 受理: accepted; for grievance matters the 60-day clock runs (条例 Art 34). */
  ACCEPTED("受理", true),
  /** 调解中: referred to mediation (访调对接), the petition waits for its outcome. */
  IN_MEDIATION("调解中", true),
  /** 已答复: a reply or handling opinion (处理意见书, 条例 Art 32) has been issued. */
  REPLIED("已答复", true),
  /** 复查中: a review (复查) was requested within 30 days of the reply (条例 Art 35). */
  UNDER_REVIEW("复查中", true),
  /** 已复查: the review opinion has been issued. */
  REVIEWED("已复查", true),
  /** 复核中: a re-review (复核) was requested within 30 days of the review opinion (条例 Art 36). */
  UNDER_RE_REVIEW("复核中", true),
  /** 不予受理: declined, with notice to the petitioner. */
  DECLINED("不予受理", false),
  /** 诉访分离: diverted to litigation, arbitration or another legal procedure (条例 Art 31). */
  DIVERTED("导入法定途径", false),
  /** 办结: concluded (the reply stood: no review requested in time, or satisfied). */
  CONCLUDED("办结", false),
  /** 不再受理: final after re-review; the same facts and reasons are not accepted again (Art 36). */
  FINAL("不再受理", false),
  /** 撤回: withdrawn by the petitioner. */
  WITHDRAWN("撤回", false);

  private final String chineseName;
  private final boolean open;

  PetitionStatus(String chineseName, boolean open) {
    this.chineseName = chineseName;
    this.open = open;
  }

  /** The Chinese name of the status. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether the matter is still being handled (not declined, diverted, concluded, final or withdrawn). */
  public boolean isOpen() {
    return open;
  }
}
