package org.hewei.governance.testkit.generate;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * 用例 — turns a generator into the argument stream of a JUnit 5 {@code @ParameterizedTest}, one case
 * per seed, with the seed as the first argument so it shows in the display name.
 *
 * <pre>{@code
 * static Stream<Arguments> petitions() { return Cases.of(Generators.petitions(), 300); }
 *
 * @ParameterizedTest(name = "seed {0}")
 * @MethodSource("petitions")
 * void roundTrips(long seed, Petition petition) { ... }
 * // reproduce seed 117 alone: Generators.petitions().sample(117)
 * }</pre>
 */
public final class Cases {
  private Cases() {}

  /** {@code count} cases for seeds {@code 0 .. count-1}: arguments {@code (seed, value)}. */
  public static <T> Stream<Arguments> of(Gen<T> gen, int count) {
    return of(gen, count, 0L);
  }

  /** {@code count} cases for seeds {@code firstSeed .. firstSeed+count-1}: arguments {@code (seed, value)}. */
  public static <T> Stream<Arguments> of(Gen<T> gen, int count, long firstSeed) {
    if (count < 1) {
      throw new IllegalArgumentException("count: " + count + " must be at least 1");
    }
    return LongStream.range(firstSeed, firstSeed + count)
        .mapToObj(seed -> Arguments.of(seed, gen.generate(new SplittableRandom(seed))));
  }
}
