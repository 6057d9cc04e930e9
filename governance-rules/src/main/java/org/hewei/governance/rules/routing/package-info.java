/**
 * 分流 — which level and which node of the jurisdiction tree handles a petition: 小事不出村、大事不出镇、
 * 矛盾不上交 (信访工作条例 Art 15), multi-department matters to the joint meeting (中心吹哨、部门报到, Art 13,
 * 24) with the departmental limit, and 诉访分离 diversion of litigation-type matters (Art 28, 31).
 *
 * <p>Decisions written down here:
 *
 * <ul>
 *   <li>{@link org.hewei.governance.rules.routing.Router} is built once from a {@code RoutingPolicy}, a
 *       {@code DeadlinePolicy} and a {@code JurisdictionTree}; routing a petition is a pure function.
 *   <li>Diversion is checked first and only for grievance matters ({@code PetitionType.GRIEVANCE}, Art 31
 *       concerns 申诉求决类 matters): a category listed in the policy's litigation categories, or the
 *       {@code LITIGATION_RELATED} flag, diverts it. The procedure follows the category code:
 *       {@code arbitration} → Art 31(2); {@code party-discipline-appeal}, {@code personnel-appeal} →
 *       Art 31(3); {@code administrative-reconsideration} → Art 31(4); everything else → Art 31(1).
 *   <li>Then the policy's rules in order; the first whose conditions all hold decides; otherwise the
 *       policy's default level (village: 小事不出村).
 *   <li>The petition carries flags, not counts: a key person is involved when it has the
 *       {@code KEY_PERSON_INVOLVED} flag; it concerns 2 departments when it has the
 *       {@code SEVERAL_DEPARTMENTS} flag (1 otherwise) unless the caller gives the number. The scope
 *       (村内, 跨村 …) is not part of a petition, so the caller gives it.
 *   <li>The responsible node is the nearest ancestor-or-self of the node where the matter arose whose
 *       level is not below the responsible level (levels may be skipped, e.g. a village directly under
 *       a township). A matter never goes below where it arose.
 *   <li>A joint meeting carries the departmental limit ({@code DeadlinePolicy.DEPARTMENT_LIMIT}, seed:
 *       15 days, local practice).
 *   <li>A node that is not in the tree fails fast with {@link
 *       org.hewei.governance.core.jurisdiction.UnknownJurisdictionException}.
 * </ul>
 *
 * <pre>{@code
 * Router router = Router.of(RoutingPolicy.defaults(), DeadlinePolicy.defaults(), tree);
 * RoutingDecision d = router.route(petition, MatterScope.VILLAGE);
 * d.explanation(); // "collective: headcount 6 → TOWNSHIP:370883103000 (集体访：大事不出镇)"
 * }</pre>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.rules.routing;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;
