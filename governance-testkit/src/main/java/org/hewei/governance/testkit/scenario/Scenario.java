package org.hewei.governance.testkit.scenario;

import java.util.List;
import org.hewei.governance.core.event.DomainCommand;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.rules.lifecycle.Decider;

/**
 * 场景 — the entry point of the given / when / then DSL: {@code Scenario.forDecider(decider)} starts a
 * scenario with no events, no current time, exact event comparison and no escalation probe.
 *
 * <pre>{@code
 * Scenario.forDecider(lifecycle)
 *     .givenCurrentTime(Instant.parse("2022-07-25T01:30:00Z"))
 *     .given(received)
 *     .when(register)
 *     .then(registered);
 *
 * Scenario.forDecider(lifecycle)
 *     .withEscalationProbe(engine::evaluate)
 *     .given(received, registered, accepted)
 *     .whenTimeElapses(Duration.ofDays(61))
 *     .thenEscalates(1);
 * }</pre>
 */
public final class Scenario {
  private Scenario() {}

  /** A scenario for {@code decider}, before anything was given. */
  public static <S, C extends DomainCommand, E extends DomainEvent> GivenStage<S, C, E> forDecider(
      Decider<S, C, E> decider) {
    if (decider == null) {
      throw new IllegalArgumentException("decider is required");
    }
    return new GivenStage<>(new Run<>(decider, List.of(), null, null, EventEquivalence.exact(), List.of()));
  }
}
