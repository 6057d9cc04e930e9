package org.hewei.governance.testkit.scenario;

import static org.hewei.governance.testkit.assertions.GovernanceAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.mediation.Dispute;
import org.hewei.governance.core.mediation.DisputeId;
import org.hewei.governance.core.mediation.DisputeSource;
import org.hewei.governance.core.mediation.DisputeType;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.MediationCommand;
import org.hewei.governance.core.mediation.MediationEvent;
import org.hewei.governance.core.mediation.MediationOutcome;
import org.hewei.governance.core.mediation.MediationStatus;
import org.hewei.governance.core.mediation.Mediator;
import org.hewei.governance.core.mediation.Party;
import org.hewei.governance.core.mediation.PartyRole;
import org.hewei.governance.core.mediation.RiskLevel;
import org.hewei.governance.core.mediation.Venue;
import org.hewei.governance.core.mediation.VenueKind;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Petitioner;
import org.hewei.governance.core.policy.EscalationAction;
import org.hewei.governance.rules.escalation.DefaultEscalationPolicies;
import org.hewei.governance.rules.escalation.EscalationContext;
import org.hewei.governance.rules.escalation.EscalationDecision;
import org.hewei.governance.rules.escalation.EscalationEngine;
import org.hewei.governance.rules.lifecycle.MediationLifecycle;
import org.hewei.governance.rules.lifecycle.PetitionLifecycle;
import org.hewei.governance.rules.lifecycle.PetitionLifecycleContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link Scenarios}: the ready-wired petition (with the real escalation engine) and mediation scenarios. */
class ScenariosTest {
  private static final JurisdictionId TOWN = JurisdictionId.of("370883103");
  private static final JurisdictionId DISTRICT = JurisdictionId.of("ZXD-GQ-1");
  private static final JurisdictionId VILLAGE = JurisdictionId.of("370883103201");
  private static final JurisdictionTree TREE = JurisdictionTree.of(List.of(
      node("37", JurisdictionLevel.PROVINCE, null),
      node("3708", JurisdictionLevel.PREFECTURE, "37"),
      node("370883", JurisdictionLevel.COUNTY, "3708"),
      node(TOWN.value(), JurisdictionLevel.TOWNSHIP, "370883"),
      node(DISTRICT.value(), JurisdictionLevel.MANAGEMENT_DISTRICT, TOWN.value()),
      node(VILLAGE.value(), JurisdictionLevel.VILLAGE, DISTRICT.value())));
  private static final HandlingPlace AT_VILLAGE = HandlingPlace.of(VILLAGE, JurisdictionLevel.VILLAGE);
  private static final PetitionId ID = PetitionId.of("ZXD-2022-000123");
  private static final Actor CLERK = Actor.official(OfficialId.of("ZXD-OFF-017"), Role.PETITION_OFFICER);
  private static final Instant RECEIVED_AT =
      LocalDate.of(2022, 7, 25).atTime(LocalTime.of(9, 30)).atZone(EscalationContext.CHINA).toInstant();

  private static Jurisdiction node(String id, JurisdictionLevel level, @Nullable String parent) {
    Jurisdiction.Builder b = Jurisdiction.builder().id(JurisdictionId.of(id)).level(level).name("辖区" + id);
    if (parent != null) {
      b.parentId(JurisdictionId.of(parent));
    }
    return b.build();
  }

  private static Petition petition() {
    return Petition.builder().id(ID).channel(Channel.LETTER).type(PetitionType.GRIEVANCE)
        .category(MatterCategory.WAGES).request("张三要求支付拖欠工资，电话13800138000")
        .addPetitioners(Petitioner.of(PersonId.of("P-000042")))
        .arisenIn(VILLAGE).filedWith(AT_VILLAGE).receivedAt(RECEIVED_AT).build();
  }

  @Test
  @DisplayName("R1 of the three-level response: an accepted petition at the village, overdue by a day, goes to"
      + " its management district")
  void petitionEscalatesByR1() {
    EscalationEngine engine = EscalationEngine.compile(
        DefaultEscalationPolicies.threeLevelResponse(), EscalationContext.chinaMainland(TREE));
    PetitionLifecycle lifecycle = PetitionLifecycle.of(PetitionLifecycleContext.of(TREE));
    GivenStage<PetitionState, PetitionCommand, PetitionEvent> accepted = Scenarios.petitions(lifecycle, engine)
        .givenCurrentTime(RECEIVED_AT)
        .whenAtNow(now -> PetitionCommand.Receive.builder().commandId(CommandId.of("cmd-1")).issuedAt(now)
            .actor(CLERK).petition(petition()).build())
        .thenAccepted().and()
        .whenAtNow(now -> PetitionCommand.Register.builder().petitionId(ID).commandId(CommandId.of("cmd-2"))
            .issuedAt(now).actor(CLERK).build())
        .thenAccepted().and()
        .whenAtNow(now -> PetitionCommand.Assign.builder().petitionId(ID).commandId(CommandId.of("cmd-3"))
            .issuedAt(now).actor(CLERK).to(HandlingPlace.of(VILLAGE, JurisdictionLevel.VILLAGE, UnitId.of("ZXD-V201-CWH"))).caseOwner(OfficialId.of("ZXD-OFF-030"))
            .dueDate(LocalDate.of(2022, 9, 23)).build())
        .thenAccepted().and()
        .whenAtNow(now -> PetitionCommand.Accept.builder().petitionId(ID).commandId(CommandId.of("cmd-4"))
            .issuedAt(now).actor(CLERK).build())
        .thenState(s -> assertThat(s).isInStatus(PetitionStatus.ACCEPTED).isAtLevel(JurisdictionLevel.VILLAGE)
            .isDueOn(LocalDate.of(2022, 9, 23)))
        .thenNoEscalation()
        .and();

    // Due on 2022-09-23 (the last day, inclusive): on 09-25 09:30 it is overdue by 1 day 9 hours.
    accepted.whenTimeElapses(Duration.ofDays(62))
        .thenEscalates(1)
        .thenEscalatesSatisfying(ds -> assertThat((EscalationDecision) ds.get(0))
            .hasRule("R1").isForPetition(ID)
            .hasPolicy(DefaultEscalationPolicies.THREE_LEVEL_RESPONSE, 1)
            .hasAction(EscalationAction.EscalateToLevel.class)
            .escalatesTo(JurisdictionLevel.MANAGEMENT_DISTRICT)
            .explanationContains("at VILLAGE level"));
  }

