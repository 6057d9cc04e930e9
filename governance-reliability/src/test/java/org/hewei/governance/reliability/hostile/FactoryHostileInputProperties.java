package org.hewei.governance.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.hewei.governance.reliability.support.DomainSamples;
import org.hewei.governance.reliability.support.Scale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input, family "parsers and factories": every public static method of every public core type
 * (typed ids' {@code of}, {@code DivisionCode.parse}, {@code CitizenId.parse}, {@code PhoneNumber.parse},
 * {@code PersonName.of}, {@code Address.of}, {@code GeoPoint.of}, {@code Boundary.of}, {@code Trigger.parse}
 * and the other {@code Trigger} factories, {@code Masking}, …), found by scanning the class files, is fed
 * adversarial arguments round-robin. It must return a value or throw a documented
 * {@code InvalidValueException}; a returned value's {@code toString}, {@code hashCode} and {@code equals}
 * must not throw. 400 seeds × 250 inputs = 100,000 per run (× {@code -Dhewei.hostile.scale}).
 */
class FactoryHostileInputProperties {
  static final int BATCH = 250;
  static final List<Method> TARGETS = PublicApi.staticFactories("org.hewei.governance.core");
  static final HostileValues VALUES = new HostileValues(ValuePool.harvest(DomainSamples.roots(3, 4)));
  static final Outcomes TOTAL = new Outcomes("core parsers and static factories");
  static final long STARTED = System.nanoTime();

  static LongStream seeds() {
    return LongStream.range(0, 400L * Scale.hostile());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void answersOnlyWithValuesOrDocumentedExceptions(long seed) {
    Outcomes batch = TOTAL.batch();
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      SplittableRandom random = new SplittableRandom(seed);
      for (int i = 0; i < BATCH; i++) {
        Method m = TARGETS.get((int) ((seed * BATCH + i) % TARGETS.size()));
        Type[] types = m.getGenericParameterTypes();
        Object[] args = new Object[types.length];
        double hostility = random.nextInt(10) == 0 ? 0.0 : 0.8;
        for (int k = 0; k < types.length; k++) {
          args[k] = VALUES.value(types[k], random, hostility);
        }
        String name = PublicApi.name(m);
        Object value = batch.call(name, seed, () -> m.invoke(null, args));
        if (value != null) {
          Exercise.value(batch, name, seed, value);
        }
      }
    });
    assertThat(batch.undocumented()).as("undocumented answers").isEmpty();
  }

  @AfterAll
  static void everyTargetGotItsShareAndTheFamilyItsHundredThousand() {
    System.out.println(TOTAL.summary((System.nanoTime() - STARTED) / 1_000_000) + "; " + org.hewei.governance.reliability.support.Load.describe());
    assertThat(TOTAL.inputs()).isGreaterThanOrEqualTo(100_000L * Scale.hostile());
    Map<String, Long> per = TOTAL.perTarget().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    assertThat(per.keySet()).as("the scan found the named parsers").contains(
        "core.jurisdiction.DivisionCode.parse(String)", "core.person.CitizenId.parse(String)",
        "core.person.PhoneNumber.parse(String)", "core.person.PersonName.of(String)",
        "core.person.Address.of(String)", "core.jurisdiction.GeoPoint.of(double,double)",
        "core.jurisdiction.Boundary.of(List)", "core.policy.Trigger.parse(String)",
        "core.petition.PetitionId.of(String)", "core.person.CitizenId.fromFirstGeneration(String)");
    assertThat(TARGETS).hasSizeGreaterThan(50);
    assertThat(per.values()).as("every target is fed").allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(100L));
    assertThat(per).hasSameSizeAs(TARGETS);
  }

}
