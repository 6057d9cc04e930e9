package org.hewei.governance.core.mediation;

/**
 * 五老人员类别 — the five kinds of elder volunteers (五老) who sit in village mediation rooms: retired
 * cadres, veteran party members, retired teachers, former model workers, veterans.
 *
 * <pre>{@code
 * Mediator.volunteer(PersonId.of("P-7"), EnumSet.of(ElderKind.VETERAN_PARTY_MEMBER));
 * }</pre>
 */
public enum ElderKind {
  /** 老干部. */
  RETIRED_CADRE("老干部"),
  /** 老党员. */
  VETERAN_PARTY_MEMBER("老党员"),
  /** 老教师. */
  RETIRED_TEACHER("老教师"),
  /** 老模范: former model worker. */
  FORMER_MODEL_WORKER("老模范"),
  /** 老军人: veteran soldier. */
  VETERAN_SOLDIER("老军人");

  private final String chineseName;

  ElderKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, e.g. {@code "老党员"}. */
  public String chineseName() {
    return chineseName;
  }
}
