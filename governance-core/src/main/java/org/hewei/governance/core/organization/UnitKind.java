package org.hewei.governance.core.organization;

/**
 * 单位类别 — the kinds of unit that take part in grassroots governance.
 *
 * <pre>{@code
 * UnitKind.POLICE_POST.chineseName(); // "警务室"
 * }</pre>
 */
public enum UnitKind {
  /** 乡镇党委政府: the township party committee and government. */
  TOWNSHIP_GOVERNMENT("乡镇党委政府"),
  /** 信访办: petition office (town or county). */
  PETITION_OFFICE("信访办"),
  /** 综治中心: comprehensive-governance centre (e.g. the town's 和为贵 centre). */
  GOVERNANCE_CENTRE("综治中心"),
  /** 派出所: police station. */
  POLICE_STATION("派出所"),
  /** 警务室: police post in a management district or village. */
  POLICE_POST("警务室"),
  /** 司法所: judicial office. */
  JUDICIAL_OFFICE("司法所"),
  /** 民政: civil-affairs office. */
  CIVIL_AFFAIRS("民政"),
  /** 管区: management-district office grouping several villages. */
  MANAGEMENT_DISTRICT_OFFICE("管区"),
  /** 村民委员会: village committee. */
  VILLAGE_COMMITTEE("村委会"),
  /** 居民委员会: residents' (community) committee. */
  RESIDENTS_COMMITTEE("居委会"),
  /** 人民调解委员会: people's mediation committee (人民调解法 Art 7). */
  MEDIATION_COMMITTEE("调解委员会"),
  /** 职能部门: a functional department receiving forwarded matters. */
  DEPARTMENT("职能部门"),
  /** 巡逻队/巡防队: patrol team (e.g. 警民联动队). */
  PATROL_TEAM("巡逻队");

  private final String chineseName;

  UnitKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, e.g. {@code "司法所"}. */
  public String chineseName() {
    return chineseName;
  }
}
