package org.hewei.governance.core.policy;

import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 代表人数上限档 — one tier of a {@link CollectiveProfile}: groups of up to {@link #upToPersons()}
 * persons (or of any size, when empty) choose at most {@link #maxRepresentatives()} representatives.
 *
 * <pre>{@code
 * RepresentativeCap.upTo(10, 3);  // Zhejiang: groups of up to 10 choose at most 3
 * RepresentativeCap.anySize(5);   // 条例 Art 20: at most 5
 * }</pre>
 */
@Value.Immutable
public abstract class RepresentativeCap {
  RepresentativeCap() {}

  /** The largest group this tier applies to; empty for groups of any size. */
  @Value.Parameter
  public abstract Optional<Integer> upToPersons();

  /** The most representatives a group in this tier may choose (≥ 1). */
  @Value.Parameter
  public abstract int maxRepresentatives();

  /** Groups of up to {@code persons} persons (≥ 1) choose at most {@code max} representatives (≥ 1). */
  public static RepresentativeCap upTo(int persons, int max) {
    return ImmutableRepresentativeCap.of(Optional.of(persons), max);
  }

  /** Groups of any size choose at most {@code max} representatives (≥ 1). */
  public static RepresentativeCap anySize(int max) {
    return ImmutableRepresentativeCap.of(Optional.empty(), max);
  }

  @Value.Check
  void check() {
    upToPersons().ifPresent(n -> Checks.atLeast("upToPersons", n, 1));
    Checks.atLeast("maxRepresentatives", maxRepresentatives(), 1);
  }

  /** {@code "≤ 10 persons: 3"} or {@code "any size: 5"}. */
  @Override
  public String toString() {
    return upToPersons().map(n -> "≤ " + n + " persons").orElse("any size") + ": " + maxRepresentatives();
  }
}
