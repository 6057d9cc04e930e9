/**
 * 升级响应 — compiles an {@code EscalationPolicy} once into an {@link
 * org.hewei.governance.rules.escalation.EscalationEngine} that evaluates one petition state or a batch
 * of a million at a given "now" and returns {@link org.hewei.governance.rules.escalation.EscalationDecision}s
 * (rule, policy id and version, actions, explanation) that turn into petition commands. {@link
 * org.hewei.governance.rules.escalation.DefaultEscalationPolicies#threeLevelResponse()} is the seed
 * town's three-level response (village → management district → town, 呼叫-响应, joint meeting, 包案,
 * police posts).
 *
 * <p>Semantics written down here:
 *
 * <ul>
 *   <li><b>Only open states</b> ({@code PetitionStatus.isOpen()}) are evaluated; rules in policy order.
 *   <li><b>Time.</b> "Today" and the minute of the day are those of {@code now} in the context's zone
 *       (default Asia/Shanghai), computed once per call. A due date is the last day, inclusive, so a
 *       matter is overdue from 24:00 of its due date: overdue time = now − start of the day after the
 *       due date (days are taken as 1,440 minutes: no daylight saving in China). "Due within n days"
 *       holds when 0 ≤ due date − today ≤ n. Both are false without a due date.
 *   <li><b>Atoms.</b> headcount = {@code headcount()} (the petition's); repeat count = {@code repeatCount()};
 *       mediation failed = the mediation came back {@code FAILED} or {@code REFUSED}; departments and
 *       key-person categories come from the {@link org.hewei.governance.rules.escalation.EscalationContext}
 *       (default: 2 departments with the {@code SEVERAL_DEPARTMENTS} flag, else 1; categories unknown);
 *       "key person involved" = the {@code KEY_PERSON_INVOLVED} flag; a flag code is the flag's name in
 *       lower case with {@code -} ({@code SKIP_LEVEL} → {@code skip-level}), and a code no flag has never
 *       holds; level = the handling level; a sensitive period holds when today lies in a declared period
 *       with one of the codes (any declared period when none is given).
 *   <li><b>Targets.</b> "Escalate to L" goes to the nearest ancestor of the handling node whose level is
 *       not below L (a skipped level resolves upward) and applies only when that is above the handling
 *       node; "one level up" goes to the parent; a call goes to the level of the parent. An action that
 *       does not apply is left out of the decision.
 *   <li><b>Idempotency.</b> A rule with an escalation action is recorded by the state's escalation record
 *       carrying its rule id ({@code lastEscalationBy}); when its escalation does not apply (already at or
 *       above the target), and for rules without one, it is (also) recorded when the effects of its other
 *       actions are all in the state (calls raised, joint meeting convened, case-ownership leader,
 *       supervision count), at {@code updatedAt()} (a conservative time: never earlier than the effect);
 *       the later of the two times counts.
 *       A recorded rule does not fire again if it repeats {@code once}, and fires again when
 *       {@code now} ≥ recorded time + cool-down otherwise. Notify and flag-risk actions leave no trace in
 *       a state, so they are issued only together with a recorded action, and a rule made only of them
 *       is rejected when compiling.
 *   <li><b>One escalation per petition per evaluation:</b> when an earlier rule escalates a petition, a
 *       later rule that would also escalate it waits for the next evaluation (it then sees the new level).
 *   <li><b>Consistency.</b> When a rule fires, the state's handling jurisdiction must be in the tree at the
 *       state's level, else {@link org.hewei.governance.core.jurisdiction.UnknownJurisdictionException}. States
 *       for which no trigger holds are not looked up, so the batch scan stays a pure scan.
 *   <li><b>Performance.</b> Triggers compile into predicate objects over a flat {@code long[]} of features
 *       extracted once per state (only the features the policy reads); no streams, no boxing, no
 *       allocation per state except returned decisions. DEBUG tracing names petition ids, rule ids and
 *       the explanation only (no personal information), guarded by {@code isDebugEnabled()}.
 * </ul>
 *
 * <pre>{@code
 * EscalationEngine engine = EscalationEngine.compile(
 *     DefaultEscalationPolicies.threeLevelResponse(), EscalationContext.chinaMainland(tree));
 * for (EscalationDecision d : engine.evaluate(states, now)) {
 *   commands.addAll(d.toCommands(CommandId.of("esc-" + d.petitionId() + "-" + d.ruleId()), now, targets));
 * }
 * }</pre>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.rules.escalation;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;
