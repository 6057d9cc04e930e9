/**
 * JDBC 存储适配器 — an example implementation of the storage SPI ({@code GovernanceStore}) on a
 * relational database with plain JDBC, for embedded H2 (the default: nothing to install) and PostgreSQL.
 * Copy it, adapt the SQL to your database, and run the compatibility kit against it (see {@code
 * JdbcStoreH2ContractTest}).
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li><b>Schema</b> by versioned migrations ({@code db/migration/V1__events.sql}, {@code
 *       V2__summaries.sql}, {@code V3__registries.sql}) applied by {@link
 *       org.hewei.governance.examples.jdbc.Migrations}, which records them in {@code
 *       hewei_schema_version}. One SQL text for both databases; the only dialect difference, a binary
 *       collation ({@code COLLATE "C"}) on PostgreSQL key columns so that SQL orders stream ids as
 *       {@code StreamId.compareTo} does (S3.5), is a placeholder the runner fills in.
 *   <li><b>Events</b>: one row per event, keyed (stream type, aggregate id, version), the event in the
 *       versioned JSON form of {@code governance-examples-json} ({@code {"type", "version", "data"}},
 *       stable type names, upcasters for old versions) plus its type name and version in columns, so an
 *       operator can find the rows an upcaster will touch.
 *   <li><b>Why unique constraints</b>: the primary key (stream, version) and the unique key (stream,
 *       event id) make the database, not a Java lock, decide concurrent writers — across threads,
 *       processes and machines. Two writers of the same version: one commits, the other gets SQLState
 *       23505 (the same code on H2 and PostgreSQL), which the store maps by constraint name to {@code
 *       ConcurrencyConflictException} (expected exactly n) or a retry on the new version ({@code any()},
 *       after a short random back-off); an event-id collision re-runs the append, which then answers
 *       as the contract says (an idempotent duplicate, S1.5, or {@code DuplicateEventException}, S1.6).
 *   <li><b>Fair appends under {@code any()}</b>: on PostgreSQL such an append first takes a
 *       transaction-scoped advisory lock on its stream, so many writers of one stream queue in order
 *       instead of racing; without it, eight writers on one stream starved one of them past the retry
 *       limit (50) in about one run in eight. The constraints still decide; the lock only orders.
 *   <li><b>Isolation READ COMMITTED</b> (the default of both databases): the constraints give the
 *       serialisability the SPI needs for appends; SERIALIZABLE would only add aborts. Each append is
 *       one transaction — duplicate check, version check, event inserts, summary — so a dropped
 *       connection leaves nothing half-written and a retry of the same call is safe.
 *   <li><b>Summaries</b> are written in the append's transaction ({@code TRANSACTIONAL_SUMMARIES}). The
 *       jurisdiction subtree uses the summary's materialised path as one row per ancestor ({@code
 *       hewei_summary_ancestor}, primary key (ancestor, stream)): a subtree query reads the root's rows
 *       in stream order straight from that index and needs no jurisdiction tree (the SPI's summaries
 *       carry their path, so the store does not depend on the tree's interval numbering, which changes
 *       whenever the tree does). Status, category and due date have (column, stream) indexes; flags one
 *       row per flag with a (flag, stream) index.
 *   <li><b>Pagination</b> is keyset: the cursor encodes the last stream id (or registry key) and the next
 *       page asks for ids after it, ordered by the primary key — stable under concurrent writes, no
 *       offsets, valid as long as the database lives.
 *   <li><b>Registries</b>: one row per (registry name, key) with a version; {@code noStream()} relies on
 *       the primary key, {@code exactly(n)} on {@code UPDATE … WHERE version = n}; removal deletes the
 *       row (the key is absent again, version 0).
 *   <li><b>Connections</b>: every operation borrows one connection from the {@code DataSource} and
 *       returns it. {@link org.hewei.governance.examples.jdbc.ReusingDataSource} keeps connections for
 *       reuse without further dependencies; production code uses a real pool.
 *   <li><b>Personal data</b> is stored (events and persons carry it) but never put in exception
 *       messages: {@link org.hewei.governance.examples.jdbc.JdbcStoreException} carries the operation,
 *       the stream and the SQLState, and keeps the driver's exception only for states whose messages
 *       hold no row values.
 * </ul>
 *
 * <pre>{@code
 * JdbcGovernanceStore store = JdbcGovernanceStore.create(
 *     ReusingDataSource.of("jdbc:h2:file:./hewei;DB_CLOSE_DELAY=-1", "sa", "", 4));
 * store.append(StreamId.petition(id), ExpectedVersion.noStream(), events, summary);
 * }</pre>
 */
@NullMarked
package org.hewei.governance.examples.jdbc;

import org.jspecify.annotations.NullMarked;
