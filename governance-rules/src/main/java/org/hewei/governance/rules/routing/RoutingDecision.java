package org.hewei.governance.rules.routing;

import java.util.Optional;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.LegalProcedure;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.policy.PeriodDefinition;
import org.hewei.governance.core.policy.PolicyId;
import org.immutables.value.Value;

/**
 * 分流结果 — where a petition is handled and why: the responsible level and the node of the
 * jurisdiction tree at that level above where the matter arose, whether it goes to the joint meeting
 * (中心吹哨、部门报到) with the departmental limit, whether it is diverted to a legal procedure (诉访分离,
 * 条例 Art 31), the rule that decided and a readable explanation (ids, levels and counts only: no
 * personal information).
 *
 * <pre>{@code
 * RoutingDecision d = router.route(petition, MatterScope.VILLAGE);
 * d.responsible();   // TOWNSHIP:370883103000
 * d.ruleId();        // Optional[collective]
 * d.explanation();   // "collective: headcount 6 → TOWNSHIP:370883103000 (集体访：大事不出镇)"
 * }</pre>
 */
@Value.Immutable
public abstract class RoutingDecision {
  RoutingDecision() {}

  /** The petition routed. */
  public abstract PetitionId petitionId();

  /** The routing policy that decided. */
  public abstract PolicyId policyId();

  /** Its version. */
  public abstract int policyVersion();

  /** The id of the rule that matched; empty when the policy's default level applied. */
  public abstract Optional<String> ruleId();

  /** The level the policy names (小事不出村: village; 大事不出镇: township). */
  public abstract JurisdictionLevel responsibleLevel();

  /**
   * The node that handles it: the nearest ancestor-or-self of where the matter arose whose level is not
   * below {@link #responsibleLevel()} (its level may be higher when levels are skipped in the tree, or
   * when the matter arose higher up).
   */
  public abstract HandlingPlace responsible();

  /** Whether it goes to the joint meeting (联席会议; 条例 Art 13, 24; seed: 中心吹哨、部门报到). */
  public abstract boolean jointMeeting();

  /** For a joint meeting: the departmental limit (seed: 15 days, local practice). */
  public abstract Optional<PeriodDefinition> departmentLimit();

  /** The legal procedure it is diverted to (诉访分离, 条例 Art 31), if any. */
  public abstract Optional<LegalProcedure> divertedTo();

  /** Whether it is diverted to a legal procedure instead of being handled as a petition. */
  public boolean isDiverted() {
    return divertedTo().isPresent();
  }

  /** A readable explanation (no personal information). */
  public abstract String explanation();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoutingDecision}; only the engine creates decisions, so there is no public way to get one. */
  public static final class Builder extends ImmutableRoutingDecision.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    org.hewei.governance.core.internal.Checks.check(
        !jointMeeting() || departmentLimit().isPresent(),
        "departmentLimit",
        "absent",
        "a joint meeting carries the departmental limit");
  }

  /** {@code "RoutingDecision{ZXD-1 → TOWNSHIP:370883103, rule collective}"}. */
  @Override
  public String toString() {
    return "RoutingDecision{" + petitionId() + " → " + responsible()
        + ruleId().map(r -> ", rule " + r).orElse(", default level")
        + (jointMeeting() ? ", joint meeting" : "")
        + divertedTo().map(p -> ", diverted to " + p).orElse("")
        + "}";
  }
}
