package org.hewei.governance.core.petition;

/**
 * 信访事项类型 — the three types of petition matter of 条例 Art 29–31; each is handled differently.
 *
 * <pre>{@code
 * PetitionType.GRIEVANCE.article(); // "条例 Art 31"
 * }</pre>
 */
public enum PetitionType {
  /**
   * 建议意见类: a suggestion or opinion; studied and, where sound, adopted and answered (条例 Art 29).
   */
  SUGGESTION("建议意见", "条例 Art 29"),
  /**
   * 检举控告类: an accusation or report against a person or body; handled by the discipline
   * inspection organs or the competent body, and the materials must never be passed to the accused
   * (条例 Art 30, 46(5)). Only this type names an {@link AccusedParty}.
   */
  ACCUSATION("检举控告", "条例 Art 30"),
  /**
   * 申诉求决类: a grievance or request; diverted to a legal procedure where one applies (诉访分离, Art
   * 31(1)–(5)), otherwise handled with a handling opinion (Art 31(6), 32) within 60 days of acceptance
   * (Art 34), open to review and re-review (Art 35–36).
   */
  GRIEVANCE("申诉求决", "条例 Art 31");

  private final String chineseName;
  private final String article;

  PetitionType(String chineseName, String article) {
    this.chineseName = chineseName;
    this.article = article;
  }

  /** The Chinese name, e.g. {@code "申诉求决"}. */
  public String chineseName() {
    return chineseName;
  }

  /** The article of the 信访工作条例 that governs this type, e.g. {@code "条例 Art 30"}. */
  public String article() {
    return article;
  }
}
