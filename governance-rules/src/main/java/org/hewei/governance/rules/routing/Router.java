package org.hewei.governance.rules.routing;

import org.hewei.governance.core.jurisdiction.UnknownJurisdictionException;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.LegalProcedure;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.policy.DeadlinePolicy;
import org.hewei.governance.core.policy.MatterScope;
import org.hewei.governance.core.policy.PeriodDefinition;
import org.hewei.governance.core.policy.RoutingPolicy;
import org.hewei.governance.core.policy.RoutingRule;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 分流器 — a {@link RoutingPolicy} made ready to route petitions over one jurisdiction tree: 小事不出村、
 * 大事不出镇、矛盾不上交 (信访工作条例 Art 15), multi-department matters to the joint meeting with the
 * departmental limit, litigation-type grievances diverted to their legal procedure (诉访分离, Art 31).
 * Immutable and thread-safe; see the package description for the decisions it follows.
 *
 * <pre>{@code
 * Router router = Router.of(RoutingPolicy.defaults(), DeadlinePolicy.defaults(), tree);
 * RoutingDecision d = router.route(petition, MatterScope.VILLAGE);
 * d.responsible();  // VILLAGE:370883103201 for a small neighbourhood matter (小事不出村)
 * }</pre>
 */
public final class Router {
  private static final Logger LOG = LoggerFactory.getLogger(Router.class);

  private final RoutingPolicy policy;
  private final JurisdictionTree tree;
  private final @Nullable PeriodDefinition departmentLimit;

  private Router(RoutingPolicy policy, @Nullable PeriodDefinition departmentLimit, JurisdictionTree tree) {
    this.policy = policy;
    this.departmentLimit = departmentLimit;
    this.tree = tree;
  }

  /**
   * A router for {@code policy} over {@code tree}, taking the departmental limit from {@code deadlines}.
   *
   * @throws org.hewei.governance.core.InvalidValueException if a rule of the policy sends matters to a
   *     joint meeting and {@code deadlines} has no {@link DeadlinePolicy#DEPARTMENT_LIMIT} period
   */
  public static Router of(RoutingPolicy policy, DeadlinePolicy deadlines, JurisdictionTree tree) {
    Checks.required("policy", policy);
    Checks.required("deadlines", deadlines);
    Checks.required("tree", tree);
    boolean joint = policy.rules().stream().anyMatch(RoutingRule::jointMeeting);
    PeriodDefinition limit =
        joint ? deadlines.period(DeadlinePolicy.DEPARTMENT_LIMIT) : deadlines.find(DeadlinePolicy.DEPARTMENT_LIMIT).orElse(null);
    return new Router(policy, limit, tree);
  }

  /** The policy this router applies. */
  public RoutingPolicy policy() {
    return policy;
  }

  /**
   * Routes {@code petition} whose reach is {@code scope}; the number of departments is 2 when the
   * petition has the {@code SEVERAL_DEPARTMENTS} flag, else 1.
   *
   * @throws UnknownJurisdictionException if the petition arose in a jurisdiction not in the tree
   */
  public RoutingDecision route(Petition petition, MatterScope scope) {
    Checks.required("petition", petition);
    return route(petition, scope, petition.flags().contains(PetitionFlag.SEVERAL_DEPARTMENTS) ? 2 : 1);
  }

  /**
   * Routes {@code petition} whose reach is {@code scope} and which concerns {@code departments} units (≥ 1).
   *
   * <pre>{@code
   * router.route(petition, MatterScope.VILLAGE, 3).jointMeeting(); // true under the default policy
   * }</pre>
   *
   * @throws UnknownJurisdictionException if the petition arose in a jurisdiction not in the tree
   */
  public RoutingDecision route(Petition petition, MatterScope scope, int departments) {
    Checks.required("petition", petition);
    Checks.required("scope", scope);
    Checks.atLeast("departments", departments, 1);
    JurisdictionId arisen = petition.arisenIn();
    if (!tree.has(arisen)) {
      throw new UnknownJurisdictionException(
          "arisenIn", arisen, "is not in the jurisdiction tree (root " + tree.root().id() + ")");
    }
    boolean keyPerson = petition.flags().contains(PetitionFlag.KEY_PERSON_INVOLVED);
    String category = petition.category().code();
    RoutingDecision.Builder d =
        RoutingDecision.builder()
            .petitionId(petition.id())
            .policyId(policy.id())
            .policyVersion(policy.version());

    RoutingRule matched = null;
    for (RoutingRule rule : policy.rules()) {
      if (matches(rule, category, scope, petition.headcount(), keyPerson, departments)) {
        matched = rule;
        break;
      }
    }
    JurisdictionLevel level = matched == null ? policy.defaultLevel() : matched.responsibleLevel();
    Jurisdiction node = responsibleNode(tree, arisen, level);
    HandlingPlace place = HandlingPlace.of(node.id(), node.level());
    d.responsibleLevel(level).responsible(place);

    Optional<LegalProcedure> diverted = diversion(petition);
    StringBuilder why = new StringBuilder();
    if (diverted.isPresent()) {
      LegalProcedure p = diverted.get();
      d.divertedTo(p).jointMeeting(false);
      why.append("litigation-type grievance (category ").append(category)
          .append(") → diverted to ").append(p).append(" ").append(p.chineseName())
          .append(" (诉访分离, ").append(p.article()).append("); guided by ").append(place);
    } else if (matched != null) {
      d.ruleId(matched.id()).jointMeeting(matched.jointMeeting());
      why.append(matched.id()).append(": ").append(facts(matched, category, scope, petition.headcount(), keyPerson, departments))
          .append(" → ").append(place);
      if (matched.jointMeeting()) {
        PeriodDefinition limit = Checks.required("departmentLimit", departmentLimit);
        d.departmentLimit(limit);
        why.append(" via joint meeting (中心吹哨、部门报到), departments conclude within ")
            .append(limit.length()).append(" ").append(limit.unit().chineseName());
      }
      why.append(" (").append(matched.name()).append(")");
    } else {
      d.jointMeeting(false);
      why.append("default: no rule matched → ").append(place)
          .append(" (小事不出村、大事不出镇、矛盾不上交, 条例 Art 15)");
    }
    RoutingDecision decision = d.explanation(why.toString()).build();
    if (LOG.isDebugEnabled()) {
      LOG.debug("route {} by {} v{}: {}", petition.id(), policy.id(), policy.version(), decision.explanation());
    }
    return decision;
  }

