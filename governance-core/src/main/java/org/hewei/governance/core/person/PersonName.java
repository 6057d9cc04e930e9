package org.hewei.governance.core.person;

import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * 姓名 — a natural person's name, kept in a type of its own so that it can never be printed by
 * accident: {@link #toString()} is the masked name ({@code 张*}, {@code 欧阳**}).
 *
 * <p>Decision: a dedicated type instead of a plain {@code String} with {@code @Value.Redacted}, so
 * that a name stays masked wherever it travels (collections, events, other types' {@code toString}).
 * A name is 1 to 100 characters without line breaks or control characters; it may contain Latin
 * letters, spaces and the middle dot of minority and foreign names ({@code 阿依古丽·买买提}).
 * Surrounding whitespace is stripped.
 *
 * <pre>{@code
 * PersonName name = PersonName.of("欧阳娜娜");
 * name.value();    // "欧阳娜娜"
 * name.toString(); // "欧阳**"
 * }</pre>
 */
public final class PersonName {
  /** The longest name accepted, in characters. */
  public static final int MAX_LENGTH = 100;

  private static final String FIELD = "name";

  private final String value;

  private PersonName(String value) {
    this.value = value;
  }

  /**
   * A name.
   *
   * @param name the name; surrounding whitespace is stripped
   * @return the name
   * @throws org.hewei.governance.core.MissingValueException if {@code name} is null
   * @throws InvalidValueException if it is blank, longer than 100 characters or contains line breaks
   *     or control characters; the message never shows the name
   */
  public static PersonName of(@Nullable String name) {
    String checked = Checks.personalText(FIELD, name, MAX_LENGTH).strip();
    if (checked.contains("\n") || checked.contains("\r") || checked.contains("\t")) {
      throw new InvalidValueException(FIELD, "***", "must not contain line breaks or tabs");
    }
    return new PersonName(checked);
  }

  /** The full name — personal information; handle with care. */
  public String value() {
    return value;
  }

  /** The masked name, e.g. {@code "张*"}. */
  public String masked() {
    return Masking.maskName(value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PersonName that && that.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The masked name, never the full name. */
  @Override
  public String toString() {
    return masked();
  }
}
