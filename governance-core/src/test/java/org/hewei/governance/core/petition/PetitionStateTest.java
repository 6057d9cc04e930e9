package org.hewei.governance.core.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.petition.PetitionFixtures.LATER;
import static org.hewei.governance.core.petition.PetitionFixtures.PERSONAL;
import static org.hewei.governance.core.petition.PetitionFixtures.RECEIVED;
import static org.hewei.governance.core.petition.PetitionFixtures.TOWN_OFFICE;
import static org.hewei.governance.core.petition.Rejections.assertMissing;
import static org.hewei.governance.core.petition.Rejections.assertRejected;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.UnitId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PetitionState: defaults, derived values, consistency rules, and no personal data shown. */
class PetitionStateTest {

  static PetitionState.Builder received() {
    return PetitionState.builder().petition(PetitionFixtures.petition()).version(1).status(PetitionStatus.RECEIVED).updatedAt(RECEIVED);
  }

  @Test
  @DisplayName("a fresh state is handled where the petition was filed, with its flags and zero counters")
  void defaults() {
    PetitionState s = received().build();
    assertThat(s.id()).isEqualTo(PetitionFixtures.ID);
    assertThat(s.handling()).isEqualTo(TOWN_OFFICE);
    assertThat(s.handlingLevel()).isEqualTo(JurisdictionLevel.TOWNSHIP);
    assertThat(s.flags()).containsExactly(PetitionFlag.COLLECTIVE);
    assertThat(s.escalations()).isEmpty();
    assertThat(s.callsRaised() + s.callsAnswered() + s.repeatCount() + s.supervisionCount() + s.pausedDays()).isZero();
    assertThat(s.caseOwner()).isEmpty();
    assertThat(s.dueDate()).isEmpty();
  }

  @Test
  @DisplayName("toBuilder derives the next state and leaves the old one unchanged")
  void toBuilderDerivesNextState() {
    PetitionState s = received().build();
    HandlingPlace village = HandlingPlace.of(JurisdictionId.of("370883103201"), JurisdictionLevel.VILLAGE, UnitId.of("V-201"));
    PetitionState t =
        s.toBuilder()
            .version(2)
            .status(PetitionStatus.ASSIGNED)
            .updatedAt(LATER)
            .handling(village)
            .caseOwner(OfficialId.of("ZXD-OFF-017"))
            .dueDate(LocalDate.of(2022, 8, 10))
            .build();
    assertThat(t.version()).isEqualTo(2);
    assertThat(t.handlingLevel()).isEqualTo(JurisdictionLevel.VILLAGE);
    assertThat(t.petition()).isSameAs(s.petition());
    assertThat(s.version()).isEqualTo(1);
    assertThat(s.status()).isEqualTo(PetitionStatus.RECEIVED);
    assertThat(s.toBuilder().build()).isEqualTo(s);
  }

  @Test
  @DisplayName("the allocation-free accessors say what the Optional ones say, and stay out of equality")
  @SuppressWarnings("NullAway") // passes null on purpose
  void allocationFreeAccessors() {
    PetitionState none = received().build();
    assertThat(none.dueEpochDay()).isEqualTo(PetitionState.NO_DUE_DATE);
    assertThat(none.jointMeetingConvened()).isFalse();
    assertThat(none.hasCaseOwnershipLeader()).isFalse();
    assertThat(received().flags(Set.of()).build().flagBits()).isZero();
    PetitionState flagged = received().flags(Set.of(PetitionFlag.COLLECTIVE, PetitionFlag.URGENT)).build();
    assertThat(flagged.flagBits()).isEqualTo(PetitionFlag.COLLECTIVE.bit() | PetitionFlag.URGENT.bit()).isEqualTo(0b1000_0001L);
    assertThat(flagged.toString()).doesNotContain("flagBits");
    LocalDate due = LocalDate.of(2022, 8, 10);
    PetitionState some =
        received()
            .updatedAt(LATER)
            .dueDate(due)
            .jointMeetingConvenedAt(LATER)
            .caseOwnershipLeader(OfficialId.of("ZXD-OFF-001"))
            .build();
    assertThat(some.dueEpochDay()).isEqualTo(due.toEpochDay()).isEqualTo(19214L);
    assertThat(some.jointMeetingConvened()).isTrue();
    assertThat(some.hasCaseOwnershipLeader()).isTrue();
    assertThat(some.toBuilder().build()).isEqualTo(some).hasSameHashCodeAs(some);
    assertThat(some.toString()).doesNotContain("dueEpochDay").doesNotContain("hasCaseOwnershipLeader");
    EscalationRecord byRule =
        EscalationRecord.of(LATER, JurisdictionLevel.VILLAGE, JurisdictionLevel.TOWNSHIP, Optional.of("R4"));
    EscalationRecord byHand = EscalationRecord.of(LATER, JurisdictionLevel.VILLAGE, JurisdictionLevel.TOWNSHIP, Optional.empty());
    assertThat(byRule.decidedBy("R4")).isTrue();
    assertThat(byRule.decidedBy("R1")).isFalse();
    assertThat(byHand.decidedBy("R4")).isFalse();
    assertMissing(() -> byRule.decidedBy(null), "ruleId");
    assertThat(byRule).isEqualTo(EscalationRecord.of(LATER, JurisdictionLevel.VILLAGE, JurisdictionLevel.TOWNSHIP, Optional.of("R4")));
  }

