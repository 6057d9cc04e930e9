package org.hewei.governance.core;

import org.jspecify.annotations.Nullable;

/**
 * 非法值 — a value rejected at the boundary of a Hewei factory, builder or parser.
 *
 * <p>The message always names the field, the offending value (masked when it is personal
 * information, see {@link org.hewei.governance.core.person.Masking}) and the rule that was broken, e.g.
 * {@code "citizenId: 370883********123X — check digit must be 7 (GB 11643 MOD 11-2)"}. Nothing is
 * half-built: the factory that throws returns no object.
 *
 * <pre>{@code
 * try {
 *   DivisionCode.parse("37088");
 * } catch (InvalidValueException e) {
 *   e.field(); // "divisionCode"
 *   e.rule();  // "must have 6 or 12 digits"
 * }
 * }</pre>
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  /**
   * A rejection of {@code shownValue} in {@code field} because it breaks {@code rule}.
   *
   * @param field the name of the field or parameter, as the caller knows it
   * @param shownValue the value as it may be shown: already masked if it is personal information
   * @param rule the rule that was broken, as a sentence fragment (with its article where the law sets it)
   */
  public InvalidValueException(String field, @Nullable String shownValue, String rule) {
    super(field + ": " + quote(shownValue) + " — " + rule);
    this.field = field;
    this.rule = rule;
  }

  /**
   * A rejection with a free-form message; used by generated builders for missing attributes
   * ({@code "Cannot build Petition, some of required attributes are not set [channel]"}).
   *
   * @param message the whole message; it must not contain personal information
   */
  public InvalidValueException(String message) {
    super(message);
    this.field = "";
    this.rule = message;
  }

  /** The field or parameter that was rejected; empty when the rejection concerns a whole object. */
  public String field() {
    return field;
  }

  /** The rule that was broken. */
  public String rule() {
    return rule;
  }

  private static String quote(@Nullable String value) {
    return value == null ? "null" : "'" + value + "'";
  }
}
