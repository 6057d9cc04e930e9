package org.hewei.governance.rules.escalation;

import java.util.List;
import java.util.Objects;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.policy.EscalationAction;
import org.hewei.governance.core.policy.PolicyId;

/**
 * 规则触发 — what one rule of a compiled policy issues in one action variant (an escalation target found
 * or not, a parent to call or not): the rule, the policy version and the actions that apply. The engine
 * makes the four of every rule when it compiles the policy, and every {@link EscalationDecision} of that
 * rule and variant shares one, so a decision carries only what differs between petitions.
 *
 * <p>Two firings are equal when rule id, rule name, policy id, policy version and actions are (the engine
 * that made them does not count): decisions of two engines compiled from the same policy are equal.
 */
final class Firing {
  final String ruleId;
  final String ruleName;
  final PolicyId policyId;
  final int policyVersion;
  final List<EscalationAction> actions;
  private final EscalationEngine engine;
  private final int ruleIndex;

  Firing(EscalationEngine engine, int ruleIndex, String ruleId, String ruleName, PolicyId policyId, int policyVersion,
      List<EscalationAction> actions) {
    this.engine = engine;
    this.ruleIndex = ruleIndex;
    this.ruleId = ruleId;
    this.ruleName = ruleName;
    this.policyId = policyId;
    this.policyVersion = policyVersion;
    this.actions = actions;
  }

  /** The explanation of {@code decision}, made for {@code state}: written by the engine from the rule's facts. */
  String explain(EscalationDecision decision, PetitionState state) {
    return engine.explain(ruleIndex, decision, state);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Firing f
        && policyVersion == f.policyVersion
        && ruleId.equals(f.ruleId)
        && ruleName.equals(f.ruleName)
        && policyId.equals(f.policyId)
        && actions.equals(f.actions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, ruleName, policyId, policyVersion, actions);
  }

  /** {@code "R1@hewei-three-level-response v1"}. */
  @Override
  public String toString() {
    return ruleId + "@" + policyId + " v" + policyVersion;
  }
}
