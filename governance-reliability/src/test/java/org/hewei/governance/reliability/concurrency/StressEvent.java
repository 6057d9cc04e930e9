package org.hewei.governance.reliability.concurrency;

import java.time.Instant;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;

/**
 * 压测事件 — an event of the store stress test, naming the writer thread and its attempt.
 *
 * <pre>{@code
 * new StressEvent(EventId.of("t3-17-0"), Instant.EPOCH, Actor.system("stress"), 3, 17);
 * }</pre>
 */
record StressEvent(EventId eventId, Instant occurredAt, Actor actor, int writer, long attempt) implements DomainEvent {}
