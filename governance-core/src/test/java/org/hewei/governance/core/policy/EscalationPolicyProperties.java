package org.hewei.governance.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.hewei.governance.core.PropertySeeds;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.organization.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** diff() agrees with set arithmetic on rule ids; describe() has one line per rule; equality is structural. */
class EscalationPolicyProperties {

  static LongStream seeds() {
    return PropertySeeds.upTo(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void diffMatchesRuleIdArithmetic(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Map<String, EscalationRule> before = rules(r);
    Map<String, EscalationRule> after = new LinkedHashMap<>();
    List<String> changed = new ArrayList<>();
    for (EscalationRule rule : before.values()) {
      int fate = r.nextInt(3);
      if (fate == 1) {
        after.put(rule.id(), rule);
      } else if (fate == 2) {
        EscalationRule c = EscalationRule.builder().from(rule).repeat(RepeatPolicy.everyHours(1 + r.nextInt(100))).build();
        after.put(rule.id(), c);
        if (!c.equals(rule)) {
          changed.add(rule.id());
        }
      }
    }
    List<String> added = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(3); i++) {
      String id = "N" + i;
      after.put(id, rule(r, id));
      added.add(id);
    }
    EscalationPolicy v1 = policy(1, before);
    EscalationPolicy v2 = policy(2, after);
    EscalationPolicyDiff d = v2.diff(v1);
    assertThat(d.added()).containsExactlyElementsOf(added);
    assertThat(d.removed()).containsExactlyElementsOf(
        before.keySet().stream().filter(id -> !after.containsKey(id)).collect(Collectors.toList()));
    assertThat(d.changed()).containsExactlyElementsOf(changed);
    assertThat(d.reordered()).isFalse();
    assertThat(v1.diff(v1).isEmpty()).isTrue();
    assertThat(policy(1, before)).isEqualTo(v1).hasSameHashCodeAs(v1);
    assertThat(v2.describe().lines()).hasSize(1 + after.size());
    assertThat(v2.withVersion(1).diff(v2).isEmpty()).isTrue();
  }

  private static EscalationPolicy policy(int version, Map<String, EscalationRule> rules) {
    return EscalationPolicy.builder().id(PolicyId.of("p")).version(version).title("t").addAllRules(rules.values()).build();
  }

  private static Map<String, EscalationRule> rules(SplittableRandom r) {
    Map<String, EscalationRule> rules = new LinkedHashMap<>();
    int n = 1 + r.nextInt(8);
    for (int i = 0; i < n; i++) {
      rules.put("R" + i, rule(r, "R" + i));
    }
    return rules;
  }

  private static EscalationRule rule(SplittableRandom r, String id) {
    Trigger t = TriggerProperties.tree(r, 4);
    while (mentionsPeriods(t)) {
      t = TriggerProperties.tree(r, 4);
    }
    EscalationAction[] actions = {
      EscalationAction.escalateOneLevelUp(),
      EscalationAction.escalateTo(JurisdictionLevel.TOWNSHIP),
      EscalationAction.notifyRole(Role.POLICE_OFFICER),
      EscalationAction.raiseCall(),
      EscalationAction.conveneJointMeeting(),
      EscalationAction.assignCaseOwner(Role.SECTION_LEVEL_CADRE, JurisdictionLevel.TOWNSHIP),
      EscalationAction.supervise(),
      EscalationAction.flagRisk("risk-" + r.nextInt(3))
    };
    EscalationRule.Builder b = EscalationRule.builder().id(id).name("规则 " + id).trigger(t);
    for (int i = 0; i < 1 + r.nextInt(3); i++) {
      b.addActions(actions[r.nextInt(actions.length)]);
    }
    return b.build();
  }

  private static boolean mentionsPeriods(Trigger t) {
    return t.toString().contains("in sensitive period");
  }
}
