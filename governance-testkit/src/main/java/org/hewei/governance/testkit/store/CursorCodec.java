package org.hewei.governance.testkit.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.spi.AggregateType;
import org.hewei.governance.core.spi.PageCursor;
import org.hewei.governance.core.spi.StreamId;

/**
 * 游标编码 — the keyset cursors of the in-memory store: {@code s.<base64url(TYPE/id)>.<crc32>} for
 * summary queries, {@code r.<base64url(key)>.<crc32>} for registry listings. Tokens that do not
 * decode are rejected with InvalidValueException (S3.8).
 */
final class CursorCodec {
  private static final String STREAM = "s";
  private static final String KEY = "r";

  private CursorCodec() {}

  static PageCursor ofStream(StreamId stream) {
    return encode(STREAM, stream.type().name() + "/" + stream.aggregateId());
  }

  static StreamId stream(PageCursor cursor) {
    String payload = decode(STREAM, cursor);
    int slash = payload.indexOf('/');
    try {
      return StreamId.of(AggregateType.valueOf(payload.substring(0, Math.max(slash, 0))), payload.substring(slash + 1));
    } catch (IllegalArgumentException e) {
      throw malformed(cursor);
    }
  }

  static PageCursor ofKey(String key) {
    return encode(KEY, key);
  }

  static String key(PageCursor cursor) {
    return decode(KEY, cursor);
  }

  private static PageCursor encode(String kind, String payload) {
    String body = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return PageCursor.of(kind + "." + body + "." + checksum(kind, body));
  }

  private static String decode(String kind, PageCursor cursor) {
    String[] parts = cursor.token().split("\\.", -1);
    if (parts.length != 3 || !parts[0].equals(kind) || !parts[2].equals(checksum(kind, parts[1]))) {
      throw malformed(cursor);
    }
    try {
      return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw malformed(cursor);
    }
  }

  private static String checksum(String kind, String body) {
    CRC32 crc = new CRC32();
    crc.update((kind + body).getBytes(StandardCharsets.UTF_8));
    return Long.toHexString(crc.getValue());
  }

  private static InvalidValueException malformed(PageCursor cursor) {
    return new InvalidValueException("cursor", cursor.token(), "was not produced by this store (S3.8)");
  }
}
