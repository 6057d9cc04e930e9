package org.hewei.governance.testkit.assertions;

import static org.hewei.governance.testkit.assertions.GovernanceAssertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.mediation.Dispute;
import org.hewei.governance.core.mediation.DisputeId;
import org.hewei.governance.core.mediation.DisputeSource;
import org.hewei.governance.core.mediation.DisputeType;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.MediationOutcome;
import org.hewei.governance.core.mediation.MediationStatus;
import org.hewei.governance.core.mediation.Party;
import org.hewei.governance.core.mediation.PartyRole;
import org.hewei.governance.core.mediation.RiskLevel;
import org.hewei.governance.core.mediation.Venue;
import org.hewei.governance.core.mediation.VenueKind;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Petitioner;
import org.hewei.governance.core.policy.EscalationAction;
import org.hewei.governance.core.policy.PolicyId;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.hewei.governance.rules.escalation.DefaultEscalationPolicies;
import org.hewei.governance.rules.escalation.EscalationContext;
import org.hewei.governance.rules.escalation.EscalationDecision;
import org.hewei.governance.rules.escalation.EscalationEngine;
import org.hewei.governance.rules.report.Ledger;
import org.hewei.governance.rules.report.LedgerInput;
import org.hewei.governance.rules.report.LedgerReport;
import org.hewei.governance.rules.schedule.DateRange;
import org.hewei.governance.rules.schedule.JointVisitSchedule;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GovernanceAssertionsEscalationAndLedgerTest {
  private static final JurisdictionId TOWN = JurisdictionId.of("370883103");
  private static final JurisdictionId DISTRICT = JurisdictionId.of("ZXD-GQ-1");
  private static final JurisdictionId VILLAGE = JurisdictionId.of("370883103201");
  private static final JurisdictionTree TREE = JurisdictionTree.of(List.of(
      node(TOWN, JurisdictionLevel.TOWNSHIP, null),
      node(DISTRICT, JurisdictionLevel.MANAGEMENT_DISTRICT, TOWN),
      node(VILLAGE, JurisdictionLevel.VILLAGE, DISTRICT)));
  private static final String REQUEST = "张三要求支付拖欠工资，电话13800138000";

  /** The message of a check that must fail; it never shows the request, the parties or the petitioner. */
  private static String failureOf(GovernanceAssertionsTest.Check check) {
    try {
      check.run();
    } catch (AssertionError e) {
      String message = String.valueOf(e.getMessage());
      org.assertj.core.api.Assertions.assertThat(message)
          .doesNotContain("张三", "13800138000", "P-000042", "宅基地", "王伟", "PA-", "PB-");
      return message;
    }
    throw new AssertionError("expected the assertion to fail");
  }

  private static Jurisdiction node(JurisdictionId id, JurisdictionLevel level, @Nullable JurisdictionId parent) {
    Jurisdiction.Builder b = Jurisdiction.builder().id(id).level(level).name("辖区" + id.value());
    if (parent != null) {
      b.parentId(parent);
    }
    return b.build();
  }

  private static Instant at(LocalDate day) {
    return day.atTime(LocalTime.of(10, 0)).atZone(EscalationContext.CHINA).toInstant();
  }

  private static Petition petition(String id, LocalDate received) {
    return Petition.builder().id(PetitionId.of(id)).channel(Channel.LETTER).type(PetitionType.GRIEVANCE)
        .category(MatterCategory.WAGES).request(REQUEST)
        .addPetitioners(Petitioner.of(PersonId.of("P-000042")))
        .arisenIn(VILLAGE).filedWith(HandlingPlace.of(VILLAGE, JurisdictionLevel.VILLAGE))
        .receivedAt(at(received)).build();
  }

  private static PetitionState open(String id, LocalDate received, LocalDate due) {
    Petition p = petition(id, received);
    return PetitionState.builder().petition(p).version(3).status(PetitionStatus.ACCEPTED)
        .updatedAt(p.receivedAt()).dueDate(due).build();
  }

  @Nested
  @DisplayName("EscalationDecisionAssert")
  class Escalation {
    private final EscalationEngine engine = EscalationEngine.compile(
        DefaultEscalationPolicies.threeLevelResponse(), EscalationContext.chinaMainland(TREE));
    private final LocalDate today = LocalDate.of(2026, 3, 10);

    /** R1: overdue at the village → the management district. */
    private EscalationDecision r1() {
      List<EscalationDecision> ds = engine.evaluate(open("ZXD-1", LocalDate.of(2026, 1, 5), today.minusDays(4)), at(today));
      org.assertj.core.api.Assertions.assertThat(ds).hasSize(1);
      return ds.get(0);
    }

    /** R3: due within 3 days → notify and supervise, no escalation. */
    private EscalationDecision r3() {
      List<EscalationDecision> ds = engine.evaluate(open("ZXD-3", LocalDate.of(2026, 1, 5), today.plusDays(2)), at(today));
      org.assertj.core.api.Assertions.assertThat(ds).hasSize(1);
      return ds.get(0);
    }

    @Test
    @DisplayName("passes on the decision of rule R1 of the three-level response")
    void passes() {
      assertThat(r1()).hasRule("R1").isForPetition(PetitionId.of("ZXD-1"))
          .hasPolicy(DefaultEscalationPolicies.THREE_LEVEL_RESPONSE, 1)
          .hasAction(EscalationAction.EscalateToLevel.class).hasActionCount(1)
          .escalatesTo(JurisdictionLevel.MANAGEMENT_DISTRICT)
          .explanationContains("at VILLAGE level");
      assertThat(r3()).hasRule("R3").hasActionCount(2).hasAction(EscalationAction.Supervise.class).doesNotEscalate();
    }

    @Test
    @DisplayName("failures name rule, policy and petition id and never the request")
    void failures() {
      EscalationDecision d = r1();
      String who = "escalation decision R1@hewei-three-level-response v1 for petition ZXD-1";
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(d).hasRule("R2")))
          .contains(who, "to be by rule R2 but it is by rule R1").doesNotContain("张三");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(d).isForPetition(PetitionId.of("ZXD-9"))))
          .contains(who, "for petition ZXD-9 but it is for petition ZXD-1");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(d).hasPolicy(PolicyId.of("other"), 1)))
          .contains("from policy other v1 but it comes from policy hewei-three-level-response v1");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(d).hasPolicy(DefaultEscalationPolicies.THREE_LEVEL_RESPONSE, 2)))
          .contains("v2 but it comes from policy hewei-three-level-response v1");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(d).hasAction(EscalationAction.RaiseCall.class)))
          .contains("an action of kind RaiseCall but its actions are");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(d).hasActionCount(2)))
          .contains("to have 2 action(s) but it has 1");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(d).escalatesTo(JurisdictionLevel.TOWNSHIP)))
          .contains("to escalate to level TOWNSHIP but it escalates to MANAGEMENT_DISTRICT ZXD-GQ-1");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(r3()).escalatesTo(JurisdictionLevel.TOWNSHIP)))
          .contains("but it escalates to nowhere");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(d).doesNotEscalate()))
          .contains("not to escalate but it escalates to MANAGEMENT_DISTRICT ZXD-GQ-1");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(d).explanationContains("headcount")))
          .contains("to contain \"headcount\" but it is \"R1: overdue by");
    }
  }

  @Nested
  @DisplayName("LedgerReportAssert")
  class LedgerReports {
    private final LocalDate asOf = LocalDate.of(2022, 7, 25);

    private PetitionState replied(String id, LocalDate received, LocalDate due, LocalDate replied,
        JurisdictionLevel level) {
      Petition p = petition(id, received);
      return PetitionState.builder().petition(p).version(5).status(PetitionStatus.REPLIED)
          .updatedAt(at(replied)).dueDate(due).repliedAt(at(replied))
          .handling(HandlingPlace.of(level == JurisdictionLevel.VILLAGE ? VILLAGE : DISTRICT, level)).build();
    }

    private MediationCaseState mediation(String id, LocalDate opened, MediationOutcome outcome) {
      Dispute dispute = Dispute.builder().id(DisputeId.of("D-" + id)).source(DisputeSource.POLICE_REFERRAL)
          .type(DisputeType.NEIGHBOURHOOD)
          .addParties(Party.person(PersonId.of("PA-" + id), PartyRole.APPLICANT),
              Party.person(PersonId.of("PB-" + id), PartyRole.RESPONDENT))
          .summary("李四与王五宅基地界址争议").arose(VILLAGE).foundAt(at(opened))
          .foundBy(Actor.official(OfficialId.of("ZXD-MJ-1"), Role.POLICE_OFFICER)).riskLevel(RiskLevel.LOW).build();
      return MediationCaseState.builder().id(MediationCaseId.of("M-" + id)).version(4).dispute(dispute)
          .venue(Venue.of(VenueKind.POLICE_STATION_ROOM, "王伟调解室", TOWN)).openedAt(at(opened))
          .status(MediationStatus.valueOf(outcome.name())).outcome(outcome).build();
    }

    /** 3 received; 2 concluded (1 at the village on time, 1 at the district late); 1 overdue; mediation 2/3. */
    private LedgerReport report() {
      List<PetitionState> petitions = new ArrayList<>();
      petitions.add(replied("ZXD-1", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 4, 30), LocalDate.of(2022, 3, 20),
          JurisdictionLevel.VILLAGE));
      petitions.add(replied("ZXD-2", LocalDate.of(2022, 3, 2), LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 10),
          JurisdictionLevel.MANAGEMENT_DISTRICT));
      petitions.add(open("ZXD-3", LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 1)));
      List<MediationCaseState> cases = List.of(
          mediation("1", LocalDate.of(2022, 2, 1), MediationOutcome.SETTLED),
          mediation("2", LocalDate.of(2022, 3, 1), MediationOutcome.SETTLED),
          mediation("3", LocalDate.of(2022, 4, 1), MediationOutcome.FAILED));
      Ledger ledger = Ledger.of(TREE, KeyPersonCatalogue.defaults(),
          JointVisitSchedule.seedDefaults(WorkingDayCalendar.chinaMainland()));
      return ledger.report(TOWN, DateRange.of(LocalDate.of(2022, 1, 1), asOf), asOf,
          LedgerInput.builder().petitions(petitions).mediationCases(cases).build());
    }

    @Test
    @DisplayName("passes on the counts and rates of the report")
    void passes() {
      assertThat(report()).hasReceived(3).hasConcluded(2).hasOverdue(1)
          .hasSmallMattersInVillageRate(1, 2).hasSmallMattersInVillageRate("50.0%")
          .hasOnTimeRate(1, 2)
          .hasMediationSuccessRate(2, 3).hasMediationSuccessRate("66.7%");
    }

    @Test
    @DisplayName("failures name the root, period and report day and show counts only")
    void failures() {
      LedgerReport r = report();
      String who = "the ledger of 370883103 for ";
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(r).hasReceived(4)))
          .contains(who, "as of 2022-07-25", "to count 4 petitions received but it counts 3").doesNotContain("张三");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(r).hasConcluded(3)))
          .contains("to count 3 petitions concluded but it counts 2");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(r).hasOverdue(0)))
          .contains("to count 0 petitions overdue but it counts 1");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(r).hasSmallMattersInVillageRate(2, 2)))
          .contains("small matters stay in the village (小事不出村) 2/2 but it has 1/2 (50.0%)");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(r).hasSmallMattersInVillageRate("57.7%")))
          .contains("小事不出村) 57.7% but it has 1/2 (50.0%)");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(r).hasOnTimeRate(2, 2)))
          .contains("on-time rate (按期办结率) 2/2 but it has 1/2 (50.0%)");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(r).hasMediationSuccessRate(3, 3)))
          .contains("mediation success rate (调解成功率) 3/3 but it has 2/3 (66.7%)");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(r).hasMediationSuccessRate("90.6%")))
          .contains("调解成功率) 90.6% but it has 2/3 (66.7%)").doesNotContain("宅基地", "王伟");
    }
  }
}
