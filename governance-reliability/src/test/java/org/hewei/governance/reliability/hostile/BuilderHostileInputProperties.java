package org.hewei.governance.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.hewei.governance.reliability.support.DomainSamples;
import org.hewei.governance.reliability.support.Scale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input, family "builders": every public value type of core and rules with a static
 * {@code builder()} (the Immutables builders), found by scanning the class files, is built round-robin
 * from adversarial attribute values (nulls, adversarial strings, boundary numbers, dates outside the
 * calendar, huge collections, collections holding null) and from plausible ones. Setters and
 * {@code build()} may only refuse with a documented {@code InvalidValueException}; a built value's
 * {@code toString}, {@code hashCode}, {@code equals} must not throw. 400 seeds × 250 = 100,000 per run.
 */
class BuilderHostileInputProperties {
  static final int BATCH = 250;
  static final List<Class<?>> TARGETS = PublicApi.buildable("org.hewei.governance.core", "org.hewei.governance.rules");
  static final HostileValues VALUES = new HostileValues(ValuePool.harvest(DomainSamples.roots(3, 4)));
  static final Outcomes TOTAL = new Outcomes("builders of public value types");
  static final Map<String, Long> BUILT = new ConcurrentHashMap<>();
  static final long STARTED = System.nanoTime();

  static LongStream seeds() {
    return LongStream.range(0, 400L * Scale.hostile());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void buildersAnswerOnlyWithValuesOrDocumentedExceptions(long seed) {
    Outcomes batch = TOTAL.batch();
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      SplittableRandom random = new SplittableRandom(seed);
      for (int i = 0; i < BATCH; i++) {
        Class<?> type = TARGETS.get((int) ((seed * BATCH + i) % TARGETS.size()));
        String name = type.getName().replace("org.hewei.governance.", "");
        int mode = random.nextInt(10);
        double hostility = mode < 3 ? 0.0 : mode < 5 ? 0.3 : 0.8;
        Object value = Builders.of(type).build(VALUES, random, hostility, batch, seed, name, Map.of());
        if (value != null) {
          BUILT.merge(name, 1L, Long::sum);
          Exercise.value(batch, name, seed, value);
        }
      }
    });
    assertThat(batch.undocumented()).as("undocumented answers").isEmpty();
  }

  /** The scan finds the builders: a type added later is covered without being listed. */
  @Test
  void theScanFindsTheBuildersOfTheValueTypes() {
    Set<String> names = TARGETS.stream().map(Class::getSimpleName).collect(Collectors.toSet());
    assertThat(names).contains("Person", "Petition", "PetitionState", "Receive", "Dispute", "MediationCaseState",
        "KeyPersonRecordState", "Errand", "EscalationPolicy", "Viewer", "AccessPolicy", "LedgerInput");
    assertThat(TARGETS).hasSizeGreaterThan(80);
  }

  @AfterAll
  static void everyBuilderIsCoveredAndTheFamilyGetsItsHundredThousand() {
    System.out.println(TOTAL.summary((System.nanoTime() - STARTED) / 1_000_000) + "; " + org.hewei.governance.reliability.support.Load.describe());
    Map<String, Long> per = new TreeMap<>();
    TOTAL.perTarget().forEach((k, v) -> per.put(k, v.get()));
    List<String> neverBuilt = per.keySet().stream().filter(k -> !BUILT.containsKey(k)).toList();
    System.out.println("[hostile] builders never built from generated values: " + neverBuilt);
    assertThat(TOTAL.inputs()).isGreaterThanOrEqualTo(100_000L * Scale.hostile());
    assertThat(per).as("every builder found by the scan is fed").hasSize(TARGETS.size());
    assertThat(per.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(100L));
  }
}
