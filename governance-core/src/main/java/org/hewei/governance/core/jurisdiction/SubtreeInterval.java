package org.hewei.governance.core.jurisdiction;

import org.hewei.governance.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * 辖区编号区间 — the pre-order numbers {@code [first, last]} (both inclusive) of a subtree of a {@link
 * JurisdictionTree}: a node's index is {@code first}, and every node below it has an index in the
 * interval. A storage layer can keep the index next to each record and select a whole subtree with
 * {@code index BETWEEN first AND last}.
 *
 * <pre>{@code
 * SubtreeInterval town = tree.interval(JurisdictionId.of("370883103000"));
 * town.contains(tree.indexOf(JurisdictionId.of("370883103201"))); // true: a village of the town
 * town.size();                                                     // nodes in the town's subtree
 * }</pre>
 */
@Value.Immutable
public abstract class SubtreeInterval {
  SubtreeInterval() {}

  /** The subtree root's index, the smallest in the interval. */
  @Value.Parameter
  public abstract int first();

  /** The largest index in the interval (the last node of the subtree in pre-order). */
  @Value.Parameter
  public abstract int last();

  /**
   * The interval {@code [first, last]}.
   *
   * @throws InvalidValueException unless {@code 0 <= first <= last}
   */
  public static SubtreeInterval of(int first, int last) {
    return ImmutableSubtreeInterval.of(first, last);
  }

  @Value.Check
  void check() {
    if (first() < 0 || last() < first()) {
      throw new InvalidValueException(
          "interval", "[" + first() + ", " + last() + "]", "must satisfy 0 <= first <= last");
    }
  }

  /** Whether {@code index} lies in {@code [first, last]}. */
  public boolean contains(int index) {
    return index >= first() && index <= last();
  }

  /** Whether {@code other} lies entirely inside this interval (a subtree of this subtree, or itself). */
  public boolean contains(SubtreeInterval other) {
    return other.first() >= first() && other.last() <= last();
  }

  /** The number of nodes in the subtree: {@code last - first + 1}. */
  public int size() {
    return last() - first() + 1;
  }

  /** {@code "[first, last]"}. */
  @Override
  public String toString() {
    return "[" + first() + ", " + last() + "]";
  }
}
