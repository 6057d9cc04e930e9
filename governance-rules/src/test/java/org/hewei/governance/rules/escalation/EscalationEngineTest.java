package org.hewei.governance.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hewei.governance.rules.escalation.EscalationFixtures.*;
import static org.hewei.governance.rules.routing.SeedTown.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.MediationResult;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.policy.EscalationAction;
import org.hewei.governance.core.policy.EscalationPolicy;
import org.hewei.governance.core.policy.EscalationRule;
import org.hewei.governance.core.policy.PolicyId;
import org.hewei.governance.core.policy.RepeatPolicy;
import org.hewei.governance.core.policy.SensitivePeriod;
import org.hewei.governance.core.policy.Trigger;
import org.hewei.governance.core.jurisdiction.UnknownJurisdictionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscalationEngineTest {
  private static final SensitivePeriod NPC =
      SensitivePeriod.of("npc-2026", "全国两会", LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 11));
  private static final SensitivePeriod LATER =
      SensitivePeriod.of("later", "以后", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5));

  private static EscalationPolicy policy(Trigger trigger, EscalationAction... actions) {
    return policy(RepeatPolicy.once(), trigger, actions);
  }

  private static EscalationPolicy policy(RepeatPolicy repeat, Trigger trigger, EscalationAction... actions) {
    return EscalationPolicy.builder()
        .id(PolicyId.of("test"))
        .version(2)
        .title("test")
        .addSensitivePeriods(NPC, LATER)
        .addRules(EscalationRule.builder().id("T").name("测试").trigger(trigger).addActions(actions).repeat(repeat).build())
        .build();
  }

  private static EscalationEngine engine(Trigger trigger) {
    return EscalationEngine.compile(policy(trigger, EscalationAction.supervise()), EscalationContext.chinaMainland(TREE));
  }

  /**
   * Whether the one-rule policy of {@code trigger} matches {@code s} at {@code NOW}; checks that it decides
   * exactly then, and that the 64-state columns decide as the trigger table does.
   */
  private static boolean fires(Trigger trigger, PetitionState s) {
    EscalationEngine e = engine(trigger);
    boolean matched = e.matchingRules(s, NOW).contains("T");
    List<EscalationDecision> decided = e.evaluate(s, NOW);
    assertThat(decided.isEmpty()).isEqualTo(!matched);
    assertThat(e.evaluateByBlocks(List.of(s), NOW)).isEqualTo(decided);
    return matched;
  }

  private static PetitionState plain() {
    return state(petition("ZXD-1").build()).build();
  }

  private static PetitionState due(LocalDate day) {
    return state(petition("ZXD-1").build()).dueDate(day).build();
  }

  // ---- one example per trigger kind ----------------------------------------------------------

  @Test
  @DisplayName("overdue by: counted from 24:00 of the due date (民法典 Art 201–203: the last day is included)")
  void overdueBy() {
    // now = 2026-03-10 10:00 Beijing; due 03-06 → overdue since 03-07 00:00, i.e. 3 days 10 hours
    assertThat(fires(Trigger.overdueBy(3), due(LocalDate.of(2026, 3, 6)))).isTrue();
    assertThat(fires(Trigger.overdueBy(4), due(LocalDate.of(2026, 3, 6)))).isFalse();
    assertThat(fires(Trigger.overdueBy(Duration.ofHours(82)), due(LocalDate.of(2026, 3, 6)))).isTrue();
    assertThat(fires(Trigger.overdueBy(Duration.ofHours(83)), due(LocalDate.of(2026, 3, 6)))).isFalse();
    assertThat(fires(Trigger.overdueBy(Duration.ofMinutes(1)), due(TODAY))).isFalse();
    assertThat(fires(Trigger.overdueBy(1), plain())).isFalse();
  }

  @Test
  @DisplayName("due within n days: 0 ≤ due date − today ≤ n; never without a due date or once overdue")
  void dueWithin() {
    assertThat(fires(Trigger.dueWithin(3), due(TODAY))).isTrue();
    assertThat(fires(Trigger.dueWithin(3), due(TODAY.plusDays(3)))).isTrue();
    assertThat(fires(Trigger.dueWithin(3), due(TODAY.plusDays(4)))).isFalse();
    assertThat(fires(Trigger.dueWithin(3), due(TODAY.minusDays(1)))).isFalse();
    assertThat(fires(Trigger.dueWithin(3), plain())).isFalse();
  }

  @Test
  @DisplayName("headcount at least n reads the petition's headcount")
  void headcount() {
    assertThat(fires(Trigger.headcountAtLeast(5), state(collective("ZXD-2", 5)).build())).isTrue();
    assertThat(fires(Trigger.headcountAtLeast(5), state(collective("ZXD-2", 4)).build())).isFalse();
  }

  @Test
  @DisplayName("repeat count at least n reads the state's repeat count (重复访)")
  void repeatCount() {
    assertThat(fires(Trigger.repeatCountAtLeast(2), state(petition("ZXD-1").build()).repeatCount(2).build())).isTrue();
    assertThat(fires(Trigger.repeatCountAtLeast(2), state(petition("ZXD-1").build()).repeatCount(1).build())).isFalse();
  }

  @Test
  @DisplayName("key person involved reads the KEY_PERSON_INVOLVED flag")
  void keyPersonAny() {
    PetitionState s = state(petition("ZXD-1").addFlags(PetitionFlag.KEY_PERSON_INVOLVED).build()).build();
    assertThat(fires(Trigger.keyPersonInvolved(), s)).isTrue();
    assertThat(fires(Trigger.keyPersonInvolved(), plain())).isFalse();
  }

  @Test
  @DisplayName("key-person categories come from the context's look-up (unknown by default)")
  void keyPersonCategories() {
    Trigger t = Trigger.keyPersonCategoryIn("drug-related", "petition-focus");
    PetitionState s = plain();
    assertThat(fires(t, s)).isFalse();
    EscalationEngine withLookup =
        EscalationEngine.compile(
            policy(t, EscalationAction.supervise()),
            EscalationContext.chinaMainland(TREE).withKeyPersonCategories(x -> Set.of("drug-related")));
    assertThat(withLookup.matchingRules(s, NOW)).containsExactly("T");
    EscalationEngine other =
        EscalationEngine.compile(
            policy(t, EscalationAction.supervise()),
            EscalationContext.chinaMainland(TREE).withKeyPersonCategories(x -> Set.of("mental-health")));
    assertThat(other.matchingRules(s, NOW)).isEmpty();
  }

  @Test
  @DisplayName("mediation failed: the mediation came back FAILED or REFUSED")
  void mediationFailed() {
    PetitionState.Builder b = state(petition("ZXD-1").build()).mediationCase(MediationCaseId.of("M-1"));
    assertThat(fires(Trigger.mediationFailed(), b.mediationResult(MediationResult.FAILED).build())).isTrue();
    assertThat(fires(Trigger.mediationFailed(), b.mediationResult(MediationResult.REFUSED).build())).isTrue();
    assertThat(fires(Trigger.mediationFailed(), b.mediationResult(MediationResult.SETTLED).build())).isFalse();
    assertThat(fires(Trigger.mediationFailed(), plain())).isFalse();
  }

  @Test
  @DisplayName("several departments: 2 with the SEVERAL_DEPARTMENTS flag by default, or the context's count")
  void severalDepartments() {
    PetitionState s = state(petition("ZXD-1").addFlags(PetitionFlag.SEVERAL_DEPARTMENTS).build()).build();
    assertThat(fires(Trigger.departmentsAtLeast(2), s)).isTrue();
    assertThat(fires(Trigger.departmentsAtLeast(3), s)).isFalse();
    assertThat(fires(Trigger.departmentsAtLeast(2), plain())).isFalse();
    EscalationEngine counted =
        EscalationEngine.compile(
            policy(Trigger.departmentsAtLeast(3), EscalationAction.supervise()),
            EscalationContext.chinaMainland(TREE).withDepartments(x -> 4));
    assertThat(counted.matchingRules(plain(), NOW)).containsExactly("T");
  }

  @Test
  @DisplayName("status in a set")
  void statusIn() {
    assertThat(fires(Trigger.statusIn(PetitionStatus.ACCEPTED, PetitionStatus.ASSIGNED), plain())).isTrue();
    assertThat(fires(Trigger.statusIn(PetitionStatus.ASSIGNED), plain())).isFalse();
  }

  @Test
  @DisplayName("level in a set reads the handling level")
  void levelIn() {
    assertThat(fires(Trigger.levelIs(JurisdictionLevel.VILLAGE), plain())).isTrue();
    assertThat(fires(Trigger.levelIs(JurisdictionLevel.TOWNSHIP), plain())).isFalse();
    PetitionState atTown = state(petition("ZXD-1").build()).handling(at(TOWN)).build();
    assertThat(fires(Trigger.levelIn(JurisdictionLevel.TOWNSHIP, JurisdictionLevel.COUNTY), atTown)).isTrue();
  }

  @Test
  @DisplayName("sensitive period: today in a declared period with one of the codes, or in any declared period")
  void sensitivePeriod() {
    assertThat(fires(Trigger.inSensitivePeriod(), plain())).isTrue();
    assertThat(fires(Trigger.inSensitivePeriod("npc-2026"), plain())).isTrue();
    assertThat(fires(Trigger.inSensitivePeriod("later"), plain())).isFalse();
    EscalationEngine e = engine(Trigger.inSensitivePeriod());
    assertThat(e.matchingRules(plain(), java.time.Instant.parse("2026-03-11T15:59:00Z"))).containsExactly("T");
    assertThat(e.matchingRules(plain(), java.time.Instant.parse("2026-03-11T16:00:00Z"))).isEmpty(); // 03-12 in Beijing
  }

  @Test
  @DisplayName("flag present: a petition flag by its code; a code no flag has never fires")
  void flagPresent() {
    PetitionState s = state(petition("ZXD-1").addFlags(PetitionFlag.SKIP_LEVEL).build()).build();
    assertThat(fires(Trigger.flagPresent("skip-level"), s)).isTrue();
    assertThat(fires(Trigger.flagPresent("threat"), s)).isFalse();
    assertThat(fires(Trigger.flagPresent("collective-risk"), s)).isFalse();
    PetitionState added = state(petition("ZXD-1").build()).flags(Set.of(PetitionFlag.THREAT)).build();
    assertThat(fires(Trigger.flagPresent("threat"), added)).isTrue();
  }

  @Test
  @DisplayName("AND, OR and NOT combine atoms")
  void composites() {
    PetitionState s = due(LocalDate.of(2026, 3, 6));
    Trigger overdue = Trigger.overdueBy(1);
    Trigger town = Trigger.levelIs(JurisdictionLevel.TOWNSHIP);
    assertThat(fires(overdue.and(Trigger.levelIs(JurisdictionLevel.VILLAGE)), s)).isTrue();
    assertThat(fires(overdue.and(town), s)).isFalse();
    assertThat(fires(town.or(overdue), s)).isTrue();
    assertThat(fires(town.or(Trigger.repeatCountAtLeast(1)), s)).isFalse();
    assertThat(fires(Trigger.not(town), s)).isTrue();
    assertThat(fires(Trigger.not(overdue), s)).isFalse();
  }

  // ---- one example per action ------------------------------------------------------------------

  private static EscalationDecision only(EscalationAction... actions) {
    EscalationEngine e =
        EscalationEngine.compile(policy(Trigger.headcountAtLeast(1), actions), EscalationContext.chinaMainland(TREE));
    List<EscalationDecision> ds = e.evaluate(plain(), NOW);
    assertThat(ds).hasSize(1);
    return ds.get(0);
  }

  @Test
  @DisplayName("escalate to a level: Escalate command with policy, version, rule and explanation; actor escalation:<policy>@<version>")
  void escalateToLevel() {
    EscalationDecision d = only(EscalationAction.escalateTo(JurisdictionLevel.TOWNSHIP));
    assertThat(d.escalatesTo()).contains(at(TOWN));
    assertThat(d.handling()).isEqualTo(at(VILLAGE_1));
    assertThat(d.policyId()).isEqualTo(PolicyId.of("test"));
    assertThat(d.policyVersion()).isEqualTo(2);
    assertThat(d.decidedAt()).isEqualTo(NOW);
    List<PetitionCommand> cs = d.toCommands(CommandId.of("esc-1"), NOW, TARGETS);
    assertThat(cs).hasSize(1);
    PetitionCommand.Escalate e = (PetitionCommand.Escalate) cs.get(0);
    assertThat(e.commandId()).isEqualTo(CommandId.of("esc-1.0"));
    assertThat(e.issuedAt()).isEqualTo(NOW);
    assertThat(e.actor()).isEqualTo(Actor.system("escalation:test@2"));
    assertThat(e.fromLevel()).isEqualTo(JurisdictionLevel.VILLAGE);
    assertThat(e.to()).isEqualTo(at(TOWN));
    assertThat(e.policyId()).contains("test");
    assertThat(e.policyVersion()).contains("2");
    assertThat(e.ruleId()).contains("T");
    assertThat(e.explanation()).contains(d.explanation());
    assertThat(d.explanation()).isEqualTo("T: headcount 1 at VILLAGE level → escalate to TOWNSHIP 370883103000 (测试)");
  }

  @Test
  @DisplayName("escalate one level up: to the parent node")
  void escalateOneLevelUp() {
    EscalationDecision d = only(EscalationAction.escalateOneLevelUp());
    assertThat(d.escalatesTo()).contains(at(DISTRICT_1));
    assertThat(d.toCommands(CommandId.of("c"), NOW, TARGETS)).singleElement().isInstanceOf(PetitionCommand.Escalate.class);
  }

  @Test
  @DisplayName("notify a role: no command (integrators deliver it), issued together with a recorded action")
  void notifyRole() {
    EscalationDecision d = only(EscalationAction.notifyRole(Role.POLICE_OFFICER), EscalationAction.supervise());
    assertThat(d.actions()).containsExactly(EscalationAction.notifyRole(Role.POLICE_OFFICER), EscalationAction.supervise());
    assertThat(d.toCommands(CommandId.of("c"), NOW, TARGETS)).singleElement().isInstanceOf(PetitionCommand.Supervise.class);
  }

  @Test
  @DisplayName("raise a call (呼叫-响应): RaiseCall to the level above the handling node")
  void raiseCall() {
    EscalationDecision d = only(EscalationAction.raiseCall());
    assertThat(d.callLevel()).contains(JurisdictionLevel.MANAGEMENT_DISTRICT);
    PetitionCommand.RaiseCall c = (PetitionCommand.RaiseCall) d.toCommands(CommandId.of("c"), NOW, TARGETS).get(0);
    assertThat(c.level()).isEqualTo(JurisdictionLevel.MANAGEMENT_DISTRICT);
  }

  @Test
  @DisplayName("convene the joint meeting (条例 Art 13, 24): ConveneJointMeeting with the units the integrator names")
  void conveneJointMeeting() {
    PetitionCommand.ConveneJointMeeting c =
        (PetitionCommand.ConveneJointMeeting) only(EscalationAction.conveneJointMeeting()).toCommands(CommandId.of("c"), NOW, TARGETS).get(0);
    assertThat(c.units()).hasSize(2);
  }

  @Test
  @DisplayName("assign a case owner (包案, 条例 Art 18): AssignCaseOwnership with the leader the integrator names")
  void assignCaseOwner() {
    PetitionCommand.AssignCaseOwnership c =
        (PetitionCommand.AssignCaseOwnership)
            only(EscalationAction.assignCaseOwner(Role.SECTION_LEVEL_CADRE, JurisdictionLevel.TOWNSHIP))
                .toCommands(CommandId.of("c"), NOW, TARGETS).get(0);
    assertThat(c.leader().value()).isEqualTo("ZXD-OFF-017");
  }

  @Test
  @DisplayName("supervise (督办): Supervise by the supervising unit")
  void supervise() {
    PetitionCommand.Supervise c =
        (PetitionCommand.Supervise) only(EscalationAction.supervise()).toCommands(CommandId.of("c"), NOW, TARGETS).get(0);
    assertThat(c.supervisor().value()).isEqualTo("ZXD-XFB");
  }

  @Test
  @DisplayName("flag a risk: no command, issued together with a recorded action")
  void flagRisk() {
    EscalationDecision d = only(EscalationAction.flagRisk("collective-risk"), EscalationAction.raiseCall());
    assertThat(d.actions()).hasSize(2);
    assertThat(d.toCommands(CommandId.of("c"), NOW, TARGETS)).singleElement().isInstanceOf(PetitionCommand.RaiseCall.class);
    assertThat(d.toCommands(CommandId.of("c"), NOW, TARGETS).get(0).commandId()).isEqualTo(CommandId.of("c.0"));
  }

  @Test
  @DisplayName("long command ids are hashed, deterministically")
  void longCommandIds() {
    EscalationDecision d = only(EscalationAction.supervise(), EscalationAction.raiseCall());
    String base = "x".repeat(63);
    List<PetitionCommand> a = d.toCommands(CommandId.of(base), NOW, TARGETS);
    List<PetitionCommand> b = d.toCommands(CommandId.of(base), NOW, TARGETS);
    assertThat(a.get(0).commandId()).isEqualTo(b.get(0).commandId()).isNotEqualTo(a.get(1).commandId());
    assertThat(a.get(0).commandId().value()).startsWith("h").endsWith(".0");
  }

  // ---- rules of evaluation -------------------------------------------------------------------------

  @Test
  @DisplayName("a rule made only of notify / flag-risk actions is rejected: its firing could not be kept idempotent")
  void untraceableRuleRejected() {
    EscalationPolicy p = policy(Trigger.headcountAtLeast(1), EscalationAction.notifyRole(Role.POLICE_OFFICER));
    assertThatThrownBy(() -> EscalationEngine.compile(p, EscalationContext.chinaMainland(TREE)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("idempotent")
        .hasMessageContaining("T");
  }

  @Test
  @DisplayName("only open states are evaluated")
  void onlyOpenStates() {
    EscalationEngine e = engine(Trigger.headcountAtLeast(1));
    for (PetitionStatus status : PetitionStatus.values()) {
      PetitionState s = state(petition("ZXD-1").build())
          .status(status)
          .repliedAt(RECEIVED.plusSeconds(60))
          .mediationCase(MediationCaseId.of("M-1"))
          .build();
      assertThat(e.evaluate(s, NOW).isEmpty()).as(status.name()).isEqualTo(!status.isOpen());
      assertThat(e.matchingRules(s, NOW)).containsExactly("T");
    }
  }

  @Test
  @DisplayName("an escalation already at or above its target is left out; nothing else left → no decision")
  void escalationNotApplicable() {
    EscalationEngine e =
        EscalationEngine.compile(
            policy(Trigger.headcountAtLeast(1), EscalationAction.escalateTo(JurisdictionLevel.MANAGEMENT_DISTRICT),
                EscalationAction.notifyRole(Role.POLICE_OFFICER)),
            EscalationContext.chinaMainland(TREE));
    PetitionState atTown = state(petition("ZXD-1").build()).handling(at(TOWN)).build();
    assertThat(e.evaluate(atTown, NOW)).isEmpty();
    PetitionState atCounty = state(petition("ZXD-1").build()).handling(at(COUNTY)).build();
    assertThat(only(EscalationAction.raiseCall(), EscalationAction.supervise()).actions()).hasSize(2);
    EscalationEngine call = EscalationEngine.compile(
        policy(Trigger.headcountAtLeast(1), EscalationAction.raiseCall(), EscalationAction.supervise()), EscalationContext.chinaMainland(TREE));
    assertThat(call.evaluate(atCounty, NOW).get(0).actions()).containsExactly(EscalationAction.supervise());
  }

  @Test
  @DisplayName("a state handled outside the tree fails fast when a rule fires")
  void handlingOutsideTheTree() {
    EscalationEngine e = engine(Trigger.headcountAtLeast(1));
    PetitionState s = state(petition("ZXD-1").build())
        .handling(HandlingPlace.of(JurisdictionId.of("370883199201"), JurisdictionLevel.VILLAGE)).build();
    assertThatThrownBy(() -> e.evaluate(List.of(plain(), s), NOW))
        .isInstanceOf(UnknownJurisdictionException.class)
        .hasMessageContaining("370883199201")
        .hasMessageNotContaining(SECRET_REQUEST);
    PetitionState wrongLevel = state(petition("ZXD-1").build())
        .handling(HandlingPlace.of(VILLAGE_1.id(), JurisdictionLevel.GRID)).build();
    assertThatThrownBy(() -> e.evaluate(wrongLevel, NOW))
        .isInstanceOf(UnknownJurisdictionException.class)
        .hasMessageContaining("GRID");
  }

  @Test
  @DisplayName("a rule the handling level settles (no target at that level, its call recorded) needs no tree node")
  void settledByTheHandlingLevel() {
    EscalationEngine e = EscalationEngine.compile(
        policy(Trigger.headcountAtLeast(1), EscalationAction.escalateTo(JurisdictionLevel.TOWNSHIP), EscalationAction.raiseCall()),
        EscalationContext.chinaMainland(TREE));
    HandlingPlace nowhere = HandlingPlace.of(JurisdictionId.of("370883199000"), JurisdictionLevel.TOWNSHIP);
    PetitionState called = state(petition("ZXD-1").build()).handling(nowhere).callsRaised(1).build();
    // every township has the county above it and no township target: the call is recorded, nothing to do
    assertThat(e.evaluate(called, NOW)).isEmpty();
    assertThat(e.evaluate(called.toBuilder().handling(at(TOWN)).build(), NOW)).isEmpty();
    // the call not yet raised: the decision names the node's parent, so the node is looked up and missing
    PetitionState notCalled = called.toBuilder().callsRaised(0).build();
    assertThatThrownBy(() -> e.evaluate(notCalled, NOW)).isInstanceOf(UnknownJurisdictionException.class)
        .hasMessageContaining("370883199000");
    assertThat(e.evaluate(notCalled.toBuilder().handling(at(TOWN)).build(), NOW)).singleElement()
        .satisfies(d -> assertThat(d.callLevel()).contains(JurisdictionLevel.COUNTY));
    // below the township the target depends on the node: looked up whatever the state records
    PetitionState village = called.toBuilder()
        .handling(HandlingPlace.of(JurisdictionId.of("370883199201"), JurisdictionLevel.VILLAGE)).build();
    assertThatThrownBy(() -> e.evaluate(village, NOW)).isInstanceOf(UnknownJurisdictionException.class);
  }

  @Test
  @DisplayName("escalation cool-down: again from the new level once the interval has passed since the recorded escalation")
  void escalationCoolDown() {
    EscalationEngine e = EscalationEngine.compile(
        policy(RepeatPolicy.everyDays(2), Trigger.headcountAtLeast(1), EscalationAction.escalateOneLevelUp()),
        EscalationContext.chinaMainland(TREE));
    PetitionState s0 = plain();
    List<EscalationDecision> first = e.evaluate(s0, NOW);
    assertThat(first).singleElement().satisfies(d -> assertThat(d.escalatesTo()).contains(at(DISTRICT_1)));
    PetitionState s1 = apply(s0, first, NOW);
    assertThat(e.evaluate(s1, NOW)).isEmpty();
    assertThat(e.evaluate(s1, NOW.plus(Duration.ofDays(2)).minusSeconds(1))).isEmpty();
    List<EscalationDecision> again = e.evaluate(s1, NOW.plus(Duration.ofDays(2)));
    assertThat(again).singleElement().satisfies(d -> assertThat(d.escalatesTo()).contains(at(TOWN)));
  }

  @Test
  @DisplayName("once: an escalation recorded in the state is never issued again")
  void escalationOnce() {
    EscalationEngine e = EscalationEngine.compile(
        policy(Trigger.headcountAtLeast(1), EscalationAction.escalateOneLevelUp()), EscalationContext.chinaMainland(TREE));
    PetitionState s1 = apply(plain(), e.evaluate(plain(), NOW), NOW);
    assertThat(s1.lastEscalationBy("T")).isPresent();
    assertThat(e.evaluate(s1, NOW.plus(Duration.ofDays(300)))).isEmpty();
  }

  @Test
  @DisplayName("batch evaluation equals evaluating each state on its own")
  void batchEqualsSingles() {
    EscalationEngine e = EscalationEngine.compile(DefaultEscalationPolicies.threeLevelResponse(), EscalationContext.chinaMainland(TREE));
    List<PetitionState> states = List.of(
        due(LocalDate.of(2026, 3, 1)),
        state(collective("ZXD-2", 7)).build(),
        state(petition("ZXD-3").addFlags(PetitionFlag.SEVERAL_DEPARTMENTS).build()).repeatCount(3).build(),
        plain());
    List<EscalationDecision> batch = e.evaluate(states, NOW);
    List<EscalationDecision> singles = new java.util.ArrayList<>();
    states.forEach(s -> singles.addAll(e.evaluate(s, NOW)));
    assertThat(batch).isEqualTo(singles).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  @DisplayName("decisions and the engine print no personal information")
  void noPersonalInformation() {
    EscalationDecision d = only(EscalationAction.supervise());
    assertThat(d.toString()).contains("ZXD-1").doesNotContain(SECRET_REQUEST).doesNotContain("P-000042");
    assertThat(d.explanation()).doesNotContain(SECRET_REQUEST);
    assertThat(engine(Trigger.headcountAtLeast(1)).toString()).isEqualTo("EscalationEngine{test v2, 1 rules}");
    assertThat(EscalationContext.chinaMainland(TREE).toString()).contains("Asia/Shanghai");
  }
}
