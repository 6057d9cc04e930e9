package org.hewei.governance.core.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;

/**
 * Fixtures for the petition tests: one valid instance of every command and event, with distinctive
 * fake personal information in every free-text field (the toString tests assert it never shows).
 * The lists {@link #allCommands()} and {@link #allEvents()} are generated from the same specification
 * as the hierarchies, so they hold exactly one instance per permitted subtype.
 */
final class PetitionFixtures {
  /** A fake name, phone, citizen id and address: none may ever appear in toString or messages. */
  static final String FAKE_NAME = "欧阳翠花";
  static final String FAKE_PHONE = "13905379876";
  static final String FAKE_CITIZEN_ID = "37088319900101777X";
  static final String FAKE_ADDRESS = "张庄村幸福路88号";
  static final List<String> PERSONAL = List.of(FAKE_NAME, FAKE_PHONE, FAKE_CITIZEN_ID, FAKE_ADDRESS);
  static final String PI_TEXT =
      "我叫" + FAKE_NAME + "，电话" + FAKE_PHONE + "，身份证" + FAKE_CITIZEN_ID + "，住" + FAKE_ADDRESS + "，要求支付欠薪";

  static final PetitionId ID = PetitionId.of("ZXD-2022-000123");
  static final Instant RECEIVED = Instant.parse("2022-07-25T01:30:00Z");
  static final Instant LATER = Instant.parse("2022-07-26T02:00:00Z");
  static final Actor CLERK = Actor.official(OfficialId.of("ZXD-OFF-017"), Role.PETITION_OFFICER);
  static final JurisdictionId TOWN = JurisdictionId.of("370883103");
  static final JurisdictionId VILLAGE = JurisdictionId.of("370883103201");
  static final HandlingPlace TOWN_OFFICE = HandlingPlace.of(TOWN, JurisdictionLevel.TOWNSHIP, UnitId.of("ZXD-XFB"));
  static final PersonId REP = PersonId.of("P-000042");
  static final PersonId OTHER = PersonId.of("P-000043");

  private PetitionFixtures() {}

  /** A valid builder for a collective wage grievance, with personal data in request and facts. */
  static Petition.Builder petitionBuilder() {
    return Petition.builder()
        .id(ID)
        .channel(Channel.WALK_IN)
        .type(PetitionType.GRIEVANCE)
        .category(MatterCategory.WAGES)
        .request(PI_TEXT)
        .facts(PI_TEXT)
        .addPetitioners(Petitioner.representative(REP), Petitioner.of(OTHER))
        .headcount(12)
        .arisenIn(VILLAGE)
        .filedWith(TOWN_OFFICE)
        .receivedAt(RECEIVED)
        .addFlags(PetitionFlag.COLLECTIVE);
  }

  static Petition petition() {
    return petitionBuilder().build();
  }

  static HandlingOpinion.Builder opinionBuilder() {
    return HandlingOpinion.builder()
        .request(PI_TEXT)
        .factsAndReasons(PI_TEXT)
        .opinion(PI_TEXT)
        .legalBasis("保障农民工工资支付条例 Art 3")
        .outcome(HandlingOutcome.SUPPORTED)
        .issuedBy(UnitId.of("ZXD-XFB"));
  }

  static HandlingOpinion opinion() {
    return opinionBuilder().build();
  }

  static ReviewOpinion reviewOpinion() {
    return ReviewOpinion.builder()
        .decision(ReviewDecision.CHANGED)
        .newOutcome(HandlingOutcome.EXPLAINED)
        .reasons(PI_TEXT)
        .legalBasis("信访工作条例 Art 35")
        .issuedBy(UnitId.of("ZC-XFJ"))
        .build();
  }

