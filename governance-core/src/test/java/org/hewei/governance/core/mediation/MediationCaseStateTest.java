package org.hewei.governance.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.mediation.Fixtures.APPLICANT;
import static org.hewei.governance.core.mediation.Fixtures.D0;
import static org.hewei.governance.core.mediation.Fixtures.RESPONDENT;
import static org.hewei.governance.core.mediation.Fixtures.SECRET;
import static org.hewei.governance.core.mediation.Fixtures.T0;
import static org.hewei.governance.core.mediation.MediationCommandTest.assertRejected;

import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.PetitionId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MediationCaseStateTest {
  static MediationCaseState.Builder opened() {
    return MediationCaseState.builder()
        .id(Fixtures.CASE)
        .version(1)
        .status(MediationStatus.OPENED)
        .dispute(Fixtures.dispute())
        .venue(Fixtures.ROOM)
        .openedAt(T0);
  }

  static MediationCaseState settledWithAgreement() {
    return opened()
        .version(6)
        .status(MediationStatus.SETTLED)
        .addMediators(Fixtures.ELDER)
        .addConsents(APPLICANT, RESPONDENT)
        .sessionsHeld(1)
        .lastSessionOn(D0)
        .outcome(MediationOutcome.SETTLED)
        .agreement(Fixtures.writtenAgreement())
        .build();
  }

  @Test
  void anOpenedCaseHasDefaults() {
    MediationCaseState s = opened().build();
    assertThat(s.sessionsHeld()).isZero();
    assertThat(s.judicialConfirmation()).isEqualTo(JudicialConfirmationStatus.NOT_APPLIED);
    assertThat(s.settledOnSite()).isFalse();
    assertThat(s.transferredToMediationRoom()).isFalse();
    assertThat(s.returnedToPetition()).isFalse();
    assertThat(s.otherRemediesExplained()).isFalse();
    assertThat(s.referralOrigin()).isEmpty();
    assertThat(s.allPartiesConsented()).isFalse();
    assertThat(s.toBuilder().build()).isEqualTo(s);
  }

  @Test
  void consentOfEveryPartyIsDetected() {
    MediationCaseState s = settledWithAgreement();
    assertThat(s.allPartiesConsented()).isTrue();
    assertThat(opened().addConsents(APPLICANT).build().allPartiesConsented()).isFalse();
  }

  @Test
  void toStringHidesTheDisputeSummaryAndAgreementTerms() {
    assertThat(settledWithAgreement().toString()).doesNotContain("赵铁柱").doesNotContain(SECRET);
  }

  @Test
  void versionAndSessionsAreNotNegative() {
    assertRejected(() -> opened().version(0).build(), "version", "at least 1");
    assertRejected(() -> opened().sessionsHeld(-1).build(), "sessionsHeld", "at least 0");
    assertRejected(() -> opened().sessionsHeld(2).build(), "lastSessionOn", "exactly when a session");
    assertRejected(() -> opened().lastSessionOn(D0).build(), "lastSessionOn", "exactly when a session");
  }

  @Test
  @DisplayName("consents and refusals come from the dispute's parties, never both (人民调解法 Art 17)")
  void consentsAndRefusalsAreDisputePartiesAndDisjoint() {
    Party stranger = Party.person(PersonId.of("P-999"), PartyRole.OTHER);
    assertRejected(() -> opened().addConsents(stranger).build(), "consents", "party of the dispute");
    assertRejected(() -> opened().addRefusals(stranger).build(), "refusals", "party of the dispute");
    assertRejected(
        () -> opened().addConsents(APPLICANT).addRefusals(APPLICANT).build(), "consents", "both consent and refuse");
  }

  @Test
  @DisplayName("a REFUSED case has a refusal: mediation does not proceed (人民调解法 Art 17)")
  void refusedNeedsARefusal() {
    assertRejected(() -> opened().status(MediationStatus.REFUSED).build(), "status", "Art 17");
    assertThat(opened().status(MediationStatus.REFUSED).addRefusals(RESPONDENT).build().refusals())
        .containsExactly(RESPONDENT);
  }

  @Test
  void outcomeStatusesCarryTheirOutcome() {
    assertRejected(() -> opened().status(MediationStatus.SETTLED).build(), "outcome", "requires outcome SETTLED");
    assertRejected(
        () -> opened().status(MediationStatus.FAILED).outcome(MediationOutcome.SETTLED).build(),
        "outcome",
        "requires outcome FAILED");
    assertRejected(() -> opened().status(MediationStatus.WITHDRAWN).build(), "outcome", "requires outcome WITHDRAWN");
  }

  @Test
  void anAgreementOnlyForASettlement() {
    assertRejected(
        () -> opened().outcome(MediationOutcome.FAILED).agreement(Fixtures.oralAgreement()).build(),
        "agreement",
        "SETTLED");
    assertRejected(() -> opened().agreement(Fixtures.oralAgreement()).build(), "agreement", "SETTLED");
  }

  @Test
  @DisplayName("judicial confirmation needs an agreement and its application day (人民调解法 Art 33)")
  void judicialConfirmationConsistency() {
    MediationCaseState s = settledWithAgreement();
    MediationCaseState applied =
        s.toBuilder()
            .judicialConfirmation(JudicialConfirmationStatus.APPLIED)
            .judicialConfirmationAppliedOn(D0.plusDays(5))
            .build();
    assertThat(applied.judicialConfirmationAppliedOn()).contains(D0.plusDays(5));
    MediationCaseState confirmed =
        applied.toBuilder()
            .judicialConfirmation(JudicialConfirmationStatus.CONFIRMED)
            .judicialConfirmationDecidedOn(D0.plusDays(15))
            .build();
    assertThat(confirmed.judicialConfirmation().isDecided()).isTrue();
    assertRejected(
        () -> s.toBuilder().judicialConfirmation(JudicialConfirmationStatus.APPLIED).build(),
        "judicialConfirmation",
        "needs an agreement and the day");
    assertRejected(
        () ->
            opened()
                .judicialConfirmation(JudicialConfirmationStatus.APPLIED)
                .judicialConfirmationAppliedOn(D0)
                .build(),
        "judicialConfirmation",
        "needs an agreement and the day");
    assertRejected(
        () -> s.toBuilder().judicialConfirmationAppliedOn(D0).build(),
        "judicialConfirmationAppliedOn",
        "only when judicial confirmation was applied");
    assertRejected(
        () -> applied.toBuilder().judicialConfirmation(JudicialConfirmationStatus.CONFIRMED).build(),
        "judicialConfirmationDecidedOn",
        "exactly when the court procedure has ended");
    assertRejected(
        () -> applied.toBuilder().judicialConfirmationDecidedOn(D0).build(),
        "judicialConfirmationDecidedOn",
        "exactly when the court procedure has ended");
  }

  @Test
  @DisplayName("访调对接: only a petition referral can be returned to its petition")
  void returnToPetitionNeedsAnOrigin() {
    assertRejected(() -> opened().returnedToPetition(true).build(), "returnedToPetition", "访调对接");
    MediationCaseState s =
        opened()
            .dispute(Fixtures.petitionDispute())
            .status(MediationStatus.RETURNED_TO_PETITION)
            .returnedToPetition(true)
            .build();
    assertThat(s.referralOrigin()).contains(PetitionId.of("ZXD-2022-000123"));
  }

  @Test
  void closedExactlyWithAClosingInstant() {
    assertRejected(() -> opened().status(MediationStatus.CLOSED).build(), "closedAt", "exactly when the case is CLOSED");
    assertRejected(() -> opened().closedAt(T0).build(), "closedAt", "exactly when the case is CLOSED");
    assertThat(opened().status(MediationStatus.CLOSED).closedAt(T0).build().closedAt()).contains(T0);
  }

  @Test
  void policeReferralFlags() {
    MediationCaseState s =
        opened()
            .status(MediationStatus.IN_PROGRESS)
            .transferredToMediationRoom(true)
            .venue(Fixtures.POLICE_ROOM)
            .build();
    assertThat(s.transferredToMediationRoom()).isTrue();
    assertThat(s.venue().kind()).isEqualTo(VenueKind.POLICE_STATION_ROOM);
  }
}
