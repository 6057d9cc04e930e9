package org.hewei.governance.core.petition;

/**
 * 法定途径 — the legal procedure a matter is diverted to under 诉访分离 (条例 Art 28, 30, 31(1)–(5)).
 *
 * <pre>{@code
 * LegalProcedure.ARBITRATION.article(); // "条例 Art 31(2)"
 * }</pre>
 */
public enum LegalProcedure {
  /** 诉讼、复议、刑事立案、法律监督、公安机关法律程序: courts, procuratorate, police (Art 31(1)). */
  JUDICIAL("诉讼等司法程序", "条例 Art 31(1)"),
  /** 仲裁: arbitration, e.g. labour or rural land-contract arbitration (Art 31(2)). */
  ARBITRATION("仲裁", "条例 Art 31(2)"),
  /** 党员申诉、申请复审: party member appeals and re-examination (Art 31(3)). */
  PARTY_APPEAL("党员申诉、复审", "条例 Art 31(3)"),
  /** 行政复议、裁决、确认、许可、处罚: administrative procedures (Art 31(4)). */
  ADMINISTRATIVE("行政程序", "条例 Art 31(4)"),
  /** 申请查处违法行为、履行保护职责: a duty to investigate or protect, performed by law (Art 31(5)). */
  LAW_ENFORCEMENT_DUTY("依法履职", "条例 Art 31(5)"),
  /** 纪检监察: accusations against officials, to the discipline inspection organs (Art 30). */
  DISCIPLINARY_INSPECTION("纪检监察", "条例 Art 30");

  private final String chineseName;
  private final String article;

  LegalProcedure(String chineseName, String article) {
    this.chineseName = chineseName;
    this.article = article;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }

  /** The article that routes a matter to this procedure. */
  public String article() {
    return article;
  }
}