  /** One instance of every PetitionCommand subtype, every optional field set. */
  static List<PetitionCommand> allCommands() {
    return List.of(
        PetitionCommand.Receive.builder()
            .commandId(CommandId.of("cmd-receive"))
            .issuedAt(LATER)
            .actor(CLERK)
            .petition(petition())
            .build(),
        PetitionCommand.Register.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-register"))
            .issuedAt(LATER)
            .actor(CLERK)
            .build(),
        PetitionCommand.Accept.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-accept"))
            .issuedAt(LATER)
            .actor(CLERK)
            .build(),
        PetitionCommand.Decline.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-decline"))
            .issuedAt(LATER)
            .actor(CLERK)
            .reason(PI_TEXT)
            .build(),
        PetitionCommand.Divert.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-divert"))
            .issuedAt(LATER)
            .actor(CLERK)
            .procedure(LegalProcedure.ARBITRATION)
            .note(PI_TEXT)
            .build(),
        PetitionCommand.Forward.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-forward"))
            .issuedAt(LATER)
            .actor(CLERK)
            .to(TOWN_OFFICE)
            .build(),
        PetitionCommand.Assign.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-assign"))
            .issuedAt(LATER)
            .actor(CLERK)
            .to(TOWN_OFFICE)
            .caseOwner(OfficialId.of("ZXD-OFF-017"))
            .dueDate(LocalDate.of(2022, 8, 9))
            .build(),
        PetitionCommand.SetFirstContactOwner.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-setfirstcontactowner"))
            .issuedAt(LATER)
            .actor(CLERK)
            .owner(OfficialId.of("ZXD-OFF-017"))
            .build(),
        PetitionCommand.ObjectToAssignment.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-objecttoassignment"))
            .issuedAt(LATER)
            .actor(CLERK)
            .unit(UnitId.of("ZXD-LAND"))
            .reason(PI_TEXT)
            .build(),
        PetitionCommand.ApproveExtension.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-approveextension"))
            .issuedAt(LATER)
            .actor(CLERK)
            .extension(Extension.of(20, PI_TEXT, OfficialId.of("ZXD-OFF-001")))
            .build(),
        PetitionCommand.RaiseCall.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-raisecall"))
            .issuedAt(LATER)
            .actor(CLERK)
            .level(JurisdictionLevel.TOWNSHIP)
            .addAllUnits(List.of(UnitId.of("ZXD-LAND"), UnitId.of("ZXD-PCS")))
            .reason(PI_TEXT)
            .build(),
        PetitionCommand.AnswerCall.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-answercall"))
            .issuedAt(LATER)
            .actor(CLERK)
            .unit(UnitId.of("ZXD-LAND"))
            .note(PI_TEXT)
            .build(),
        PetitionCommand.ConveneJointMeeting.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-convenejointmeeting"))
            .issuedAt(LATER)
            .actor(CLERK)
            .addAllUnits(List.of(UnitId.of("ZXD-LAND"), UnitId.of("ZXD-PCS")))
            .build(),
        PetitionCommand.DecideJointMeeting.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-decidejointmeeting"))
            .issuedAt(LATER)
            .actor(CLERK)
            .decision(PI_TEXT)
            .leadUnit(UnitId.of("ZXD-LAND"))
            .build(),
        PetitionCommand.ReferToMediation.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-refertomediation"))
            .issuedAt(LATER)
            .actor(CLERK)
            .mediationCase(MediationCaseId.of("ZXD-M-2022-031"))
            .build(),
        PetitionCommand.ReturnFromMediation.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-returnfrommediation"))
            .issuedAt(LATER)
            .actor(CLERK)
            .result(MediationResult.SETTLED)
            .note(PI_TEXT)
            .build(),
        PetitionCommand.Escalate.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-escalate"))
            .issuedAt(LATER)
            .actor(CLERK)
            .fromLevel(JurisdictionLevel.VILLAGE)
            .to(TOWN_OFFICE)
            .reason(PI_TEXT)
            .policyId("zxd-default")
            .policyVersion("3")
            .ruleId("overdue-village")
            .explanation(PI_TEXT)
            .build(),
        PetitionCommand.Reply.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-reply"))
            .issuedAt(LATER)
            .actor(CLERK)
            .opinion(opinion())
            .deliveredAt(LATER)
            .build(),
        PetitionCommand.RecordFeedback.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-recordfeedback"))
            .issuedAt(LATER)
            .actor(CLERK)
            .satisfaction(Satisfaction.BASICALLY_SATISFIED)
            .comment(PI_TEXT)
            .build(),
        PetitionCommand.RequestReview.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-requestreview"))
            .issuedAt(LATER)
            .actor(CLERK)
            .reason(PI_TEXT)
            .build(),
        PetitionCommand.IssueReviewOpinion.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-issuereviewopinion"))
            .issuedAt(LATER)
            .actor(CLERK)
            .opinion(reviewOpinion())
            .deliveredAt(LATER)
            .build(),
        PetitionCommand.RequestReReview.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-requestrereview"))
            .issuedAt(LATER)
            .actor(CLERK)
            .reason(PI_TEXT)
            .build(),
        PetitionCommand.IssueReReviewOpinion.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-issuerereviewopinion"))
            .issuedAt(LATER)
            .actor(CLERK)
            .opinion(reviewOpinion())
            .deliveredAt(LATER)
            .hearingDays(3)
            .build(),
        PetitionCommand.DeclareFinal.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-declarefinal"))
            .issuedAt(LATER)
            .actor(CLERK)
            .sameFactsAs(PetitionId.of("ZXD-2021-000007"))
            .build(),
        PetitionCommand.Withdraw.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-withdraw"))
            .issuedAt(LATER)
            .actor(CLERK)
            .reason(PI_TEXT)
            .build(),
        PetitionCommand.Close.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-close"))
            .issuedAt(LATER)
            .actor(CLERK)
            .note(PI_TEXT)
            .build(),
        PetitionCommand.Supervise.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-supervise"))
            .issuedAt(LATER)
            .actor(CLERK)
            .supervisor(UnitId.of("ZXD-LAND"))
            .instructions(PI_TEXT)
            .dueDate(LocalDate.of(2022, 8, 9))
            .build(),
        PetitionCommand.AssignCaseOwnership.builder()
            .petitionId(ID)
            .commandId(CommandId.of("cmd-assigncaseownership"))
            .issuedAt(LATER)
            .actor(CLERK)
            .leader(OfficialId.of("ZXD-OFF-017"))
            .build());
  }

