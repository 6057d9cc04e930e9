package org.hewei.governance.core;

import java.util.stream.LongStream;
import org.hewei.governance.core.PropertySeeds;

/**
 * The seeds of governance-core's property tests ({@code *Properties}).
 *
 * <p>A normal build runs every property over its full count (≥ 300 seeds). The system property
 * {@value #PROPERTY} caps the count: the {@code mutation} profile sets it low for the PIT minions,
 * because PIT re-runs every covering seed against every surviving mutant and the targeted example
 * tests, not the seed count, are what kill mutants.
 *
 * <pre>{@code
 * static LongStream seeds() {
 *   return PropertySeeds.upTo(400); // 0..399, or fewer with -Dhewei.seeds=N
 * }
 * }</pre>
 */
public final class PropertySeeds {
  /** The system property that caps the number of seeds per property. */
  public static final String PROPERTY = "hewei.seeds";

  private PropertySeeds() {}

  /** Seeds {@code 0 .. count-1}, or fewer when {@value #PROPERTY} is set to a smaller positive number. */
  public static LongStream upTo(int count) {
    int cap = Integer.getInteger(PROPERTY, count);
    return LongStream.range(0, cap > 0 ? Math.min(count, cap) : count);
  }
}
