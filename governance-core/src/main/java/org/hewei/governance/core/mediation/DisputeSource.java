package org.hewei.governance.core.mediation;

/**
 * 纠纷来源 — how a dispute (矛盾纠纷) came to light: by screening (排查), by referral from the police
 * (警调对接) or from a petition (访调对接), by a resident coming in, or on a grid patrol.
 *
 * <pre>{@code
 * DisputeSource s = DisputeSource.POLICE_REFERRAL;
 * s.chineseName();  // "警调对接"
 * }</pre>
 */
public enum DisputeSource {
  /** 常规排查: routine screening (常态排查, e.g. the joint visits of 民意5来听). */
  ROUTINE_SCREENING("常规排查"),
  /** 专项排查: focused screening in a sensitive period (重要时段集中排查) or on one theme. */
  FOCUSED_SCREENING("专项排查"),
  /** 警调对接: referred by the police after a call-out (non-police dispute, 非警务类纠纷). */
  POLICE_REFERRAL("警调对接"),
  /** 访调对接: referred from a petition (信访事项) to mediation. */
  PETITION_REFERRAL("访调对接"),
  /** 群众来访: a party came in and applied for mediation (人民调解法 Art 17). */
  WALK_IN("群众来访"),
  /** 网格巡查: found by a grid worker on patrol. */
  GRID_PATROL("网格巡查");

  private final String chineseName;

  DisputeSource(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, e.g. {@code "警调对接"}. */
  public String chineseName() {
    return chineseName;
  }
}
