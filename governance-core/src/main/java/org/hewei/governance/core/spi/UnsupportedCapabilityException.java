package org.hewei.governance.core.spi;

/**
 * 不支持的能力 — a call to an operation of an optional {@link Capability} the store does not declare
 * (clause S5.2); nothing was written.
 *
 * <pre>{@code
 * if (!store.capabilities().has(Capability.SUMMARY_QUERIES)) { ... } // avoid it by asking first
 * }</pre>
 */
public class UnsupportedCapabilityException extends UnsupportedOperationException {
  private static final long serialVersionUID = 1L;

  private final Capability capability;

  /** The store lacks {@code capability}. */
  public UnsupportedCapabilityException(Capability capability) {
    super("this store does not declare the optional capability " + capability + " (S5.2); nothing was written");
    this.capability = capability;
  }

  /** The missing capability. */
  public Capability capability() {
    return capability;
  }
}
