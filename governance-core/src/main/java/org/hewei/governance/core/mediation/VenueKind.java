package org.hewei.governance.core.mediation;

/**
 * 调解场所类别 — where mediation takes place, from the village up to the town.
 *
 * <pre>{@code
 * Venue.of(VenueKind.POLICE_STATION_ROOM, "王伟调解室", JurisdictionId.of("370883104000"));
 * }</pre>
 */
public enum VenueKind {
  /** 村调委会 / "说事拉呱"调解室: the village people's mediation committee and its room (人民调解法 Art 8). */
  VILLAGE_MEDIATION_ROOM("村调委会（说事拉呱调解室）"),
  /** 派出所调解室: the mediation room at a police station (警调对接). */
  POLICE_STATION_ROOM("派出所调解室"),
  /** "和为贵"社会综合治理服务中心: the town's governance and mediation centre. */
  TOWN_CENTRE("和为贵调解中心"),
  /** 司法所: the township judicial office (guides mediation, 人民调解法 Art 5). */
  JUDICIAL_OFFICE("司法所"),
  /** 其他调解场所: any other named venue (an enterprise committee, a trade mediation room, …). */
  OTHER("其他调解场所");

  private final String chineseName;

  VenueKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, e.g. {@code "派出所调解室"}. */
  public String chineseName() {
    return chineseName;
  }
}