  @Test
  @DisplayName("a petition scenario needs both the lifecycle and the engine")
  @SuppressWarnings("NullAway")
  void petitionsNeedsAnEngine() {
    PetitionLifecycle lifecycle = PetitionLifecycle.of(PetitionLifecycleContext.of(TREE));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Scenarios.petitions(lifecycle, null)).withMessage("engine is required");
  }

  private static final MediationCaseId CASE = MediationCaseId.of("ZXD-TJ-2022-031");
  private static final Party A = Party.person(PersonId.of("P-1"), PartyRole.APPLICANT);
  private static final Party B = Party.person(PersonId.of("P-2"), PartyRole.RESPONDENT);
  private static final Mediator M1 = Mediator.official(OfficialId.of("O-M1"));
  private static final Actor MEDIATOR = Actor.official(OfficialId.of("O-M1"), Role.MEDIATOR);
  private static final Instant OPENED_AT =
      LocalDate.of(2022, 7, 5).atTime(LocalTime.of(10, 0)).atZone(EscalationContext.CHINA).toInstant();

  private static Dispute dispute() {
    return Dispute.builder().id(DisputeId.of("D-1")).source(DisputeSource.ROUTINE_SCREENING)
        .type(DisputeType.NEIGHBOURHOOD).parties(List.of(A, B)).summary("宅基地边界争议").arose(VILLAGE)
        .foundAt(OPENED_AT.minus(Duration.ofDays(1))).foundBy(MEDIATOR).riskLevel(RiskLevel.LOW).build();
  }

  private static MediationCommand consent(String id, Instant now, Party party) {
    return MediationCommand.RecordConsent.builder().commandId(CommandId.of(id)).issuedAt(now).actor(MEDIATOR)
        .caseId(CASE).party(party).build();
  }

  @Test
  @DisplayName("a mediation opened, consented to by both parties (人民调解法 Art 17), held and settled")
  void mediationSettles() {
    GivenStage<MediationCaseState, MediationCommand, MediationEvent> started =
        Scenarios.mediations(MediationLifecycle.chinaMainland()).givenNoPriorActivity().givenCurrentTime(OPENED_AT);
    started
        .whenAtNow(now -> MediationCommand.Open.builder().commandId(CommandId.of("m-1")).issuedAt(now)
            .actor(MEDIATOR).caseId(CASE).dispute(dispute())
            .venue(Venue.of(VenueKind.VILLAGE_MEDIATION_ROOM, "说事拉呱调解室", VILLAGE)).build())
        .thenState(s -> assertThat(s).isInStatus(MediationStatus.OPENED).hasVersion(1))
        .and()
        .whenAtNow(now -> MediationCommand.AssignMediator.builder().commandId(CommandId.of("m-2")).issuedAt(now)
            .actor(MEDIATOR).caseId(CASE).mediator(M1).build())
        .thenAccepted().and()
        .whenAtNow(now -> consent("m-3", now, A))
        .thenAccepted().and()
        .whenAtNow(now -> consent("m-4", now, B))
        .thenState(s -> assertThat(s).hasConsentOfAllParties())
        .and()
        .whenAtNow(now -> MediationCommand.HoldSession.builder().commandId(CommandId.of("m-5")).issuedAt(now)
            .actor(MEDIATOR).caseId(CASE).heldOn(LocalDate.of(2022, 7, 5)).addPartiesPresent(A, B)
            .addMediatorsPresent(M1).notes("双方同意按原界址").build())
        .thenState(s -> assertThat(s).hasSessionsHeld(1))
        .and()
        .whenAtNow(now -> MediationCommand.RecordOutcome.builder().commandId(CommandId.of("m-6")).issuedAt(now)
            .actor(MEDIATOR).caseId(CASE).outcome(MediationOutcome.SETTLED).otherRemediesExplained(false).build())
        .thenState(s -> assertThat(s).isInStatus(MediationStatus.SETTLED).hasOutcome(MediationOutcome.SETTLED)
            .hasVersion(6));
  }
}
