package org.hewei.governance.testkit.scenario;

import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.MediationCommand;
import org.hewei.governance.core.mediation.MediationEvent;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.rules.escalation.EscalationDecision;
import org.hewei.governance.rules.escalation.EscalationEngine;
import org.hewei.governance.rules.lifecycle.MediationLifecycle;
import org.hewei.governance.rules.lifecycle.PetitionLifecycle;

/**
 * 常用场景 — ready-wired starts of the given / when / then DSL for Hewei's own lifecycles: {@link
 * #petitions} is {@link Scenario#forDecider} on a petition lifecycle with the escalation probe set to
 * {@code engine.evaluate(state, now)}, so {@code thenEscalates…} sees the engine's {@link
 * EscalationDecision}s; {@link #mediations} starts a mediation-case scenario.
 *
 * <pre>{@code
 * Scenarios.petitions(lifecycle, EscalationEngine.compile(policy, EscalationContext.chinaMainland(tree)))
 *     .given(received, registered, assigned, accepted)
 *     .whenTimeElapses(Duration.ofDays(3))
 *     .thenEscalatesSatisfying(ds -> assertThat((EscalationDecision) ds.get(0)).hasRule("R1"));
 *
 * Scenarios.mediations(MediationLifecycle.chinaMainland()).givenNoPriorActivity().when(open).thenAccepted();
 * }</pre>
 */
public final class Scenarios {
  private Scenarios() {}

  /**
   * A petition scenario on {@code lifecycle} whose escalation probe is {@code engine.evaluate(state, now)}.
   *
   * @throws IllegalArgumentException if an argument is missing
   */
  public static GivenStage<PetitionState, PetitionCommand, PetitionEvent> petitions(
      PetitionLifecycle lifecycle, EscalationEngine engine) {
    if (engine == null) {
      throw new IllegalArgumentException("engine is required");
    }
    StateProbe<PetitionState, EscalationDecision> probe = engine::evaluate;
    return Scenario.forDecider(lifecycle).withEscalationProbe(probe);
  }

  /**
   * A mediation-case scenario on {@code lifecycle} (no escalation probe).
   *
   * @throws IllegalArgumentException if {@code lifecycle} is missing
   */
  public static GivenStage<MediationCaseState, MediationCommand, MediationEvent> mediations(
      MediationLifecycle lifecycle) {
    return Scenario.forDecider(lifecycle);
  }
}
