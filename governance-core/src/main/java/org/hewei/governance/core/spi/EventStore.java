package org.hewei.governance.core.spi;

import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.event.DomainEvent;

/**
 * 事件存储 — append-only event streams, one per aggregate, with optimistic concurrency and idempotent
 * retries. The event type is a parameter: integrators usually implement {@code
 * EventStore<DomainEvent>} once for every {@link AggregateType} (the stream id says which aggregate a
 * stream belongs to) and serialise events as they like; the store treats events as opaque values.
 *
 * <h2>Contract S1 — {@link #append}</h2>
 *
 * <ul>
 *   <li><b>S1.1 Atomic.</b> A call stores all its events or none. If it throws, the stream (and its
 *       summary) is exactly as before.
 *   <li><b>S1.2 Versions.</b> The {@code n} events of a call to a stream at version {@code v} get versions
 *       {@code v+1 … v+n}; a stream's versions run gapless from 1; the result's {@link
 *       AppendResult#version()} is {@code v+n}. A stream exists once it has an event; streams are never
 *       deleted.
 *   <li><b>S1.3 Order.</b> Events are stored, and later loaded, in the order of the list.
 *   <li><b>S1.4 Expected version.</b> {@link ExpectedVersion#any()} always matches; {@code noStream()}
 *       matches a stream without events (version 0); {@code exactly(n)} matches version {@code n}. On a
 *       mismatch the call throws {@link ConcurrencyConflictException} carrying the stream, the expectation
 *       and the actual version, and writes nothing.
 *   <li><b>S1.5 Idempotent retry.</b> If every event id of the batch is already stored in this stream, the
 *       call writes nothing (events and summary), does <em>not</em> check the expected version, and
 *       returns {@link AppendResult#duplicate} with the stream's current version and those ids. This
 *       check comes before S1.4, so a retry after a lost reply succeeds.
 *   <li><b>S1.6 Mixed batch.</b> If some but not all event ids of the batch are already stored in this
 *       stream, the call throws {@link DuplicateEventException} listing the stored ids and writes
 *       nothing (checked before S1.4).
 *   <li><b>S1.7 Bad arguments.</b> A null argument or element throws {@link
 *       org.hewei.governance.core.MissingValueException}; an empty batch, two events with the same id in
 *       one batch, or a summary of another stream throws {@link
 *       org.hewei.governance.core.InvalidValueException}. These checks come first; nothing is written.
 *   <li><b>S1.8 Streams are separate.</b> Events appended to one stream are loaded only from that
 *       stream. Event ids are unique per stream: the same id in two streams is two events.
 *   <li><b>S1.9 Concurrency.</b> With {@link Capability#CONCURRENT_APPENDS}, concurrent calls behave as
 *       if run one after another in some order: of several calls expecting the same {@code exactly(n)},
 *       exactly one succeeds and the others get {@link ConcurrencyConflictException}; calls with {@code
 *       any()} all succeed, each batch stays contiguous, no event is lost or duplicated and versions stay
 *       gapless. Without it, callers must not call the store from several threads at once.
 *   <li><b>S1.10 Summary.</b> A summary given with the append is stored as described by S3.1–S3.3; a store
 *       without {@link Capability#SUMMARY_QUERIES} throws {@link UnsupportedCapabilityException} when a
 *       summary is given, and writes nothing.
 * </ul>
 *
 * <h2>Contract S2 — {@link #load}, {@link #exists}, {@link #version}</h2>
 *
 * <ul>
 *   <li><b>S2.1</b> {@code load(stream)} returns every event of the stream in version order, numbered 1 to
 *       n, each {@code equals} to the event appended (text, unicode and personal data unchanged). A stream
 *       without events gives an empty list, not an exception.
 *   <li><b>S2.2</b> {@code load(stream, fromVersion)} returns the events with version ≥ {@code
 *       fromVersion}; {@code fromVersion} below 1 throws {@code InvalidValueException}; beyond the last
 *       version gives an empty list.
 *   <li><b>S2.3 Read your writes.</b> Once {@code append} returns, every later {@code load}, {@code
 *       exists} and {@code version} on the same store (from any thread) sees its events.
 *   <li><b>S2.4</b> {@code version(stream)} is the number of events stored (0 for none); {@code
 *       exists(stream)} is {@code version(stream) > 0}.
 *   <li><b>S2.5 Snapshots.</b> A returned list is immutable and does not change when events are appended
 *       later.
 * </ul>
 *
 * <pre>{@code
 * StreamId s = StreamId.petition(petitionId);
 * AppendResult r = store.append(s, ExpectedVersion.noStream(), List.of(received, registered));
 * List<RecordedEvent<DomainEvent>> events = store.load(s); // versions 1, 2
 * }</pre>
 *
 * @param <E> the event type stored
 */
public interface EventStore<E extends DomainEvent> extends Store {
  /**
   * Appends {@code events} to {@code stream} if its version matches {@code expected}, together with
   * {@code summary} when given (S1.1–S1.10, S3.1–S3.3).
   *
   * @return the stream's version afterwards and what was stored
   * @throws ConcurrencyConflictException on a version mismatch (S1.4)
   * @throws DuplicateEventException when the batch mixes stored and new event ids (S1.6)
   * @throws UnsupportedCapabilityException when a summary is given without SUMMARY_QUERIES (S1.10)
   * @throws org.hewei.governance.core.InvalidValueException on bad arguments (S1.7)
   */
  AppendResult append(
      StreamId stream, ExpectedVersion expected, List<? extends E> events, Optional<CaseSummary> summary);

  /** {@link #append(StreamId, ExpectedVersion, List, Optional)} without a summary. */
  default AppendResult append(StreamId stream, ExpectedVersion expected, List<? extends E> events) {
    return append(stream, expected, events, Optional.empty());
  }

  /** {@link #append(StreamId, ExpectedVersion, List, Optional)} with a summary. */
  default AppendResult append(
      StreamId stream, ExpectedVersion expected, List<? extends E> events, CaseSummary summary) {
    return append(stream, expected, events, Optional.of(summary));
  }

  /** Every event of {@code stream} in order, versions 1..n; empty for an unknown stream (S2.1). */
  List<RecordedEvent<E>> load(StreamId stream);

  /** The events of {@code stream} from version {@code fromVersion} (≥ 1) on (S2.2). */
  List<RecordedEvent<E>> load(StreamId stream, long fromVersion);

  /** Whether {@code stream} has at least one event (S2.4). */
  boolean exists(StreamId stream);

  /** The version of {@code stream}: its number of events, 0 when it has none (S2.4). */
  long version(StreamId stream);
}
