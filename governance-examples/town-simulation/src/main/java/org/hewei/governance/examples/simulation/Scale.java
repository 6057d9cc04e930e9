package org.hewei.governance.examples.simulation;

import java.util.Locale;
import java.util.Optional;
import org.hewei.governance.testkit.fixture.SampleTown;

/**
 * 模拟规模 — how much of the sample territory the simulation covers.
 *
 * <pre>{@code
 * Scale.parse("county").orElseThrow().build(42L).townships().size(); // 5
 * }</pre>
 */
public enum Scale {
  /** One township (中心店镇), the default. */
  TOWN,
  /** A county of 5 townships. */
  COUNTY,
  /** A prefecture of 2 counties of 20 townships each. */
  PREFECTURE;

  /** The scale named {@code text} (case-insensitive), or empty. */
  public static Optional<Scale> parse(String text) {
    for (Scale s : values()) {
      if (s.name().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The sample territory for this scale. */
  public SampleTown build(long seed) {
    switch (this) {
      case COUNTY:
        return SampleTown.county(seed, 5);
      case PREFECTURE:
        return SampleTown.prefecture(seed, 2);
      default:
        return SampleTown.town(seed);
    }
  }

  /** The lower-case option value. */
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
