package org.hewei.governance.testkit.scenario;

import java.time.Instant;
import java.util.List;

/**
 * 状态探针 — a function a scenario applies to the current state at the scenario's "now", e.g. the
 * escalation engine's evaluation, which returns the escalations due; {@code thenEscalates} and {@code
 * thenNoEscalation} check its result.
 *
 * <pre>{@code
 * StateProbe<PetitionState, EscalationDecision> escalation = (state, now) -> engine.evaluate(state, now);
 * Scenario.forDecider(lifecycle).withEscalationProbe(escalation) ...
 * }</pre>
 *
 * @param <S> the state type
 * @param <D> the type of what the probe finds
 */
@FunctionalInterface
public interface StateProbe<S, D> {
  /** What the probe finds in {@code state} at {@code now}; empty for nothing. */
  List<D> probe(S state, Instant now);
}
