package org.hewei.governance.core.spi;

import java.util.regex.Pattern;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 分页游标 — an opaque position in a paged result, created by the store and passed back by the caller
 * to get the next page. Its token is 1 to 1024 characters of URL-safe text ({@code A-Z a-z 0-9 . _ ~ :
 * + / = -}), so it can travel in a URL or JSON unchanged; its meaning is the store's business (a keyset
 * position, clause S3.7).
 *
 * <pre>{@code
 * Page<CaseSummary> first = store.query(q);
 * Page<CaseSummary> second = store.query(q.withCursor(first.next().orElseThrow()));
 * }</pre>
 */
@Value.Immutable
public abstract class PageCursor {
  /** Longest token: 1024 characters. */
  public static final int MAX_LENGTH = 1024;

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~:+/=\\-]{1," + MAX_LENGTH + "}");

  PageCursor() {}

  /** The token. */
  @Value.Parameter
  public abstract String token();

  /**
   * A cursor with {@code token}.
   *
   * @throws org.hewei.governance.core.InvalidValueException if the token is empty, longer than 1024
   *     characters or has other characters
   */
  public static PageCursor of(String token) {
    return ImmutablePageCursor.of(token);
  }

  @Value.Check
  void check() {
    Checks.required("cursor", token());
    Checks.check(TOKEN.matcher(token()).matches(), "cursor", token(),
        "must be 1 to " + MAX_LENGTH + " characters of A-Z a-z 0-9 . _ ~ : + / = -");
  }

  /** The token. */
  @Override
  public String toString() {
    return token();
  }
}
