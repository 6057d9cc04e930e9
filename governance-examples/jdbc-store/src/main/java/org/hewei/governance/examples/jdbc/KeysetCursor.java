package org.hewei.governance.examples.jdbc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.spi.AggregateType;
import org.hewei.governance.core.spi.PageCursor;
import org.hewei.governance.core.spi.StreamId;

/**
 * The store's keyset cursors: {@code s.<base64url(TYPE/id)>.<crc32>} after a stream id (summary
 * queries), {@code r.<base64url(key)>.<crc32>} after a registry key. A position, not a session: valid
 * as long as the data exists (S3.8). Tokens that do not decode throw InvalidValueException.
 */
final class KeysetCursor {
  private KeysetCursor() {}

  static PageCursor after(StreamId stream) {
    return encode("s", stream.type().name() + "/" + stream.aggregateId());
  }

  static StreamId stream(PageCursor cursor) {
    String payload = decode("s", cursor);
    int slash = payload.indexOf('/');
    try {
      return StreamId.of(AggregateType.valueOf(payload.substring(0, Math.max(slash, 0))), payload.substring(slash + 1));
    } catch (IllegalArgumentException e) {
      throw malformed(cursor);
    }
  }

  static PageCursor afterKey(String key) {
    return encode("r", key);
  }

  static String key(PageCursor cursor) {
    return decode("r", cursor);
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
