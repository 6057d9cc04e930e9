package org.hewei.governance.core.outreach;

/**
 * 走访活动类别 — the kinds of field work in which officials meet residents and find disputes,
 * requests and key persons.
 *
 * <pre>{@code
 * OutreachKind.JOINT_LISTENING_VISIT.chineseName();  // "民意5来听"
 * }</pre>
 */
public enum OutreachKind {
  /** 民意5来听: joint listening visit on the 5th, 15th, 25th by the village's cadres (seed). */
  JOINT_LISTENING_VISIT("民意5来听"),
  /** 警民恳谈: police-community talk held by a police post. */
  POLICE_COMMUNITY_TALK("警民恳谈"),
  /** 案件回访: follow-up visit to the parties of a case (petition, mediation, police case). */
  CASE_FOLLOW_UP_VISIT("案件回访"),
  /** 入户走访: home visit. */
  HOME_VISIT("入户走访"),
  /** 警情通报会: briefing on the local police situation. */
  SITUATION_BRIEFING("警情通报会"),
  /** 网格巡查: grid patrol by a grid worker or a patrol team. */
  GRID_PATROL("网格巡查");

  private final String chineseName;

  OutreachKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, e.g. {@code "入户走访"}. */
  public String chineseName() {
    return chineseName;
  }
}
