package org.hewei.governance.core.internal;

import java.util.Collection;
import java.util.regex.Pattern;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.jspecify.annotations.Nullable;

/**
 * Boundary checks shared by every value type of governance-core (not API).
 *
 * <p>Each check either returns its argument unchanged or throws an {@link InvalidValueException}
 * naming the field, the value and the rule. Methods that see personal information never put the raw
 * value into the message: their callers pass a masked form.
 */
public final class Checks {
  /** Longest free text (a request, a reason, an opinion) that any field accepts: 20,000 characters. */
  public static final int MAX_TEXT = 20_000;

  /** Longest short text (a name, a title, a code's label): 200 characters. */
  public static final int MAX_LABEL = 200;

  /** Longest identifier: 64 characters. */
  public static final int MAX_ID = 64;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}");

  private Checks() {}

  /** Returns {@code value}, or throws {@link MissingValueException} naming {@code field}. */
  public static <T> T required(String field, @Nullable T value) {
    if (value == null) {
      throw new MissingValueException(field);
    }
    return value;
  }

  /**
   * An identifier: 1 to 64 characters, letters, digits and {@code . _ : -}, starting with a letter or
   * digit.
   */
  public static String id(String field, @Nullable String value) {
    String checked = required(field, value);
    if (!ID.matcher(checked).matches()) {
      throw new InvalidValueException(
          field,
          shorten(checked),
          "must be 1 to 64 characters of letters, digits and . _ : -, starting with a letter or digit");
    }
    return checked;
  }

  /**
   * Non-personal text that must not be blank, must not exceed {@code maxLength} characters (code
   * points) and must not contain control characters other than line breaks and tabs.
   */
  public static String text(String field, @Nullable String value, int maxLength) {
    String checked = required(field, value);
    if (checked.isBlank()) {
      throw new InvalidValueException(field, checked, "must not be blank");
    }
    return checkedText(field, checked, maxLength, false);
  }

  /**
   * Personal text (a name, an address): as {@link #text}, but the message never shows the value.
   */
  public static String personalText(String field, @Nullable String value, int maxLength) {
    String checked = required(field, value);
    if (checked.isBlank()) {
      throw new InvalidValueException(field, "***", "must not be blank");
    }
    return checkedText(field, checked, maxLength, true);
  }

  private static String checkedText(String field, String value, int maxLength, boolean personal) {
    int length = value.codePointCount(0, value.length());
    if (length > maxLength) {
      throw new InvalidValueException(
          field,
          personal ? "***" : shorten(value),
          "must be at most " + maxLength + " characters, was " + length);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        throw new InvalidValueException(
            field,
            personal ? "***" : shorten(value.replaceAll("\\p{Cntrl}", "?")),
            "must not contain control character U+" + String.format("%04X", (int) c));
      }
      if (Character.isHighSurrogate(c)
          ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
        throw new InvalidValueException(
            field, personal ? "***" : "(text)", "must not contain an unpaired surrogate at index " + i);
      }
    }
    return value;
  }

  /** {@code value} if {@code min <= value <= max}. */
  public static int inRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException(
          field, Integer.toString(value), "must be between " + min + " and " + max);
    }
    return value;
  }

  /** {@code value} if {@code value >= min}. */
  public static int atLeast(String field, int value, int min) {
    if (value < min) {
      throw new InvalidValueException(field, Integer.toString(value), "must be at least " + min);
    }
    return value;
  }

  /** {@code value} if {@code value >= min}. */
  public static long atLeast(String field, long value, long min) {
    if (value < min) {
      throw new InvalidValueException(field, Long.toString(value), "must be at least " + min);
    }
    return value;
  }

  /** Throws unless {@code condition}; the message names {@code field}, the shown value and the rule. */
  public static void check(boolean condition, String field, @Nullable Object shownValue, String rule) {
    if (!condition) {
      throw new InvalidValueException(field, shownValue == null ? null : shorten(shownValue.toString()), rule);
    }
  }

  /** {@code values} if it has at most {@code max} elements. */
  public static <C extends Collection<?>> C atMost(String field, C values, int max) {
    if (values.size() > max) {
      throw new InvalidValueException(
          field, values.size() + " elements", "must have at most " + max + " elements");
    }
    return values;
  }

  /** {@code values} if it is not empty. */
  public static <C extends Collection<?>> C notEmpty(String field, C values) {
    if (values.isEmpty()) {
      throw new InvalidValueException(field, "[]", "must not be empty");
    }
    return values;
  }

  /** The first 40 characters of a non-personal value, for an exception message. */
  public static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…(" + value.length() + " chars)";
  }
}
