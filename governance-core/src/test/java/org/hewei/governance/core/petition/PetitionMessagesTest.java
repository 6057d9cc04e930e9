package org.hewei.governance.core.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.petition.PetitionFixtures.CLERK;
import static org.hewei.governance.core.petition.PetitionFixtures.ID;
import static org.hewei.governance.core.petition.PetitionFixtures.LATER;
import static org.hewei.governance.core.petition.PetitionFixtures.PERSONAL;
import static org.hewei.governance.core.petition.PetitionFixtures.PI_TEXT;
import static org.hewei.governance.core.petition.PetitionFixtures.TOWN;
import static org.hewei.governance.core.petition.PetitionFixtures.TOWN_OFFICE;
import static org.hewei.governance.core.petition.Rejections.assertMissing;
import static org.hewei.governance.core.petition.Rejections.assertRejected;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.organization.UnitId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command and event: builds, carries its petition, prints no personal information, validates. */
class PetitionMessagesTest {

  static Stream<Object> messages() {
    return Stream.concat(PetitionFixtures.allCommands().stream(), PetitionFixtures.allEvents().stream());
  }

  @Test
  @DisplayName("the fixtures hold exactly one instance of every permitted PetitionCommand subtype")
  void everyCommandSubtypeIsBuilt() {
    assertThat(PetitionFixtures.allCommands().stream().<Class<?>>map(c -> c.getClass().getSuperclass()).collect(Collectors.toList()))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(Arrays.asList(PetitionCommand.class.getPermittedSubclasses()));
  }

  @Test
  @DisplayName("the fixtures hold exactly one instance of every permitted PetitionEvent subtype")
  void everyEventSubtypeIsBuilt() {
    assertThat(PetitionFixtures.allEvents().stream().<Class<?>>map(e -> e.getClass().getSuperclass()).collect(Collectors.toList()))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(Arrays.asList(PetitionEvent.class.getPermittedSubclasses()));
  }

