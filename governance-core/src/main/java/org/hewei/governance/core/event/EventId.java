package org.hewei.governance.core.event;

import org.hewei.governance.core.TypedId;

/**
 * 事件标识 — identifies one event; appending the same event id twice stores it once.
 *
 * <pre>{@code
 * EventId id = EventId.of("evt-7f3a2c");
 * }</pre>
 */
public final class EventId extends TypedId<EventId> {
  private EventId(String value) {
    super("eventId", value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code value} is not a valid identifier
   */
  public static EventId of(String value) {
    return new EventId(value);
  }
}
