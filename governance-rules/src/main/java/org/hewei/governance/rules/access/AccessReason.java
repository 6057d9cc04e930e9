package org.hewei.governance.rules.access;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 访问决定理由 — why a viewer got the access level they got: a stable code and, where the law sets the
 * rule, its article. A reason never carries personal data.
 *
 * <pre>{@code
 * AccessReason.ACCUSED_PARTY.code();    // "accused-party"
 * AccessReason.ACCUSED_PARTY.article(); // Optional["信访工作条例 Art 30, 46(5)"]
 * }</pre>
 */
public enum AccessReason {
  /** FULL: one of the viewer's roles needs the record in full (configured in {@link AccessPolicy}). */
  ROLE_ENTITLED(null),
  /**
   * FULL: the viewer is assigned to the record — case owner, case-ownership leader or first-contact
   * owner of a petition, a mediator of the case, the responsible official (包保责任人) of a SENSITIVE
   * key-person record.
   */
  ASSIGNED(null),
  /** REDACTED: in scope, but no role of the viewer needs the personal data (minimum necessity). */
  ROLE_NOT_ENTITLED("个人信息保护法 Art 6"),
  /**
   * REDACTED (SENSITIVE) or NONE (SPECIALLY_PROTECTED): the key-person category is sensitive personal
   * information and the viewer's roles are not among those that need it.
   */
  KEY_PERSON_CATEGORY_RESTRICTED("个人信息保护法 Art 28"),
  /** NONE: the record lies outside the viewer's jurisdiction subtree. */
  OUTSIDE_JURISDICTION("个人信息保护法 Art 6"),
  /** NONE: the viewer is the accused person or unit of an accusation. */
  ACCUSED_PARTY("信访工作条例 Art 30, 46(5)"),
  /** NONE: the viewer has a direct interest (recusal set, or a party of the matter). */
  RECUSED("信访工作条例 Art 28"),
  /** NONE: a person without a recorded residence cannot be scoped to any jurisdiction. */
  RESIDENCE_UNKNOWN("个人信息保护法 Art 6");

  private final @Nullable String article;

  AccessReason(@Nullable String article) {
    this.article = article;
  }

  /** The stable code, e.g. {@code "outside-jurisdiction"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The article that sets the rule, if the law sets it. */
  public Optional<String> article() {
    return Optional.ofNullable(article);
  }
}
