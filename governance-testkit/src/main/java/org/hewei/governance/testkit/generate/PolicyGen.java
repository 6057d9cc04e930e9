package org.hewei.governance.testkit.generate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.policy.DeadlinePolicy;
import org.hewei.governance.core.policy.EscalationAction;
import org.hewei.governance.core.policy.EscalationPolicy;
import org.hewei.governance.core.policy.EscalationRule;
import org.hewei.governance.core.policy.PeriodDefinition;
import org.hewei.governance.core.policy.PeriodUnit;
import org.hewei.governance.core.policy.PolicyId;
import org.hewei.governance.core.policy.RepeatPolicy;
import org.hewei.governance.core.policy.SensitivePeriod;
import org.hewei.governance.core.policy.Trigger;

/**
 * 政策生成器 — random triggers (every kind, nested AND/OR/NOT), escalation actions, repeat policies,
 * sensitive periods, escalation rules and policies, and variations of the default deadline policy.
 *
 * <p>Decisions: triggers nest at most 4 levels by default (the 32-level limit is reached by {@link
 * #deepTriggers()}); a trigger that refers to sensitive periods only names the codes it is given, so
 * the generated policies always declare what their rules refer to; thresholds hit 1 and {@value
 * Trigger#MAX_DAYS} days.
 *
 * <pre>{@code
 * Trigger t = PolicyGen.triggers().sample(1L);
 * assertThat(Trigger.parse(t.toString())).isEqualTo(t);
 * EscalationPolicy p = PolicyGen.escalationPolicies().sample(2L);
 * }</pre>
 */
public final class PolicyGen {
  private PolicyGen() {}

  /** The sensitive period codes {@link #triggers()} may refer to. */
  public static final List<String> PERIOD_CODES = List.of("npc-2022", "national-day", "spring-festival");

  /** Triggers of every kind, nested up to 4 levels, referring to the periods in {@link #PERIOD_CODES}. */
  public static Gen<Trigger> triggers() {
    return triggers(PERIOD_CODES);
  }

  /** Triggers whose sensitive-period atoms name only {@code periodCodes} (none when empty). */
  public static Gen<Trigger> triggers(List<String> periodCodes) {
    return random -> trigger(random, periodCodes, 1 + random.nextInt(4));
  }

  /** Triggers nested exactly {@value Trigger#MAX_DEPTH} levels deep (NOT chains and AND/OR mixes). */
  public static Gen<Trigger> deepTriggers() {
    return random -> {
      Trigger t = atom(random, PERIOD_CODES);
      while (t.depth() < Trigger.MAX_DEPTH) {
        int pick = random.nextInt(3);
        t = pick == 0 ? Trigger.not(t) : pick == 1 ? Trigger.allOf(atom(random, PERIOD_CODES), t) : Trigger.anyOf(t, atom(random, PERIOD_CODES));
      }
      return t;
    };
  }

