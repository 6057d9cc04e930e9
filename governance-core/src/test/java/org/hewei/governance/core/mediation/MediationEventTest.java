package org.hewei.governance.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.mediation.Fixtures.APPLICANT;
import static org.hewei.governance.core.mediation.Fixtures.D0;
import static org.hewei.governance.core.mediation.Fixtures.ELDER;
import static org.hewei.governance.core.mediation.Fixtures.SECRET;
import static org.hewei.governance.core.mediation.Fixtures.evt;
import static org.hewei.governance.core.mediation.MediationCommandTest.assertRejected;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MediationEventTest {
  static Stream<Class<?>> permitted() {
    return Arrays.stream(MediationEvent.class.getPermittedSubclasses());
  }

  @Test
  void everyPermittedSubtypeHasAnExampleAndMirrorsACommand() {
    Set<Class<?>> permitted = permitted().collect(Collectors.toSet());
    assertThat(permitted).hasSize(13);
    assertThat(Fixtures.eventExamples().keySet()).containsExactlyInAnyOrderElementsOf(permitted);
    assertThat(permitted).hasSameSizeAs(MediationCommand.class.getPermittedSubclasses());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("permitted")
  void everySubtypeBuildsWithIdTimeActorAndHidesPersonalText(Class<?> type) throws Exception {
    Supplier<MediationEvent> example =
        java.util.Objects.requireNonNull(Fixtures.eventExamples().get(type), "no example for " + type);
    MediationEvent e = example.get();
    assertThat(e).isInstanceOf(type);
    assertThat(e.eventId().value()).isEqualTo("evt-1");
    assertThat(e.occurredAt()).isEqualTo(Fixtures.T0);
    assertThat(e.actor()).isEqualTo(Fixtures.CLERK);
    assertThat(e.caseId()).isEqualTo(Fixtures.CASE);
    assertThat(e.toString()).doesNotContain(SECRET).doesNotContain("赵铁柱").doesNotContain("13912345678");
    assertThat(e).isEqualTo(example.get());
    assertThat(type.getMethod("builder").invoke(null)).isNotNull();
  }

  @Test
  void eventsValidateTheirPayloadLikeCommands() {
    assertRejected(
        () -> evt(MediationEvent.SessionHeld.builder()).heldOn(D0).addMediatorsPresent(ELDER).notes("x").build(),
        "partiesPresent",
        "must not be empty");
    assertRejected(
        () ->
            evt(MediationEvent.JudicialConfirmationApplied.builder())
                .appliedOn(D0)
                .addApplicants(APPLICANT)
                .court("邹城市人民法院")
                .build(),
        "applicants",
        "Art 33");
    assertRejected(
        () ->
            evt(MediationEvent.JudicialConfirmationDecided.builder())
                .decision(JudicialConfirmationStatus.APPLIED)
                .decidedOn(D0)
                .build(),
        "decision",
        "court decision");
    assertRejected(
        () -> evt(MediationEvent.RefusalRecorded.builder()).party(APPLICANT).reason("").build(), "reason", "blank");
  }
}
