package org.hewei.governance.core;

import org.hewei.governance.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * 标识 — the common shape of Hewei's typed identifiers ({@code PetitionId}, {@code PersonId}, …).
 *
 * <p>An identifier is 1 to 64 characters of letters, digits and {@code . _ : -}, starting with a
 * letter or digit. It is opaque: it carries no personal information, so it may appear in {@code
 * toString}, logs and messages. Two identifiers are equal when they are of the same type and have the
 * same value; they order by value.
 *
 * <pre>{@code
 * PetitionId id = PetitionId.of("ZXD-2022-000123");
 * id.value();  // "ZXD-2022-000123"
 * }</pre>
 *
 * @param <T> the concrete identifier type
 */
public abstract class TypedId<T extends TypedId<T>> implements Comparable<T> {
  private final String value;

  /**
   * Checks and stores {@code value}.
   *
   * @param field the name used in the exception when {@code value} is invalid
   * @param value the identifier text
   * @throws InvalidValueException if {@code value} is null, empty, too long or has other characters
   */
  protected TypedId(String field, @Nullable String value) {
    this.value = Checks.id(field, value);
  }

  /** The identifier text. */
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  @Override
  @SuppressWarnings("EqualsGetClass") // ids of different types are never equal, even with equal text
  public final boolean equals(@Nullable Object other) {
    return other != null && other.getClass() == getClass() && ((TypedId<?>) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** The identifier text. */
  @Override
  public final String toString() {
    return value;
  }
}
