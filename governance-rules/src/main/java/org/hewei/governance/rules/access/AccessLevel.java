package org.hewei.governance.rules.access;

/**
 * 访问级别 — how much of a record a viewer may see.
 *
 * <pre>{@code
 * control.petition(viewer, state).level(); // AccessLevel.REDACTED
 * }</pre>
 */
public enum AccessLevel {
  /** 全部: the whole record. */
  FULL("全部可见"),
  /** 脱敏: a view whose personal fields are masked or absent. */
  REDACTED("脱敏可见"),
  /** 不可见: nothing, not even that the record exists. */
  NONE("不可见");

  private final String chineseName;

  AccessLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, e.g. {@code "脱敏可见"}. */
  public String chineseName() {
    return chineseName;
  }
}
