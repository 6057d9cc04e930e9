package org.hewei.governance.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hewei.governance.core.PropertySeeds;
import org.hewei.governance.core.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AgreementProperties {
  static LongStream seeds() {
    return PropertySeeds.upTo(400);
  }

  static LocalDate randomDay(SplittableRandom r) {
    return LocalDate.of(2011, 1, 1).plusDays(r.nextInt(16 * 366));
  }

  static String randomTerms(SplittableRandom r) {
    StringBuilder sb = new StringBuilder("协议");
    int n = 1 + r.nextInt(60);
    for (int i = 0; i < n; i++) {
      sb.appendCodePoint(0x4E00 + r.nextInt(0x5000));
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void effectiveDayAndWindowFollowTheLaw(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate agreed = randomDay(r);
    String terms = randomTerms(r);
    Agreement a;
    LocalDate expectedEffective;
    if (r.nextBoolean()) {
      LocalDate p = agreed.plusDays(r.nextInt(10));
      LocalDate m = agreed.plusDays(r.nextInt(10));
      LocalDate s = agreed.plusDays(r.nextInt(10));
      a = Agreement.written(terms, agreed, p, m, s);
      expectedEffective = p.isAfter(m) ? (p.isAfter(s) ? p : s) : (m.isAfter(s) ? m : s);
      // Art 29: not effective before every step is done
      assertThat(a.effectiveOn()).isAfterOrEqualTo(p).isAfterOrEqualTo(m).isAfterOrEqualTo(s);
    } else {
      a = Agreement.oral(terms, agreed);
      expectedEffective = agreed; // Art 30
    }
    assertThat(a.effectiveOn()).isEqualTo(expectedEffective).isAfterOrEqualTo(agreed);
    // Art 33 + 民法典 Art 201: 30 days, the effective day not counted
    assertThat(ChronoUnit.DAYS.between(a.effectiveOn(), a.nominalJudicialConfirmationDeadline())).isEqualTo(30);
    // round trip through the builder
    Agreement copy = Agreement.builder().from(a).build();
    assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(copy.effectiveOn()).isEqualTo(a.effectiveOn());
    // personal text never printed
    assertThat(a.toString()).doesNotContain(terms);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aSigningStepBeforeTheAgreementIsRejectedNamingTheStep(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate agreed = randomDay(r);
    LocalDate[] steps = {agreed.plusDays(r.nextInt(5)), agreed.plusDays(r.nextInt(5)), agreed.plusDays(r.nextInt(5))};
    int bad = r.nextInt(3);
    steps[bad] = agreed.minusDays(1 + r.nextInt(30));
    String[] fields = {"partiesSignedOn", "mediatorSignedOn", "committeeSealedOn"};
    String terms = randomTerms(r);
    assertThatThrownBy(() -> Agreement.written(terms, agreed, steps[0], steps[1], steps[2]))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(fields[bad]))
        .hasMessageContaining("must not be before agreedOn")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(terms));
  }
}
