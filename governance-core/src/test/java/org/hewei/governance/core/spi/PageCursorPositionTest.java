package org.hewei.governance.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import org.hewei.governance.core.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The signed keyset positions of PageCursor round-trip, and every token they did not produce is rejected, never mis-read. */
class PageCursorPositionTest {
  /** A well-formed token of {@code kind} around {@code body}, with a correct checksum. */
  private static PageCursor signed(String kind, String body) {
    CRC32 crc = new CRC32();
    crc.update((kind + body).getBytes(StandardCharsets.UTF_8));
    return PageCursor.of(kind + "." + body + "." + Long.toHexString(crc.getValue()));
  }

  private static String base64(String payload) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("stream and key cursors round-trip; the token has kind, base64url body and crc32")
  void roundTrip() {
    StreamId s = StreamId.of(AggregateType.MEDIATION_CASE, "TJ-2022.7:1");
    assertThat(PageCursor.afterStream(s).stream()).isEqualTo(s);
    assertThat(PageCursor.afterKey("P-1").key()).isEqualTo("P-1");
    assertThat(PageCursor.afterKey("P-1")).isEqualTo(signed("r", base64("P-1")));
    assertThat(PageCursor.afterStream(s)).isEqualTo(signed("s", base64("MEDIATION_CASE/TJ-2022.7:1")));
  }

  @Test
  @DisplayName("signed tokens whose payload is no stream (no slash, unknown type, bad id) or no base64 are rejected")
  void signedButMalformed() {
    for (PageCursor c : List.of(signed("s", base64("PETITION")), signed("s", base64("NOPE/X-1")),
        signed("s", base64("PETITION/")), signed("s", base64("/X-1")), signed("s", "ab+/"), signed("r", "a=b"))) {
      assertThatThrownBy(() -> {
        if (c.token().startsWith("s")) {
          c.stream();
        } else {
          c.key();
        }
      }).as(c.token()).isInstanceOf(InvalidValueException.class).hasMessageContaining("(S3.8)");
    }
  }

  @Test
  @DisplayName("a key cursor is no stream cursor and vice versa; extra or missing parts and a wrong checksum are rejected")
  void kindsPartsAndChecksums() {
    PageCursor key = PageCursor.afterKey("PETITION/X-1");
    PageCursor stream = PageCursor.afterStream(StreamId.of(AggregateType.PETITION, "X-1"));
    assertThatThrownBy(() -> key.stream()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> stream.key()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> PageCursor.of(key.token() + ".0").key()).isInstanceOf(InvalidValueException.class);
    String[] parts = key.token().split("\\.");
    assertThatThrownBy(() -> PageCursor.of(parts[0] + "." + parts[1]).key())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> PageCursor.of(parts[0] + "." + parts[1] + ".0").key())
        .isInstanceOf(InvalidValueException.class);
  }
}
