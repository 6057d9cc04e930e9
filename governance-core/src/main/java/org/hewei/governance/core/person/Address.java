package org.hewei.governance.core.person;

import org.hewei.governance.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * 地址 — a postal or residential address as free text ({@code 山东省邹城市中心店镇北村12号}).
 *
 * <p>An address is personal information: {@link #toString()} shows only the first few characters
 * ({@link Masking#maskAddress}). The text is 1 to 500 characters, surrounding whitespace stripped.
 * No structure is imposed: addresses in the field are written in too many ways; the jurisdiction a
 * person belongs to is recorded separately ({@link Person#residence()}).
 *
 * <pre>{@code
 * Address home = Address.of("山东省邹城市中心店镇北村12号");
 * home.toString(); // "山东省邹城市***"
 * }</pre>
 */
public final class Address {
  /** The longest address accepted, in characters. */
  public static final int MAX_LENGTH = 500;

  private final String text;

  private Address(String text) {
    this.text = text;
  }

  /**
   * An address.
   *
   * @param text the address
   * @return the address
   * @throws org.hewei.governance.core.MissingValueException if {@code text} is null
   * @throws org.hewei.governance.core.InvalidValueException if it is blank, too long or contains
   *     control characters; the message never shows the address
   */
  public static Address of(@Nullable String text) {
    return new Address(Checks.personalText("address", text, MAX_LENGTH).strip());
  }

  /** The full address — personal information; handle with care. */
  public String text() {
    return text;
  }

  /** The masked address, e.g. {@code "山东省邹城市***"}. */
  public String masked() {
    return Masking.maskAddress(text);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Address that && that.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The masked address, never the full text. */
  @Override
  public String toString() {
    return masked();
  }
}
