package org.hewei.governance.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.rules.escalation.EscalationFixtures.*;
import static org.hewei.governance.rules.routing.SeedTown.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.policy.EscalationAction;
import org.hewei.governance.core.policy.EscalationPolicy;
import org.hewei.governance.core.policy.EscalationRule;
import org.hewei.governance.core.policy.PolicyId;
import org.hewei.governance.core.policy.RepeatPolicy;
import org.hewei.governance.core.policy.SensitivePeriod;
import org.hewei.governance.core.policy.Trigger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The trigger table against the 64-state columns: same decisions, and the columns where a policy does not fit. */
class TriggerTableTest {
  private static final List<Jurisdiction> PLACES = List.of(VILLAGE_1, DISTRICT_1, TOWN, VILLAGE_DIRECT, VILLAGE_3);
  /** Beijing 00:00, 10:00 (NOW) and 23:59 on 2026-03-10, and a day outside the sensitive periods. */
  private static final List<Instant> NOWS = List.of(
      Instant.parse("2026-03-09T16:00:00Z"), NOW, Instant.parse("2026-03-10T15:59:00Z"), Instant.parse("2026-04-20T07:30:00Z"));

  /** 400 states over due dates from 40 days past to 20 ahead (or none), headcounts, repeats, flags and levels. */
  private static List<PetitionState> states() {
    List<PetitionState> states = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int headcount = 1 + i % 8;
      Petition.Builder p = headcount >= 2
          ? Petition.builder().from(collective("ZXD-" + i, headcount))
          : petition("ZXD-" + i);
      if (i % 5 == 0) {
        p.addFlags(PetitionFlag.KEY_PERSON_INVOLVED);
      }
      if (i % 3 == 0) {
        p.addFlags(PetitionFlag.SEVERAL_DEPARTMENTS);
      }
      if (i % 11 == 0) {
        p.addFlags(PetitionFlag.THREAT);
      }
      PetitionState.Builder s = state(p.build()).repeatCount(i % 4).supervisionCount(i % 9 == 0 ? 1 : 0)
          .handling(at(PLACES.get(i % PLACES.size())));
      if (i % 13 != 0) {
        s.dueDate(TODAY.plusDays((i * 7L) % 61 - 40));
      }
      states.add(s.build());
    }
    return states;
  }

  private static EscalationPolicy policy(Trigger... triggers) {
    EscalationPolicy.Builder b = EscalationPolicy.builder()
        .id(PolicyId.of("table"))
        .version(1)
        .title("table")
        .addSensitivePeriods(SensitivePeriod.of("npc-2026", "全国两会", LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 11)));
    for (int i = 0; i < triggers.length; i++) {
      b.addRules(EscalationRule.builder().id("T" + i).name("表" + i).trigger(triggers[i])
          .addActions(i % 2 == 0 ? EscalationAction.supervise() : EscalationAction.escalateOneLevelUp())
          .repeat(i % 3 == 0 ? RepeatPolicy.everyDays(2) : RepeatPolicy.once())
          .build());
    }
    return b.build();
  }

  private static EscalationEngine engine(EscalationPolicy policy) {
    return EscalationEngine.compile(policy, EscalationContext.chinaMainland(TREE));
  }

  /** The decisions through the table equal the columns' at every now, and there are some. */
  private static void agree(EscalationEngine e, List<PetitionState> states) {
    int decided = 0;
    for (Instant now : NOWS) {
      List<EscalationDecision> byTable = e.evaluate(states, now);
      assertThat(byTable).as("at %s", now).isEqualTo(e.evaluateByBlocks(states, now));
      decided += byTable.size();
    }
    assertThat(decided).isPositive();
  }

  @Test
  @DisplayName("the default policy fits a table, and the table decides as the columns do")
  void defaultPolicy() {
    EscalationEngine e = engine(DefaultEscalationPolicies.threeLevelResponse());
    assertThat(NOWS).allMatch(e::matchesThroughTable);
    agree(e, states());
  }

  @Test
  @DisplayName("overdue thresholds in minutes, due windows, negations and flags: the table decides as the columns do")
  void dueDatesToTheMinute() {
    // dueWithin(1), "threat" and the level atoms appear twice: one bit each, next to their unequal neighbours
    EscalationEngine e = engine(policy(
        Trigger.dueWithin(1).and(Trigger.levelIn(JurisdictionLevel.VILLAGE, JurisdictionLevel.TOWNSHIP)),
        Trigger.flagPresent("threat").or(Trigger.levelIn(JurisdictionLevel.VILLAGE, JurisdictionLevel.TOWNSHIP)),
        Trigger.overdueBy(Duration.ofHours(30)),
        Trigger.overdueBy(Duration.ofMinutes(1)).and(Trigger.not(Trigger.overdueBy(Duration.ofMinutes(14 * 60 + 1)))),
        Trigger.dueWithin(1).or(Trigger.overdueBy(20)),
        Trigger.not(Trigger.dueWithin(5)).and(Trigger.flagPresent("threat").or(Trigger.departmentsAtLeast(2))),
        Trigger.inSensitivePeriod().and(Trigger.keyPersonInvolved()).and(Trigger.repeatCountAtLeast(2))));
    assertThat(NOWS).allMatch(e::matchesThroughTable);
    agree(e, states());
  }

  @Test
  @DisplayName("atoms that change over more than 4,096 values, or ask the context for categories: the columns, right answers")
  void policiesThatDoNotFit() {
    EscalationEngine wide = engine(policy(Trigger.headcountAtLeast(2).and(Trigger.not(Trigger.headcountAtLeast(5000)))));
    EscalationEngine years = engine(policy(Trigger.overdueBy(3650).or(Trigger.dueWithin(3650))));
    EscalationEngine categories = engine(policy(Trigger.keyPersonCategoryIn("drug-related").or(Trigger.headcountAtLeast(3))));
    assertThat(NOWS).noneMatch(wide::matchesThroughTable).noneMatch(years::matchesThroughTable)
        .noneMatch(categories::matchesThroughTable);
    assertThat(wide.matchingRules(state(collective("ZXD-9", 3)).build(), NOW)).containsExactly("T0");
    assertThat(wide.matchingRules(state(petition("ZXD-9").build()).build(), NOW)).isEmpty();
    PetitionState due = state(petition("ZXD-9").build()).dueDate(TODAY.plusDays(3000)).build();
    assertThat(years.matchingRules(due, NOW)).containsExactly("T0");
    EscalationEngine within = engine(policy(Trigger.overdueBy(3650).or(Trigger.dueWithin(400))));
    assertThat(NOWS).allMatch(within::matchesThroughTable);
    assertThat(within.matchingRules(due, NOW)).isEmpty();
    assertThat(within.matchingRules(state(petition("ZXD-9").build()).dueDate(TODAY.minusDays(3651)).build(), NOW))
        .containsExactly("T0");
    agree(within, states());
    EscalationContext withCategories = EscalationContext.chinaMainland(TREE)
        .withKeyPersonCategories(s -> s.petition().headcount() == 1 ? Set.of("drug-related") : Set.of());
    EscalationEngine asked = EscalationEngine.compile(categories.policy(), withCategories);
    assertThat(asked.matchingRules(state(petition("ZXD-9").build()).build(), NOW)).containsExactly("T0");
    assertThat(asked.matchingRules(state(collective("ZXD-9", 2)).build(), NOW)).isEmpty();
  }
}
