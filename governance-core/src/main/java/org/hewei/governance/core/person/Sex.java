package org.hewei.governance.core.person;

/**
 * 性别 — the sex recorded in a citizen ID number: the third digit of the sequence code is odd for
 * men and even for women (GB 11643-1999).
 *
 * <pre>{@code
 * CitizenId.parse("11010519491231002X").sex(); // Sex.FEMALE
 * }</pre>
 */
public enum Sex {
  /** 男. */
  MALE("男"),
  /** 女. */
  FEMALE("女");

  private final String chineseName;

  Sex(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, {@code "男"} or {@code "女"}. */
  public String chineseName() {
    return chineseName;
  }
}
