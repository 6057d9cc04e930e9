package org.hewei.governance.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.keyperson.ChangeLevel;
import org.hewei.governance.core.keyperson.ControlLevel;
import org.hewei.governance.core.keyperson.Delist;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonCategory;
import org.hewei.governance.core.keyperson.KeyPersonCommand;
import org.hewei.governance.core.keyperson.KeyPersonEvent;
import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.keyperson.KeySubject;
import org.hewei.governance.core.keyperson.LevelChanged;
import org.hewei.governance.core.keyperson.ListSubject;
import org.hewei.governance.core.keyperson.RecordVisit;
import org.hewei.governance.core.keyperson.Visited;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.person.PersonId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeyPersonLifecycleTest {
  private static final KeyPersonRecordId RECORD = KeyPersonRecordId.of("ZXD-ZD-0007");
  private static final KeySubject PERSON = KeySubject.person(PersonId.of("P-7"));
  private static final Actor POLICE = Actor.official(OfficialId.of("O-P1"), Role.POLICE_OFFICER);
  private static final Actor CENTRE = Actor.official(OfficialId.of("O-C1"), Role.GOVERNANCE_CENTRE_OFFICER);
  private static final Actor GRID = Actor.official(OfficialId.of("O-G1"), Role.GRID_WORKER);
  private static final String SECRET = "复吸风险，家属反映情况";

  private final KeyPersonCatalogue catalogue = KeyPersonCatalogue.defaults();
  private final KeyPersonLifecycle lifecycle = KeyPersonLifecycle.of(catalogue);
  private Optional<KeyPersonRecordState> state = Optional.empty();
  private String today = "2022-07-25";
  private Actor actor = POLICE;
  private int commands;

  private static Instant at(String day) {
    return LocalDate.parse(day).atTime(9, 0).toInstant(ZoneOffset.ofHours(8));
  }

  private static LocalDate d(String day) {
    return LocalDate.parse(day);
  }

  private CommandId nextId() {
    return CommandId.of("kp-" + ++commands);
  }

  private KeyPersonCommand list(KeySubject subject, KeyPersonCategory category, ControlLevel level, String day) {
    return ListSubject.builder().commandId(nextId()).issuedAt(at(today)).actor(actor).recordId(RECORD)
        .subject(subject).category(category).level(level).responsibleOfficial(OfficialId.of("O-P1"))
        .jurisdiction(JurisdictionId.of("370883103201")).listedOn(d(day)).reason(SECRET).build();
  }

  private KeyPersonCommand list() {
    return list(PERSON, KeyPersonCatalogue.DRUG_RELATED, ControlLevel.FOCUS, today);
  }

  private KeyPersonCommand visit(String day) {
    return RecordVisit.builder().commandId(nextId()).issuedAt(at(today)).actor(actor).recordId(RECORD)
        .visitor(OfficialId.of("O-P1")).visitedOn(d(day)).findings(SECRET).build();
  }

  private KeyPersonCommand level(ControlLevel level) {
    return ChangeLevel.builder().commandId(nextId()).issuedAt(at(today)).actor(actor).recordId(RECORD)
        .level(level).reason(SECRET).build();
  }

  private KeyPersonCommand delist(String day) {
    return Delist.builder().commandId(nextId()).issuedAt(at(today)).actor(actor).recordId(RECORD)
        .delistedOn(d(day)).reason(SECRET).build();
  }

  private Decision<KeyPersonEvent> run(KeyPersonCommand c) {
    Decision<KeyPersonEvent> decision = lifecycle.decide(state, c);
    for (KeyPersonEvent e : decision.events()) {
      state = Optional.of(lifecycle.evolve(state, e));
    }
    return decision;
  }

  private void ok(KeyPersonCommand c) {
    assertThat(run(c).rejection()).as("decision of %s", c.getClass().getSimpleName()).isEmpty();
  }

  private Rejection rejected(KeyPersonCommand c) {
    Optional<KeyPersonRecordState> before = state;
    Decision<KeyPersonEvent> d = run(c);
    assertThat(d.events()).isEmpty();
    assertThat(state).isEqualTo(before);
    Rejection r = d.rejection().orElseThrow();
    assertThat(r.toString()).doesNotContain(SECRET).doesNotContain("drug-related").doesNotContain("FOCUS");
    return r;
  }

  private KeyPersonRecordState s() {
    return state.orElseThrow();
  }

  @Test
  @DisplayName("listing: a category in the catalogue at a level it allows creates the record (version 1)")
  void listing() {
    ok(list());
    assertThat(s().isListed()).isTrue();
    assertThat(s().category()).isEqualTo(KeyPersonCatalogue.DRUG_RELATED);
    assertThat(s().level()).isEqualTo(ControlLevel.FOCUS);
    assertThat(s().version()).isEqualTo(1);
  }

  @Test
  @DisplayName("listing: a category that is not in the catalogue is rejected")
  void unknownCategory() {
    KeyPersonCategory gambling = KeyPersonCategory.of("gambling", "涉赌人员", KeyPersonCategory.Subject.PERSON);
    assertThat(rejected(list(PERSON, gambling, ControlLevel.FOCUS, today)).rule()).isEqualTo("keyperson.category.unknown");
    KeyPersonCategory renamed = KeyPersonCategory.of("drug-related", "吸毒人员", KeyPersonCategory.Subject.PERSON);
    assertThat(rejected(list(PERSON, renamed, ControlLevel.FOCUS, today)).rule()).isEqualTo("keyperson.category.mismatch");
  }

  @Test
  @DisplayName("listing: a level the category does not allow is rejected (国保重点人员 has no ATTENTION level)")
  void levelNotAllowedAtListing() {
    Rejection r = rejected(list(PERSON, KeyPersonCatalogue.STATE_SECURITY_FOCUS, ControlLevel.ATTENTION, today));
    assertThat(r.rule()).isEqualTo("keyperson.level.not-allowed");
    ok(list(PERSON, KeyPersonCatalogue.STATE_SECURITY_FOCUS, ControlLevel.STRICT, today));
  }

  @Test
  @DisplayName("listing: not dated after the command's day; a record is listed once")
  void listingDateAndOnce() {
    assertThat(rejected(list(PERSON, KeyPersonCatalogue.DRUG_RELATED, ControlLevel.FOCUS, "2022-07-26")).rule())
        .isEqualTo("keyperson.date.future");
    ok(list());
    assertThat(rejected(list()).rule()).isEqualTo("keyperson.record.exists");
  }

  @Test
  @DisplayName("roles: listing needs the category's responsible role or a ledger role (综治); visits any official")
  void roles() {
    actor = GRID;
    assertThat(rejected(list()).rule()).isEqualTo("keyperson.actor.role");
    actor = CENTRE;
    ok(list());
    actor = GRID;
    ok(visit(today));
    assertThat(rejected(level(ControlLevel.STRICT)).rule()).isEqualTo("keyperson.actor.role");
    actor = Actor.system("import");
    assertThat(rejected(visit(today)).rule()).isEqualTo("keyperson.actor.role");
    actor = GRID;
    KeyPersonLifecycle gridLedger = KeyPersonLifecycle.of(catalogue, Set.of(Role.GRID_WORKER));
    assertThat(gridLedger.decide(state, level(ControlLevel.STRICT)).isAccepted()).isTrue();
  }

  @Test
  @DisplayName("visits: only while listed, not before listing, not in the future; the latest visit is kept")
  void visits() {
    assertThat(rejected(visit(today)).rule()).isEqualTo("keyperson.record.not-listed");
    ok(list(PERSON, KeyPersonCatalogue.DRUG_RELATED, ControlLevel.FOCUS, "2022-07-01"));
    assertThat(rejected(visit("2022-06-30")).rule()).isEqualTo("keyperson.date.before-listing");
    assertThat(rejected(visit("2022-07-26")).rule()).isEqualTo("keyperson.date.future");
    ok(visit("2022-07-20"));
    ok(visit("2022-07-10"));
    assertThat(s().lastVisit()).hasValue(d("2022-07-20"));
    ok(delist("2022-07-25"));
    Rejection r = rejected(visit("2022-07-25"));
    assertThat(r.rule()).isEqualTo("keyperson.record.delisted");
  }

  @Test
  @DisplayName("level changes: only to another level the category allows")
  void levelChanges() {
    ok(list());
    assertThat(rejected(level(ControlLevel.FOCUS)).rule()).isEqualTo("keyperson.level.unchanged");
    ok(level(ControlLevel.STRICT));
    assertThat(s().level()).isEqualTo(ControlLevel.STRICT);
    state = Optional.empty();
    ok(list(PERSON, KeyPersonCatalogue.STATE_SECURITY_FOCUS, ControlLevel.FOCUS, today));
    assertThat(rejected(level(ControlLevel.ATTENTION)).rule()).isEqualTo("keyperson.level.not-allowed");
  }

  @Test
  @DisplayName("a catalogue that dropped the record's category rejects level changes and nextVisitDue fails fast")
  void categoryDroppedFromCatalogue() {
    ok(list());
    KeyPersonCatalogue smaller = catalogue.toBuilder().remove("drug-related").build();
    KeyPersonLifecycle other = KeyPersonLifecycle.of(smaller);
    Decision<KeyPersonEvent> d = other.decide(state, level(ControlLevel.STRICT));
    assertThat(d.rejection().orElseThrow().rule()).isEqualTo("keyperson.category.unknown");
    assertThatThrownBy(() -> KeyPersonLifecycle.nextVisitDue(s(), smaller)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("delisting: with a reason, only while listed, not before listing or in the future; then final")
  void delisting() {
    ok(list(PERSON, KeyPersonCatalogue.DRUG_RELATED, ControlLevel.FOCUS, "2022-07-01"));
    assertThat(rejected(delist("2022-06-30")).rule()).isEqualTo("keyperson.date.before-listing");
    assertThat(rejected(delist("2022-07-26")).rule()).isEqualTo("keyperson.date.future");
    ok(delist("2022-07-25"));
    assertThat(s().isListed()).isFalse();
    assertThat(s().delistedOn()).hasValue(d("2022-07-25"));
    assertThat(rejected(delist("2022-07-25")).rule()).isEqualTo("keyperson.record.delisted");
    assertThat(rejected(level(ControlLevel.STRICT)).rule()).isEqualTo("keyperson.record.delisted");
    assertThatThrownBy(() -> Delist.builder().commandId(nextId()).issuedAt(at(today)).actor(actor).recordId(RECORD)
        .delistedOn(d(today)).reason(" ").build()).isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("nextVisitDue: last visit (or listing day) + the category's interval at the current level; none once delisted")
  void nextVisitDue() {
    ok(list(PERSON, KeyPersonCatalogue.DRUG_RELATED, ControlLevel.FOCUS, "2022-07-01"));
    assertThat(KeyPersonLifecycle.nextVisitDue(s(), catalogue)).hasValue(d("2022-08-01"));
    ok(visit("2022-07-20"));
    assertThat(KeyPersonLifecycle.nextVisitDue(s(), catalogue)).hasValue(d("2022-08-20"));
    ok(level(ControlLevel.STRICT));
    assertThat(KeyPersonLifecycle.nextVisitDue(s(), catalogue)).hasValue(d("2022-08-03"));
    KeyPersonCatalogue local = catalogue.with(
        catalogue.profile("drug-related").withVisitInterval(ControlLevel.STRICT, Period.ofDays(3)));
    assertThat(KeyPersonLifecycle.nextVisitDue(s(), local)).hasValue(d("2022-07-23"));
    ok(delist(today));
    assertThat(KeyPersonLifecycle.nextVisitDue(s(), catalogue)).isEmpty();
  }

  @Test
  @DisplayName("events: one per command, id derived from the command, level change carries the previous level")
  void events() {
    ok(list());
    KeyPersonCommand c = level(ControlLevel.STRICT);
    KeyPersonEvent e = lifecycle.decide(state, c).events().get(0);
    assertThat(e.eventId()).isEqualTo(EventId.of(c.commandId().value() + ".0"));
    assertThat(e).isInstanceOf(LevelChanged.class);
    assertThat(((LevelChanged) e).previousLevel()).isEqualTo(ControlLevel.FOCUS);
    assertThat(e.toString()).doesNotContain("STRICT").doesNotContain(SECRET);
  }

  @Test
  @DisplayName("evolve rejects impossible events: a second Listed, a visit first, another record, after delisting, a wrong previous level")
  void evolveRejectsImpossibleEvents() {
    KeyPersonEvent listed = lifecycle.decide(state, list()).events().get(0);
    KeyPersonRecordState s = lifecycle.evolve(Optional.empty(), listed);
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), listed)).isInstanceOf(InvalidValueException.class);
    KeyPersonEvent visited = Visited.builder().eventId(EventId.of("e-2")).occurredAt(at(today)).actor(POLICE)
        .recordId(RECORD).visitor(OfficialId.of("O-P1")).visitedOn(d(today)).findings(SECRET).build();
    assertThatThrownBy(() -> lifecycle.evolve(Optional.empty(), visited)).isInstanceOf(InvalidValueException.class);
    KeyPersonEvent foreign = Visited.builder().eventId(EventId.of("e-3")).occurredAt(at(today)).actor(POLICE)
        .recordId(KeyPersonRecordId.of("OTHER")).visitor(OfficialId.of("O-P1")).visitedOn(d(today)).findings(SECRET).build();
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), foreign)).isInstanceOf(InvalidValueException.class);
    KeyPersonEvent wrongLevel = LevelChanged.builder().eventId(EventId.of("e-4")).occurredAt(at(today)).actor(POLICE)
        .recordId(RECORD).previousLevel(ControlLevel.ATTENTION).level(ControlLevel.STRICT).reason(SECRET).build();
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), wrongLevel))
        .isInstanceOf(InvalidValueException.class).hasMessageNotContaining(SECRET);
    KeyPersonEvent delisted = lifecycle.decide(Optional.of(s), delist(today)).events().get(0);
    KeyPersonRecordState gone = lifecycle.fold(List.of(listed, delisted)).orElseThrow();
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(gone), visited)).isInstanceOf(InvalidValueException.class);
  }
}
