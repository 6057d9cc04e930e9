package org.hewei.governance.core.organization;

/**
 * 岗位角色 — the roles an official holds; access rules, duty rosters and escalation actions refer to
 * them.
 *
 * <pre>{@code
 * Official.builder().id(OfficialId.of("ZXD-OFF-017")).addRoles(Role.SECTION_LEVEL_CADRE) ...
 * }</pre>
 */
public enum Role {
  /** 科级干部: township section-level cadre (receives petitioners on duty, owns cases). */
  SECTION_LEVEL_CADRE("科级干部"),
  /** 机关负责人: head of a body; approves extensions (条例 Art 34) and signs opinions. */
  HEAD_OF_BODY("机关负责人"),
  /** 信访干部: staff of a petition office (registers, forwards, assigns). */
  PETITION_OFFICER("信访干部"),
  /** 村干部: village cadre. */
  VILLAGE_CADRE("村干部"),
  /** 支部书记: village party branch secretary. */
  PARTY_SECRETARY("支部书记"),
  /** 第一书记: first secretary sent to a village. */
  FIRST_SECRETARY("第一书记"),
  /** 网格员: grid worker. */
  GRID_WORKER("网格员"),
  /** 民警: police officer (incl. community police at a police post). */
  POLICE_OFFICER("民警"),
  /** 调解员: people's mediator (incl. 五老 elder volunteers). */
  MEDIATOR("调解员"),
  /** 司法所工作人员: judicial office staff (mediation guidance, community correction). */
  JUDICIAL_OFFICER("司法所工作人员"),
  /** 社区矫正工作人员: community-correction officer; sees community-correction records. */
  COMMUNITY_CORRECTION_OFFICER("社区矫正工作人员"),
  /** 精神卫生工作人员: mental-health case manager; sees severe-mental-disorder records. */
  MENTAL_HEALTH_WORKER("精神卫生工作人员"),
  /** 综治工作人员: comprehensive-governance centre staff (dispatch, ledgers). */
  GOVERNANCE_CENTRE_OFFICER("综治工作人员"),
  /** 民政工作人员: civil-affairs staff. */
  CIVIL_AFFAIRS_OFFICER("民政工作人员"),
  /** 部门工作人员: staff of a functional department receiving forwarded matters. */
  DEPARTMENT_STAFF("部门工作人员");

  private final String chineseName;

  Role(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name of the role. */
  public String chineseName() {
    return chineseName;
  }
}
