package org.hewei.governance.core.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.petition.PetitionFixtures.PERSONAL;
import static org.hewei.governance.core.petition.PetitionFixtures.PI_TEXT;
import static org.hewei.governance.core.petition.PetitionFixtures.opinionBuilder;
import static org.hewei.governance.core.petition.Rejections.assertMissing;
import static org.hewei.governance.core.petition.Rejections.assertRejected;

import java.time.Instant;
import java.util.Optional;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.UnitId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** HandlingOpinion (Art 32), ReviewOpinion (Art 35–36), Extension (Art 34) and EscalationRecord. */
class OpinionsTest {

  @Test
  @DisplayName("a handling opinion states request, facts and reasons, opinion, legal basis and outcome (条例 Art 32)")
  void handlingOpinionFields() {
    HandlingOpinion o = PetitionFixtures.opinion();
    assertThat(o.outcome()).isEqualTo(HandlingOutcome.SUPPORTED);
    assertThat(o.legalBasis()).contains("Art 3");
    assertThat(o.issuedBy()).isEqualTo(UnitId.of("ZXD-XFB"));
    String shown = o.toString();
    for (String pi : PERSONAL) {
      assertThat(shown).doesNotContain(pi);
    }
    assertThat(shown).contains("opinion=***", "legalBasis=");
  }

  @Test
  @DisplayName("each Art 32 text is required and checked; missing ones are named")
  void handlingOpinionValidation() {
    assertRejected(() -> opinionBuilder().request(" ").build(), "request", "must not be blank");
    assertRejected(() -> opinionBuilder().factsAndReasons("").build(), "factsAndReasons", "must not be blank");
    assertRejected(() -> opinionBuilder().opinion("x".repeat(20_001)).build(), "opinion", "at most 20000");
    assertRejected(() -> opinionBuilder().legalBasis(" ").build(), "legalBasis", "must not be blank");
    assertMissing(
        () -> HandlingOpinion.builder().request("a").factsAndReasons("b").opinion("c").legalBasis("d").issuedBy(UnitId.of("U")).build(),
        "outcome");
  }

  private static ReviewOpinion.Builder review() {
    return ReviewOpinion.builder().decision(ReviewDecision.UPHELD).reasons(PI_TEXT).legalBasis("条例 Art 35").issuedBy(UnitId.of("ZC-XFJ"));
  }

  @Test
  @DisplayName("a review opinion states a new outcome exactly when it changes the opinion")
  void reviewOpinion() {
    assertThat(review().build().newOutcome()).isEmpty();
    assertThat(review().decision(ReviewDecision.CHANGED).newOutcome(HandlingOutcome.SUPPORTED).build().newOutcome())
        .contains(HandlingOutcome.SUPPORTED);
    assertRejected(() -> review().decision(ReviewDecision.CHANGED).build(), "newOutcome", "exactly when the decision is CHANGED");
    assertRejected(() -> review().newOutcome(HandlingOutcome.SUPPORTED).build(), "newOutcome", "exactly when");
    assertRejected(() -> review().decision(ReviewDecision.REVOKED).newOutcome(HandlingOutcome.SUPPORTED).build(), "newOutcome", "exactly when");
    assertRejected(() -> review().reasons(" ").build(), "reasons", "must not be blank");
    assertRejected(() -> review().legalBasis("").build(), "legalBasis", "must not be blank");
    assertThat(review().build().toString()).contains("reasons=***").doesNotContain(PetitionFixtures.FAKE_PHONE);
  }

  @Test
  @DisplayName("an extension has at least 1 day (the 30-day cap of 条例 Art 34 is a rule), a reason and an approver")
  void extension() {
    Extension e = Extension.of(30, PI_TEXT, OfficialId.of("ZXD-OFF-001"));
    assertThat(e.days()).isEqualTo(30);
    assertThat(Extension.of(45, "x", OfficialId.of("A")).days()).as("stored; the cap is governance-rules' business").isEqualTo(45);
    assertThat(e.toString()).contains("reason=***").doesNotContain(PetitionFixtures.FAKE_NAME);
    assertRejected(() -> Extension.of(0, "x", OfficialId.of("A")), "days", "at least 1");
    assertRejected(() -> Extension.of(-3, "x", OfficialId.of("A")), "days", "at least 1");
    assertRejected(() -> Extension.of(10, " ", OfficialId.of("A")), "reason", "must not be blank");
  }

  @Test
  @DisplayName("an escalation record goes up and names a valid rule id when automatic")
  void escalationRecord() {
    Instant at = Instant.parse("2022-08-01T00:00:00Z");
    EscalationRecord r = EscalationRecord.of(at, JurisdictionLevel.VILLAGE, JurisdictionLevel.MANAGEMENT_DISTRICT, Optional.of("overdue"));
    assertThat(r.ruleId()).contains("overdue");
    assertThat(EscalationRecord.of(at, JurisdictionLevel.VILLAGE, JurisdictionLevel.COUNTY, Optional.empty()).ruleId()).isEmpty();
    assertRejected(
        () -> EscalationRecord.of(at, JurisdictionLevel.TOWNSHIP, JurisdictionLevel.VILLAGE, Optional.empty()), "toLevel", "must be above");
    assertRejected(
        () -> EscalationRecord.of(at, JurisdictionLevel.TOWNSHIP, JurisdictionLevel.TOWNSHIP, Optional.empty()), "toLevel", "must be above");
    assertRejected(
        () -> EscalationRecord.of(at, JurisdictionLevel.VILLAGE, JurisdictionLevel.TOWNSHIP, Optional.of("no spaces")), "ruleId", "must be 1 to 64");
  }
}
