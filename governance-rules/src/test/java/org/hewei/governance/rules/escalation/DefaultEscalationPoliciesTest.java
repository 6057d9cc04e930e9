package org.hewei.governance.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hewei.governance.rules.escalation.EscalationFixtures.*;
import static org.hewei.governance.rules.routing.SeedTown.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.policy.CollectiveProfile;
import org.hewei.governance.core.policy.EscalationAction;
import org.hewei.governance.core.policy.EscalationPolicy;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.PetitionLifecycle;
import org.hewei.governance.rules.lifecycle.PetitionLifecycleContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DefaultEscalationPoliciesTest {
  private final EscalationPolicy policy = DefaultEscalationPolicies.threeLevelResponse();
  private final EscalationEngine engine = EscalationEngine.compile(policy, EscalationContext.chinaMainland(TREE));

  private List<EscalationDecision> eval(PetitionState s) {
    return engine.evaluate(s, NOW);
  }

  private static List<String> rules(List<EscalationDecision> ds) {
    return ds.stream().map(EscalationDecision::ruleId).toList();
  }

  @Test
  @DisplayName("the policy has an id, a version and eight documented rules")
  void identity() {
    assertThat(policy.id()).isEqualTo(DefaultEscalationPolicies.THREE_LEVEL_RESPONSE);
    assertThat(policy.version()).isEqualTo(1);
    assertThat(policy.rules()).extracting(r -> r.id()).containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8");
    assertThat(policy.describe()).contains("R4 集体访呼叫响应、大事不出镇: headcount ≥ 5 → raise a call; escalate to TOWNSHIP");
  }

  @Test
  @DisplayName("R1 (seed: 三级响应 village → management district): overdue at the village escalates to its management district")
  void overdueAtVillage() {
    PetitionState s = state(petition("ZXD-1").build()).dueDate(LocalDate.of(2026, 3, 6)).build();
    List<EscalationDecision> ds = eval(s);
    assertThat(rules(ds)).containsExactly("R1");
    EscalationDecision d = ds.get(0);
    assertThat(d.escalatesTo()).contains(at(DISTRICT_1));
    assertThat(d.explanation())
        .isEqualTo("R1: overdue by 3 days 10 hours at VILLAGE level → escalate to MANAGEMENT_DISTRICT ZXD-GQ-1 (村级超期上提管区)");
    assertThat(d.actor().toString()).isEqualTo("system:escalation:hewei-three-level-response@1");
  }

  @Test
  @DisplayName("R1 with the management-district level skipped escalates straight to the town")
  void overdueAtVillageWithoutDistrict() {
    PetitionState s = state(petition("ZXD-1").arisenIn(VILLAGE_DIRECT.id()).filedWith(at(VILLAGE_DIRECT)).build())
        .dueDate(LocalDate.of(2026, 3, 6)).build();
    assertThat(eval(s)).singleElement().satisfies(d -> assertThat(d.escalatesTo()).contains(at(TOWN)));
  }

  @Test
  @DisplayName("R2 (seed: management district → town): overdue by 4 days at the management district escalates to the town")
  void overdueAtDistrict() {
    PetitionState.Builder b = state(petition("ZXD-1").build()).handling(at(DISTRICT_1));
    assertThat(eval(b.dueDate(LocalDate.of(2026, 3, 6)).build())).isEmpty(); // 3 days 10 hours: the district still has time
    List<EscalationDecision> ds = eval(b.dueDate(LocalDate.of(2026, 3, 5)).build());
    assertThat(rules(ds)).containsExactly("R2");
    assertThat(ds.get(0).explanation()).startsWith("R2: overdue by 4 days 10 hours at MANAGEMENT_DISTRICT level → escalate to TOWNSHIP 370883103000");
  }

  @Test
  @DisplayName("R3 (local practice 临期督办): due within 3 days notifies the head where it is handled and supervises")
  void dueSoon() {
    List<EscalationDecision> ds = eval(state(petition("ZXD-1").build()).dueDate(TODAY.plusDays(2)).build());
    assertThat(rules(ds)).containsExactly("R3");
    assertThat(ds.get(0).actions()).containsExactly(EscalationAction.notifyRole(Role.HEAD_OF_BODY), EscalationAction.supervise());
    assertThat(ds.get(0).explanation()).startsWith("R3: due in 2 days at VILLAGE level → notify HEAD_OF_BODY; supervise");
  }

  @Test
  @DisplayName("R4 (seed: 呼叫-响应, 大事不出镇): a 6-person collective raises a call and goes to the town")
  void collectivePetition() {
    List<EscalationDecision> ds = eval(state(collective("ZXD-2", 6)).build());
    assertThat(rules(ds)).containsExactly("R4");
    EscalationDecision d = ds.get(0);
    assertThat(d.callLevel()).contains(JurisdictionLevel.MANAGEMENT_DISTRICT);
    assertThat(d.escalatesTo()).contains(at(TOWN));
    assertThat(d.explanation()).startsWith("R4: headcount 6 at VILLAGE level → raise a call to MANAGEMENT_DISTRICT; escalate to TOWNSHIP");
  }

  @Test
  @DisplayName("R4 follows the collective profile (configurable, 条例 Art 20)")
  void collectiveProfile() {
    CollectiveProfile three = CollectiveProfile.builder().from(CollectiveProfile.national()).code("three").collectiveThreshold(3).build();
    EscalationPolicy p = DefaultEscalationPolicies.threeLevelResponse(three, policy.sensitivePeriods());
    EscalationEngine e = EscalationEngine.compile(p, EscalationContext.chinaMainland(TREE));
    assertThat(rules(e.evaluate(state(collective("ZXD-2", 3)).build(), NOW))).containsExactly("R4");
    assertThat(eval(state(collective("ZXD-2", 3)).build())).isEmpty();
    assertThatThrownBy(() -> DefaultEscalationPolicies.threeLevelResponse(three, List.of())).isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("R5 (seed: 专案包保; 条例 Art 18): a matter petitioned twice gets a township case owner")
  void repeatPetition() {
    List<EscalationDecision> ds = eval(state(petition("ZXD-1").build()).repeatCount(2).build());
    assertThat(rules(ds)).containsExactly("R5");
    assertThat(ds.get(0).actions()).containsExactly(EscalationAction.assignCaseOwner(Role.SECTION_LEVEL_CADRE, JurisdictionLevel.TOWNSHIP));
  }

  @Test
  @DisplayName("R6 (seed: 警务室 in every 管区): a key person involved goes to the management district and its police are notified")
  void keyPerson() {
    List<EscalationDecision> ds = eval(state(petition("ZXD-1").addFlags(PetitionFlag.KEY_PERSON_INVOLVED).build()).build());
    assertThat(rules(ds)).containsExactly("R6");
    assertThat(ds.get(0).actions()).contains(EscalationAction.notifyRole(Role.POLICE_OFFICER, JurisdictionLevel.MANAGEMENT_DISTRICT));
    assertThat(ds.get(0).escalatesTo()).contains(at(DISTRICT_1));
  }

  @Test
  @DisplayName("R7 (seed: 涉及多个部门的，召开联席会议; 条例 Art 13, 24): several departments convene the joint meeting")
  void severalDepartments() {
    List<EscalationDecision> ds = eval(state(petition("ZXD-1").addFlags(PetitionFlag.SEVERAL_DEPARTMENTS).build()).build());
    assertThat(rules(ds)).containsExactly("R7");
    assertThat(ds.get(0).explanation()).startsWith("R7: 2 departments at VILLAGE level → convene joint meeting");
  }

  @Test
  @DisplayName("R8 (seed: 重要时段集中排查): in a sensitive period a threatening matter is supervised, again every 7 days")
  void sensitivePeriod() {
    Instant nationalDay = Instant.parse("2026-10-02T02:00:00Z");
    PetitionState s = state(petition("ZXD-1").addFlags(PetitionFlag.THREAT).build()).build();
    List<EscalationDecision> ds = engine.evaluate(s, nationalDay);
    assertThat(rules(ds)).containsExactly("R8");
    assertThat(engine.evaluate(s, NOW)).isEmpty();
    PetitionState supervised = apply(s, ds, nationalDay);
    assertThat(engine.evaluate(supervised, nationalDay)).isEmpty();
    assertThat(engine.evaluate(supervised, nationalDay.plus(Duration.ofDays(4)))).isEmpty();
    PetitionState laterPeriod = supervised.toBuilder().updatedAt(nationalDay.minus(Duration.ofDays(7))).build();
    assertThat(rules(engine.evaluate(laterPeriod, nationalDay))).containsExactly("R8");
  }

  @Test
  @DisplayName("one escalation per evaluation: R1 escalates first, R4 waits and escalates the next time from the district")
  void oneEscalationPerEvaluation() {
    PetitionState s = state(collective("ZXD-2", 8)).dueDate(LocalDate.of(2026, 3, 6)).build();
    List<EscalationDecision> first = eval(s);
    assertThat(rules(first)).containsExactly("R1");
    PetitionState s1 = apply(s, first, NOW);
    List<EscalationDecision> second = eval(s1);
    assertThat(rules(second)).containsExactly("R4");
    assertThat(second.get(0).callLevel()).contains(JurisdictionLevel.TOWNSHIP);
    PetitionState s2 = apply(s1, second, NOW);
    assertThat(eval(s2)).isEmpty();
    assertThat(s2.handling()).isEqualTo(at(TOWN));
    assertThat(s2.escalations()).hasSize(2);
  }

  @Test
  @DisplayName("idempotent: after the decisions are carried out, evaluating again issues nothing")
  void idempotent() {
    PetitionState s = state(petition("ZXD-3").addFlags(PetitionFlag.SEVERAL_DEPARTMENTS, PetitionFlag.KEY_PERSON_INVOLVED).build())
        .repeatCount(4).dueDate(TODAY.plusDays(1)).build();
    List<EscalationDecision> ds = eval(s);
    assertThat(rules(ds)).containsExactly("R3", "R5", "R6", "R7");
    PetitionState after = apply(s, ds, NOW);
    assertThat(eval(after)).isEmpty();
    assertThat(engine.evaluate(after, NOW.plus(Duration.ofDays(1)))).isEmpty();
  }

  @Test
  @DisplayName("the petition lifecycle accepts every command the policy's decisions give, system-issued, and is then quiet")
  void carriedOutThroughTheLifecycle() {
    PetitionLifecycle lifecycle = PetitionLifecycle.of(PetitionLifecycleContext.of(TREE));
    PetitionState s = state(petition("ZXD-3").addFlags(PetitionFlag.SEVERAL_DEPARTMENTS, PetitionFlag.KEY_PERSON_INVOLVED).build())
        .repeatCount(4).dueDate(TODAY.plusDays(1)).build();
    List<EscalationDecision> ds = eval(s);
    assertThat(rules(ds)).containsExactly("R3", "R5", "R6", "R7");
    PetitionState current = s;
    int n = 0;
    for (EscalationDecision d : ds) {
      for (PetitionCommand c : d.toCommands(CommandId.of("esc-" + n++), NOW, TARGETS)) {
        Decision<PetitionEvent> decided = lifecycle.decide(Optional.of(current), c);
        assertThat(decided.isAccepted()).as("%s: %s", c.getClass().getSimpleName(), decided).isTrue();
        for (PetitionEvent e : decided.events()) {
          current = lifecycle.evolve(Optional.of(current), e);
        }
      }
    }
    assertThat(current.caseOwnershipLeader()).isPresent();
    assertThat(current.jointMeetingConvenedAt()).contains(NOW);
    assertThat(eval(current)).isEmpty();
  }
}
