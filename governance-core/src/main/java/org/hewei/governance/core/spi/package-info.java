/**
 * 存储服务接口 — what integrators implement to store Hewei's event streams, summaries and registries on
 * their database; every method's contract is written as numbered clauses that the testkit's
 * compatibility kit tests ({@code required_S1_2_…}, {@code optional_…}).
 *
 * <ul>
 *   <li>S1 append, S2 load: {@link org.hewei.governance.core.spi.EventStore} (required).
 *   <li>S3 summaries and queries: {@link org.hewei.governance.core.spi.SummaryStore} (capability
 *       {@code SUMMARY_QUERIES}, optionally {@code TRANSACTIONAL_SUMMARIES}).
 *   <li>S4 registries: {@link org.hewei.governance.core.spi.Registry} (capability {@code REGISTRIES}).
 *   <li>S5 capabilities: {@link org.hewei.governance.core.spi.Store}.
 * </ul>
 *
 * <p>Decisions: one store for all aggregate types ({@link org.hewei.governance.core.spi.GovernanceStore},
 * the {@link org.hewei.governance.core.spi.StreamId} carries the {@link
 * org.hewei.governance.core.spi.AggregateType}); a batch that mixes stored and new event ids is rejected
 * ({@link org.hewei.governance.core.spi.DuplicateEventException}), a batch wholly stored is a successful
 * no-op retry checked before the expected version; an empty batch is rejected; summaries are stamped with
 * the stream version by the store; pagination is keyset over the stream id (or registry key), never an
 * offset; registries keep the latest value per key with the same expected-version semantics as streams
 * ({@code any()} = last write wins). This package has no implementation: the testkit ships the in-memory
 * one.
 *
 * <pre>{@code
 * store.append(StreamId.petition(id), ExpectedVersion.noStream(), events, summary);
 * }</pre>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.spi;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;
