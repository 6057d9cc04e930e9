package org.hewei.governance.core.spi;

/**
 * 聚合类型 — the kinds of aggregate whose events Hewei stores, one event stream per aggregate instance.
 *
 * <p>A closed set: stores persist {@link #name()}; new kinds are added in minor versions (store
 * implementations must therefore accept any name, not switch over the constants).
 *
 * <pre>{@code
 * StreamId s = StreamId.of(AggregateType.PETITION, "ZXD-2022-000123");
 * }</pre>
 */
public enum AggregateType {
  /** 信访事项. */
  PETITION("信访事项"),
  /** 矛盾纠纷. */
  DISPUTE("矛盾纠纷"),
  /** 调解案件. */
  MEDIATION_CASE("调解案件"),
  /** 重点人员列管记录. */
  KEY_PERSON_RECORD("重点人员列管"),
  /** 民生代办事项. */
  ERRAND("民生代办");

  private final String chineseName;

  AggregateType(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name. */
  public String chineseName() {
    return chineseName;
  }
}
