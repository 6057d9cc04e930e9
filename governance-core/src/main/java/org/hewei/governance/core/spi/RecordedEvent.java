package org.hewei.governance.core.spi;

import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 已存事件 — an event as loaded from its stream, with its version (its position, 1..n).
 *
 * <pre>{@code
 * for (RecordedEvent<PetitionEvent> r : store.load(stream)) { r.version(); r.event(); }
 * }</pre>
 *
 * @param <E> the event type
 */
@Value.Immutable
public abstract class RecordedEvent<E extends DomainEvent> {
  RecordedEvent() {}

  /** The stream the event belongs to. */
  @Value.Parameter
  public abstract StreamId stream();

  /** The event's version in its stream (≥ 1; the first event is 1). */
  @Value.Parameter
  public abstract long version();

  /** The event, equal to the one appended. */
  @Value.Parameter
  public abstract E event();

  /** A recorded event (store implementations create these). */
  public static <E extends DomainEvent> RecordedEvent<E> of(StreamId stream, long version, E event) {
    return ImmutableRecordedEvent.of(stream, version, event);
  }

  @Value.Check
  void check() {
    Checks.atLeast("version", version(), 1L);
  }

  /** {@code "PETITION/ZXD-1@3 evt-7f3a"}: stream, version and event id only (events may carry personal data). */
  @Override
  public String toString() {
    return stream() + "@" + version() + " " + event().eventId();
  }
}
