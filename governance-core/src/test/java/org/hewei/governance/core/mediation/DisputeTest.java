package org.hewei.governance.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hewei.governance.core.mediation.Fixtures.APPLICANT;
import static org.hewei.governance.core.mediation.Fixtures.RESPONDENT;
import static org.hewei.governance.core.mediation.Fixtures.SECRET;
import static org.hewei.governance.core.mediation.Fixtures.UNIT;
import static org.hewei.governance.core.mediation.Fixtures.disputeBuilder;
import static org.hewei.governance.core.mediation.MediationCommandTest.assertRejected;

import java.util.ArrayList;
import java.util.List;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.PetitionId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DisputeTest {
  @Test
  void aDisputeKeepsWhatWasGiven() {
    Dispute d = Fixtures.dispute();
    assertThat(d.parties()).containsExactly(APPLICANT, RESPONDENT);
    assertThat(d.summary()).isEqualTo(SECRET);
    assertThat(d.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(d.originPetition()).isEmpty();
    assertThat(d.policeIncidentNumber()).isEmpty();
    assertThat(d.toBuilder().riskLevel(RiskLevel.HIGH).build().riskLevel()).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void toStringHidesTheSummary() {
    assertThat(Fixtures.dispute().toString())
        .contains("ZXD-JF-2022-179")
        .doesNotContain("赵铁柱")
        .doesNotContain("13912345678");
  }

  @Test
  void aDisputeHasAtLeastTwoParties() {
    assertRejected(
        () -> disputeBuilder().parties(List.of(APPLICANT)).build(), "parties", "at least 2 parties");
  }

  @Test
  void aPartyAppearsOnlyOnceWhateverItsStanding() {
    Party sameAsApplicant = Party.person(PersonId.of("P-000001"), PartyRole.OTHER);
    assertRejected(
        () -> disputeBuilder().addParties(sameAsApplicant).build(), "parties", "only once");
  }

  @Test
  void atMostFiveHundredParties() {
    List<Party> many = new ArrayList<>();
    for (int i = 0; i <= Dispute.MAX_PARTIES; i++) {
      many.add(Party.person(PersonId.of("P-" + i), PartyRole.OTHER));
    }
    assertRejected(() -> disputeBuilder().parties(many).build(), "parties", "at most 500");
    assertThat(disputeBuilder().parties(many.subList(0, 500)).build().parties()).hasSize(500);
  }

  @Test
  void summaryIsPersonalTextAndNeverEchoed() {
    assertRejected(() -> disputeBuilder().summary("   ").build(), "summary", "blank");
    assertThatThrownBy(() -> disputeBuilder().summary(SECRET + "\u0007").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("summary")
        .hasMessageContaining("control character")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("赵铁柱"));
  }

  @Test
  @DisplayName("访调对接: a petition referral names its petition, and only a petition referral does")
  void petitionOriginMatchesTheSource() {
    assertThat(Fixtures.petitionDispute().originPetition()).contains(PetitionId.of("ZXD-2022-000123"));
    assertRejected(
        () -> disputeBuilder().source(DisputeSource.PETITION_REFERRAL).build(),
        "originPetition",
        "PETITION_REFERRAL");
    assertRejected(
        () -> disputeBuilder().originPetition(PetitionId.of("ZXD-2022-000123")).build(),
        "originPetition",
        "PETITION_REFERRAL");
  }

  @Test
  @DisplayName("警调对接: a police incident number only for a police referral")
  void policeIncidentNumberOnlyForPoliceReferral() {
    Dispute d =
        disputeBuilder()
            .source(DisputeSource.POLICE_REFERRAL)
            .policeIncidentNumber("J3708830220220705001")
            .addParties(UNIT)
            .build();
    assertThat(d.policeIncidentNumber()).contains("J3708830220220705001");
    assertThat(disputeBuilder().source(DisputeSource.POLICE_REFERRAL).build().policeIncidentNumber()).isEmpty();
    assertRejected(
        () -> disputeBuilder().policeIncidentNumber("J1").build(), "policeIncidentNumber", "POLICE_REFERRAL");
    assertRejected(
        () -> disputeBuilder().source(DisputeSource.POLICE_REFERRAL).policeIncidentNumber("no spaces allowed").build(),
        "policeIncidentNumber",
        "letters, digits");
  }

  @Test
  void missingRequiredValuesAreNamed() {
    assertThatThrownBy(
            () ->
                Dispute.builder()
                    .id(DisputeId.of("D-1"))
                    .addParties(APPLICANT, RESPONDENT)
                    .summary("x")
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("source")
        .hasMessageContaining("riskLevel");
  }
}