  @Test
  @DisplayName("lastEscalationBy finds the latest escalation of a rule (idempotency and cool-down)")
  void lastEscalationBy() {
    Instant first = Instant.parse("2022-08-01T00:00:00Z");
    Instant second = Instant.parse("2022-08-05T00:00:00Z");
    PetitionState s =
        received()
            .updatedAt(second)
            .addEscalations(
                EscalationRecord.of(first, JurisdictionLevel.VILLAGE, JurisdictionLevel.MANAGEMENT_DISTRICT, Optional.of("overdue")),
                EscalationRecord.of(second, JurisdictionLevel.MANAGEMENT_DISTRICT, JurisdictionLevel.TOWNSHIP, Optional.of("overdue")),
                EscalationRecord.of(second, JurisdictionLevel.TOWNSHIP, JurisdictionLevel.COUNTY, Optional.empty()))
            .build();
    assertThat(s.lastEscalationBy("overdue").map(EscalationRecord::at)).contains(second);
    assertThat(s.lastEscalationBy("other")).isEmpty();
  }

  @Test
  @DisplayName("version ≥ 1 and counters ≥ 0")
  void counters() {
    assertRejected(() -> received().version(0).build(), "version", "at least 1");
    assertRejected(() -> received().pausedDays(-1).build(), "pausedDays", "at least 0");
    assertRejected(() -> received().callsRaised(-1).build(), "callsRaised", "at least 0");
    assertRejected(() -> received().callsAnswered(-1).build(), "callsAnswered", "at least 0");
    assertRejected(() -> received().repeatCount(-1).build(), "repeatCount", "at least 0");
    assertRejected(() -> received().supervisionCount(-1).build(), "supervisionCount", "at least 0");
  }

  @Test
  @DisplayName("dates and links are consistent: opinions need requests, results need cases, replies precede review")
  void consistency() {
    assertRejected(() -> received().updatedAt(RECEIVED.minusSeconds(1)).build(), "updatedAt", "must not be before");
    assertRejected(() -> received().reviewOpinionAt(LATER).build(), "reviewOpinionAt", "needs reviewRequestedAt");
    assertRejected(() -> received().reReviewRequestedAt(LATER).build(), "reReviewRequestedAt", "needs reviewOpinionAt");
    assertRejected(
        () -> received().reviewRequestedAt(LATER).reviewOpinionAt(LATER).reReviewOpinionAt(LATER).build(),
        "reReviewOpinionAt",
        "needs reReviewRequestedAt");
    assertRejected(() -> received().mediationResult(MediationResult.FAILED).build(), "mediationResult", "needs mediationCase");
    assertRejected(() -> received().jointMeetingLeadUnit(UnitId.of("U")).build(), "jointMeetingLeadUnit", "needs jointMeetingConvenedAt");
    assertRejected(() -> received().status(PetitionStatus.IN_MEDIATION).build(), "status", "needs mediationCase");
    assertRejected(() -> received().status(PetitionStatus.UNDER_REVIEW).build(), "status", "needs repliedAt");
    assertThat(received().status(PetitionStatus.IN_MEDIATION).mediationCase(MediationCaseId.of("M1")).build().mediationCase()).isPresent();
    assertThat(received().status(PetitionStatus.REPLIED).repliedAt(LATER).build().repliedAt()).contains(LATER);
    assertMissing(() -> PetitionState.builder().version(1).build(), "petition");
  }

  @Test
  @DisplayName("toString shows no request, facts or reasons")
  void toStringHidesPersonalInformation() {
    String shown =
        received().extension(Extension.of(10, PetitionFixtures.PI_TEXT, OfficialId.of("A"))).build().toString();
    for (String pi : PERSONAL) {
      assertThat(shown).doesNotContain(pi);
    }
    assertThat(shown).contains("PetitionState", "RECEIVED");
  }
}
