package org.hewei.governance.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hewei.governance.core.mediation.Fixtures.APPLICANT;
import static org.hewei.governance.core.mediation.Fixtures.D0;
import static org.hewei.governance.core.mediation.Fixtures.ELDER;
import static org.hewei.governance.core.mediation.Fixtures.SECRET;
import static org.hewei.governance.core.mediation.Fixtures.cmd;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class MediationCommandTest {
  static Stream<Class<?>> permitted() {
    return Arrays.stream(MediationCommand.class.getPermittedSubclasses());
  }

  @Test
  void everyPermittedSubtypeHasAnExample() {
    Set<Class<?>> permitted = permitted().collect(Collectors.toSet());
    assertThat(permitted).hasSize(13);
    assertThat(Fixtures.commandExamples().keySet()).containsExactlyInAnyOrderElementsOf(permitted);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("permitted")
  void everySubtypeBuildsWithCommonFieldsAndHidesPersonalText(Class<?> type) throws Exception {
    Supplier<MediationCommand> example =
        java.util.Objects.requireNonNull(Fixtures.commandExamples().get(type), "no example for " + type);
    MediationCommand c = example.get();
    assertThat(c).isInstanceOf(type);
    assertThat(c.caseId()).isEqualTo(Fixtures.CASE);
    assertThat(c.commandId().value()).isEqualTo("cmd-1");
    assertThat(c.issuedAt()).isEqualTo(Fixtures.T0);
    assertThat(c.actor()).isEqualTo(Fixtures.CLERK);
    assertThat(c.toString()).doesNotContain(SECRET).doesNotContain("赵铁柱").doesNotContain("13912345678");
    assertThat(c).isEqualTo(example.get()).hasSameHashCodeAs(example.get());
    // each subtype offers the documented public builder() factory
    assertThat(type.getMethod("builder").invoke(null)).isNotNull();
  }

  @Test
  void missingCaseIdIsNamed() {
    assertThatThrownBy(
            () ->
                MediationCommand.RecordConsent.builder()
                    .commandId(org.hewei.governance.core.event.CommandId.of("c"))
                    .issuedAt(Fixtures.T0)
                    .actor(Fixtures.CLERK)
                    .party(APPLICANT)
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("caseId");
  }

  @Test
  void nullPartyIsAMissingValueNotAnNpe() {
    assertThatThrownBy(() -> MediationCommand.RecordConsent.builder().party(nullValue()))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("party");
  }

  @Test
  void refusalReasonMustNotBeBlank() {
    assertRejected(
        () -> cmd(MediationCommand.RecordRefusal.builder()).party(APPLICANT).reason("  ").build(),
        "reason",
        "blank");
  }

  @Test
  void sessionNeedsPartiesMediatorsNotesAndAPlausibleHeadcount() {
    assertRejected(
        () -> cmd(MediationCommand.HoldSession.builder()).heldOn(D0).addMediatorsPresent(ELDER).notes("x").build(),
        "partiesPresent",
        "must not be empty");
    assertRejected(
        () -> cmd(MediationCommand.HoldSession.builder()).heldOn(D0).addPartiesPresent(APPLICANT).notes("x").build(),
        "mediatorsPresent",
        "must not be empty");
    assertRejected(
        () ->
            cmd(MediationCommand.HoldSession.builder())
                .heldOn(D0)
                .addPartiesPresent(APPLICANT)
                .addMediatorsPresent(ELDER)
                .othersPresent(-1)
                .notes("x")
                .build(),
        "othersPresent",
        "between 0 and 10000");
    assertRejected(
        () ->
            cmd(MediationCommand.HoldSession.builder())
                .heldOn(D0)
                .addPartiesPresent(APPLICANT)
                .addMediatorsPresent(ELDER)
                .notes("")
                .build(),
        "notes",
        "blank");
  }

  @Test
  void outcomeNoteMustNotBeBlankAndRemediesDefaultToNotExplained() {
    MediationCommand.RecordOutcome ok = cmd(MediationCommand.RecordOutcome.builder()).outcome(MediationOutcome.SETTLED).build();
    assertThat(ok.otherRemediesExplained()).isFalse();
    assertThat(ok.note()).isEmpty();
    assertRejected(
        () -> cmd(MediationCommand.RecordOutcome.builder()).outcome(MediationOutcome.FAILED).note("\t").build(),
        "note",
        "blank");
  }

  @Test
  @DisplayName("judicial confirmation is applied for jointly by both parties (人民调解法 Art 33)")
  void judicialConfirmationNeedsTwoApplicantsAndACourt() {
    assertRejected(
        () ->
            cmd(MediationCommand.ApplyForJudicialConfirmation.builder())
                .appliedOn(D0)
                .addApplicants(APPLICANT)
                .court("邹城市人民法院")
                .build(),
        "applicants",
        "Art 33");
    assertRejected(
        () ->
            cmd(MediationCommand.ApplyForJudicialConfirmation.builder())
                .appliedOn(D0)
                .addApplicants(APPLICANT, Fixtures.RESPONDENT)
                .court(" ")
                .build(),
        "court",
        "blank");
  }

  @ParameterizedTest
  @EnumSource(value = JudicialConfirmationStatus.class, names = {"NOT_APPLIED", "APPLIED"})
  void judicialDecisionMustBeADecidedStatus(JudicialConfirmationStatus undecided) {
    assertRejected(
        () ->
            cmd(MediationCommand.RecordJudicialConfirmation.builder())
                .decision(undecided)
                .decidedOn(D0)
                .build(),
        "decision",
        "court decision");
  }

  @Test
  void returnToPetitionNeedsAReasonAndNotesMustNotBeBlank() {
    assertRejected(
        () ->
            cmd(MediationCommand.ReturnToPetition.builder())
                .petition(org.hewei.governance.core.petition.PetitionId.of("P-1"))
                .reason(" ")
                .build(),
        "reason",
        "blank");
    assertRejected(() -> cmd(MediationCommand.Close.builder()).note(" ").build(), "note", "blank");
    assertRejected(() -> cmd(MediationCommand.SettleOnSite.builder()).note(" ").build(), "note", "blank");
    assertThat(cmd(MediationCommand.SettleOnSite.builder()).build().agreement()).isEmpty();
  }

  @Test
  void personalTextRejectionsNeverEchoTheText() {
    String tooLong = SECRET.repeat(2_000);
    assertThatThrownBy(() -> cmd(MediationCommand.Close.builder()).note(tooLong).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("note")
        .hasMessageContaining("at most 20000")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("赵铁柱"));
  }

  static void assertRejected(Runnable build, String field, String rulePart) {
    assertThatThrownBy(build::run)
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field))
        .hasMessageContaining(rulePart);
  }

  @SuppressWarnings("NullAway")
  private static <T> T nullValue() {
    return null;
  }
}
