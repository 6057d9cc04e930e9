package org.hewei.governance.core.spi;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 分页游标 — an opaque position in a paged result, created by the store and passed back by the caller
 * to get the next page. Its token is 1 to 1024 characters of URL-safe text ({@code A-Z a-z 0-9 . _ ~ :
 * + / = -}), so it can travel in a URL or JSON unchanged; its meaning is the store's business (a keyset
 * position, clause S3.7).
 *
 * <p>Keyset positions (键集位置): a store that pages by stream id or by registry key can use the
 * ready-made signed form {@link #afterStream(StreamId)} / {@link #afterKey(String)}, read back with
 * {@link #stream()} / {@link #key()}: {@code s.<base64url(TYPE/id)>.<crc32>} or
 * {@code r.<base64url(key)>.<crc32>}. The checksum is no secret, only a guard: a token the caller made up
 * or truncated is rejected with {@link InvalidValueException} (S3.8) instead of being mis-read. The
 * in-memory store and the JDBC example both use it; any other token format is equally valid.
 *
 * <pre>{@code
 * Page<CaseSummary> first = store.query(q);
 * Page<CaseSummary> second = store.query(q.withCursor(first.next().orElseThrow()));
 *
 * PageCursor next = PageCursor.afterStream(StreamId.of(AggregateType.PETITION, "XF-1")); // in a store
 * next.stream(); // PETITION/XF-1
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

  /**
   * The signed keyset position after {@code stream} (a store's summary pages).
   *
   * <pre>{@code
   * PageCursor.afterStream(StreamId.of(AggregateType.PETITION, "XF-1")).stream(); // the same stream id
   * }</pre>
   */
  public static PageCursor afterStream(StreamId stream) {
    Checks.required("stream", stream);
    return seal(STREAM, stream.type().name() + "/" + stream.aggregateId());
  }

  /**
   * The stream id of a cursor made by {@link #afterStream(StreamId)}.
   *
   * @throws InvalidValueException if this cursor is no such position (S3.8)
   */
  public StreamId stream() {
    String payload = unseal(STREAM);
    int slash = payload.indexOf('/');
    try {
      return StreamId.of(AggregateType.valueOf(payload.substring(0, Math.max(slash, 0))), payload.substring(slash + 1));
    } catch (IllegalArgumentException e) {
      throw malformed();
    }
  }

  /**
   * The signed keyset position after registry key {@code key} (a store's registry listings).
   *
   * <pre>{@code
   * PageCursor.afterKey("P-1").key(); // "P-1"
   * }</pre>
   */
  public static PageCursor afterKey(String key) {
    return seal(KEY, Checks.required("key", key));
  }

  /**
   * The registry key of a cursor made by {@link #afterKey(String)}.
   *
   * @throws InvalidValueException if this cursor is no such position (S3.8)
   */
  public String key() {
    return unseal(KEY);
  }

  private static final String STREAM = "s";
  private static final String KEY = "r";

  private static PageCursor seal(String kind, String payload) {
    String body = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return of(kind + "." + body + "." + checksum(kind, body));
  }

  private String unseal(String kind) {
    String[] parts = token().split("\\.", -1);
    if (parts.length != 3 || !parts[0].equals(kind) || !parts[2].equals(checksum(kind, parts[1]))) {
      throw malformed();
    }
    try {
      return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw malformed();
    }
  }

  private static String checksum(String kind, String body) {
    CRC32 crc = new CRC32();
    crc.update((kind + body).getBytes(StandardCharsets.UTF_8));
    return Long.toHexString(crc.getValue());
  }

  private InvalidValueException malformed() {
    return new InvalidValueException("cursor", token(), "was not produced by this store (S3.8)");
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
