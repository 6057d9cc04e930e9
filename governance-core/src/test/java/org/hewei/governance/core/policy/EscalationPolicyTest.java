package org.hewei.governance.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hewei.governance.core.jurisdiction.JurisdictionLevel.MANAGEMENT_DISTRICT;
import static org.hewei.governance.core.jurisdiction.JurisdictionLevel.TOWNSHIP;
import static org.hewei.governance.core.jurisdiction.JurisdictionLevel.VILLAGE;

import java.time.Duration;
import java.time.LocalDate;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.organization.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {
  private static final SensitivePeriod NPC =
      SensitivePeriod.of("npc-2026", "全国两会", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 12));

  static EscalationRule r1() {
    return EscalationRule.builder()
        .id("R1")
        .name("村级超期上提")
        .trigger(Trigger.overdueBy(3).and(Trigger.levelIs(VILLAGE)))
        .addActions(EscalationAction.escalateOneLevelUp(), EscalationAction.notifyRole(Role.SECTION_LEVEL_CADRE, MANAGEMENT_DISTRICT))
        .build();
  }

  static EscalationRule r2() {
    return EscalationRule.builder()
        .id("R2")
        .name("重复访包案")
        .trigger(Trigger.repeatCountAtLeast(2))
        .addActions(EscalationAction.assignCaseOwner(Role.SECTION_LEVEL_CADRE, TOWNSHIP))
        .repeat(RepeatPolicy.everyDays(7))
        .build();
  }

  static EscalationPolicy v1() {
    return EscalationPolicy.builder().id(PolicyId.of("zxd-escalation")).version(1).title("三级响应").addRules(r1(), r2()).build();
  }

  @Test
  @DisplayName("a rule describes itself in one readable line")
  void ruleDescribe() {
    assertThat(r1().describe())
        .isEqualTo("R1 村级超期上提: overdue by ≥ 3 days AND level = VILLAGE → escalate one level up; "
            + "notify SECTION_LEVEL_CADRE at MANAGEMENT_DISTRICT");
    assertThat(r2().describe()).endsWith("→ assign case owner SECTION_LEVEL_CADRE at TOWNSHIP (repeat every 7 days)");
    assertThat(r1().repeat().isOnce()).isTrue();
  }

  @Test
  @DisplayName("a policy prints its header, periods and rules; toString is short")
  void policyDescribe() {
    EscalationPolicy p = EscalationPolicy.builder().from(v1()).addSensitivePeriods(NPC).build();
    assertThat(p.describe())
        .startsWith("Escalation policy zxd-escalation v1 — 三级响应\n  period npc-2026 全国两会 2026-03-03..2026-03-12\n  R1 ")
        .contains("\n  R2 重复访包案");
    assertThat(p).hasToString("EscalationPolicy{zxd-escalation v1, 2 rules}");
    assertThat(p.rule("R2")).contains(r2());
    assertThat(p.rule("R9")).isEmpty();
  }

  @Test
  @DisplayName("policies compare structurally; withVersion changes only the version")
  void equality() {
    assertThat(v1()).isEqualTo(v1()).hasSameHashCodeAs(v1());
    EscalationPolicy v2 = v1().withVersion(2);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2).isNotEqualTo(v1());
    assertThat(v2.diff(v1()).isEmpty()).isTrue();
  }

  @Test
  @DisplayName("diff lists added, removed and changed rule ids and other changes")
  void diff() {
    EscalationRule r2changed = EscalationRule.builder().from(r2()).repeat(RepeatPolicy.once()).build();
    EscalationRule r3 = EscalationRule.builder().id("R3").name("集体访").trigger(Trigger.headcountAtLeast(5))
        .addActions(EscalationAction.conveneJointMeeting(), EscalationAction.flagRisk("collective-risk")).build();
    EscalationPolicy v2 = EscalationPolicy.builder().id(PolicyId.of("zxd-escalation")).version(2).title("三级响应 v2")
        .addRules(r3, r2changed).build();
    EscalationPolicyDiff d = v2.diff(v1());
    assertThat(d.added()).containsExactly("R3");
    assertThat(d.removed()).containsExactly("R1");
    assertThat(d.changed()).containsExactly("R2");
    assertThat(d.titleChanged()).isTrue();
    assertThat(d.reordered()).isFalse();
    assertThat(d.sensitivePeriodsChanged()).isFalse();
    assertThat(d.isEmpty()).isFalse();
    assertThat(d).hasToString("added [R3]; removed [R1]; changed [R2]; title changed");
    EscalationPolicy swapped = EscalationPolicy.builder().from(v1()).rules(java.util.List.of(r2(), r1())).build();
    assertThat(swapped.diff(v1()).reordered()).isTrue();
  }

  @Test
  @DisplayName("rule ids must be unique, a policy needs rules, a version ≥ 1 and a title")
  void policyValidation() {
    assertThatThrownBy(() -> EscalationPolicy.builder().from(v1()).addRules(r1()).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("rule ids must be unique");
    assertThatThrownBy(() -> EscalationPolicy.builder().id(PolicyId.of("p")).version(1).title("t").build())
        .hasMessageContaining("rules");
    assertThatThrownBy(() -> v1().withVersion(0)).hasMessageContaining("version");
    assertThatThrownBy(() -> EscalationPolicy.builder().from(v1()).title(" ").build()).hasMessageContaining("title");
    assertThatThrownBy(() -> EscalationPolicy.builder().version(1).title("t").addRules(r1()).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("id");
    assertThatThrownBy(() -> EscalationPolicy.builder().id(null)).isInstanceOf(MissingValueException.class);
  }

  @Test
  @DisplayName("sensitive-period triggers must refer to periods the policy declares")
  void sensitivePeriodReferences() {
    EscalationRule r = EscalationRule.builder().id("R5").name("两会期间")
        .trigger(Trigger.flagPresent("collective").and(Trigger.inSensitivePeriod("npc-2026").negate().negate()))
        .addActions(EscalationAction.escalateTo(TOWNSHIP)).build();
    EscalationPolicy ok = EscalationPolicy.builder().from(v1()).addSensitivePeriods(NPC).addRules(r).build();
    assertThat(ok.rules()).hasSize(3);
    assertThatThrownBy(() -> EscalationPolicy.builder().from(v1()).addRules(r).build())
        .hasMessageContaining("declares none");
    SensitivePeriod other = SensitivePeriod.of("national-day", "国庆", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7));
    assertThatThrownBy(() -> EscalationPolicy.builder().from(v1()).addSensitivePeriods(other).addRules(r).build())
        .hasMessageContaining("undeclared sensitive period npc-2026");
    assertThatThrownBy(() -> EscalationPolicy.builder().from(v1()).addSensitivePeriods(NPC, NPC).build())
        .hasMessageContaining("period codes must be unique");
    EscalationRule any = EscalationRule.builder().from(r).trigger(Trigger.inSensitivePeriod().or(Trigger.mediationFailed())).build();
    assertThatThrownBy(() -> EscalationPolicy.builder().from(v1()).addRules(any).build()).hasMessageContaining("declares none");
  }

  @Test
  @DisplayName("a rule needs an identifier id, a name, a trigger and at least one action")
  void ruleValidation() {
    assertThatThrownBy(() -> EscalationRule.builder().from(r1()).id("R 1").build()).hasMessageContaining("id");
    assertThatThrownBy(() -> EscalationRule.builder().from(r1()).name("").build()).hasMessageContaining("name");
    assertThatThrownBy(() -> EscalationRule.builder().id("R1").name("n").trigger(Trigger.mediationFailed()).build())
        .hasMessageContaining("actions");
    assertThatThrownBy(() -> EscalationRule.builder().id("R1").name("n").addActions(EscalationAction.supervise()).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("trigger");
  }

  @Test
  @DisplayName("actions print their documented text and validate their parts")
  @SuppressWarnings("NullAway") // passes null on purpose
  void actions() {
    assertThat(EscalationAction.escalateTo(TOWNSHIP)).hasToString("escalate to TOWNSHIP");
    assertThat(EscalationAction.escalateOneLevelUp()).hasToString("escalate one level up");
    assertThat(EscalationAction.notifyRole(Role.POLICE_OFFICER)).hasToString("notify POLICE_OFFICER");
    assertThat(EscalationAction.raiseCall()).hasToString("raise a call");
    assertThat(EscalationAction.conveneJointMeeting()).hasToString("convene joint meeting");
    assertThat(EscalationAction.assignCaseOwner(Role.SECTION_LEVEL_CADRE)).hasToString("assign case owner SECTION_LEVEL_CADRE");
    assertThat(EscalationAction.supervise()).hasToString("supervise");
    assertThat(EscalationAction.flagRisk("collective-risk")).hasToString("flag risk collective-risk");
    assertThat(EscalationAction.notifyRole(Role.POLICE_OFFICER)).isEqualTo(EscalationAction.notifyRole(Role.POLICE_OFFICER));
    assertThatThrownBy(() -> EscalationAction.flagRisk("high risk")).hasMessageContaining("riskLabel");
    assertThatThrownBy(() -> EscalationAction.escalateTo(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> EscalationAction.notifyRole(Role.MEDIATOR, null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> EscalationAction.assignCaseOwner(null)).isInstanceOf(MissingValueException.class);
  }

  @Test
  @DisplayName("repeat policies: once, or every whole number of hours between 1 hour and 3650 days")
  @SuppressWarnings("NullAway") // passes null on purpose
  void repeatPolicy() {
    assertThat(RepeatPolicy.once()).hasToString("once");
    assertThat(RepeatPolicy.everyDays(1)).hasToString("every 1 day");
    assertThat(RepeatPolicy.everyHours(12)).hasToString("every 12 hours");
    assertThat(RepeatPolicy.everyHours(48)).isEqualTo(RepeatPolicy.everyDays(2));
    assertThat(RepeatPolicy.everyDays(2).isOnce()).isFalse();
    assertThatThrownBy(() -> RepeatPolicy.everyHours(0)).hasMessageContaining("hours");
    assertThatThrownBy(() -> RepeatPolicy.everyDays(3651)).hasMessageContaining("days");
    assertThatThrownBy(() -> RepeatPolicy.every(Duration.ofMinutes(30))).hasMessageContaining("between 1 hour");
    assertThatThrownBy(() -> RepeatPolicy.every(Duration.ofMinutes(90))).hasMessageContaining("whole hours");
    assertThatThrownBy(() -> RepeatPolicy.every(null)).isInstanceOf(MissingValueException.class);
  }

  @Test
  @DisplayName("sensitive periods: inclusive range, end not before start, code and name validated")
  @SuppressWarnings("NullAway") // passes null on purpose
  void sensitivePeriods() {
    assertThat(NPC.contains(LocalDate.of(2026, 3, 3))).isTrue();
    assertThat(NPC.contains(LocalDate.of(2026, 3, 12))).isTrue();
    assertThat(NPC.contains(LocalDate.of(2026, 3, 13))).isFalse();
    assertThat(NPC.contains(LocalDate.of(2026, 3, 2))).isFalse();
    assertThatThrownBy(() -> SensitivePeriod.of("p", "x", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 2)))
        .hasMessageContaining("must not be before from");
    assertThatThrownBy(() -> SensitivePeriod.of("两会", "x", LocalDate.MIN, LocalDate.MAX)).hasMessageContaining("code");
    assertThatThrownBy(() -> SensitivePeriod.of("p", " ", LocalDate.MIN, LocalDate.MAX)).hasMessageContaining("name");
    assertThatThrownBy(() -> SensitivePeriod.of("p", "x", null, LocalDate.MAX)).isInstanceOf(MissingValueException.class);
  }

  @Test
  @DisplayName("policy ids are typed identifiers")
  void policyId() {
    assertThat(PolicyId.of("zxd-escalation")).hasToString("zxd-escalation").isEqualTo(PolicyId.of("zxd-escalation"));
    assertThatThrownBy(() -> PolicyId.of("bad id")).isInstanceOf(InvalidValueException.class).hasMessageContaining("policyId");
  }
}
