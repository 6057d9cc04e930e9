package org.hewei.governance.core.spi;

/**
 * 存储 — what every storage SPI interface has in common: the capabilities it declares.
 *
 * <h2>Contract S5 — capabilities</h2>
 *
 * <ul>
 *   <li><b>S5.1</b> {@link #capabilities()} returns the same declaration for the whole life of the store.
 *   <li><b>S5.2</b> Calling an operation that belongs to an optional {@link Capability} the store does
 *       not declare throws {@link UnsupportedCapabilityException} naming that capability, and writes
 *       nothing. It never silently does nothing or returns an empty result.
 *   <li><b>S5.3</b> The event-stream operations of {@link EventStore} (S1, S2) are required: every store
 *       supports them.
 *   <li><b>S5.4</b> {@link Capability#TRANSACTIONAL_SUMMARIES} is declared only together with
 *       {@link Capability#SUMMARY_QUERIES} ({@link StoreCapabilities} enforces it).
 * </ul>
 *
 * <pre>{@code
 * if (store.capabilities().has(Capability.SUMMARY_QUERIES)) { store.query(q); }
 * }</pre>
 */
public interface Store {
  /** The optional capabilities this store declares (S5.1). */
  StoreCapabilities capabilities();
}
