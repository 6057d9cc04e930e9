package org.hewei.governance.core.petition;

/**
 * 信访渠道 — how a petition reached the authorities.
 *
 * <p>条例 Art 17 names five forms (信息网络, 书信, 电话, 传真, 走访) and Art 21 requires all of them to
 * be entered in the petition information system; {@link #isNamedByRegulation()} is {@code true}
 * exactly for those five. The other channels are local practice that feeds the same ledger: the 12345
 * hotline (a telephone line, but counted separately in reports), the joint listening visits (民意5来听,
 * seed), grid patrols and police referrals. {@link #isWalkIn()} marks the channel that 条例 Art 20
 * (reception site, skip-level, representatives) applies to.
 *
 * <pre>{@code
 * Channel.WALK_IN.chineseName();          // "来访"
 * Channel.HOTLINE_12345.isNamedByRegulation(); // false: local practice
 * }</pre>
 */
public enum Channel {
  /** 来信: a letter (书信, 条例 Art 17). */
  LETTER("来信", true),
  /** 来访 / 走访: in person at a reception site (条例 Art 17, 20). */
  WALK_IN("来访", true),
  /** 网上信访: the online petition system (信息网络, 条例 Art 17, 21). */
  ONLINE("网上信访", true),
  /** 来电: a telephone call to the petition office (条例 Art 17). */
  PHONE("来电", true),
  /** 传真: a fax (条例 Art 17). */
  FAX("传真", true),
  /** 12345热线: the merged government service hotline (国办发〔2020〕53号); local practice. */
  HOTLINE_12345("12345热线", false),
  /** 民意5来听: found on a joint listening visit of cadres (seed: 5th, 15th, 25th of the month). */
  JOINT_VISIT("民意5来听", false),
  /** 网格巡查: found by a grid worker on patrol. */
  GRID_PATROL("网格巡查", false),
  /** 警情转入: referred from a police call-out (警情) that turned out to be a petition matter. */
  POLICE_REFERRAL("警情转入", false);

  private final String chineseName;
  private final boolean namedByRegulation;

  Channel(String chineseName, boolean namedByRegulation) {
    this.chineseName = chineseName;
    this.namedByRegulation = namedByRegulation;
  }

  /** The Chinese name, e.g. {@code "网上信访"}. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether 条例 Art 17/21 names this channel (the other channels are local practice). */
  public boolean isNamedByRegulation() {
    return namedByRegulation;
  }

  /** Whether the petitioners came in person (条例 Art 20 applies: reception site, representatives). */
  public boolean isWalkIn() {
    return this == WALK_IN;
  }
}
