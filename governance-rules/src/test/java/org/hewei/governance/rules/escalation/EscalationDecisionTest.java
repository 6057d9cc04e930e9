package org.hewei.governance.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.rules.escalation.EscalationFixtures.NOW;
import static org.hewei.governance.rules.escalation.EscalationFixtures.state;
import static org.hewei.governance.rules.routing.SeedTown.DISTRICT_1;
import static org.hewei.governance.rules.routing.SeedTown.TOWN;
import static org.hewei.governance.rules.routing.SeedTown.TREE;
import static org.hewei.governance.rules.routing.SeedTown.VILLAGE_1;
import static org.hewei.governance.rules.routing.SeedTown.at;
import static org.hewei.governance.rules.routing.SeedTown.petition;

import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.policy.EscalationAction;
import org.hewei.governance.core.policy.EscalationPolicy;
import org.hewei.governance.core.policy.EscalationRule;
import org.hewei.governance.core.policy.PolicyId;
import org.hewei.governance.core.policy.Trigger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The decision as a value: what its equality compares, and its explanation written once. */
class EscalationDecisionTest {
  private static final List<EscalationAction> SUPERVISE = List.of(EscalationAction.supervise());
  private static final EscalationEngine ENGINE = EscalationEngine.compile(
      EscalationPolicy.builder()
          .id(PolicyId.of("test"))
          .version(1)
          .title("one rule")
          .addRules(EscalationRule.builder()
              .id("R1").name("督办").trigger(Trigger.headcountAtLeast(1)).addActions(EscalationAction.supervise()).build())
          .build(),
      EscalationContext.chinaMainland(TREE));
  private static final PetitionState STATE = state(petition("ZXD-1").build()).handling(at(VILLAGE_1)).build();

  private static Firing firing(String ruleId, String name, String policy, int version, List<EscalationAction> actions) {
    return new Firing(ENGINE, 0, ruleId, name, PolicyId.of(policy), version, actions);
  }

  private static final Firing R1 = firing("R1", "督办", "test", 1, SUPERVISE);

  private static EscalationDecision decision(Firing f, PetitionState s) {
    return new EscalationDecision(f, s, NOW, Optional.empty(), Optional.empty());
  }

  @Test
  @DisplayName("equal when petition, rule, policy version, now, place, actions, target and call level are: not the engine, not the rest of the state")
  void equalWhenWhatItDecidesIs() {
    EscalationDecision d = decision(R1, STATE);
    Firing sameRuleOtherEngine = new Firing(
        EscalationEngine.compile(DefaultEscalationPolicies.threeLevelResponse(), EscalationContext.chinaMainland(TREE)),
        3, "R1", "督办", PolicyId.of("test"), 1, List.copyOf(SUPERVISE));
    EscalationDecision same = decision(sameRuleOtherEngine, STATE.toBuilder().repeatCount(4).supervisionCount(2).build());
    assertThat(same).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(d).isNotEqualTo(null).isNotEqualTo(R1);
  }

  @Test
  @DisplayName("each compared part on its own makes another decision")
  void eachPartCounts() {
    EscalationDecision d = decision(R1, STATE);
    List<EscalationDecision> others = List.of(
        decision(firing("R2", "督办", "test", 1, SUPERVISE), STATE),
        decision(firing("R1", "另一个名字", "test", 1, SUPERVISE), STATE),
        decision(firing("R1", "督办", "other", 1, SUPERVISE), STATE),
        decision(firing("R1", "督办", "test", 2, SUPERVISE), STATE),
        decision(firing("R1", "督办", "test", 1, List.of(EscalationAction.conveneJointMeeting())), STATE),
        decision(R1, state(petition("ZXD-2").build()).handling(at(VILLAGE_1)).build()),
        decision(R1, STATE.toBuilder().handling(at(DISTRICT_1)).build()),
        new EscalationDecision(R1, STATE, NOW.plusSeconds(1), Optional.empty(), Optional.empty()),
        new EscalationDecision(R1, STATE, NOW, Optional.of(at(TOWN)), Optional.empty()),
        new EscalationDecision(R1, STATE, NOW, Optional.empty(), Optional.of(JurisdictionLevel.TOWNSHIP)));
    for (EscalationDecision other : others) {
      assertThat(other).isNotEqualTo(d);
      assertThat(d).isNotEqualTo(other);
    }
    assertThat(others.stream().mapToInt(Object::hashCode).distinct().count())
        .as("hash codes follow the compared parts")
        .isEqualTo(others.size());
    assertThat(R1).hasToString("R1@test v1");
  }

  @Test
  @DisplayName("the accessors read the firing and the state; the explanation is written once, on first use")
  void accessorsAndExplanation() {
    EscalationDecision d = ENGINE.evaluate(STATE, NOW).get(0);
    assertThat(d.petitionId()).isEqualTo(STATE.id());
    assertThat(d.handling()).isEqualTo(at(VILLAGE_1));
    assertThat(d.ruleId()).isEqualTo("R1");
    assertThat(d.ruleName()).isEqualTo("督办");
    assertThat(d.policyId()).isEqualTo(PolicyId.of("test"));
    assertThat(d.policyVersion()).isEqualTo(1);
    assertThat(d.decidedAt()).isEqualTo(NOW);
    assertThat(d.actions()).isEqualTo(SUPERVISE);
    assertThat(d.escalatesTo()).isEmpty();
    assertThat(d.callLevel()).isEmpty();
    String e = d.explanation();
    assertThat(e).isEqualTo("R1: headcount 1 at VILLAGE level → supervise (督办)");
    assertThat(d.explanation()).isSameAs(e);
    assertThat(d).hasToString("EscalationDecision{ZXD-1 R1@test v1: " + e + "}");
  }
}
