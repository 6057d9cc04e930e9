package org.hewei.governance.core.jurisdiction;

/**
 * 行政层级 — the levels of the governance tree, from province (省) down to grid cell (网格).
 *
 * <p>Depth varies: municipalities have no prefecture level, a few prefectures (Dongguan, Zhongshan,
 * Danzhou, Jiayuguan) have no county level, and the management district (管区) is an unofficial level
 * that some townships insert between township and village. A child's level is always strictly below its
 * parent's, but levels may be skipped.
 *
 * <pre>{@code
 * JurisdictionLevel.VILLAGE.isBelow(JurisdictionLevel.TOWNSHIP); // true
 * JurisdictionLevel.MANAGEMENT_DISTRICT.isOfficial();            // false: no statistical code
 * }</pre>
 */
public enum JurisdictionLevel {
  /** 省级 (省, 自治区, 直辖市): the first 2 digits of a division code. */
  PROVINCE("省级", true, 1),
  /** 地级 (地级市, 地区, 自治州, 盟): digits 3–4. */
  PREFECTURE("地级", true, 2),
  /** 县级 (市辖区, 县级市, 县, 旗): digits 5–6; the end of the GB/T 2260 code. */
  COUNTY("县级", true, 3),
  /** 乡级 (镇, 乡, 街道): digits 7–9. */
  TOWNSHIP("乡级", true, 4),
  /** 管区: an unofficial grouping of villages inside a township; it has its own id, no code. */
  MANAGEMENT_DISTRICT("管区", false, 5),
  /** 村级 (村民委员会, 社区居民委员会): digits 10–12. */
  VILLAGE("村级", true, 6),
  /** 网格: the smallest unit of grid management inside a village or community; no code. */
  GRID("网格", false, 7);

  private final String chineseName;
  private final boolean official;
  private final int rank;

  JurisdictionLevel(String chineseName, boolean official, int rank) {
    this.chineseName = chineseName;
    this.official = official;
    this.rank = rank;
  }

  /** 1 for the province, growing by one per level down to 7 for the grid cell. */
  public int rank() {
    return rank;
  }

  /** The Chinese name of the level, e.g. {@code "管区"}. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether the level has a statistical division code (管区 and 网格 do not). */
  public boolean isOfficial() {
    return official;
  }

  /** Whether this level lies strictly below {@code other} (further from the province). */
  public boolean isBelow(JurisdictionLevel other) {
    return rank > other.rank;
  }

  /** Whether this level lies strictly above {@code other} (closer to the province). */
  public boolean isAbove(JurisdictionLevel other) {
    return rank < other.rank;
  }
}
