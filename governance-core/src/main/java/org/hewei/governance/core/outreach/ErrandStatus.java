package org.hewei.governance.core.outreach;

/**
 * 代办状态 — where an errand stands: requested, accepted by a handler, done or declined.
 *
 * <pre>{@code
 * ErrandStatus.DONE.isTerminal();  // true
 * }</pre>
 */
public enum ErrandStatus {
  /** 已登记: the resident asked. */
  REQUESTED("已登记", false),
  /** 已受理: a handler took it on. */
  ACCEPTED("已受理", false),
  /** 已办结: done. */
  DONE("已办结", true),
  /** 不予代办: declined (not within the service, or the resident must appear in person). */
  DECLINED("不予代办", true);

  private final String chineseName;
  private final boolean terminal;

  ErrandStatus(String chineseName, boolean terminal) {
    this.chineseName = chineseName;
    this.terminal = terminal;
  }

  /** The Chinese name, e.g. {@code "已办结"}. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether no further command is accepted. */
  public boolean isTerminal() {
    return terminal;
  }
}
