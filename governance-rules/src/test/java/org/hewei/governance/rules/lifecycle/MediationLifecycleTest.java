package org.hewei.governance.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.mediation.Agreement;
import org.hewei.governance.core.mediation.Dispute;
import org.hewei.governance.core.mediation.DisputeId;
import org.hewei.governance.core.mediation.DisputeSource;
import org.hewei.governance.core.mediation.DisputeType;
import org.hewei.governance.core.mediation.JudicialConfirmationStatus;
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
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.hewei.governance.rules.deadline.DeadlineCalculator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MediationLifecycleTest {
  private static final MediationCaseId CASE = MediationCaseId.of("ZXD-TJ-2022-031");
  private static final Party A = Party.person(PersonId.of("P-1"), PartyRole.APPLICANT);
  private static final Party B = Party.person(PersonId.of("P-2"), PartyRole.RESPONDENT);
  private static final Party C = Party.person(PersonId.of("P-3"), PartyRole.OTHER);
  private static final Mediator M1 = Mediator.official(OfficialId.of("O-M1"));
  private static final Mediator M2 = Mediator.official(OfficialId.of("O-M2"));
  private static final Actor MEDIATOR = Actor.official(OfficialId.of("O-M1"), Role.MEDIATOR);
  private static final Actor POLICE = Actor.official(OfficialId.of("O-P1"), Role.POLICE_OFFICER);
  private static final Actor PETITION_OFFICER = Actor.official(OfficialId.of("O-X1"), Role.PETITION_OFFICER);
  private static final JurisdictionId VILLAGE = JurisdictionId.of("370883103201");
  private static final Venue ROOM = Venue.of(VenueKind.VILLAGE_MEDIATION_ROOM, "说事拉呱调解室", VILLAGE);
  private static final Venue POLICE_ROOM = Venue.of(VenueKind.POLICE_STATION_ROOM, "王伟调解室", VILLAGE);
  private static final PetitionId PETITION = PetitionId.of("ZXD-2022-000123");
  private static final String SECRET = "张三赔偿李四医药费3000元";

  private final MediationLifecycle lifecycle = MediationLifecycle.chinaMainland();
  private Optional<MediationCaseState> state = Optional.empty();
  private String today = "2022-07-05";
  private Actor actor = MEDIATOR;
  private int commands;

  // ---- fixtures -------------------------------------------------------------------------------

  private static Instant at(String day) {
    return LocalDate.parse(day).atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
  }

  private static LocalDate d(String day) {
    return LocalDate.parse(day);
  }

  private static Dispute dispute(DisputeSource source, Party... parties) {
    Dispute.Builder b = Dispute.builder()
        .id(DisputeId.of("D-1"))
        .source(source)
        .type(DisputeType.NEIGHBOURHOOD)
        .parties(List.of(parties))
        .summary("宅基地边界争议")
        .arose(VILLAGE)
        .foundAt(at("2022-07-04"))
        .foundBy(MEDIATOR)
        .riskLevel(RiskLevel.LOW);
    if (source == DisputeSource.PETITION_REFERRAL) {
      b.originPetition(PETITION);
    }
    return b.build();
  }

  private CommandId nextId() {
    return CommandId.of("cmd-" + ++commands);
  }

  private Decision<MediationEvent> run(MediationCommand c) {
    Decision<MediationEvent> decision = lifecycle.decide(state, c);
    for (MediationEvent e : decision.events()) {
      state = Optional.of(lifecycle.evolve(state, e));
    }
    return decision;
  }

  private void ok(MediationCommand c) {
    Decision<MediationEvent> decision = run(c);
    assertThat(decision.rejection()).as("decision of %s", c.getClass().getSimpleName()).isEmpty();
    assertThat(decision.events()).hasSize(1);
  }

  private Rejection rejected(MediationCommand c) {
    Optional<MediationCaseState> before = state;
    Decision<MediationEvent> decision = run(c);
    assertThat(decision.isAccepted()).as("decision of %s", c.getClass().getSimpleName()).isFalse();
    assertThat(decision.events()).isEmpty();
    assertThat(state).isEqualTo(before);
    return decision.rejection().orElseThrow();
  }

  private MediationCaseState s() {
    return state.orElseThrow();
  }

  private MediationCommand open(Dispute dispute, Venue venue) {
    return MediationCommand.Open.builder().commandId(nextId()).issuedAt(at(today)).actor(actor)
        .caseId(CASE).dispute(dispute).venue(venue).build();
  }

  private MediationCommand open() {
    return open(dispute(DisputeSource.ROUTINE_SCREENING, A, B), ROOM);
  }

  private MediationCommand assign(Mediator m) {
    return MediationCommand.AssignMediator.builder().commandId(nextId()).issuedAt(at(today)).actor(actor)
        .caseId(CASE).mediator(m).build();
  }

  private MediationCommand consent(Party p) {
    return MediationCommand.RecordConsent.builder().commandId(nextId()).issuedAt(at(today)).actor(actor)
        .caseId(CASE).party(p).build();
  }

  private MediationCommand refuse(Party p) {
    return MediationCommand.RecordRefusal.builder().commandId(nextId()).issuedAt(at(today)).actor(actor)
        .caseId(CASE).party(p).reason(SECRET).build();
  }

  private MediationCommand session(String day, Mediator... mediators) {
    return MediationCommand.HoldSession.builder().commandId(nextId()).issuedAt(at(today)).actor(actor)
        .caseId(CASE).heldOn(d(day)).addPartiesPresent(A, B)
        .addMediatorsPresent(mediators.length == 0 ? new Mediator[] {M1} : mediators)
        .notes(SECRET).build();
  }

  private MediationCommand outcome(MediationOutcome o, boolean remediesExplained) {
    return MediationCommand.RecordOutcome.builder().commandId(nextId()).issuedAt(at(today)).actor(actor)
        .caseId(CASE).outcome(o).otherRemediesExplained(remediesExplained).build();
  }

  private MediationCommand agreement(Agreement agreement) {
    return MediationCommand.RecordAgreement.builder().commandId(nextId()).issuedAt(at(today)).actor(actor)
        .caseId(CASE).agreement(agreement).build();
  }

  private MediationCommand apply(String day, Party... applicants) {
    return MediationCommand.ApplyForJudicialConfirmation.builder().commandId(nextId()).issuedAt(at(today))
        .actor(actor).caseId(CASE).appliedOn(d(day)).addApplicants(applicants).court("邹城市人民法院").build();
  }

  private MediationCommand court(JudicialConfirmationStatus decision, String day) {
    return MediationCommand.RecordJudicialConfirmation.builder().commandId(nextId()).issuedAt(at(today))
        .actor(actor).caseId(CASE).decision(decision).decidedOn(d(day)).build();
  }

  private MediationCommand settleOnSite(Optional<Agreement> agreement) {
    return MediationCommand.SettleOnSite.builder().commandId(nextId()).issuedAt(at(today)).actor(actor)
        .caseId(CASE).agreement(agreement).build();
  }

  private MediationCommand transfer() {
    return MediationCommand.TransferToMediationRoom.builder().commandId(nextId()).issuedAt(at(today))
        .actor(actor).caseId(CASE).room(POLICE_ROOM).build();
  }

  private MediationCommand returnTo(PetitionId petition) {
    return MediationCommand.ReturnToPetition.builder().commandId(nextId()).issuedAt(at(today)).actor(actor)
        .caseId(CASE).petition(petition).reason(SECRET).build();
  }

  private MediationCommand close() {
    return MediationCommand.Close.builder().commandId(nextId()).issuedAt(at(today)).actor(actor)
        .caseId(CASE).build();
  }

  private void inProgress() {
    ok(open());
    ok(assign(M1));
    ok(consent(A));
    ok(consent(B));
  }

  /** Settled with an oral agreement made on {@code day}; the clock is then on {@code day}. */
  private void settledOrally(String day) {
    today = day;
    inProgress();
    ok(session(day));
    ok(outcome(MediationOutcome.SETTLED, false));
    ok(agreement(Agreement.oral(SECRET, d(day))));
  }

  // ---- consent and refusal ---------------------------------------------------------------------

  @Test
  @DisplayName("人民调解法 Art 17: after a party refuses, a session is rejected (当事人一方明确拒绝调解的，不得调解)")
  void sessionAfterRefusalIsRejected() {
    ok(open());
    ok(assign(M1));
    ok(consent(A));
    ok(refuse(B));
    assertThat(s().status()).isEqualTo(MediationStatus.REFUSED);
    Rejection r = rejected(session("2022-07-05"));
    assertThat(r.rule()).isEqualTo("mediation.refused");
    assertThat(r.article()).hasValue("人民调解法 第十七条");
  }

  @Test
  @DisplayName("人民调解法 Art 17: after a refusal, outcomes, agreements, consents and new mediators are rejected")
  void everythingButReturnAndCloseIsRejectedAfterRefusal() {
    ok(open());
    ok(refuse(A));
    assertThat(rejected(outcome(MediationOutcome.SETTLED, false)).rule()).isEqualTo("mediation.refused");
    assertThat(rejected(agreement(Agreement.oral(SECRET, d(today)))).rule()).isEqualTo("mediation.refused");
    assertThat(rejected(consent(B)).rule()).isEqualTo("mediation.refused");
    assertThat(rejected(assign(M1)).rule()).isEqualTo("mediation.refused");
    ok(refuse(B));
    assertThat(s().refusals()).containsExactlyInAnyOrder(A, B);
    ok(close());
    assertThat(s().status()).isEqualTo(MediationStatus.CLOSED);
  }

  @Test
  @DisplayName("人民调解法 Art 17, 23: a session before every party consented is rejected")
  void sessionNeedsEveryConsent() {
    ok(open());
    ok(assign(M1));
    assertThat(s().status()).isEqualTo(MediationStatus.AWAITING_CONSENT);
    ok(consent(A));
    Rejection r = rejected(session("2022-07-05"));
    assertThat(r.rule()).isEqualTo("mediation.session.consent-missing");
    assertThat(r.article().orElseThrow()).contains("第十七条").contains("第二十三条");
    assertThat(r.reason()).contains("1 of 2 consented");
    ok(consent(B));
    assertThat(s().status()).isEqualTo(MediationStatus.IN_PROGRESS);
    ok(session("2022-07-05"));
    assertThat(s().sessionsHeld()).isEqualTo(1);
  }

  @Test
  @DisplayName("consent before a mediator is assigned waits (AWAITING_CONSENT); the mediator then starts mediation")
  void consentsFirstThenMediator() {
    ok(open());
    assertThat(s().status()).isEqualTo(MediationStatus.OPENED);
    ok(consent(A));
    ok(consent(B));
    assertThat(s().status()).isEqualTo(MediationStatus.AWAITING_CONSENT);
    assertThat(rejected(outcome(MediationOutcome.WITHDRAWN, false)).rule()).isEqualTo("mediation.outcome.consent-missing");
    ok(assign(M1));
    assertThat(s().status()).isEqualTo(MediationStatus.IN_PROGRESS);
  }

  @Test
  @DisplayName("人民调解法 Art 23(2): a party who consented ends mediation by withdrawing, not by refusing")
  void consentedPartyWithdrawsInsteadOfRefusing() {
    inProgress();
    Rejection r = rejected(refuse(A));
    assertThat(r.rule()).isEqualTo("mediation.refusal.after-consent");
    assertThat(r.article()).hasValue("人民调解法 第二十三条");
    ok(outcome(MediationOutcome.WITHDRAWN, false));
    assertThat(s().status()).isEqualTo(MediationStatus.WITHDRAWN);
  }

  @Test
  @DisplayName("a consent or refusal is recorded once per party, and only for a party of the dispute")
  void consentAndRefusalOncePerParty() {
    ok(open());
    ok(consent(A));
    assertThat(rejected(consent(A)).rule()).isEqualTo("mediation.consent.duplicate");
    assertThat(rejected(consent(C)).rule()).isEqualTo("mediation.party.unknown");
    ok(refuse(B));
    assertThat(rejected(refuse(B)).rule()).isEqualTo("mediation.refusal.duplicate");
  }

  // ---- mediators and sessions ------------------------------------------------------------------

  @Test
  @DisplayName("人民调解法 Art 19: one or several mediators, but the same mediator is not assigned twice")
  void mediatorsAreAssignedOnce() {
    ok(open());
    ok(assign(M1));
    ok(assign(M2));
    assertThat(s().mediators()).containsExactly(M1, M2);
    Rejection r = rejected(assign(M1));
    assertThat(r.rule()).isEqualTo("mediation.mediator.duplicate");
    assertThat(r.article()).hasValue("人民调解法 第十九条");
  }

  @Test
  @DisplayName("人民调解法 Art 19: a session attended by a mediator who is not assigned is rejected")
  void sessionMediatorsMustBeAssigned() {
    inProgress();
    Rejection r = rejected(session("2022-07-05", M2));
    assertThat(r.rule()).isEqualTo("mediation.session.mediator-not-assigned");
    assertThat(r.article()).hasValue("人民调解法 第十九条");
  }

  @Test
  @DisplayName("人民调解法 Art 27: sessions are dated in order, not before opening and not in the future")
  void sessionDates() {
    inProgress();
    assertThat(rejected(session("2022-07-04")).rule()).isEqualTo("mediation.session.before-opening");
    assertThat(rejected(session("2022-07-06")).rule()).isEqualTo("mediation.date.future");
    today = "2022-07-08";
    ok(session("2022-07-07"));
    assertThat(rejected(session("2022-07-06")).rule()).isEqualTo("mediation.session.order");
    ok(session("2022-07-08"));
    assertThat(s().sessionsHeld()).isEqualTo(2);
    assertThat(s().lastSessionOn()).hasValue(d("2022-07-08"));
  }

  // ---- outcome ---------------------------------------------------------------------------------

  @Test
  @DisplayName("人民调解法 Art 26: a failed mediation without telling the parties of other remedies is rejected")
  void failureNeedsOtherRemediesExplained() {
    inProgress();
    ok(session("2022-07-05"));
    Rejection r = rejected(outcome(MediationOutcome.FAILED, false));
    assertThat(r.rule()).isEqualTo("mediation.outcome.remedies-not-explained");
    assertThat(r.article()).hasValue("人民调解法 第二十六条");
    ok(outcome(MediationOutcome.FAILED, true));
    assertThat(s().status()).isEqualTo(MediationStatus.FAILED);
    assertThat(s().otherRemediesExplained()).isTrue();
    assertThat(rejected(outcome(MediationOutcome.SETTLED, false)).rule()).isEqualTo("mediation.outcome.once");
  }

  @Test
  @DisplayName("a mediation is settled or fails only after a session; a withdrawal needs none")
  void outcomeNeedsASession() {
    inProgress();
    assertThat(rejected(outcome(MediationOutcome.SETTLED, false)).rule()).isEqualTo("mediation.outcome.no-session");
    assertThat(rejected(outcome(MediationOutcome.FAILED, true)).rule()).isEqualTo("mediation.outcome.no-session");
    ok(outcome(MediationOutcome.WITHDRAWN, false));
  }

  // ---- agreement -------------------------------------------------------------------------------

  @Test
  @DisplayName("人民调解法 Art 28: an agreement before the mediation is settled is rejected, and recorded once")
  void agreementOnlyWhenSettled() {
    inProgress();
    ok(session("2022-07-05"));
    Rejection r = rejected(agreement(Agreement.oral(SECRET, d("2022-07-05"))));
    assertThat(r.rule()).isEqualTo("mediation.agreement.not-settled");
    assertThat(r.article()).hasValue("人民调解法 第二十八条");
    ok(outcome(MediationOutcome.SETTLED, false));
    ok(agreement(Agreement.oral(SECRET, d("2022-07-05"))));
    assertThat(rejected(agreement(Agreement.oral(SECRET, d("2022-07-05")))).rule()).isEqualTo("mediation.agreement.once");
  }

  @Test
  @DisplayName("人民调解法 Art 29: a written agreement is effective only when signed and sealed; recording it earlier is rejected")
  void writtenAgreementEffectiveWhenSealed() {
    today = "2022-07-20";
    inProgress();
    ok(session("2022-07-20"));
    ok(outcome(MediationOutcome.SETTLED, false));
    Agreement written = Agreement.written(SECRET, d("2022-07-20"), d("2022-07-20"), d("2022-07-21"), d("2022-07-22"));
    today = "2022-07-21";
    Rejection r = rejected(agreement(written));
    assertThat(r.rule()).isEqualTo("mediation.agreement.not-yet-effective");
    assertThat(r.article()).hasValue("人民调解法 第二十九条");
    assertThat(r.reason()).doesNotContain(SECRET);
    today = "2022-07-22";
    ok(agreement(written));
    assertThat(s().agreement().orElseThrow().effectiveOn()).isEqualTo(d("2022-07-22"));
    // the window counts from the seal day: 2022-07-22 + 30 = 2022-08-21 (Sunday) → Monday 2022-08-22
    assertThat(lifecycle.judicialConfirmationDeadline(written).dueDate()).isEqualTo(d("2022-08-22"));
  }

  @Test
  @DisplayName("人民调解法 Art 30: an oral agreement takes effect the day the parties agree; one dated later is rejected")
  void oralAgreementEffectiveWhenAgreed() {
    inProgress();
    ok(session("2022-07-05"));
    ok(outcome(MediationOutcome.SETTLED, false));
    Rejection r = rejected(agreement(Agreement.oral(SECRET, d("2022-07-06"))));
    assertThat(r.rule()).isEqualTo("mediation.agreement.not-yet-effective");
    assertThat(r.article()).hasValue("人民调解法 第三十条");
    assertThat(rejected(agreement(Agreement.oral(SECRET, d("2022-07-04")))).rule())
        .isEqualTo("mediation.agreement.before-opening");
    ok(agreement(Agreement.oral(SECRET, d("2022-07-05"))));
    assertThat(s().agreement().orElseThrow().effectiveOn()).isEqualTo(d("2022-07-05"));
  }

  // ---- judicial confirmation -------------------------------------------------------------------

  @Test
  @DisplayName("人民调解法 Art 33: a judicial-confirmation application on day 31 is rejected")
  void applicationOnDay31IsRejected() {
    settledOrally("2022-07-20"); // day 30 = 2022-08-19, a Friday
    today = "2022-08-20";
    Rejection r = rejected(apply("2022-08-20", A, B));
    assertThat(r.rule()).isEqualTo("mediation.confirmation.window");
    assertThat(r.article().orElseThrow()).contains("人民调解法 第三十三条").contains("民事诉讼法 第二百零五条");
    assertThat(r.reason()).contains("day 31").contains("2022-08-19");
  }

  @Test
  @DisplayName("人民调解法 Art 33: a joint application on day 30 is accepted")
  void applicationOnDay30IsAccepted() {
    settledOrally("2022-07-20");
    today = "2022-08-19";
    ok(apply("2022-08-19", A, B));
    assertThat(s().judicialConfirmation()).isEqualTo(JudicialConfirmationStatus.APPLIED);
    assertThat(s().judicialConfirmationAppliedOn()).hasValue(d("2022-08-19"));
  }

  @Test
  @DisplayName("人民调解法 Art 33, 民法典 Art 203: day 30 in the National Day week — an application on the next working day is accepted")
  void nationalDayWeekMovesTheLastDay() {
    settledOrally("2022-09-05"); // day 30 = 2022-10-05, 国庆节; next working day Saturday 2022-10-08 (调休)
    today = "2022-10-09";
    Rejection r = rejected(apply("2022-10-09", A, B));
    assertThat(r.rule()).isEqualTo("mediation.confirmation.window");
    assertThat(r.reason()).contains("2022-10-08");
    ok(apply("2022-10-08", A, B));
  }

  @Test
  @DisplayName("人民调解法 Art 33, 司法确认规定 Art 1: an application not joined by every party is rejected")
  void applicationMustBeJoint() {
    today = "2022-07-20";
    ok(open(dispute(DisputeSource.ROUTINE_SCREENING, A, B, C), ROOM));
    ok(assign(M1));
    ok(consent(A));
    ok(consent(B));
    ok(consent(C));
    ok(session("2022-07-20"));
    ok(outcome(MediationOutcome.SETTLED, false));
    ok(agreement(Agreement.oral(SECRET, d("2022-07-20"))));
    Rejection r = rejected(apply("2022-07-20", A, B));
    assertThat(r.rule()).isEqualTo("mediation.confirmation.joint");
    assertThat(r.article().orElseThrow()).contains("第三十三条");
    assertThat(r.reason()).contains("1 of 3");
    ok(apply("2022-07-20", A, B, C));
  }

  @Test
  @DisplayName("人民调解法 Art 33: no application without an agreement, nor before it takes effect, nor in the future")
  void applicationNeedsAnEffectiveAgreement() {
    today = "2022-07-20";
    inProgress();
    ok(session("2022-07-20"));
    ok(outcome(MediationOutcome.SETTLED, false));
    Rejection none = rejected(apply("2022-07-20", A, B));
    assertThat(none.rule()).isEqualTo("mediation.confirmation.no-agreement");
    assertThat(none.article().orElseThrow()).contains("第三十三条");
    ok(agreement(Agreement.oral(SECRET, d("2022-07-20"))));
    assertThat(rejected(apply("2022-07-19", A, B)).rule()).isEqualTo("mediation.confirmation.before-effective");
    assertThat(rejected(apply("2022-07-21", A, B)).rule()).isEqualTo("mediation.date.future");
    assertThat(rejected(apply("2022-07-20", A, C)).rule()).isEqualTo("mediation.party.unknown");
  }

  @Test
  @DisplayName("司法确认规定 Art 4–8: one application; the court's decision is recorded only for a pending application")
  void courtDecisionFollowsTheApplication() {
    settledOrally("2022-07-20");
    assertThat(rejected(court(JudicialConfirmationStatus.CONFIRMED, "2022-07-20")).rule())
        .isEqualTo("mediation.confirmation.not-applied");
    ok(apply("2022-07-20", A, B));
    assertThat(rejected(apply("2022-07-20", A, B)).rule()).isEqualTo("mediation.confirmation.once");
    assertThat(rejected(close()).rule()).isEqualTo("mediation.close.confirmation-pending");
    today = "2022-07-25";
    assertThat(rejected(court(JudicialConfirmationStatus.CONFIRMED, "2022-07-19")).rule())
        .isEqualTo("mediation.confirmation.decided-before-application");
    ok(court(JudicialConfirmationStatus.CONFIRMED, "2022-07-25"));
    assertThat(s().judicialConfirmation()).isEqualTo(JudicialConfirmationStatus.CONFIRMED);
    assertThat(s().judicialConfirmationDecidedOn()).hasValue(d("2022-07-25"));
    ok(close());
  }

  // ---- police and petition referral ------------------------------------------------------------

  @Test
  @DisplayName("警调对接: the police settle a police referral on the spot; the case is SETTLED with its oral agreement")
  void policeSettleOnSite() {
    actor = POLICE;
    ok(open(dispute(DisputeSource.POLICE_REFERRAL, A, B), POLICE_ROOM));
    ok(settleOnSite(Optional.of(Agreement.oral(SECRET, d(today)))));
    assertThat(s().status()).isEqualTo(MediationStatus.SETTLED);
    assertThat(s().settledOnSite()).isTrue();
    assertThat(s().agreement()).isPresent();
    assertThat(rejected(transfer()).rule()).isEqualTo("mediation.police.after-outcome");
  }

  @Test
  @DisplayName("警调对接: a dispute not settled on the spot moves once to a mediation room; on-site settlement is then rejected")
  void policeTransferToMediationRoom() {
    actor = POLICE;
    ok(open(dispute(DisputeSource.POLICE_REFERRAL, A, B), ROOM));
    ok(transfer());
    assertThat(s().venue()).isEqualTo(POLICE_ROOM);
    assertThat(s().transferredToMediationRoom()).isTrue();
    assertThat(rejected(transfer()).rule()).isEqualTo("mediation.police.already-transferred");
    assertThat(rejected(settleOnSite(Optional.empty())).rule()).isEqualTo("mediation.police.already-transferred");
  }

  @Test
  @DisplayName("警调对接: on-site settlement and transfer are only for police referrals, and only by the police")
  void policeStepsOnlyForPoliceReferrals() {
    ok(open());
    actor = POLICE;
    assertThat(rejected(settleOnSite(Optional.empty())).rule()).isEqualTo("mediation.police.not-police-referral");
    assertThat(rejected(transfer()).rule()).isEqualTo("mediation.police.not-police-referral");
    actor = MEDIATOR;
    assertThat(rejected(transfer()).rule()).isEqualTo("mediation.actor.role");
  }

  @Test
  @DisplayName("访调对接: after a refusal the matter goes back to the petition it came from, once")
  void returnToPetitionAfterRefusal() {
    actor = PETITION_OFFICER;
    ok(open(dispute(DisputeSource.PETITION_REFERRAL, A, B), ROOM));
    actor = MEDIATOR;
    ok(refuse(B));
    actor = PETITION_OFFICER;
    assertThat(rejected(returnTo(PetitionId.of("ZXD-2022-000999"))).rule()).isEqualTo("mediation.petition.mismatch");
    ok(returnTo(PETITION));
    assertThat(s().status()).isEqualTo(MediationStatus.RETURNED_TO_PETITION);
    assertThat(s().returnedToPetition()).isTrue();
    assertThat(rejected(returnTo(PETITION)).rule()).isEqualTo("mediation.petition.already-returned");
    assertThat(rejected(close()).rule()).isEqualTo("mediation.actor.role");
    actor = MEDIATOR;
    ok(close());
  }

  @Test
  @DisplayName("访调对接: no return while mediation is under way (Art 26: end it first), after a settlement, or without a referring petition")
  void returnToPetitionRules() {
    ok(open());
    assertThat(rejected(returnTo(PETITION)).rule()).isEqualTo("mediation.petition.not-petition-referral");
    state = Optional.empty();
    ok(open(dispute(DisputeSource.PETITION_REFERRAL, A, B), ROOM));
    ok(assign(M1));
    ok(consent(A));
    ok(consent(B));
    Rejection r = rejected(returnTo(PETITION));
    assertThat(r.rule()).isEqualTo("mediation.petition.in-progress");
    assertThat(r.article()).hasValue("人民调解法 第二十六条");
    ok(session(today));
    ok(outcome(MediationOutcome.SETTLED, false));
    assertThat(rejected(returnTo(PETITION)).rule()).isEqualTo("mediation.petition.settled");
  }

  // ---- closing, structure, roles ---------------------------------------------------------------

  @Test
  @DisplayName("人民调解法 Art 27: a case is closed after mediation ended; a closed case accepts nothing")
  void closing() {
    inProgress();
    Rejection r = rejected(close());
    assertThat(r.rule()).isEqualTo("mediation.close.not-ended");
    ok(outcome(MediationOutcome.WITHDRAWN, false));
    ok(close());
    assertThat(s().closedAt()).hasValue(at(today));
    Rejection after = rejected(session(today));
    assertThat(after.rule()).isEqualTo("mediation.case.closed");
    assertThat(after.article()).hasValue("人民调解法 第二十七条");
  }

  @Test
  @DisplayName("a case is opened once; commands need an open case with the same id")
  void structure() {
    assertThat(rejected(consent(A)).rule()).isEqualTo("mediation.case.not-opened");
    ok(open());
    assertThat(rejected(open()).rule()).isEqualTo("mediation.case.already-opened");
    MediationCommand other = MediationCommand.RecordConsent.builder().commandId(nextId()).issuedAt(at(today))
        .actor(actor).caseId(MediationCaseId.of("OTHER-1")).party(A).build();
    assertThat(rejected(other).rule()).isEqualTo("mediation.case.mismatch");
  }

  @Test
  @DisplayName("MediationRoleTable: a grid worker holds no session; a party records its own consent; the system issues nothing")
  void roles() {
    inProgress();
    actor = Actor.official(OfficialId.of("O-G1"), Role.GRID_WORKER);
    assertThat(rejected(session(today)).rule()).isEqualTo("mediation.actor.role");
    state = Optional.empty();
    actor = MEDIATOR;
    ok(open());
    actor = Actor.person(PersonId.of("P-1"));
    ok(consent(A));
    assertThat(rejected(consent(B)).rule()).isEqualTo("mediation.actor.role");
    assertThat(rejected(assign(M1)).rule()).isEqualTo("mediation.actor.role");
    actor = Actor.system("import");
    assertThat(rejected(refuse(B)).rule()).isEqualTo("mediation.actor.role");
    actor = Actor.official(OfficialId.of("O-G1"), Role.GRID_WORKER);
    MediationLifecycle local = MediationLifecycle.of(
        DeadlineCalculator.of(WorkingDayCalendar.chinaMainland()),
        MediationRoleTable.defaults().with(MediationCommand.RecordConsent.class, Set.of(Role.GRID_WORKER)));
    assertThat(local.decide(state, consent(B)).isAccepted()).isTrue();
    assertThatThrownBy(() -> MediationRoleTable.defaults().with(MediationCommand.Close.class, Set.of()))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("an accepted command yields one event: id derived from the command id, its instant and actor; version + 1")
  void eventShape() {
    MediationCommand c = open();
    Decision<MediationEvent> d = lifecycle.decide(state, c);
    MediationEvent e = d.events().get(0);
    assertThat(e).isInstanceOf(MediationEvent.Opened.class);
    assertThat(e.eventId()).isEqualTo(EventId.of(c.commandId().value() + ".0"));
    assertThat(e.occurredAt()).isEqualTo(c.issuedAt());
    assertThat(e.actor()).isEqualTo(c.actor());
    state = Optional.of(lifecycle.evolve(state, e));
    assertThat(s().version()).isEqualTo(1);
    ok(assign(M1));
    assertThat(s().version()).isEqualTo(2);
  }

  @Test
  @DisplayName("evolve rejects impossible events: a second Opened, a session before consent, another case's event, anything after closing")
  void evolveRejectsImpossibleEvents() {
    MediationEvent opened = lifecycle.decide(state, open()).events().get(0);
    MediationCaseState s = lifecycle.evolve(Optional.empty(), opened);
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), opened))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("opened only once");
    MediationEvent session = MediationEvent.SessionHeld.builder().eventId(EventId.of("e-2")).occurredAt(at(today))
        .actor(MEDIATOR).caseId(CASE).heldOn(d(today)).addPartiesPresent(A).addMediatorsPresent(M1)
        .notes(SECRET).build();
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), session))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("OPENED").hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> lifecycle.evolve(Optional.empty(), session))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Opened");
    MediationEvent foreign = MediationEvent.ConsentRecorded.builder().eventId(EventId.of("e-3"))
        .occurredAt(at(today)).actor(MEDIATOR).caseId(MediationCaseId.of("OTHER-1")).party(A).build();
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), foreign))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("another case");
    MediationEvent refusal = MediationEvent.RefusalRecorded.builder().eventId(EventId.of("e-4"))
        .occurredAt(at(today)).actor(MEDIATOR).caseId(CASE).party(A).build();
    MediationEvent closed = MediationEvent.Closed.builder().eventId(EventId.of("e-5"))
        .occurredAt(at(today)).actor(MEDIATOR).caseId(CASE).build();
    MediationCaseState done = lifecycle.fold(List.of(opened, refusal, closed)).orElseThrow();
    assertThat(done.status()).isEqualTo(MediationStatus.CLOSED);
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(done), refusal))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("CLOSED");
  }

  @Test
  @DisplayName("个人信息: rejections and decisions never show refusal reasons, notes or agreement terms")
  void rejectionsHidePersonalText() {
    ok(open());
    ok(refuse(A));
    Decision<MediationEvent> d = lifecycle.decide(state, session(today));
    assertThat(d.toString()).doesNotContain(SECRET);
    Decision<MediationEvent> accepted = lifecycle.decide(state, refuse(B));
    assertThat(accepted.toString()).doesNotContain(SECRET);
    assertThat(s().toString()).doesNotContain(SECRET);
  }

  @Test
  @DisplayName("evolve checks each event's status: nothing before the outcome after a refusal, outcomes only in progress,"
      + " police-only events, no decision without application, no return without referral, no closing an open case")
  void evolveChecksEachEventsStatus() {
    MediationEvent opened = lifecycle.decide(state, open()).events().get(0);
    MediationCaseState s = lifecycle.evolve(Optional.empty(), opened);
    MediationCaseState refused = lifecycle.evolve(Optional.of(s), MediationEvent.RefusalRecorded.builder()
        .eventId(EventId.of("e-2")).occurredAt(at(today)).actor(MEDIATOR).caseId(CASE).party(A).build());
    assertThat(refused.status()).isEqualTo(MediationStatus.REFUSED);
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(refused), MediationEvent.MediatorAssigned.builder()
        .eventId(EventId.of("e-3")).occurredAt(at(today)).actor(MEDIATOR).caseId(CASE).mediator(M1).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("REFUSED");
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(refused), MediationEvent.ConsentRecorded.builder()
        .eventId(EventId.of("e-3")).occurredAt(at(today)).actor(MEDIATOR).caseId(CASE).party(B).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("REFUSED");
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), MediationEvent.OutcomeRecorded.builder()
        .eventId(EventId.of("e-3")).occurredAt(at(today)).actor(MEDIATOR).caseId(CASE).outcome(MediationOutcome.FAILED)
        .build())).isInstanceOf(InvalidValueException.class).hasMessageContaining("OPENED");
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), MediationEvent.JudicialConfirmationDecided.builder()
        .eventId(EventId.of("e-3")).occurredAt(at(today)).actor(MEDIATOR).caseId(CASE)
        .decision(JudicialConfirmationStatus.CONFIRMED).decidedOn(d(today)).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("no application");
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), MediationEvent.SettledOnSite.builder()
        .eventId(EventId.of("e-3")).occurredAt(at(today)).actor(POLICE).caseId(CASE).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("police referral");
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), MediationEvent.TransferredToMediationRoom.builder()
        .eventId(EventId.of("e-3")).occurredAt(at(today)).actor(POLICE).caseId(CASE).room(POLICE_ROOM).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("police referral");
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), MediationEvent.ReturnedToPetition.builder()
        .eventId(EventId.of("e-3")).occurredAt(at(today)).actor(MEDIATOR).caseId(CASE).petition(PETITION)
        .reason("退回").build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("not referred");
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), MediationEvent.Closed.builder()
        .eventId(EventId.of("e-3")).occurredAt(at(today)).actor(MEDIATOR).caseId(CASE).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("OPENED");
  }
}