  static Trigger trigger(SplittableRandom random, List<String> codes, int depth) {
    if (depth <= 1 || random.nextInt(3) == 0) {
      return atom(random, codes);
    }
    switch (random.nextInt(3)) {
      case 0:
        return Trigger.not(trigger(random, codes, depth - 1));
      case 1: {
        List<Trigger> ops = new ArrayList<>();
        int n = 2 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
          ops.add(trigger(random, codes, depth - 1));
        }
        return Trigger.allOf(ops);
      }
      default: {
        List<Trigger> ops = new ArrayList<>();
        int n = 2 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
          ops.add(trigger(random, codes, depth - 1));
        }
        return Trigger.anyOf(ops);
      }
    }
  }

  static Trigger atom(SplittableRandom random, List<String> codes) {
    int kinds = codes.isEmpty() ? 12 : 13;
    switch (random.nextInt(kinds)) {
      case 0:
        return Trigger.overdueBy(Gen.ints(1, Trigger.MAX_DAYS).generate(random));
      case 1:
        return Trigger.overdueBy(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 10)));
      case 2:
        return Trigger.dueWithin(Gen.ints(1, Trigger.MAX_DAYS).generate(random));
      case 3:
        return Trigger.headcountAtLeast(Gen.elements(1, 4, 5, 6, 50, Integer.MAX_VALUE).generate(random));
      case 4:
        return Trigger.repeatCountAtLeast(Gen.ints(1, 10).generate(random));
      case 5:
        return Trigger.keyPersonInvolved();
      case 6: {
        List<String> all = List.copyOf(KeyPersonCatalogue.defaults().codes());
        List<String> picked = Gen.elements(all).list(1, 3).generate(random);
        return Trigger.keyPersonCategoryIn(new LinkedHashSet<>(picked));
      }
      case 7:
        return Trigger.mediationFailed();
      case 8:
        return Trigger.departmentsAtLeast(Gen.ints(2, 10).generate(random));
      case 9:
        return Trigger.statusIn(Set.copyOf(Gen.elements(PetitionStatus.values()).list(1, 4).generate(random)));
      case 10:
        return Trigger.levelIn(Set.copyOf(Gen.elements(JurisdictionLevel.values()).list(1, 3).generate(random)));
      case 11:
        return Trigger.flagPresent(Gen.elements(PetitionFlag.values()).generate(random).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      default: {
        List<String> picked = Gen.elements(codes).list(0, 2).generate(random);
        return Trigger.inSensitivePeriod(new LinkedHashSet<>(picked).toArray(new String[0]));
      }
    }
  }

  /** Escalation actions of every kind. */
  public static Gen<EscalationAction> actions() {
    return random -> {
      Role role = Gen.elements(Role.values()).generate(random);
      JurisdictionLevel level = Gen.elements(JurisdictionLevel.values()).generate(random);
      switch (random.nextInt(9)) {
        case 0:
          return EscalationAction.escalateTo(level);
        case 1:
          return EscalationAction.escalateOneLevelUp();
        case 2:
          return random.nextBoolean() ? EscalationAction.notifyRole(role) : EscalationAction.notifyRole(role, level);
        case 3:
          return EscalationAction.raiseCall();
        case 4:
          return EscalationAction.conveneJointMeeting();
        case 5:
          return random.nextBoolean() ? EscalationAction.assignCaseOwner(role) : EscalationAction.assignCaseOwner(role, level);
        case 6:
          return EscalationAction.supervise();
        default:
          return EscalationAction.flagRisk(Gen.elements("risk-high", "collective-risk", "threat").generate(random));
      }
    };
  }

  /** Repeat policies: once, every 1 hour to {@value Trigger#MAX_DAYS} days. */
  public static Gen<RepeatPolicy> repeatPolicies() {
    return random -> {
      switch (random.nextInt(4)) {
        case 0:
          return RepeatPolicy.once();
        case 1:
          return RepeatPolicy.everyHours(Gen.ints(1, 72).generate(random));
        case 2:
          return RepeatPolicy.everyDays(Gen.ints(1, Trigger.MAX_DAYS).generate(random));
        default:
          return RepeatPolicy.every(Duration.ofHours(Gen.ints(1, Trigger.MAX_DAYS * 24).generate(random)));
      }
    };
  }

  /** Sensitive periods with the given code, 1 to 30 days in 2022–2026. */
  public static Gen<SensitivePeriod> sensitivePeriods(String code) {
    return random -> {
      LocalDate from = EventGen.dates().generate(random);
      return SensitivePeriod.of(code, "重要时段 " + code, from, from.plusDays(random.nextInt(30)));
    };
  }

  /** Escalation rules with id {@code id} whose triggers name only {@code periodCodes}. */
  public static Gen<EscalationRule> rules(String id, List<String> periodCodes) {
    return random ->
        EscalationRule.builder()
            .id(id)
            .name("规则 " + id)
            .trigger(triggers(periodCodes).generate(random))
            .actions(actions().list(1, 3).generate(random))
            .repeat(repeatPolicies().generate(random))
            .build();
  }

  /** Escalation policies of 1 to 8 rules, declaring 0 to 3 sensitive periods that the rules may use. */
  public static Gen<EscalationPolicy> escalationPolicies() {
    return random -> {
      int periods = random.nextInt(4);
      List<String> codes = PERIOD_CODES.subList(0, periods);
      EscalationPolicy.Builder b =
          EscalationPolicy.builder()
              .id(PolicyId.of("esc-" + random.nextInt(1000)))
              .version(Gen.ints(1, 100).generate(random))
              .title("升级策略 " + random.nextInt(100));
      for (String code : codes) {
        b.addSensitivePeriods(sensitivePeriods(code).generate(random));
      }
      int rules = 1 + random.nextInt(8);
      for (int i = 1; i <= rules; i++) {
        b.addRules(rules("R" + i, codes).generate(random));
      }
      return b.build();
    };
  }

  /**
   * Variations of {@link DeadlinePolicy#defaults()}: a new version, some periods shortened or lengthened
   * (calendar-day periods may become 0), sometimes an extra local-practice period.
   */
  public static Gen<DeadlinePolicy> deadlinePolicies() {
    return random -> {
      DeadlinePolicy policy = DeadlinePolicy.defaults().withVersion(Gen.ints(1, 50).generate(random));
      for (PeriodDefinition period : DeadlinePolicy.defaults().periods()) {
        if (random.nextInt(4) == 0) {
          int min = period.unit() == PeriodUnit.CALENDAR_DAYS ? 0 : 1;
          policy = policy.withPeriod(period.withLength(Gen.ints(min, PeriodDefinition.MAX_LENGTH).generate(random)));
        }
      }
      if (random.nextInt(3) == 0) {
        policy = policy.withPeriod(PeriodDefinition.localPractice("local-" + random.nextInt(100), "地方时限",
            Gen.ints(1, 90).generate(random), Gen.elements(PeriodUnit.values()).generate(random), "地方做法"));
      }
      return policy;
    };
  }
}