  @Test
  @DisplayName("each command step has its event (one fact per step of issue 2's list)")
  void commandsAndEventsCorrespond() {
    assertThat(PetitionEvent.class.getPermittedSubclasses()).hasSameSizeAs(PetitionCommand.class.getPermittedSubclasses());
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("messages")
  @DisplayName("toString shows no name, phone, citizen id or address from any free text")
  void toStringRevealsNoPersonalInformation(Object message) {
    String shown = message.toString();
    for (String pi : PERSONAL) {
      assertThat(shown).doesNotContain(pi);
    }
    assertThat(shown).contains(ID.value()).startsWith(message.getClass().getSuperclass().getSimpleName());
  }

  @Test
  @DisplayName("every command names its petition, id, time and actor")
  void commandsCarryTheirCommonAttributes() {
    for (PetitionCommand c : PetitionFixtures.allCommands()) {
      assertThat(c.petitionId()).isEqualTo(ID);
      assertThat(c.issuedAt()).isEqualTo(LATER);
      assertThat(c.actor()).isEqualTo(CLERK);
      assertThat(c.commandId().value()).startsWith("cmd-");
    }
  }

  @Test
  @DisplayName("every event names its petition, id, time and actor")
  void eventsCarryTheirCommonAttributes() {
    for (PetitionEvent e : PetitionFixtures.allEvents()) {
      assertThat(e.petitionId()).isEqualTo(ID);
      assertThat(e.occurredAt()).isEqualTo(LATER);
      assertThat(e.actor()).isEqualTo(CLERK);
      assertThat(e.eventId().value()).startsWith("evt-");
    }
  }

  @Test
  @DisplayName("Receive and Received take their petition id from the petition")
  void receiveTakesTheIdFromThePetition() {
    Petition p = PetitionFixtures.petitionBuilder().id(PetitionId.of("OTHER-1")).build();
    PetitionCommand.Receive c =
        PetitionCommand.Receive.builder().commandId(CommandId.of("c1")).issuedAt(LATER).actor(CLERK).petition(p).build();
    PetitionEvent.Received e =
        PetitionEvent.Received.builder().eventId(EventId.of("e1")).occurredAt(LATER).actor(CLERK).petition(p).build();
    assertThat(c.petitionId()).isEqualTo(PetitionId.of("OTHER-1"));
    assertThat(e.petitionId()).isEqualTo(PetitionId.of("OTHER-1"));
  }

  private static PetitionCommand.Decline.Builder decline() {
    return PetitionCommand.Decline.builder().petitionId(ID).commandId(CommandId.of("c1")).issuedAt(LATER).actor(CLERK);
  }

  @Test
  @DisplayName("a missing required attribute is named; a null is a MissingValueException, never an NPE")
  void missingValuesAreNamed() {
    assertMissing(() -> decline().build(), "reason");
    assertMissing(() -> PetitionCommand.Decline.builder().reason("x").build(), "petitionId");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> decline().reason(null)))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("reason");
  }

  @Test
  @DisplayName("free texts: blank and over-long texts are rejected without showing the text")
  void freeTextsAreChecked() {
    assertRejected(() -> decline().reason("   ").build(), "reason", "must not be blank");
    assertRejected(() -> decline().reason(PI_TEXT + "x".repeat(20_000)).build(), "reason", "at most 20000");
    assertRejected(() -> decline().reason(PI_TEXT + "\u0007").build(), "reason", "control character");
    assertRejected(
        () -> PetitionCommand.Close.builder().petitionId(ID).commandId(CommandId.of("c1")).issuedAt(LATER).actor(CLERK).note(" ").build(),
        "note",
        "must not be blank");
  }

  @Test
  @DisplayName("forward and assign must name the receiving unit")
  void forwardAndAssignNameAUnit() {
    HandlingPlace noUnit = HandlingPlace.of(TOWN, JurisdictionLevel.TOWNSHIP);
    assertRejected(
        () -> PetitionCommand.Forward.builder().petitionId(ID).commandId(CommandId.of("c1")).issuedAt(LATER).actor(CLERK).to(noUnit).build(),
        "to",
        "must name the unit");
    assertRejected(
        () -> PetitionEvent.Assigned.builder().petitionId(ID).eventId(EventId.of("e1")).occurredAt(LATER).actor(CLERK)
            .to(noUnit).caseOwner(org.hewei.governance.core.organization.OfficialId.of("O1"))
            .dueDate(java.time.LocalDate.of(2022, 8, 9)).build(),
        "to",
        "must name the unit");
  }

  private static PetitionEvent.Escalated.Builder escalated() {
    return PetitionEvent.Escalated.builder().petitionId(ID).eventId(EventId.of("e1")).occurredAt(LATER).actor(CLERK)
        .fromLevel(JurisdictionLevel.VILLAGE).to(TOWN_OFFICE).reason("overdue").explanation("overdue by 3 days");
  }

  @Test
  @DisplayName("escalation goes up, and policy id, version and rule id come together")
  void escalationIsUpwardWithCompleteProvenance() {
    assertThat(escalated().build().toLevel()).isEqualTo(JurisdictionLevel.TOWNSHIP);
    assertThat(escalated().policyId("p").policyVersion("1").ruleId("r").build().ruleId()).contains("r");
    assertRejected(() -> escalated().fromLevel(JurisdictionLevel.TOWNSHIP).build(), "to", "must be above");
    assertRejected(() -> escalated().fromLevel(JurisdictionLevel.COUNTY).build(), "to", "must be above");
    assertRejected(() -> escalated().policyId("p").build(), "policyId", "together");
    assertRejected(() -> escalated().policyId("p").policyVersion("1").build(), "policyId", "together");
    assertRejected(() -> escalated().ruleId("r").build(), "policyId", "together");
    assertRejected(() -> escalated().policyId("p").policyVersion("1").ruleId("bad id!").build(), "ruleId", "must be 1 to 64");
  }

  @Test
  @DisplayName("a joint meeting brings together at least 2 units (条例 Art 13, 24)")
  void jointMeetingNeedsTwoUnits() {
    assertRejected(
        () -> PetitionCommand.ConveneJointMeeting.builder().petitionId(ID).commandId(CommandId.of("c1")).issuedAt(LATER).actor(CLERK)
            .addUnits(UnitId.of("U1")).build(),
        "units",
        "at least 2");
    assertThat(
            PetitionCommand.ConveneJointMeeting.builder().petitionId(ID).commandId(CommandId.of("c1")).issuedAt(LATER).actor(CLERK)
                .addUnits(UnitId.of("U1"), UnitId.of("U2")).build().units())
        .hasSize(2);
  }

  @Test
  @DisplayName("hearing days excluded from the re-review period are not negative (条例 Art 36), default 0")
  void hearingDaysAreNotNegative() {
    PetitionCommand.IssueReReviewOpinion.Builder b = PetitionCommand.IssueReReviewOpinion.builder().petitionId(ID)
        .commandId(CommandId.of("c1")).issuedAt(LATER).actor(CLERK).opinion(PetitionFixtures.reviewOpinion()).deliveredAt(LATER);
    assertThat(b.build().hearingDays()).isZero();
    assertRejected(() -> b.hearingDays(-1).build(), "hearingDays", "at least 0");
  }

  @Test
  @DisplayName("commands and events are values: equal when their attributes are equal")
  void commandsAreValues() {
    List<PetitionCommand> a = PetitionFixtures.allCommands();
    List<PetitionCommand> b = PetitionFixtures.allCommands();
    assertThat(a).isEqualTo(b);
    assertThat(Set.copyOf(PetitionFixtures.allEvents())).hasSize(PetitionEvent.class.getPermittedSubclasses().length);
  }
}
