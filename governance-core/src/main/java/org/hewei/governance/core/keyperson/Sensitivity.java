package org.hewei.governance.core.keyperson;

/**
 * 敏感等级 — how sensitive the fact is that a subject is listed in a category; governance-rules'
 * access policy decides from it who may see a record.
 *
 * <pre>{@code
 * Sensitivity.SPECIALLY_PROTECTED.isAtLeast(Sensitivity.SENSITIVE); // true
 * }</pre>
 */
public enum Sensitivity {
  /**
   * 一般信息: not personal information, e.g. the category of a key place (a rental house, a petrol
   * station). Only place categories may be ordinary.
   */
  ORDINARY("一般信息"),
  /**
   * 敏感个人信息: sensitive personal information (个人信息保护法 Art 28: specific identity, health,
   * whereabouts). Every person category is at least this sensitive.
   */
  SENSITIVE("敏感个人信息"),
  /**
   * 依法特别保护: identities that their own law protects beyond PIPL — persons with severe mental
   * disorders (精神卫生法 Art 4: name, address and anything identifying kept confidential) and
   * community-correction subjects (社区矫正法 2019: identity and personal information kept
   * confidential; the law text is not in reference/laws). Only the responsible role sees them.
   */
  SPECIALLY_PROTECTED("依法特别保护");

  private final String chineseName;

  Sensitivity(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, e.g. {@code "敏感个人信息"}. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether this class is at least as sensitive as {@code other}. */
  public boolean isAtLeast(Sensitivity other) {
    return compareTo(other) >= 0;
  }
}
