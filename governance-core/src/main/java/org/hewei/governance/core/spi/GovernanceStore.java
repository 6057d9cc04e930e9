package org.hewei.governance.core.spi;

import org.hewei.governance.core.event.DomainEvent;

/**
 * 治理数据存储 — the one interface an integrator implements: event streams (required, S1–S2),
 * summaries and queries (optional, S3), registries (optional, S4), with the capabilities it declares
 * (S5). Methods of an undeclared capability throw {@link UnsupportedCapabilityException}.
 * governance-testkit ships an in-memory implementation and the compatibility kit that tests each
 * numbered clause.
 *
 * <pre>{@code
 * final class PostgresStore implements GovernanceStore<DomainEvent> {
 *   public StoreCapabilities capabilities() {
 *     return StoreCapabilities.of(Capability.SUMMARY_QUERIES, Capability.TRANSACTIONAL_SUMMARIES, Capability.CONCURRENT_APPENDS);
 *   }
 *   ...
 * }
 * }</pre>
 *
 * @param <E> the event type stored (usually {@link DomainEvent})
 */
public interface GovernanceStore<E extends DomainEvent> extends EventStore<E>, SummaryStore, RegistryStore {}
