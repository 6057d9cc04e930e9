package org.hewei.governance.core;

/**
 * 缺少必填项 — a required value that was {@code null} (or never set on a builder).
 *
 * <p>Every Hewei builder and factory throws this instead of a {@link NullPointerException}, so a
 * caller sees which field was missing:
 *
 * <pre>{@code
 * Petition.builder().channel(null); // MissingValueException: "channel: null — is required"
 * }</pre>
 */
public class MissingValueException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * A missing value in {@code field}.
   *
   * @param field the field or parameter name
   */
  public MissingValueException(String field) {
    super(field, null, "is required");
  }
}
