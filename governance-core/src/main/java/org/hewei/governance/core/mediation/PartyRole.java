package org.hewei.governance.core.mediation;

/**
 * 当事人地位 — the standing of a party in a dispute.
 *
 * <pre>{@code
 * Party.person(PersonId.of("P-000042"), PartyRole.APPLICANT);
 * }</pre>
 */
public enum PartyRole {
  /** 申请人: the party who applied for mediation. */
  APPLICANT("申请人"),
  /** 被申请人: the other side. */
  RESPONDENT("被申请人"),
  /** 其他当事人: a further party (e.g. a third household in a boundary dispute). */
  OTHER("其他当事人");

  private final String chineseName;

  PartyRole(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, e.g. {@code "申请人"}. */
  public String chineseName() {
    return chineseName;
  }
}
