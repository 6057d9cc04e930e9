package org.hewei.governance.core.keyperson;

import org.hewei.governance.core.event.DomainEvent;

/**
 * 列管记录事件 — what happened to a key-person or key-place record: listed, visited, level changed,
 * delisted. Folding a record's events gives its {@link KeyPersonRecordState}.
 *
 * <pre>{@code
 * KeyPersonEvent e = ...;
 * e.recordId(); e.eventId(); e.occurredAt();
 * }</pre>
 */
public sealed interface KeyPersonEvent extends DomainEvent
    permits Listed, Visited, LevelChanged, Delisted {
  /** The record the event belongs to. */
  KeyPersonRecordId recordId();
}
