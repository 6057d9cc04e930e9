package org.hewei.governance.testkit.scenario;

import static org.hewei.governance.testkit.assertions.GovernanceAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.Extension;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Petitioner;
import org.hewei.governance.rules.lifecycle.PetitionLifecycle;
import org.hewei.governance.rules.lifecycle.PetitionLifecycleContext;
import org.hewei.governance.rules.lifecycle.PetitionRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;

/** The DSL as a user would write it against the real petition lifecycle. */
class PetitionScenarioExampleTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final JurisdictionTree TREE = JurisdictionTree.of(List.of(
      node("37", JurisdictionLevel.PROVINCE, null),
      node("3708", JurisdictionLevel.PREFECTURE, "37"),
      node("370883", JurisdictionLevel.COUNTY, "3708"),
      node("370883103", JurisdictionLevel.TOWNSHIP, "370883"),
      node("370883103201", JurisdictionLevel.VILLAGE, "370883103")));
  private static final PetitionLifecycle LIFECYCLE = PetitionLifecycle.of(PetitionLifecycleContext.of(TREE));
  private static final PetitionId ID = PetitionId.of("ZXD-2022-000123");
  private static final Actor CLERK = Actor.official(OfficialId.of("ZXD-OFF-017"), Role.PETITION_OFFICER);
  private static final Actor HEAD = Actor.official(OfficialId.of("ZXD-OFF-001"), Role.HEAD_OF_BODY);
  private static final OfficialId OWNER = OfficialId.of("ZXD-OFF-030");
  private static final Instant RECEIVED_AT =
      LocalDateTime.of(LocalDate.of(2022, 7, 25), LocalTime.of(9, 30)).atZone(ZONE).toInstant();

  private static Jurisdiction node(String id, JurisdictionLevel level, @Nullable String parent) {
    Jurisdiction.Builder b = Jurisdiction.builder().id(JurisdictionId.of(id)).level(level).name("辖区" + id);
    if (parent != null) {
      b.parentId(JurisdictionId.of(parent));
    }
    return b.build();
  }

  private static Petition petition() {
    return Petition.builder().id(ID).channel(Channel.LETTER).type(PetitionType.GRIEVANCE)
        .category(MatterCategory.WAGES).request("张三要求支付拖欠工资，电话13800138000")
        .addPetitioners(Petitioner.of(PersonId.of("P-000042")))
        .arisenIn(JurisdictionId.of("370883103201"))
        .filedWith(HandlingPlace.of(JurisdictionId.of("370883103"), JurisdictionLevel.TOWNSHIP, UnitId.of("ZXD-XFB")))
        .receivedAt(RECEIVED_AT).build();
  }

  private static PetitionCommand.Receive receive(String id, Instant now) {
    return PetitionCommand.Receive.builder().commandId(CommandId.of(id)).issuedAt(now).actor(CLERK)
        .petition(petition()).build();
  }

  private static PetitionCommand.Register register(String id, Instant now) {
    return PetitionCommand.Register.builder().petitionId(ID).commandId(CommandId.of(id)).issuedAt(now).actor(CLERK)
        .build();
  }

  private static PetitionCommand.Assign assign(String id, Instant now, LocalDate due) {
    return PetitionCommand.Assign.builder().petitionId(ID).commandId(CommandId.of(id)).issuedAt(now).actor(CLERK)
        .to(HandlingPlace.of(JurisdictionId.of("370883103"), JurisdictionLevel.TOWNSHIP, UnitId.of("ZXD-LDBZ")))
        .caseOwner(OWNER).dueDate(due).build();
  }

  private static PetitionCommand.Accept accept(String id, Instant now) {
    return PetitionCommand.Accept.builder().petitionId(ID).commandId(CommandId.of(id)).issuedAt(now).actor(CLERK)
        .build();
  }

  private static PetitionCommand.ApproveExtension extend(String id, Instant now) {
    return PetitionCommand.ApproveExtension.builder().petitionId(ID).commandId(CommandId.of(id)).issuedAt(now)
        .actor(HEAD).extension(Extension.of(30, "等待土地测绘", HEAD_ID)).build();
  }

  private static final OfficialId HEAD_ID = OfficialId.of("ZXD-OFF-001");

  /** A stand-in for the escalation engine: an open petition past its due date escalates. */
  private static final StateProbe<PetitionState, PetitionId> OVERDUE = (state, now) ->
      state.status().isOpen() && state.dueDate().filter(d -> LocalDate.ofInstant(now, ZONE).isAfter(d)).isPresent()
          ? List.of(state.id()) : List.of();

  @Test
  @DisplayName("received, registered, assigned and accepted; a second extension is rejected (条例 Art 34)")
  void lifecycle() {
    // README:begin
    GivenStage<PetitionState, PetitionCommand, PetitionEvent> accepted = Scenario.forDecider(LIFECYCLE)
        .withEscalationProbe(OVERDUE)
        .givenNoPriorActivity()
        .givenCurrentTime(RECEIVED_AT)
        .whenAtNow(now -> receive("cmd-1", now))
        .thenEventTypes(PetitionEvent.Received.class)
        .thenState(s -> assertThat(s).isInStatus(PetitionStatus.RECEIVED).hasVersion(1))
        .and()
        .whenTimeElapses(Duration.ofDays(1))
        .whenAtNow(now -> register("cmd-2", now))
        .thenState(s -> assertThat(s).isInStatus(PetitionStatus.REGISTERED))
        .and()
        .whenAtNow(now -> assign("cmd-3", now, LocalDate.of(2022, 9, 23)))
        .thenState(s -> assertThat(s).hasCaseOwner(OWNER).isDueOn(LocalDate.of(2022, 9, 23)))
        .and()
        .whenAtNow(now -> accept("cmd-4", now))
        .thenState(s -> assertThat(s).isInStatus(PetitionStatus.ACCEPTED).isAtLevel(JurisdictionLevel.TOWNSHIP))
        .thenNoEscalation()
        .and();

    // 60 days from acceptance (条例 Art 34) end on Saturday 2022-09-24, moved to Monday 2022-09-26 (民法典 Art 203).
    accepted.whenTimeElapses(Duration.ofDays(62))
        .thenState(s -> assertThat(s).isDueOn(LocalDate.of(2022, 9, 26)).isNotOverdueAt(LocalDate.of(2022, 9, 26)))
        .thenNoEscalation()
        .whenTimeElapses(Duration.ofDays(1))
        .thenEscalates(1)
        .thenState(s -> assertThat(s).isOverdueAt(LocalDate.of(2022, 9, 27)));

    accepted.whenAtNow(now -> extend("cmd-5", now))
        .thenAccepted()
        .and()
        .whenAtNow(now -> extend("cmd-6", now))
        .thenRejected(PetitionRules.EXTENSION_ONCE);
    // README:end
  }
}
