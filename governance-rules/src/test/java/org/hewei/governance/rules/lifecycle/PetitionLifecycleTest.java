package org.hewei.governance.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hewei.governance.rules.lifecycle.PetitionFixture.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.AccusedParty;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.HandlingOutcome;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.LegalProcedure;
import org.hewei.governance.core.petition.MediationResult;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Petitioner;
import org.hewei.governance.core.petition.Satisfaction;
import org.hewei.governance.core.policy.CollectiveProfile;
import org.hewei.governance.core.policy.DeadlinePolicy;
import org.hewei.governance.core.policy.PolicyId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PetitionLifecycleTest {
  private final PetitionLifecycle lifecycle = PetitionLifecycle.of(PetitionLifecycleContext.of(TREE));

  private PetitionState received(Petition p) {
    return run(lifecycle, Optional.empty(), receive(p));
  }

  private PetitionState registered() {
    return run(lifecycle, received(grievance()), register(at(day(7, 25))));
  }

  private PetitionState assigned(LocalDate on) {
    return run(lifecycle, registered(), assign(at(on), on.plusDays(15)));
  }

  private PetitionState accepted() {
    return run(lifecycle, assigned(day(7, 26)), accept(at(day(7, 27))));
  }

  private PetitionState replied() {
    return run(lifecycle, accepted(), reply(at(day(10, 20))));
  }

  private PetitionState reviewed() {
    PetitionState s = run(lifecycle, replied(), requestReview(at(day(11, 1)), PETITIONER));
    return run(lifecycle, s, reviewOpinionCommand(at(day(11, 25))));
  }

  private Rejection rejected(PetitionLifecycle l, Optional<PetitionState> state, PetitionCommand c, String rule) {
    Decision<PetitionEvent> d = l.decide(state, c);
    assertThat(d.isAccepted()).as("rejected").isFalse();
    assertThat(d.events()).isEmpty();
    Rejection r = d.rejection().orElseThrow();
    assertThat(r.rule()).isEqualTo(rule);
    assertThat(r.commandId()).isEqualTo(c.commandId());
    return r;
  }

  private Rejection rejected(PetitionState state, PetitionCommand c, String rule) {
    return rejected(lifecycle, Optional.of(state), c, rule);
  }

  @Test
  @DisplayName("Art 22-36: receipt → registration → assignment → acceptance → extension → reply → review → re-review → final")
  void happyPathToFinal() {
    List<PetitionEvent> all = new ArrayList<>();
    Optional<PetitionState> s = Optional.empty();
    List<PetitionCommand> commands =
        List.of(
            receive(grievance()),
            register(at(day(7, 25))),
            PetitionCommand.SetFirstContactOwner.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(7, 25))).actor(CLERK).owner(CLERK_ID).build(),
            assign(at(day(7, 26)), day(8, 10)),
            accept(at(day(7, 27))),
            PetitionCommand.RaiseCall.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(8, 1))).actor(CLERK)
                .level(JurisdictionLevel.TOWNSHIP).reason("Contractor unreachable").build(),
            PetitionCommand.AnswerCall.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(8, 2))).actor(CLERK).unit(LABOUR).build(),
            PetitionCommand.ConveneJointMeeting.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(8, 3))).actor(CLERK)
                .addUnits(LABOUR, TOWN_OFFICE).build(),
            PetitionCommand.DecideJointMeeting.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(8, 4))).actor(CLERK)
                .decision("Labour office leads").leadUnit(LABOUR).build(),
            extension(at(day(9, 20)), HEAD, 30, HEAD_ID),
            reply(at(day(10, 20))),
            PetitionCommand.RecordFeedback.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(10, 21))).actor(PETITIONER)
                .satisfaction(Satisfaction.DISSATISFIED).build(),
            requestReview(at(day(11, 1)), PETITIONER),
            reviewOpinionCommand(at(day(11, 25))),
            requestReReview(at(day(12, 5))),
            reReviewOpinionCommand(at(day(12, 20)), 0));
    List<PetitionStatus> statuses = new ArrayList<>();
    for (PetitionCommand c : commands) {
      List<PetitionEvent> events = lifecycle.decide(s, c).eventsOrThrow();
      for (PetitionEvent e : events) {
        s = Optional.of(lifecycle.evolve(s, e));
      }
      all.addAll(events);
      statuses.add(s.orElseThrow().status());
    }
    PetitionState end = s.orElseThrow();
    assertThat(statuses).containsExactly(
        PetitionStatus.RECEIVED, PetitionStatus.REGISTERED, PetitionStatus.REGISTERED, PetitionStatus.ASSIGNED,
        PetitionStatus.ACCEPTED, PetitionStatus.ACCEPTED, PetitionStatus.ACCEPTED, PetitionStatus.ACCEPTED,
        PetitionStatus.ACCEPTED, PetitionStatus.ACCEPTED, PetitionStatus.REPLIED, PetitionStatus.REPLIED,
        PetitionStatus.UNDER_REVIEW, PetitionStatus.REVIEWED, PetitionStatus.UNDER_RE_REVIEW, PetitionStatus.FINAL);
    assertThat(end.version()).isEqualTo(all.size()).isEqualTo(17);
    assertThat(lifecycle.fold(all)).contains(end);
    assertThat(end.caseOwner()).contains(OWNER_ID);
    assertThat(end.firstContactOwner()).contains(CLERK_ID);
    assertThat(end.jointMeetingLeadUnit()).contains(LABOUR);
    assertThat(end.callsRaised()).isEqualTo(1);
    assertThat(end.callsAnswered()).isEqualTo(1);
    assertThat(end.outcome()).contains(HandlingOutcome.SUPPORTED);
    assertThat(end.satisfaction()).contains(Satisfaction.DISSATISFIED);
    assertThat(end.dueDate()).contains(LocalDate.of(2023, 1, 4)); // re-review requested 2022-12-05 + 30 days
    assertThat(all.get(all.size() - 1)).isInstanceOf(PetitionEvent.DeclaredFinal.class);
    assertThat(all).extracting(e -> e.eventId().value()).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("Art 22: the register-and-route due date is receipt + 15 days, moved past the National Day holiday")
  void registerDueDateOverNationalDay() {
    PetitionState s = received(petitionBuilder().receivedAt(at(day(9, 20))).build());
    assertThat(lifecycle.registerDueDate(s)).isEqualTo(day(10, 8));
    assertThat(lifecycle.isRegisteredLate(s)).isFalse();
  }

  @Test
  @DisplayName("Art 22-23: a late registration is accepted and reads as late (the duty is the body's)")
  void lateRegistrationIsAllowedButLate() {
    PetitionState s = received(petitionBuilder().receivedAt(at(day(9, 20))).build());
    PetitionState onTime = run(lifecycle, s, register(at(day(10, 8))));
    PetitionState late = run(lifecycle, s, register(at(day(10, 9))));
    assertThat(onTime.status()).isEqualTo(PetitionStatus.REGISTERED);
    assertThat(lifecycle.isRegisteredLate(onTime)).isFalse();
    assertThat(late.status()).isEqualTo(PetitionStatus.REGISTERED);
    assertThat(lifecycle.isRegisteredLate(late)).isTrue();
  }

  @Test
  @DisplayName("Art 23: the assigned unit objects within 5 working days (across the National Day make-up days); the matter returns for routing")
  void objectionWithinFiveWorkingDays() {
    PetitionState s = assigned(day(9, 29));
    PetitionCommand.ObjectToAssignment lastDay = objection(at(day(10, 11)), LABOUR);
    PetitionState after = run(lifecycle, s, lastDay);
    assertThat(after.status()).isEqualTo(PetitionStatus.REGISTERED);
    assertThat(after.caseOwner()).isEmpty();
    Rejection r = rejected(s, objection(at(day(10, 12)), LABOUR), PetitionRules.OBJECTION_WINDOW);
    assertThat(r.article()).contains("信访工作条例 Art 23");
  }

  @Test
  @DisplayName("Art 23: only the unit the matter was assigned to may object")
  void objectionByAnotherUnit() {
    rejected(assigned(day(9, 29)), objection(at(day(9, 30)), TOWN_OFFICE), PetitionRules.OBJECTION_UNIT);
  }

  private static PetitionCommand.ObjectToAssignment objection(Instant at, org.hewei.governance.core.organization.UnitId unit) {
    return PetitionCommand.ObjectToAssignment.builder().petitionId(ID).commandId(nextId()).issuedAt(at).actor(CLERK)
        .unit(unit).reason("Outside our remit").build();
  }

  @Test
  @DisplayName("Art 34: accepting a grievance starts the 60-day period (last day on a Sunday moves to Monday)")
  void grievanceStartsSixtyDays() {
    PetitionState s = accepted();
    assertThat(s.acceptedAt()).contains(at(day(7, 27)));
    assertThat(s.dueDate()).contains(day(9, 26));
  }

  @Test
  @DisplayName("Art 29-30, 34: suggestions and accusations do not start the 60-day clock; the assignment's due date stays")
  void otherTypesKeepAssignmentDueDate() {
    PetitionState r = received(petitionBuilder().type(PetitionType.SUGGESTION).build());
    PetitionState s = run(lifecycle, run(lifecycle, run(lifecycle, r, register(at(day(7, 25)))), assign(at(day(7, 26)), day(8, 10))), accept(at(day(7, 27))));
    assertThat(s.status()).isEqualTo(PetitionStatus.ACCEPTED);
    assertThat(s.dueDate()).contains(day(8, 10));
  }

  @Test
  @DisplayName("Art 31: a grievance belonging to arbitration is diverted (诉访分离); the stream ends DIVERTED")
  void grievanceIsDiverted() {
    PetitionState s = run(lifecycle, registered(), divert(LegalProcedure.ARBITRATION));
    assertThat(s.status()).isEqualTo(PetitionStatus.DIVERTED);
    assertThat(s.divertedTo()).contains(LegalProcedure.ARBITRATION);
    assertThat(s.status().isOpen()).isFalse();
  }

  @Test
  @DisplayName("Art 30-31: a suggestion is never diverted; an accusation only to discipline inspection")
  void divertFitsType() {
    PetitionState suggestion = run(lifecycle, received(petitionBuilder().type(PetitionType.SUGGESTION).build()), register(at(day(7, 25))));
    rejected(suggestion, divert(LegalProcedure.ARBITRATION), PetitionRules.DIVERT_PROCEDURE);
    Petition accusation = petitionBuilder().type(PetitionType.ACCUSATION).accusedParty(AccusedParty.unnamed("the village accountant")).build();
    PetitionState acc = run(lifecycle, received(accusation), register(at(day(7, 25))));
    rejected(acc, divert(LegalProcedure.JUDICIAL), PetitionRules.DIVERT_PROCEDURE);
    assertThat(run(lifecycle, acc, divert(LegalProcedure.DISCIPLINARY_INSPECTION)).status()).isEqualTo(PetitionStatus.DIVERTED);
    rejected(registered(), divert(LegalProcedure.DISCIPLINARY_INSPECTION), PetitionRules.DIVERT_PROCEDURE);
  }

  private static PetitionCommand.Divert divert(LegalProcedure procedure) {
    return PetitionCommand.Divert.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(7, 26))).actor(CLERK).procedure(procedure).build();
  }

  @Test
  @DisplayName("Art 28, 31: a litigation-related matter is not accepted as a petition")
  void litigationRelatedNotAccepted() {
    PetitionState s = run(lifecycle, received(petitionBuilder().addFlags(PetitionFlag.LITIGATION_RELATED).build()), register(at(day(7, 25))));
    Rejection r = rejected(s, accept(at(day(7, 26))), PetitionRules.ACCEPT_LITIGATION);
    assertThat(r.article()).contains("信访工作条例 Art 28, 31");
  }

  @Test
  @DisplayName("Art 34: an extension of at most 30 days approved by the head of the body moves the due date later")
  void extensionMovesDueDate() {
    PetitionState s = run(lifecycle, accepted(), extension(at(day(9, 20)), HEAD, 30, HEAD_ID));
    assertThat(s.dueDate()).contains(day(10, 26));
    assertThat(s.extension()).isPresent();
  }

  @Test
  @DisplayName("Art 34: a second extension is rejected")
  void secondExtensionRejected() {
    PetitionState s = run(lifecycle, accepted(), extension(at(day(9, 20)), HEAD, 10, HEAD_ID));
    Rejection r = rejected(s, extension(at(day(9, 21)), HEAD, 5, HEAD_ID), PetitionRules.EXTENSION_ONCE);
    assertThat(r.article()).contains("信访工作条例 Art 34");
  }

  @Test
  @DisplayName("Art 34: an extension longer than 30 days is rejected")
  void longExtensionRejected() {
    rejected(accepted(), extension(at(day(9, 20)), HEAD, 31, HEAD_ID), PetitionRules.EXTENSION_MAX_DAYS);
  }

  @Test
  @DisplayName("Art 34: only the head of the body approves an extension, as its named approver")
  void extensionNeedsHeadOfBody() {
    rejected(accepted(), extension(at(day(9, 20)), CLERK, 10, CLERK_ID), PetitionRules.ACTOR_ROLE);
    rejected(accepted(), extension(at(day(9, 20)), HEAD, 10, OfficialId.of("ZXD-OFF-002")), PetitionRules.EXTENSION_APPROVER);
  }

  @Test
  @DisplayName("Art 34: a period that has run out is not extended; a suggestion has no period to extend")
  void extensionAfterDueOrNotGrievance() {
    rejected(accepted(), extension(at(day(9, 27)), HEAD, 10, HEAD_ID), PetitionRules.EXTENSION_AFTER_DUE);
    PetitionState r = received(petitionBuilder().type(PetitionType.SUGGESTION).build());
    PetitionState s = run(lifecycle, run(lifecycle, r, register(at(day(7, 25)))), accept(at(day(7, 26))));
    rejected(s, extension(at(day(8, 1)), HEAD, 10, HEAD_ID), PetitionRules.EXTENSION_GRIEVANCE_ONLY);
  }

  @Test
  @DisplayName("Art 32: the reply records the handling opinion's outcome and its delivery; a delivery in the future is rejected")
  void replyRecordsOpinion() {
    PetitionState s = replied();
    assertThat(s.status()).isEqualTo(PetitionStatus.REPLIED);
    assertThat(s.repliedAt()).contains(at(day(10, 20)));
    assertThat(s.outcome()).contains(HandlingOutcome.SUPPORTED);
    PetitionCommand.Reply future = PetitionCommand.Reply.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(10, 20))).actor(CLERK)
        .opinion(opinion()).deliveredAt(at(day(10, 21))).build();
    rejected(accepted(), future, PetitionRules.DELIVERY_TIME);
  }

  @Test
  @DisplayName("Art 35: a review is requested within 30 days of the written reply; the opinion is due 30 days after the request")
  void reviewWithinThirtyDays() {
    PetitionState s = run(lifecycle, replied(), requestReview(at(day(11, 21)), PETITIONER));
    assertThat(s.status()).isEqualTo(PetitionStatus.UNDER_REVIEW);
    assertThat(s.dueDate()).contains(day(12, 21));
    Rejection r = rejected(replied(), requestReview(at(day(11, 22)), PETITIONER), PetitionRules.REVIEW_WINDOW);
    assertThat(r.article()).contains("信访工作条例 Art 35");
  }

  @Test
  @DisplayName("Art 35: only a grievance's handling opinion is reviewed")
  void reviewOfSuggestionRejected() {
    PetitionState r = received(petitionBuilder().type(PetitionType.SUGGESTION).build());
    PetitionState s = run(lifecycle, run(lifecycle, run(lifecycle, r, register(at(day(7, 25)))), accept(at(day(7, 26)))), reply(at(day(8, 1))));
    rejected(s, requestReview(at(day(8, 2)), PETITIONER), PetitionRules.REVIEW_GRIEVANCE_ONLY);
  }

  @Test
  @DisplayName("Art 36: a re-review is requested within 30 days of the review opinion")
  void reReviewWindow() {
    PetitionState s = reviewed(); // opinion delivered 2022-11-25 → window to 2022-12-26 (12-25 is a Sunday)
    assertThat(run(lifecycle, s, requestReReview(at(day(12, 26)))).status()).isEqualTo(PetitionStatus.UNDER_RE_REVIEW);
    Rejection r = rejected(s, requestReReview(at(day(12, 27))), PetitionRules.RE_REVIEW_WINDOW);
    assertThat(r.article()).contains("信访工作条例 Art 36");
  }

  @Test
  @DisplayName("Art 36: hearing time is not counted in the re-review opinion's 30 days and is recorded as paused days")
  void hearingTimeExcluded() {
    assertThat(lifecycle.reReviewOpinionDueDate(LocalDate.of(2024, 3, 1), 0)).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(lifecycle.reReviewOpinionDueDate(LocalDate.of(2024, 3, 1), 10)).isEqualTo(LocalDate.of(2024, 4, 10));
    PetitionState s = run(lifecycle, run(lifecycle, reviewed(), requestReReview(at(day(12, 5)))), reReviewOpinionCommand(at(day(12, 30)), 7));
    assertThat(s.pausedDays()).isEqualTo(7);
    assertThat(s.status()).isEqualTo(PetitionStatus.FINAL);
  }

  @Test
  @DisplayName("Art 36: after re-review the matter is final, and a new petition on the same facts is not accepted")
  void finalMatterNotAcceptedAgain() {
    PetitionId earlier = PetitionId.of("ZXD-2021-000007");
    MatterHistory history =
        MatterHistory.of(List.of(MatterHistory.PriorMatter.ofFinal(PetitionMatterKey.of(grievance()), earlier, JurisdictionLevel.COUNTY)));
    PetitionLifecycle l = PetitionLifecycle.of(PetitionLifecycleContext.builder(TREE).history(history).build());
    PetitionState s = run(l, run(l, Optional.empty(), receive(grievance())), register(at(day(7, 25))));
    Rejection r = rejected(l, Optional.of(s), accept(at(day(7, 26))), PetitionRules.ACCEPT_FINAL_MATTER);
    assertThat(r.article()).contains("信访工作条例 Art 36");
    PetitionState fin = run(l, s, declareFinal(Optional.of(earlier)));
    assertThat(fin.status()).isEqualTo(PetitionStatus.FINAL);
    rejected(l, Optional.of(s), declareFinal(Optional.of(PetitionId.of("ZXD-2021-000999"))), PetitionRules.FINAL_NOT_CONFIRMED);
    rejected(l, Optional.of(s), declareFinal(Optional.empty()), PetitionRules.FINAL_NOT_CONFIRMED);
    rejected(registered(), declareFinal(Optional.of(earlier)), PetitionRules.FINAL_NOT_CONFIRMED);
  }

  private static PetitionCommand.DeclareFinal declareFinal(Optional<PetitionId> sameFactsAs) {
    return PetitionCommand.DeclareFinal.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(7, 26))).actor(CLERK)
        .sameFactsAs(sameFactsAs).build();
  }

  @Test
  @DisplayName("Art 19(3): a higher body does not accept a matter accepted below and still within its limit")
  void higherBodyDoesNotAccept() {
    Petition atCounty = petitionBuilder().filedWith(AT_COUNTY).build();
    MatterHistory history =
        MatterHistory.of(List.of(MatterHistory.PriorMatter.accepted(PetitionMatterKey.of(atCounty), PetitionId.of("ZXD-2022-000100"),
            JurisdictionLevel.TOWNSHIP, day(9, 1))));
    PetitionLifecycle l = PetitionLifecycle.of(PetitionLifecycleContext.builder(TREE).history(history).build());
    PetitionState s = run(l, run(l, Optional.empty(), receive(atCounty)), register(at(day(7, 25))));
    Rejection r = rejected(l, Optional.of(s), accept(at(day(8, 1))), PetitionRules.ACCEPT_ALREADY_ACCEPTED);
    assertThat(r.article()).contains("信访工作条例 Art 19(3)");
    assertThat(l.decide(Optional.of(s), accept(at(day(9, 2)))).isAccepted()).as("after the limit").isTrue();
    PetitionState sameLevel = run(l, run(l, Optional.empty(), receive(grievance())), register(at(day(7, 25))));
    assertThat(l.decide(Optional.of(sameLevel), accept(at(day(8, 1)))).isAccepted()).as("same level").isTrue();
  }

  @Test
  @DisplayName("Art 20: a walk-in more than one level above the body with authority is flagged SKIP_LEVEL on Received")
  void skipLevelWalkIn() {
    Petition prefecture = petitionBuilder().channel(Channel.WALK_IN)
        .filedWith(HandlingPlace.of(PREFECTURE.id(), JurisdictionLevel.PREFECTURE)).build();
    Petition county = petitionBuilder().channel(Channel.WALK_IN).filedWith(AT_COUNTY).build();
    Petition letterToPrefecture = petitionBuilder().filedWith(HandlingPlace.of(PREFECTURE.id(), JurisdictionLevel.PREFECTURE)).build();
    assertThat(received(prefecture).flags()).contains(PetitionFlag.SKIP_LEVEL);
    assertThat(received(county).flags()).doesNotContain(PetitionFlag.SKIP_LEVEL);
    assertThat(received(letterToPrefecture).flags()).doesNotContain(PetitionFlag.SKIP_LEVEL);
    assertThat(lifecycle.isSkipLevel(prefecture)).isTrue();
  }

  @Test
  @DisplayName("Art 20: a group walking in may choose at most 5 representatives (profile); the group is flagged COLLECTIVE")
  void representativeCap() {
    Petition.Builder six = petitionBuilder().channel(Channel.WALK_IN).petitioners(List.of()).headcount(12);
    Petition.Builder five = petitionBuilder().channel(Channel.WALK_IN).petitioners(List.of()).headcount(12);
    for (int i = 0; i < 6; i++) {
      six.addPetitioners(Petitioner.representative(PersonId.of("P-10" + i)));
      if (i < 5) {
        five.addPetitioners(Petitioner.representative(PersonId.of("P-10" + i)));
      }
    }
    Rejection r = rejected(lifecycle, Optional.empty(), receive(six.build()), PetitionRules.REPRESENTATIVES);
    assertThat(r.article()).contains("信访工作条例 Art 20");
    assertThat(received(five.build()).flags()).contains(PetitionFlag.COLLECTIVE);
    PetitionLifecycle zhejiang = PetitionLifecycle.of(PetitionLifecycleContext.builder(TREE).collective(CollectiveProfile.zhejiang()).build());
    rejected(zhejiang, Optional.empty(), receive(Petition.builder().from(five.build()).headcount(8).build()), PetitionRules.REPRESENTATIVES);
    assertThat(zhejiang.decide(Optional.empty(), receive(five.build())).isAccepted()).as("12 persons: 5 allowed").isTrue();
  }

  @Test
  @DisplayName("Art 28: an official with a direct interest cannot be case owner, cannot act, cannot own the case as leader")
  void recusal() {
    OfficialId interested = OWNER_ID;
    PetitionLifecycle l = PetitionLifecycle.of(PetitionLifecycleContext.builder(TREE).interestedOfficials(p -> Set.of(interested)).build());
    PetitionState s = run(l, run(l, Optional.empty(), receive(grievance())), register(at(day(7, 25))));
    Rejection r = rejected(l, Optional.of(s), assign(at(day(7, 26)), day(8, 10)), PetitionRules.RECUSAL);
    assertThat(r.article()).contains("信访工作条例 Art 28");
    PetitionCommand.Accept byInterested = PetitionCommand.Accept.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(7, 26)))
        .actor(Actor.official(interested, Role.DEPARTMENT_STAFF)).build();
    rejected(l, Optional.of(s), byInterested, PetitionRules.RECUSAL);
    PetitionCommand.AssignCaseOwnership leader = PetitionCommand.AssignCaseOwnership.builder().petitionId(ID).commandId(nextId())
        .issuedAt(at(day(7, 26))).actor(CLERK).leader(interested).build();
    rejected(l, Optional.of(s), leader, PetitionRules.RECUSAL);
  }

  @Test
  @DisplayName("Roles: petitioners withdraw and request review; officials may not withdraw; strangers may not request review")
  void roles() {
    PetitionCommand.Withdraw byPetitioner = PetitionCommand.Withdraw.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(7, 26))).actor(PETITIONER).build();
    assertThat(run(lifecycle, registered(), byPetitioner).status()).isEqualTo(PetitionStatus.WITHDRAWN);
    PetitionCommand.Withdraw byClerk = PetitionCommand.Withdraw.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(7, 26))).actor(CLERK).build();
    rejected(registered(), byClerk, PetitionRules.ACTOR_ROLE);
    rejected(replied(), requestReview(at(day(10, 25)), STRANGER), PetitionRules.NOT_PETITIONER);
    PetitionCommand.Register byPerson = PetitionCommand.Register.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(7, 25))).actor(PETITIONER).build();
    rejected(received(grievance()), byPerson, PetitionRules.ACTOR_ROLE);
  }

  @Test
  @DisplayName("Call-response (seed): an answer needs an open call")
  void answerNeedsCall() {
    PetitionCommand.AnswerCall answer = PetitionCommand.AnswerCall.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(8, 2))).actor(CLERK).unit(LABOUR).build();
    rejected(accepted(), answer, PetitionRules.NO_OPEN_CALL);
    PetitionCommand.RaiseCall call = PetitionCommand.RaiseCall.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(8, 1))).actor(ENGINE)
        .level(JurisdictionLevel.TOWNSHIP).reason("Not solved at village level").build();
    PetitionState s = run(lifecycle, run(lifecycle, accepted(), call), answer);
    assertThat(s.callsAnswered()).isEqualTo(1);
  }

  @Test
  @DisplayName("Art 13, 24: a joint meeting is convened once and decides once, after it is convened")
  void jointMeeting() {
    PetitionCommand.DecideJointMeeting decide = PetitionCommand.DecideJointMeeting.builder().petitionId(ID).commandId(nextId())
        .issuedAt(at(day(8, 4))).actor(CLERK).decision("Labour leads").leadUnit(LABOUR).build();
    rejected(accepted(), decide, PetitionRules.JOINT_MEETING_DECISION);
    PetitionCommand.ConveneJointMeeting convene = PetitionCommand.ConveneJointMeeting.builder().petitionId(ID).commandId(nextId())
        .issuedAt(at(day(8, 3))).actor(CLERK).addUnits(LABOUR, TOWN_OFFICE).build();
    PetitionState s = run(lifecycle, accepted(), convene);
    rejected(s, convene, PetitionRules.JOINT_MEETING_CONVENED);
    assertThat(run(lifecycle, s, decide).jointMeetingLeadUnit()).contains(LABOUR);
  }

  @Test
  @DisplayName("Art 33: a grievance is referred to mediation and back; a settlement concludes it without a reply")
  void mediationRoundTrip() {
    PetitionCommand.ReferToMediation refer = PetitionCommand.ReferToMediation.builder().petitionId(ID).commandId(nextId())
        .issuedAt(at(day(8, 1))).actor(CLERK).mediationCase(MediationCaseId.of("ZXD-M-2022-031")).build();
    PetitionState inMediation = run(lifecycle, accepted(), refer);
    assertThat(inMediation.status()).isEqualTo(PetitionStatus.IN_MEDIATION);
    PetitionCommand.Close close = PetitionCommand.Close.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(8, 20))).actor(CLERK).build();
    rejected(accepted(), close, PetitionRules.CLOSE_NEEDS_REPLY);
    PetitionState back = run(lifecycle, inMediation, PetitionCommand.ReturnFromMediation.builder().petitionId(ID).commandId(nextId())
        .issuedAt(at(day(8, 15))).actor(CLERK).result(MediationResult.SETTLED).build());
    assertThat(back.status()).isEqualTo(PetitionStatus.ACCEPTED);
    assertThat(back.mediationResult()).contains(MediationResult.SETTLED);
    assertThat(run(lifecycle, back, close).status()).isEqualTo(PetitionStatus.CONCLUDED);
  }

  @Test
  @DisplayName("Art 35: a replied grievance is not closed while the review window is open, unless the petitioner is satisfied")
  void closeAfterReply() {
    PetitionCommand.Close early = PetitionCommand.Close.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(10, 25))).actor(CLERK).build();
    rejected(replied(), early, PetitionRules.CLOSE_REVIEW_OPEN);
    PetitionState satisfied = run(lifecycle, replied(), PetitionCommand.RecordFeedback.builder().petitionId(ID).commandId(nextId())
        .issuedAt(at(day(10, 21))).actor(PETITIONER).satisfaction(Satisfaction.SATISFIED).build());
    assertThat(run(lifecycle, satisfied, early).status()).isEqualTo(PetitionStatus.CONCLUDED);
    PetitionCommand.Close late = PetitionCommand.Close.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(11, 22))).actor(CLERK).build();
    assertThat(run(lifecycle, replied(), late).status()).isEqualTo(PetitionStatus.CONCLUDED);
  }

  @Test
  @DisplayName("Feedback is recorded once")
  void feedbackOnce() {
    PetitionCommand.RecordFeedback f = PetitionCommand.RecordFeedback.builder().petitionId(ID).commandId(nextId())
        .issuedAt(at(day(10, 21))).actor(PETITIONER).satisfaction(Satisfaction.SATISFIED).build();
    rejected(run(lifecycle, replied(), f), f, PetitionRules.FEEDBACK_ONCE);
  }

  @Test
  @DisplayName("Art 25, 15: an escalation moves the matter up and is recorded; a stale or downward one is rejected")
  void escalation() {
    PetitionCommand.Escalate up = escalate(JurisdictionLevel.TOWNSHIP, AT_COUNTY);
    PetitionState s = run(lifecycle, accepted(), up);
    assertThat(s.handlingLevel()).isEqualTo(JurisdictionLevel.COUNTY);
    assertThat(s.escalations()).hasSize(1);
    assertThat(s.lastEscalationBy("overdue-town")).isPresent();
    rejected(s, escalate(JurisdictionLevel.TOWNSHIP, AT_COUNTY), PetitionRules.ESCALATE_LEVEL);
    PetitionState closed = run(lifecycle, registered(), divert(LegalProcedure.ARBITRATION));
    rejected(closed, escalate(JurisdictionLevel.TOWNSHIP, AT_COUNTY), PetitionRules.WRONG_STATUS);
  }

  private static PetitionCommand.Escalate escalate(JurisdictionLevel from, HandlingPlace to) {
    return PetitionCommand.Escalate.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(9, 1))).actor(ENGINE)
        .fromLevel(from).to(to).reason("Overdue at town level").policyId("zxd-default").policyVersion("3").ruleId("overdue-town").build();
  }

  @Test
  @DisplayName("Structure: a second Receive, a command on an empty stream, a command for another petition, one issued before the last event")
  void structuralRejections() {
    PetitionState s = registered();
    rejected(s, receive(grievance()), PetitionRules.STREAM_EXISTS);
    rejected(lifecycle, Optional.empty(), register(at(day(7, 25))), PetitionRules.STREAM_MISSING);
    PetitionCommand.Register other = PetitionCommand.Register.builder().petitionId(PetitionId.of("ZXD-2022-000999")).commandId(nextId())
        .issuedAt(at(day(7, 26))).actor(CLERK).build();
    rejected(s, other, PetitionRules.OTHER_PETITION);
    rejected(s, accept(at(day(7, 24))), PetitionRules.BEFORE_LAST_EVENT);
    rejected(s, register(at(day(7, 26))), PetitionRules.WRONG_STATUS);
    Petition future = grievance();
    PetitionCommand.Receive early = PetitionCommand.Receive.builder().commandId(nextId()).issuedAt(RECEIVED_AT.minusSeconds(60)).actor(CLERK).petition(future).build();
    rejected(lifecycle, Optional.empty(), early, PetitionRules.BEFORE_RECEIPT);
  }

  @Test
  @DisplayName("HandlingPlace: a place not in the jurisdiction tree, or at the wrong level, is rejected")
  void placeMustBeInTree() {
    PetitionCommand.Forward nowhere = PetitionCommand.Forward.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(7, 26))).actor(CLERK)
        .to(HandlingPlace.of(JurisdictionId.of("999999"), JurisdictionLevel.COUNTY, LABOUR)).build();
    rejected(registered(), nowhere, PetitionRules.PLACE_NOT_IN_TREE);
    PetitionCommand.Forward wrongLevel = PetitionCommand.Forward.builder().petitionId(ID).commandId(nextId()).issuedAt(at(day(7, 26))).actor(CLERK)
        .to(HandlingPlace.of(TOWN.id(), JurisdictionLevel.COUNTY, LABOUR)).build();
    rejected(registered(), wrongLevel, PetitionRules.PLACE_NOT_IN_TREE);
    rejected(registered(), assign(at(day(7, 26)), day(7, 20)), PetitionRules.ASSIGN_DUE_DATE);
    rejected(lifecycle, Optional.empty(), receive(petitionBuilder().arisenIn(JurisdictionId.of("999999")).build()), PetitionRules.PLACE_NOT_IN_TREE);
  }

  @Test
  @DisplayName("evolve rejects impossible events: a second Received, a first event that is not Received, an event in the wrong status")
  void evolveRejectsImpossibleEvents() {
    PetitionState s = received(grievance());
    PetitionEvent.Received again = PetitionEvent.Received.builder().eventId(org.hewei.governance.core.event.EventId.of("e-x"))
        .occurredAt(RECEIVED_AT).actor(CLERK).petition(grievance()).build();
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), again)).isInstanceOf(InvalidValueException.class).hasMessageContaining("Received");
    PetitionEvent.Registered reg = PetitionEvent.Registered.builder().petitionId(ID).eventId(org.hewei.governance.core.event.EventId.of("e-y"))
        .occurredAt(RECEIVED_AT).actor(CLERK).build();
    assertThatThrownBy(() -> lifecycle.evolve(Optional.empty(), reg)).isInstanceOf(InvalidValueException.class);
    PetitionEvent.Accepted acc = PetitionEvent.Accepted.builder().petitionId(ID).eventId(org.hewei.governance.core.event.EventId.of("e-z"))
        .occurredAt(RECEIVED_AT).actor(CLERK).build();
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), acc)).isInstanceOf(InvalidValueException.class).hasMessageContaining("RECEIVED");
    PetitionEvent.Registered otherPetition = PetitionEvent.Registered.builder().petitionId(PetitionId.of("ZXD-2022-000999"))
        .eventId(org.hewei.governance.core.event.EventId.of("e-w")).occurredAt(RECEIVED_AT).actor(CLERK).build();
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), otherPetition)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("A retried command yields the same event ids (derived from the command id)")
  void eventIdsDeriveFromCommandId() {
    PetitionCommand.Register c = register(at(day(7, 25)));
    PetitionState s = received(grievance());
    assertThat(lifecycle.decide(Optional.of(s), c).events()).isEqualTo(lifecycle.decide(Optional.of(s), c).events());
    assertThat(lifecycle.decide(Optional.of(s), c).events().get(0).eventId()).isEqualTo(Decider.eventId(c.commandId(), 0));
  }

  @Test
  @DisplayName("The context fails fast on a deadline policy without a period the lifecycle reads")
  void contextNeedsPeriods() {
    DeadlinePolicy partial = DeadlinePolicy.builder().id(PolicyId.of("partial")).version(1).title("partial")
        .addPeriods(DeadlinePolicy.defaults().period(DeadlinePolicy.REGISTER_AND_ROUTE)).build();
    assertThatThrownBy(() -> PetitionLifecycleContext.builder(TREE).deadlines(partial).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("objection");
  }

  @Test
  @DisplayName("PetitionMatterKey: same people, category and subject are the same matter; toString hides people and subject")
  void matterKey() {
    PetitionMatterKey a = PetitionMatterKey.of(grievance(), "parcel-17");
    assertThat(a).isEqualTo(PetitionMatterKey.of(petitionBuilder().id(PetitionId.of("ZXD-2022-000500")).build(), "parcel-17"));
    assertThat(a).isNotEqualTo(PetitionMatterKey.of(grievance(), "parcel-18"));
    assertThat(a.toString()).doesNotContain("parcel-17").doesNotContain(PETITIONER_ID.value());
    assertThat(PetitionMatterKey.of(grievance()).subject()).isEqualTo(VILLAGE.id().value());
  }
}
