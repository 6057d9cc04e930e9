package org.hewei.governance.core.person;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * 电话号码 — a mainland-China phone number: a mobile number, a landline with its area code, or a
 * short public-service number.
 *
 * <p>Accepted forms (spaces anywhere are ignored):
 *
 * <ul>
 *   <li>{@link Kind#MOBILE 手机}: 11 digits {@code 1[3-9]xxxxxxxxx}, optionally preceded by {@code
 *       +86} or {@code 0086}; stored as the 11 digits.
 *   <li>{@link Kind#LANDLINE 固定电话}: {@code 0} + a 2- or 3-digit area code, an optional hyphen and a
 *       7- or 8-digit local number not starting with 0 or 1. Area codes after the 0 are 2 digits when
 *       they start with 1 or 2 ({@code 010}, {@code 020}–{@code 029}) and 3 digits otherwise ({@code
 *       0537}); this makes a number written without hyphen unambiguous. Stored as {@code
 *       0537-5212345}, always with the hyphen.
 *   <li>{@link Kind#SERVICE 服务号码}: emergency and public-service numbers that are not personal:
 *       3-digit {@code 11x}/{@code 12x} ({@code 110}, {@code 119}, {@code 120}, {@code 122}), 5-digit
 *       government hotlines {@code 12xxx} ({@code 12345}, {@code 12348}), 5-digit enterprise service
 *       numbers {@code 95xxx}/{@code 96xxx}.
 * </ul>
 *
 * <p>Mobile and landline numbers are personal information: {@link #toString()} and exception
 * messages show only the masked form ({@link Masking#maskPhone}); {@link #value()} exposes the
 * number.
 *
 * <pre>{@code
 * PhoneNumber.parse("138 1234 5678").masked(); // "138****5678"
 * PhoneNumber.parse("05375212345").value();    // "0537-5212345"
 * PhoneNumber.parse("12345").kind();           // Kind.SERVICE
 * }</pre>
 */
public final class PhoneNumber {
  /**
   * 号码类别 — the kind of a phone number.
   *
   * <pre>{@code
   * PhoneNumber.parse("110").kind(); // Kind.SERVICE
   * }</pre>
   */
  public enum Kind {
    /** 手机: an 11-digit mobile number. */
    MOBILE,
    /** 固定电话: a landline with area code. */
    LANDLINE,
    /** 服务号码: an emergency or public-service number such as 110 or 12345 (not personal). */
    SERVICE
  }

  private static final String FIELD = "phone";
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern SERVICE = Pattern.compile("1[12]\\d|12\\d{3}|9[56]\\d{3}");
  private static final Pattern LANDLINE = Pattern.compile("(0(?:[12]\\d|[3-9]\\d{2}))-?([2-9]\\d{6,7})");

  private final String value;
  private final Kind kind;

  private PhoneNumber(String value, Kind kind) {
    this.value = value;
    this.kind = kind;
  }

  /**
   * Parses a phone number in one of the forms described on the class.
   *
   * <pre>{@code
   * PhoneNumber.parse("+86 13812345678").value(); // "13812345678"
   * }</pre>
   *
   * @param text the number
   * @return the phone number
   * @throws org.hewei.governance.core.MissingValueException if {@code text} is null
   * @throws InvalidValueException if {@code text} is none of the accepted forms; the message shows
   *     only the masked input
   */
  public static PhoneNumber parse(@Nullable String text) {
    String compact = Checks.required(FIELD, text).replace(" ", "");
    if (MOBILE.matcher(compact).matches()) {
      return new PhoneNumber(compact, Kind.MOBILE);
    }
    for (String prefix : new String[] {"+86", "0086"}) {
      if (compact.startsWith(prefix) && MOBILE.matcher(compact.substring(prefix.length())).matches()) {
        return new PhoneNumber(compact.substring(prefix.length()), Kind.MOBILE);
      }
    }
    if (SERVICE.matcher(compact).matches()) {
      return new PhoneNumber(compact, Kind.SERVICE);
    }
    Matcher landline = LANDLINE.matcher(compact);
    if (landline.matches()) {
      return new PhoneNumber(landline.group(1) + "-" + landline.group(2), Kind.LANDLINE);
    }
    throw new InvalidValueException(
        FIELD,
        Masking.maskPhone(compact),
        "must be a mobile number 1[3-9] + 9 digits, a landline 0 + area code + 7–8 digits,"
            + " or a service number such as 110 or 12345");
  }

  /**
   * The number in its stored form: 11 digits for a mobile, {@code 0537-5212345} for a landline —
   * personal information; handle with care.
   */
  public String value() {
    return value;
  }

  /** The kind of number. */
  public Kind kind() {
    return kind;
  }

  /** Whether the number belongs to a person (a mobile or a landline), not to a service. */
  public boolean isPersonal() {
    return kind != Kind.SERVICE;
  }

  /**
   * The masked number: {@code 138****5678}, {@code 0537-***2345}; a service number is shown whole.
   */
  public String masked() {
    return Masking.maskPhone(value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PhoneNumber that && that.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The masked form, see {@link #masked()}. */
  @Override
  public String toString() {
    return masked();
  }
}
