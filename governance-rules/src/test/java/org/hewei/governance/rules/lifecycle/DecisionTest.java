package org.hewei.governance.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;
import org.junit.jupiter.api.Test;

class DecisionTest {
  private static final CommandId CMD = CommandId.of("cmd-1");

  private record Happened(EventId eventId, Instant occurredAt, Actor actor) implements DomainEvent {}

  private static Happened event(String id) {
    return new Happened(EventId.of(id), Instant.EPOCH, Actor.system("test"));
  }

  @Test
  void acceptedDecisionCarriesEventsAndNoRejection() {
    Decision<Happened> d = Decision.accept(List.of(event("a"), event("b")));
    assertThat(d.isAccepted()).isTrue();
    assertThat(d.events()).extracting(Happened::eventId).containsExactly(EventId.of("a"), EventId.of("b"));
    assertThat(d.rejection()).isEmpty();
    assertThat(d.eventsOrThrow()).hasSize(2);
  }

  @Test
  void acceptingNoEventsIsRejectedAtTheBoundary() {
    assertThatThrownBy(() -> Decision.accept(List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("events");
  }

  @Test
  void rejectedDecisionHasNoEventsAndThrowsWithItsRejection() {
    Rejection r = Rejection.of(CMD, "petition.extension.once", "only one extension", "信访工作条例 第三十四条");
    Decision<Happened> d = Decision.reject(r);
    assertThat(d.isAccepted()).isFalse();
    assertThat(d.events()).isEmpty();
    assertThat(d.rejection()).contains(r);
    assertThatThrownBy(d::eventsOrThrow)
        .isInstanceOfSatisfying(RejectedCommandException.class, e -> assertThat(e.rejection()).isEqualTo(r))
        .hasMessageContaining("petition.extension.once")
        .hasMessageContaining("第三十四条");
  }

  @Test
  void rejectionWithoutArticleHasEmptyArticle() {
    assertThat(Rejection.of(CMD, "order", "not yet registered").article()).isEmpty();
  }

  @Test
  void eventIdsAreDerivedDeterministicallyFromTheCommand() {
    assertThat(Decider.eventId(CMD, 0)).isEqualTo(EventId.of("cmd-1.0"));
    assertThat(Decider.eventId(CMD, 3)).isEqualTo(Decider.eventId(CommandId.of("cmd-1"), 3));
    CommandId longId = CommandId.of("c".repeat(64));
    EventId first = Decider.eventId(longId, 0);
    assertThat(first.value()).hasSizeLessThanOrEqualTo(64).endsWith(".0");
    assertThat(Decider.eventId(longId, 0)).isEqualTo(first);
    assertThat(Decider.eventId(longId, 1)).isNotEqualTo(first);
  }
}
