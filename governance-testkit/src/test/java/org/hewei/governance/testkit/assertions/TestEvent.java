package org.hewei.governance.testkit.assertions;

import java.time.Instant;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;

/** A test event whose free text stands for personal information. */
record TestEvent(EventId eventId, Instant occurredAt, Actor actor, String text) implements DomainEvent {
  static TestEvent of(String id, String text) {
    return new TestEvent(EventId.of(id), Values.RECEIVED,
        Actor.official(OfficialId.of("ZXD-OFF-017"), Role.GRID_WORKER), text);
  }
}
