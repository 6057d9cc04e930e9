package org.hewei.governance.core.spi;

import java.util.Arrays;
import java.util.Set;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 能力声明 — the optional {@link Capability capabilities} a store declares (clause S5).
 *
 * <pre>{@code
 * StoreCapabilities caps = StoreCapabilities.of(Capability.SUMMARY_QUERIES);
 * caps.has(Capability.REGISTRIES);      // false
 * caps.require(Capability.REGISTRIES);  // throws UnsupportedCapabilityException
 * }</pre>
 */
@Value.Immutable
public abstract class StoreCapabilities {
  StoreCapabilities() {}

  /** The declared capabilities. */
  @Value.Parameter
  public abstract Set<Capability> declared();

  /**
   * A declaration of {@code capabilities}.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code TRANSACTIONAL_SUMMARIES} is
   *     declared without {@code SUMMARY_QUERIES}
   */
  public static StoreCapabilities of(Capability... capabilities) {
    Checks.required("capabilities", capabilities);
    Arrays.stream(capabilities).forEach(c -> Checks.required("capabilities", c));
    return ImmutableStoreCapabilities.of(Arrays.asList(capabilities));
  }

  /** No optional capability: event streams only. */
  public static StoreCapabilities none() {
    return of();
  }

  /** Every capability. */
  public static StoreCapabilities all() {
    return of(Capability.values());
  }

  /** Whether {@code capability} is declared. */
  public boolean has(Capability capability) {
    return declared().contains(capability);
  }

  /**
   * Does nothing when {@code capability} is declared.
   *
   * @throws UnsupportedCapabilityException when it is not (S5.2)
   */
  public void require(Capability capability) {
    if (!has(capability)) {
      throw new UnsupportedCapabilityException(capability);
    }
  }

  @Value.Check
  void check() {
    Checks.check(
        !has(Capability.TRANSACTIONAL_SUMMARIES) || has(Capability.SUMMARY_QUERIES),
        "capabilities",
        declared(),
        "TRANSACTIONAL_SUMMARIES needs SUMMARY_QUERIES (S5.4)");
  }

  /** {@code "[SUMMARY_QUERIES, REGISTRIES]"}. */
  @Override
  public String toString() {
    return declared().toString();
  }
}
