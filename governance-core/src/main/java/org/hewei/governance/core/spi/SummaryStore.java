package org.hewei.governance.core.spi;

import java.util.Optional;

/**
 * 摘要存储 — reads and queries the {@link CaseSummary case summaries} written by
 * {@link EventStore#append}. Optional: requires {@link Capability#SUMMARY_QUERIES}.
 *
 * <h2>Contract S3 — summaries and queries</h2>
 *
 * <ul>
 *   <li><b>S3.1 Write.</b> An append that stores events and carries a summary makes it the stream's summary,
 *       replacing any earlier one, stamped with the stream's version after the append ({@link
 *       CaseSummary#withVersion}); {@link #summary} then returns it, equal in every other part.
 *   <li><b>S3.2 Only with events.</b> A summary is written only by an append that stores events: a failed
 *       append and a duplicate retry (S1.5) leave the previous summary unchanged. With {@link
 *       Capability#TRANSACTIONAL_SUMMARIES} events and summary are one atomic unit (S1.1). Without it the
 *       summary is written after the events and before {@code append} returns; if the store fails in
 *       between, the previous summary may remain (its {@code version} then lags the stream, which callers
 *       can detect and repair by appending again).
 *   <li><b>S3.3</b> {@link #summary} is empty for a stream that has no summary.
 *   <li><b>S3.4 Filters.</b> {@link #query} returns the summaries for which {@link
 *       SummaryQuery#matches} is true: subtree = the path contains the root; statuses and categories =
 *       membership; due-before = a due date strictly before the day (none never matches); flags = all
 *       present; aggregate type = equal. Filters combine with AND; an empty set is no filter.
 *   <li><b>S3.5 Order.</b> Results are in ascending {@link StreamId} order (type name, then aggregate id,
 *       by string comparison).
 *   <li><b>S3.6 Pages.</b> A page holds at most {@code pageSize} items; it carries a next cursor exactly
 *       when more matching summaries followed its last item at the time it was read. A first page with no
 *       match is empty with no cursor.
 *   <li><b>S3.7 Stable pagination.</b> The cursor is a keyset position (the last stream id returned), not
 *       an offset. Paging from the first page until a page without cursor returns every summary that
 *       matched the query throughout exactly once; never returns a stream twice; returns each summary in
 *       the state it had when its page was read; and returns a summary created or changed meanwhile
 *       only if it matched when its page was read and its stream id lies after the cursor.
 *   <li><b>S3.8 Cursors.</b> A cursor may be passed back with the same query; a token the store did not
 *       produce (malformed) throws {@code InvalidValueException}. Cursors remain valid while the store
 *       lives (they encode a position, not a server-side session).
 *   <li><b>S3.9</b> Without {@link Capability#SUMMARY_QUERIES}, {@link #summary} and {@link #query} throw
 *       {@link UnsupportedCapabilityException} (S5.2).
 * </ul>
 *
 * <pre>{@code
 * SummaryQuery q = SummaryQuery.builder().subtree(town).addStatuses("ASSIGNED").build();
 * for (Page<CaseSummary> p = store.query(q); ; p = store.query(q.withCursor(p.next().get()))) {
 *   p.items().forEach(this::show);
 *   if (!p.hasNext()) break;
 * }
 * }</pre>
 */
public interface SummaryStore extends Store {
  /** The current summary of {@code stream} (S3.1, S3.3). */
  Optional<CaseSummary> summary(StreamId stream);

  /** One page of the summaries matching {@code query} (S3.4–S3.8). */
  Page<CaseSummary> query(SummaryQuery query);
}
