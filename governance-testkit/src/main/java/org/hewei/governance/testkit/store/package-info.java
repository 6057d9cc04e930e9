/**
 * 内存参考存储 — {@link org.hewei.governance.testkit.store.InMemoryGovernanceStore}, a complete,
 * thread-safe implementation of the storage SPI ({@code org.hewei.governance.core.spi}) for tests,
 * examples and the town simulation, which also records how its callers used it.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Every capability is declared by {@link org.hewei.governance.testkit.store.InMemoryGovernanceStore#create()};
 *       {@code create(StoreCapabilities)} declares fewer, so that an application's code for a
 *       smaller store (and the kit's S5.2 checks) can be tested.
 *   <li>One read–write lock guards the whole store: appends and registry writes are serialised (S1.9
 *       holds trivially), loads, summary reads and queries run in parallel, and every page is read
 *       atomically.
 *   <li>Usage validation records, never throws: every caller mistake the SPI answers with an
 *       exception (stale expected version, mixed batch, bad argument, undeclared capability) and every
 *       idempotent re-append is added to {@link org.hewei.governance.testkit.store.StoreUsage}; the SPI
 *       behaviour is unchanged, so the store stays a faithful reference. Tests assert
 *       {@code store.usage().assertNoMistakes()} or inspect {@code usage().issues(kind)}. A strict
 *       (throwing) mode was rejected: it would make the reference store deviate from the contract
 *       integrators are tested against.
 *   <li>Summary queries never scan: summaries are indexed by every ancestor of their jurisdiction
 *       path, by status, category, flag, aggregate type and due date, and by (ancestor, status) ordered
 *       by due date, so "open, due before T, in this township's subtree" reads only the matching rows.
 *       The planner picks the smallest candidate set; results are returned in stream-id order with a
 *       keyset cursor (S3.5–S3.8).
 *   <li>Cursors are opaque tokens {@code s.<base64url(stream id)>.<crc32>} (registries {@code r.…}); a
 *       token that does not decode or whose checksum does not match throws InvalidValueException (S3.8).
 *   <li>{@link org.hewei.governance.testkit.store.InMemoryGovernanceStore#snapshot()} copies the state
 *       into an immutable {@link org.hewei.governance.testkit.store.StoreSnapshot}; {@code reset()}
 *       empties the store and its usage record.
 * </ul>
 *
 * <pre>{@code
 * InMemoryGovernanceStore<DomainEvent> store = InMemoryGovernanceStore.create();
 * store.append(StreamId.petition(id), ExpectedVersion.noStream(), List.of(received));
 * store.snapshot().streams().get(StreamId.petition(id));   // [PETITION/ZXD-1@1 evt-1]
 * store.usage().assertNoMistakes();
 * }</pre>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.testkit.store;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;
