package org.hewei.governance.testkit.assertions;

import org.assertj.core.api.AbstractAssert;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.policy.EscalationAction;
import org.hewei.governance.core.policy.PolicyId;
import org.hewei.governance.rules.escalation.EscalationDecision;

/**
 * 升级决定断言 — checks on an {@link EscalationDecision} of the escalation engine; failure messages name
 * the decision by petition id, rule, policy and version and quote its explanation, which by design holds
 * ids, levels and counts only (no personal information).
 *
 * <pre>{@code
 * EscalationDecision d = engine.evaluate(state, now).get(0);
 * assertThat(d).hasRule("R1")
 *     .hasPolicy(DefaultEscalationPolicies.THREE_LEVEL_RESPONSE, 1)
 *     .hasAction(EscalationAction.EscalateToLevel.class)
 *     .escalatesTo(JurisdictionLevel.MANAGEMENT_DISTRICT)
 *     .explanationContains("overdue by");
 * }</pre>
 */
public final class EscalationDecisionAssert extends AbstractAssert<EscalationDecisionAssert, EscalationDecision> {

  EscalationDecisionAssert(EscalationDecision actual) {
    super(actual, EscalationDecisionAssert.class);
    info.useRepresentation(RedactedRepresentation.INSTANCE);
  }

  private String who() {
    return "escalation decision " + actual.ruleId() + "@" + actual.policyId() + " v" + actual.policyVersion()
        + " for petition " + actual.petitionId();
  }

  /** The rule {@code ruleId} fired. */
  public EscalationDecisionAssert hasRule(String ruleId) {
    isNotNull();
    if (!actual.ruleId().equals(ruleId)) {
      failWithMessage("Expected %s to be by rule %s but it is by rule %s", who(), ruleId, actual.ruleId());
    }
    return this;
  }

  /** It is about the petition {@code petition}. */
  public EscalationDecisionAssert isForPetition(PetitionId petition) {
    isNotNull();
    if (!actual.petitionId().equals(petition)) {
      failWithMessage("Expected %s to be for petition %s but it is for petition %s", who(), petition,
          actual.petitionId());
    }
    return this;
  }

  /** It comes from version {@code version} of the policy {@code policy}. */
  public EscalationDecisionAssert hasPolicy(PolicyId policy, int version) {
    isNotNull();
    if (!actual.policyId().equals(policy) || actual.policyVersion() != version) {
      failWithMessage("Expected %s to come from policy %s v%s but it comes from policy %s v%s", who(), policy,
          version, actual.policyId(), actual.policyVersion());
    }
    return this;
  }

  /** One of its actions is of {@code kind}, e.g. {@code EscalationAction.RaiseCall.class}. */
  public EscalationDecisionAssert hasAction(Class<? extends EscalationAction> kind) {
    isNotNull();
    for (EscalationAction a : actual.actions()) {
      if (kind.isInstance(a)) {
        return this;
      }
    }
    failWithMessage("Expected %s to have an action of kind %s but its actions are %s", who(), kind.getSimpleName(),
        actual.actions());
    return this;
  }

  /** It carries exactly {@code count} actions. */
  public EscalationDecisionAssert hasActionCount(int count) {
    isNotNull();
    if (actual.actions().size() != count) {
      failWithMessage("Expected %s to have %s action(s) but it has %s: %s", who(), count, actual.actions().size(),
          actual.actions());
    }
    return this;
  }

  /** It moves the matter to a place at {@code level}. */
  public EscalationDecisionAssert escalatesTo(JurisdictionLevel level) {
    isNotNull();
    if (actual.escalatesTo().map(HandlingPlace::level).filter(l -> l == level).isEmpty()) {
      failWithMessage("Expected %s to escalate to level %s but it escalates to %s", who(), level,
          actual.escalatesTo().map(p -> p.level() + " " + p.jurisdiction()).orElse("nowhere"));
    }
    return this;
  }

  /** It moves the matter nowhere (notify, supervise, call or meeting only). */
  public EscalationDecisionAssert doesNotEscalate() {
    isNotNull();
    if (actual.escalatesTo().isPresent()) {
      failWithMessage("Expected %s not to escalate but it escalates to %s %s", who(),
          actual.escalatesTo().get().level(), actual.escalatesTo().get().jurisdiction());
    }
    return this;
  }

  /** Its readable explanation contains {@code text}. */
  public EscalationDecisionAssert explanationContains(String text) {
    isNotNull();
    if (!actual.explanation().contains(text)) {
      failWithMessage("Expected the explanation of %s to contain \"%s\" but it is \"%s\"", who(), text,
          actual.explanation());
    }
    return this;
  }
}
