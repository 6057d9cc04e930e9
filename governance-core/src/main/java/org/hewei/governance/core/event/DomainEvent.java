package org.hewei.governance.core.event;

import java.time.Instant;

/**
 * 领域事件 — something that happened to a petition, a mediation case or a key-person record; the
 * unit of storage (see {@code org.hewei.governance.core.spi}).
 *
 * <p>Every event has an id (appending the same id twice stores it once), the instant it happened
 * and the actor who caused it. Events are immutable facts: they are never changed, only followed by
 * other events.
 *
 * <pre>{@code
 * DomainEvent e = ...;
 * e.eventId(); e.occurredAt(); e.actor();
 * }</pre>
 */
public interface DomainEvent {
  /** The event's id, unique within its stream and stable across retries. */
  EventId eventId();

  /** When it happened. */
  Instant occurredAt();

  /** Who caused it. */
  Actor actor();
}
