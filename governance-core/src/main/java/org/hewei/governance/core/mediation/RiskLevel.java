package org.hewei.governance.core.mediation;

/**
 * 风险等级 — the result of risk assessment (风险研判) of a dispute: how likely it is to escalate into a
 * public-order incident, a collective petition or a criminal case (人民调解法 Art 25).
 *
 * <p>Levels are ordered: {@code LOW < MEDIUM < HIGH < CRITICAL}, so {@link #compareTo} and {@link
 * #isAtLeast} may be used by escalation triggers.
 *
 * <pre>{@code
 * RiskLevel.HIGH.isAtLeast(RiskLevel.MEDIUM);  // true
 * }</pre>
 */
public enum RiskLevel {
  /** 低风险. */
  LOW("低"),
  /** 中风险. */
  MEDIUM("中"),
  /** 高风险: may turn into a collective petition or a public-order case; report to the police. */
  HIGH("高"),
  /** 重大风险: imminent danger of violence or a mass incident (群体性事件). */
  CRITICAL("重大");

  private final String chineseName;

  RiskLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, e.g. {@code "高"}. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether this level is {@code other} or above it. */
  public boolean isAtLeast(RiskLevel other) {
    return compareTo(other) >= 0;
  }
}
