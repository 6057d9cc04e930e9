package org.hewei.governance.core.keyperson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.person.Address;
import org.hewei.governance.core.person.PersonId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeyPersonRecordTest {
  private static final Instant NOW = Instant.parse("2022-07-25T01:00:00Z");
  private static final OfficialId OFFICER = OfficialId.of("ZXD-OFF-017");
  private static final Actor ACTOR = Actor.official(OFFICER, Role.POLICE_OFFICER);
  private static final KeyPersonRecordId ID = KeyPersonRecordId.of("ZXD-ZD-0007");
  private static final JurisdictionId VILLAGE = JurisdictionId.of("370883103201");
  private static final LocalDate DAY = LocalDate.of(2022, 7, 25);
  private static final KeySubject PERSON = KeySubject.person(PersonId.of("P-000042"));
  private static final KeySubject STATION = KeySubject.place("北村加油站", Address.of("山东省邹城市中心店镇北村12号"));
  private static final String REASON = "张三吸毒史, 住北村12号";

  private static ListSubject.Builder list(KeySubject subject, KeyPersonCategory category) {
    return ListSubject.builder()
        .commandId(CommandId.of("cmd-1"))
        .issuedAt(NOW)
        .actor(ACTOR)
        .recordId(ID)
        .subject(subject)
        .category(category)
        .level(ControlLevel.FOCUS)
        .responsibleOfficial(OFFICER)
        .jurisdiction(VILLAGE)
        .listedOn(DAY)
        .reason(REASON);
  }

  private static Listed.Builder listed(KeySubject subject, KeyPersonCategory category) {
    return Listed.builder()
        .eventId(EventId.of("evt-1"))
        .occurredAt(NOW)
        .actor(ACTOR)
        .recordId(ID)
        .subject(subject)
        .category(category)
        .level(ControlLevel.FOCUS)
        .responsibleOfficial(OFFICER)
        .jurisdiction(VILLAGE)
        .listedOn(DAY)
        .reason(REASON);
  }

  private static KeyPersonRecordState.Builder state(KeySubject subject, KeyPersonCategory category) {
    return KeyPersonRecordState.builder()
        .id(ID)
        .subject(subject)
        .category(category)
        .level(ControlLevel.STRICT)
        .responsibleOfficial(OFFICER)
        .jurisdiction(VILLAGE)
        .listedOn(DAY)
        .version(1);
  }

  @Test
  void subjects() {
    assertThat(PERSON.isPerson()).isTrue();
    assertThat(PERSON.person()).contains(PersonId.of("P-000042"));
    assertThat(PERSON.toString()).isEqualTo("person:P-000042");
    assertThat(STATION.isPerson()).isFalse();
    assertThat(STATION.toString()).isEqualTo("place:北村加油站 @ 山东省邹城市***");
    assertThat(KeySubject.place("九小场所-北村小卖部").toString()).isEqualTo("place:九小场所-北村小卖部");
    assertThatThrownBy(() -> KeySubject.place(" ")).isInstanceOf(InvalidValueException.class).hasMessageContaining("placeName");
  }

  @Test
  @DisplayName("commands and events carry the record id and implement the kernel interfaces")
  void sealedHierarchies() {
    List<KeyPersonCommand> commands =
        List.of(
            list(STATION, KeyPersonCatalogue.HAZARDOUS_MATERIALS_SITE).build(),
            RecordVisit.builder().commandId(CommandId.of("cmd-2")).issuedAt(NOW).actor(ACTOR).recordId(ID)
                .visitor(OFFICER).visitedOn(DAY.plusDays(5)).findings("在家").build(),
            ChangeLevel.builder().commandId(CommandId.of("cmd-3")).issuedAt(NOW).actor(ACTOR).recordId(ID)
                .level(ControlLevel.STRICT).reason("复吸").build(),
            Delist.builder().commandId(CommandId.of("cmd-4")).issuedAt(NOW).actor(ACTOR).recordId(ID)
                .delistedOn(DAY.plusYears(1)).reason("迁出").build());
    assertThat(commands).extracting(KeyPersonCommand::recordId).containsOnly(ID);
    assertThat(commands).extracting(c -> c.commandId().value()).containsExactly("cmd-1", "cmd-2", "cmd-3", "cmd-4");
    List<KeyPersonEvent> events =
        List.of(
            listed(PERSON, KeyPersonCatalogue.DRUG_RELATED).build(),
            Visited.builder().eventId(EventId.of("evt-2")).occurredAt(NOW).actor(ACTOR).recordId(ID)
                .visitor(OFFICER).visitedOn(DAY).findings("在家").build(),
            LevelChanged.builder().eventId(EventId.of("evt-3")).occurredAt(NOW).actor(ACTOR).recordId(ID)
                .previousLevel(ControlLevel.FOCUS).level(ControlLevel.STRICT).reason("复吸").build(),
            Delisted.builder().eventId(EventId.of("evt-4")).occurredAt(NOW).actor(ACTOR).recordId(ID)
                .delistedOn(DAY).reason("迁出").build());
    assertThat(events).extracting(KeyPersonEvent::recordId).containsOnly(ID);
    assertThat(events).extracting(e -> e.actor()).containsOnly(ACTOR);
  }

  @Test
  @DisplayName("the category and level of a named person never appear in toString (PIPL Art 28)")
  void personCategoryHidden() {
    ListSubject command = list(PERSON, KeyPersonCatalogue.DRUG_RELATED).build();
    Listed event = listed(PERSON, KeyPersonCatalogue.DRUG_RELATED).build();
    KeyPersonRecordState state = state(PERSON, KeyPersonCatalogue.DRUG_RELATED).build();
    for (Object value : List.of(command, event, state)) {
      assertThat(value.toString())
          .contains("person:P-000042", "category=***", "level=***")
          .doesNotContain("drug", "涉毒", "FOCUS", "STRICT", "张三", "北村");
    }
  }

  @Test
  void placeCategoryShown() {
    ListSubject command = list(STATION, KeyPersonCatalogue.HAZARDOUS_MATERIALS_SITE).build();
    KeyPersonRecordState state = state(STATION, KeyPersonCatalogue.HAZARDOUS_MATERIALS_SITE).build();
    assertThat(command.toString())
        .contains("category=hazardous-materials-site", "level=FOCUS", "reason=(13 chars)")
        .doesNotContain("张三", "12号");
    assertThat(state.toString()).contains("category=hazardous-materials-site", "level=STRICT", "lastVisit=none");
  }

  @Test
  void freeTextIsNeverPrinted() {
    RecordVisit visit = RecordVisit.builder().commandId(CommandId.of("cmd-2")).issuedAt(NOW).actor(ACTOR).recordId(ID)
        .visitor(OFFICER).visitedOn(DAY).findings("张三不在家, 其妻说去济宁打工").build();
    assertThat(visit.toString()).contains("findings=(15 chars)", "visitedOn=2022-07-25").doesNotContain("张三", "济宁");
    ChangeLevel change = ChangeLevel.builder().commandId(CommandId.of("cmd-3")).issuedAt(NOW).actor(ACTOR).recordId(ID)
        .level(ControlLevel.STRICT).reason("张三复吸").build();
    assertThat(change.toString()).doesNotContain("张三", "STRICT");
    LevelChanged changed = LevelChanged.builder().eventId(EventId.of("evt-3")).occurredAt(NOW).actor(ACTOR).recordId(ID)
        .previousLevel(ControlLevel.FOCUS).level(ControlLevel.STRICT).reason("张三复吸").build();
    assertThat(changed.toString()).doesNotContain("张三", "STRICT", "FOCUS");
    Delisted delisted = Delisted.builder().eventId(EventId.of("evt-4")).occurredAt(NOW).actor(ACTOR).recordId(ID)
        .delistedOn(DAY).reason("张三迁出").build();
    assertThat(delisted.toString()).contains("delistedOn=2022-07-25").doesNotContain("张三");
  }

  @Test
  @DisplayName("the category must be for the subject's kind, and the error never names a person's category")
  void categoryMustMatchSubject() {
    assertThatThrownBy(() -> list(PERSON, KeyPersonCatalogue.RENTAL_HOUSING).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must be a category of persons")
        .hasMessageNotContaining("rental");
    assertThatThrownBy(() -> list(STATION, KeyPersonCatalogue.DRUG_RELATED).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must be a category of places");
    assertThatThrownBy(() -> listed(PERSON, KeyPersonCatalogue.NINE_SMALL_VENUES).build()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> state(PERSON, KeyPersonCatalogue.NINE_SMALL_VENUES).build()).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void reasonsAndFindingsAreValidatedWithoutBeingShown() {
    assertThatThrownBy(() -> list(PERSON, KeyPersonCatalogue.DRUG_RELATED).reason(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> list(PERSON, KeyPersonCatalogue.DRUG_RELATED).reason("张三\u0007").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageNotContaining("张三");
    assertThatThrownBy(() -> RecordVisit.builder().commandId(CommandId.of("c")).issuedAt(NOW).actor(ACTOR).recordId(ID)
            .visitor(OFFICER).visitedOn(DAY).findings("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("findings");
    assertThatThrownBy(() -> Delist.builder().commandId(CommandId.of("c")).issuedAt(NOW).actor(ACTOR).recordId(ID)
            .delistedOn(DAY).reason("x".repeat(20_001)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most 20000");
  }

  @Test
  void levelChangeMustChangeTheLevel() {
    assertThatThrownBy(() -> LevelChanged.builder().eventId(EventId.of("e")).occurredAt(NOW).actor(ACTOR).recordId(ID)
            .previousLevel(ControlLevel.FOCUS).level(ControlLevel.FOCUS).reason("r").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must differ")
        .hasMessageNotContaining("FOCUS");
  }

  @Test
  void missingAttributesAreNamed() {
    assertThatThrownBy(() -> ListSubject.builder().commandId(CommandId.of("c")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("recordId");
  }

  @Test
  void stateInvariants() {
    KeyPersonRecordState listed = state(STATION, KeyPersonCatalogue.RENTAL_HOUSING).lastVisit(DAY.plusDays(3)).build();
    assertThat(listed.isListed()).isTrue();
    KeyPersonRecordState delisted = KeyPersonRecordState.builder().from(listed).delistedOn(DAY.plusDays(10)).version(5).build();
    assertThat(delisted.isListed()).isFalse();
    assertThat(delisted.lastVisit()).contains(DAY.plusDays(3));
    assertThat(delisted.toString()).contains("delistedOn=2022-08-04", "version=5");
    assertThatThrownBy(() -> state(STATION, KeyPersonCatalogue.RENTAL_HOUSING).lastVisit(DAY.minusDays(1)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("lastVisit");
    assertThatThrownBy(() -> state(STATION, KeyPersonCatalogue.RENTAL_HOUSING).delistedOn(DAY.minusDays(1)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("delistedOn");
    assertThatThrownBy(() -> state(STATION, KeyPersonCatalogue.RENTAL_HOUSING).version(0).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("version");
    assertThat(state(STATION, KeyPersonCatalogue.RENTAL_HOUSING).lastVisit(DAY).delistedOn(DAY).build().isListed()).isFalse();
  }
}
