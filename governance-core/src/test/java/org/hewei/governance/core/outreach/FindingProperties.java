package org.hewei.governance.core.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hewei.governance.core.PropertySeeds;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.mediation.DisputeId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FindingProperties {
  static LongStream seeds() {
    return PropertySeeds.upTo(400);
  }

  /**
   * Builds a finding from random parts (each present or not) and checks it against the documented
   * rules: valid combinations round-trip and hide the description, invalid ones are rejected naming
   * the field whose rule is broken.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validCombinationsRoundTripAndInvalidOnesNameTheField(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Finding.Kind kind = Finding.Kind.values()[r.nextInt(Finding.Kind.values().length)];
    boolean hasDispute = r.nextBoolean();
    boolean hasRecord = r.nextBoolean();
    boolean hasDescription = r.nextBoolean();
    String description = "居民反映-" + Long.toHexString(r.nextLong()) + "-家住某处";
    Finding.Builder b = Finding.builder().kind(kind);
    if (hasDispute) {
      b.dispute(DisputeId.of("JF-" + r.nextInt(10_000)));
    }
    if (hasRecord) {
      b.keyPersonRecord(KeyPersonRecordId.of("KP-" + r.nextInt(10_000)));
    }
    if (hasDescription) {
      b.description(description);
    }
    String expectedField = expectedRejection(kind, hasDispute, hasRecord, hasDescription);
    if (expectedField == null) {
      Finding f = b.build();
      assertThat(Finding.builder().from(f).build()).isEqualTo(f);
      assertThat(f.toString()).doesNotContain(description);
      assertThat(f.kind()).isEqualTo(kind);
    } else {
      assertThatThrownBy(b::build)
          .isInstanceOf(InvalidValueException.class)
          .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(expectedField))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(description));
    }
  }

  /** The documented rules of {@link Finding}, in the order it checks them; null when valid. */
  static @org.jspecify.annotations.Nullable String expectedRejection(
      Finding.Kind kind, boolean hasDispute, boolean hasRecord, boolean hasDescription) {
    if (hasDispute && kind != Finding.Kind.NEW_DISPUTE) {
      return "dispute";
    }
    if (hasRecord && kind != Finding.Kind.KEY_PERSON_SIGHTING) {
      return "keyPersonRecord";
    }
    switch (kind) {
      case NEW_DISPUTE:
        return hasDispute || hasDescription ? null : "dispute";
      case KEY_PERSON_SIGHTING:
        return hasRecord ? null : "keyPersonRecord";
      default:
        return hasDescription ? null : "description";
    }
  }
}