  /** One instance of every PetitionEvent subtype, every optional field set. */
  static List<PetitionEvent> allEvents() {
    return List.of(
        PetitionEvent.Received.builder()
            .eventId(EventId.of("evt-received"))
            .occurredAt(LATER)
            .actor(CLERK)
            .petition(petition())
            .build(),
        PetitionEvent.Registered.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-registered"))
            .occurredAt(LATER)
            .actor(CLERK)
            .build(),
        PetitionEvent.Accepted.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-accepted"))
            .occurredAt(LATER)
            .actor(CLERK)
            .dueDate(LocalDate.of(2022, 8, 9))
            .build(),
        PetitionEvent.Declined.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-declined"))
            .occurredAt(LATER)
            .actor(CLERK)
            .reason(PI_TEXT)
            .build(),
        PetitionEvent.Diverted.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-diverted"))
            .occurredAt(LATER)
            .actor(CLERK)
            .procedure(LegalProcedure.ARBITRATION)
            .note(PI_TEXT)
            .build(),
        PetitionEvent.Forwarded.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-forwarded"))
            .occurredAt(LATER)
            .actor(CLERK)
            .to(TOWN_OFFICE)
            .build(),
        PetitionEvent.Assigned.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-assigned"))
            .occurredAt(LATER)
            .actor(CLERK)
            .to(TOWN_OFFICE)
            .caseOwner(OfficialId.of("ZXD-OFF-017"))
            .dueDate(LocalDate.of(2022, 8, 9))
            .build(),
        PetitionEvent.FirstContactOwnerSet.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-firstcontactownerset"))
            .occurredAt(LATER)
            .actor(CLERK)
            .owner(OfficialId.of("ZXD-OFF-017"))
            .build(),
        PetitionEvent.AssignmentObjected.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-assignmentobjected"))
            .occurredAt(LATER)
            .actor(CLERK)
            .unit(UnitId.of("ZXD-LAND"))
            .reason(PI_TEXT)
            .build(),
        PetitionEvent.ExtensionApproved.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-extensionapproved"))
            .occurredAt(LATER)
            .actor(CLERK)
            .extension(Extension.of(20, PI_TEXT, OfficialId.of("ZXD-OFF-001")))
            .newDueDate(LocalDate.of(2022, 8, 9))
            .build(),
        PetitionEvent.CallRaised.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-callraised"))
            .occurredAt(LATER)
            .actor(CLERK)
            .level(JurisdictionLevel.TOWNSHIP)
            .addAllUnits(List.of(UnitId.of("ZXD-LAND"), UnitId.of("ZXD-PCS")))
            .reason(PI_TEXT)
            .build(),
        PetitionEvent.CallAnswered.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-callanswered"))
            .occurredAt(LATER)
            .actor(CLERK)
            .unit(UnitId.of("ZXD-LAND"))
            .note(PI_TEXT)
            .build(),
        PetitionEvent.JointMeetingConvened.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-jointmeetingconvened"))
            .occurredAt(LATER)
            .actor(CLERK)
            .addAllUnits(List.of(UnitId.of("ZXD-LAND"), UnitId.of("ZXD-PCS")))
            .build(),
        PetitionEvent.JointMeetingDecided.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-jointmeetingdecided"))
            .occurredAt(LATER)
            .actor(CLERK)
            .decision(PI_TEXT)
            .leadUnit(UnitId.of("ZXD-LAND"))
            .build(),
        PetitionEvent.ReferredToMediation.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-referredtomediation"))
            .occurredAt(LATER)
            .actor(CLERK)
            .mediationCase(MediationCaseId.of("ZXD-M-2022-031"))
            .build(),
        PetitionEvent.MediationReturned.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-mediationreturned"))
            .occurredAt(LATER)
            .actor(CLERK)
            .result(MediationResult.SETTLED)
            .note(PI_TEXT)
            .build(),
        PetitionEvent.Escalated.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-escalated"))
            .occurredAt(LATER)
            .actor(CLERK)
            .fromLevel(JurisdictionLevel.VILLAGE)
            .to(TOWN_OFFICE)
            .reason(PI_TEXT)
            .policyId("zxd-default")
            .policyVersion("3")
            .ruleId("overdue-village")
            .explanation(PI_TEXT)
            .build(),
        PetitionEvent.Replied.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-replied"))
            .occurredAt(LATER)
            .actor(CLERK)
            .opinion(opinion())
            .deliveredAt(LATER)
            .build(),
        PetitionEvent.FeedbackRecorded.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-feedbackrecorded"))
            .occurredAt(LATER)
            .actor(CLERK)
            .satisfaction(Satisfaction.BASICALLY_SATISFIED)
            .comment(PI_TEXT)
            .build(),
        PetitionEvent.ReviewRequested.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-reviewrequested"))
            .occurredAt(LATER)
            .actor(CLERK)
            .reason(PI_TEXT)
            .dueDate(LocalDate.of(2022, 8, 9))
            .build(),
        PetitionEvent.ReviewOpinionIssued.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-reviewopinionissued"))
            .occurredAt(LATER)
            .actor(CLERK)
            .opinion(reviewOpinion())
            .deliveredAt(LATER)
            .build(),
        PetitionEvent.ReReviewRequested.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-rereviewrequested"))
            .occurredAt(LATER)
            .actor(CLERK)
            .reason(PI_TEXT)
            .dueDate(LocalDate.of(2022, 8, 9))
            .build(),
        PetitionEvent.ReReviewOpinionIssued.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-rereviewopinionissued"))
            .occurredAt(LATER)
            .actor(CLERK)
            .opinion(reviewOpinion())
            .deliveredAt(LATER)
            .hearingDays(3)
            .build(),
        PetitionEvent.DeclaredFinal.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-declaredfinal"))
            .occurredAt(LATER)
            .actor(CLERK)
            .sameFactsAs(PetitionId.of("ZXD-2021-000007"))
            .build(),
        PetitionEvent.Withdrawn.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-withdrawn"))
            .occurredAt(LATER)
            .actor(CLERK)
            .reason(PI_TEXT)
            .build(),
        PetitionEvent.Closed.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-closed"))
            .occurredAt(LATER)
            .actor(CLERK)
            .note(PI_TEXT)
            .build(),
        PetitionEvent.Supervised.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-supervised"))
            .occurredAt(LATER)
            .actor(CLERK)
            .supervisor(UnitId.of("ZXD-LAND"))
            .instructions(PI_TEXT)
            .dueDate(LocalDate.of(2022, 8, 9))
            .build(),
        PetitionEvent.CaseOwnerAssigned.builder()
            .petitionId(ID)
            .eventId(EventId.of("evt-caseownerassigned"))
            .occurredAt(LATER)
            .actor(CLERK)
            .leader(OfficialId.of("ZXD-OFF-017"))
            .build());
  }
}