  private Optional<LegalProcedure> diversion(Petition petition) {
    if (petition.type() != PetitionType.GRIEVANCE || !policy.litigationDiversion()) {
      return Optional.empty();
    }
    String code = petition.category().code();
    if (policy.isDiverted(code) || petition.flags().contains(PetitionFlag.LITIGATION_RELATED)) {
      return Optional.of(procedureFor(code));
    }
    return Optional.empty();
  }

  /**
   * The legal procedure of 条例 Art 31 for a litigation-type category code: {@code arbitration} → Art
   * 31(2); {@code party-discipline-appeal} and {@code personnel-appeal} → Art 31(3);
   * {@code administrative-reconsideration} → Art 31(4); any other code → Art 31(1).
   *
   * <pre>{@code
   * Router.procedureFor("arbitration"); // ARBITRATION
   * }</pre>
   */
  public static LegalProcedure procedureFor(String categoryCode) {
    return switch (Checks.required("categoryCode", categoryCode)) {
      case "arbitration" -> LegalProcedure.ARBITRATION;
      case "party-discipline-appeal", "personnel-appeal" -> LegalProcedure.PARTY_APPEAL;
      case "administrative-reconsideration" -> LegalProcedure.ADMINISTRATIVE;
      default -> LegalProcedure.JUDICIAL;
    };
  }

  private static boolean matches(
      RoutingRule rule, String category, MatterScope scope, int headcount, boolean keyPerson, int departments) {
    return (rule.categories().isEmpty() || rule.categories().contains(category))
        && (rule.scopes().isEmpty() || rule.scopes().contains(scope))
        && (rule.minHeadcount().isEmpty() || headcount >= rule.minHeadcount().get())
        && (rule.keyPersonInvolved().isEmpty() || rule.keyPersonInvolved().get() == keyPerson)
        && (rule.minDepartments().isEmpty() || departments >= rule.minDepartments().get());
  }

  private static String facts(
      RoutingRule rule, String category, MatterScope scope, int headcount, boolean keyPerson, int departments) {
    StringBuilder s = new StringBuilder();
    if (!rule.categories().isEmpty()) {
      s.append("category ").append(category).append(", ");
    }
    if (!rule.scopes().isEmpty()) {
      s.append("scope ").append(scope).append(", ");
    }
    if (rule.minHeadcount().isPresent()) {
      s.append("headcount ").append(headcount).append(", ");
    }
    if (rule.keyPersonInvolved().isPresent()) {
      s.append(keyPerson ? "key person involved" : "no key person").append(", ");
    }
    if (rule.minDepartments().isPresent()) {
      s.append(departments).append(" departments, ");
    }
    return s.length() == 0 ? "any matter" : s.substring(0, s.length() - 2);
  }

  /**
   * The node responsible at {@code level} for a matter at {@code from}: the nearest ancestor-or-self of
   * {@code from} whose level is not below {@code level} (so a skipped level resolves to the next node
   * above, and a matter never goes below where it is). Constant time: the tree is at most 7 levels deep.
   *
   * <pre>{@code
   * Router.responsibleNode(tree, village.id(), JurisdictionLevel.TOWNSHIP); // the village's township
   * }</pre>
   *
   * @throws UnknownJurisdictionException if {@code from} is not in the tree
   */
  public static Jurisdiction responsibleNode(JurisdictionTree tree, JurisdictionId from, JurisdictionLevel level) {
    Checks.required("tree", tree);
    Checks.required("level", level);
    Optional<Jurisdiction> at = tree.find(Checks.required("from", from));
    if (at.isEmpty()) {
      throw new UnknownJurisdictionException("jurisdiction", from, "is not in the jurisdiction tree (root " + tree.root().id() + ")");
    }
    // Walks up the parent links (no path list: the escalation engine calls this once per escalation).
    Jurisdiction j = at.get();
    while (j.level().isBelow(level)) {
      Optional<Jurisdiction> parent = tree.parent(j.id());
      if (parent.isEmpty()) {
        return j; // the root
      }
      j = parent.get();
    }
    return j;
  }

}
