package org.hewei.governance.testkit.properties.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.keyperson.ChangeLevel;
import org.hewei.governance.core.keyperson.ControlLevel;
import org.hewei.governance.core.keyperson.Delist;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonCommand;
import org.hewei.governance.core.keyperson.KeyPersonEvent;
import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.keyperson.ListSubject;
import org.hewei.governance.core.keyperson.RecordVisit;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.KeyPersonLifecycle;
import org.hewei.governance.testkit.generate.Cases;
import org.hewei.governance.testkit.generate.EventGen;
import org.hewei.governance.testkit.generate.JurisdictionGen;
import org.hewei.governance.testkit.generate.KeyPersonGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random command sequences against {@link KeyPersonLifecycle} over the default catalogue: each seed
 * lists a generated subject ({@link KeyPersonGen#listSubjects}) and issues 40 commands — mostly the
 * generator's visits, level changes and delistings for the current record, some wrong (levels the
 * category does not allow, days before listing or in the future, another record, a second listing,
 * actors without the role).
 */
class KeyPersonLifecycleProperties {
  private static final int N = 300;
  private static final int STEPS = 40;
  private static final KeyPersonCatalogue CATALOGUE = KeyPersonCatalogue.defaults();
  private static final KeyPersonLifecycle LIFECYCLE = KeyPersonLifecycle.of(CATALOGUE);

  static Stream<Arguments> listings() {
    return Cases.of(JurisdictionGen.trees().flatMap(KeyPersonGen::listSubjects), N);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("listings")
  void replayEqualsIncrementalStateAndRejectionsProduceNothing(long seed, ListSubject listing) {
    run(seed, listing, new HashSet<>());
  }

  /** The sequences hit every rule: without this the property could pass on all-rejected sequences. */
  @Test
  void sequencesExerciseTheRules() {
    Set<String> seen = new HashSet<>();
    listings().forEach(a -> run((Long) a.get()[0], (ListSubject) a.get()[1], seen));
    assertThat(seen).contains(
        "accepted:Listed", "accepted:Visited", "accepted:LevelChanged", "accepted:Delisted",
        "keyperson.level.not-allowed", "keyperson.level.unchanged", "keyperson.record.delisted",
        "keyperson.record.exists", "keyperson.record.mismatch", "keyperson.date.before-listing",
        "keyperson.date.future", "keyperson.actor.role");
  }

  private static void run(long seed, ListSubject listing, Set<String> seen) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
    Optional<KeyPersonRecordState> state = Optional.empty();
    List<KeyPersonEvent> stream = new ArrayList<>();
    KeyPersonCommand command = listing;
    for (int i = 0; i < STEPS; i++) {
      Decision<KeyPersonEvent> decision = LIFECYCLE.decide(state, command);
      assertThat(LIFECYCLE.decide(state, command).events()).as("deterministic").isEqualTo(decision.events());
      if (decision.isAccepted()) {
        long before = state.map(KeyPersonRecordState::version).orElse(0L);
        for (KeyPersonEvent e : decision.events()) {
          state = Optional.of(LIFECYCLE.evolve(state, e));
          stream.add(e);
          seen.add("accepted:" + e.getClass().getSimpleName().replace("Immutable", ""));
        }
        KeyPersonRecordState s = state.orElseThrow();
        assertThat(s.version()).as("version grows by the number of events").isEqualTo(before + decision.events().size());
        assertThat(LIFECYCLE.fold(stream)).as("replay from events equals the incremental state").isEqualTo(state);
        assertThat(CATALOGUE.profile(s.category()).allows(s.level())).as("the level is allowed in the category").isTrue();
        Optional<LocalDate> due = KeyPersonLifecycle.nextVisitDue(s, CATALOGUE);
        assertThat(due.isPresent()).as("a visit is due exactly while listed").isEqualTo(s.isListed());
        due.ifPresent(d -> assertThat(d).isAfter(s.lastVisit().orElse(s.listedOn())));
      } else {
        assertThat(decision.events()).as("a rejected command produces no event").isEmpty();
        seen.add(decision.rejection().orElseThrow().rule());
      }
      command = next(random, state, listing);
    }
    assertThat(state).as("the generated listing is accepted").isPresent();
    assertThat(LIFECYCLE.fold(stream)).isEqualTo(state);
    assertThat(state.orElseThrow().version()).isEqualTo(stream.size());
  }

  private static KeyPersonCommand next(SplittableRandom random, Optional<KeyPersonRecordState> state, ListSubject listing) {
    if (state.isEmpty()) {
      return listing;
    }
    KeyPersonRecordState s = state.get();
    CommandId id = EventGen.commandIds().generate(random);
    LocalDate day = s.listedOn().plusDays(random.nextInt(60));
    Actor actor = random.nextInt(10) == 0
        ? EventGen.officialActors(Role.GRID_WORKER, Role.VILLAGE_CADRE).generate(random)
        : Actor.official(OfficialId.of("OFF-1"), CATALOGUE.profile(s.category()).responsibleRole());
    return switch (random.nextInt(12)) {
      case 0 -> ChangeLevel.builder().commandId(id).issuedAt(EventGen.instantsOn(day).generate(random)).actor(actor)
            .recordId(s.id()).level(List.of(ControlLevel.values()).get(random.nextInt(3))).reason("复核").build();
      case 1 -> RecordVisit.builder().commandId(id).issuedAt(EventGen.instantsOn(day).generate(random)).actor(actor)
            .recordId(s.id()).visitor(OfficialId.of("OFF-2")).visitedOn(s.listedOn().minusDays(1 + random.nextInt(5)))
            .findings("正常").build();
      case 2 -> RecordVisit.builder().commandId(id).issuedAt(EventGen.instantsOn(day).generate(random)).actor(actor)
            .recordId(s.id()).visitor(OfficialId.of("OFF-2")).visitedOn(day.plusDays(1 + random.nextInt(5)))
            .findings("正常").build();
      case 3 -> RecordVisit.builder().commandId(id).issuedAt(EventGen.instantsOn(day).generate(random)).actor(actor)
            .recordId(random.nextBoolean() ? KeyPersonRecordId.of("OTHER-1") : s.id())
            .visitor(OfficialId.of("OFF-2")).visitedOn(day).findings("正常").build();
      case 4 -> random.nextInt(3) == 0 ? listing : KeyPersonGen.commands(s).generate(random);
      default -> {
        KeyPersonCommand c = KeyPersonGen.commands(s).generate(random);
        for (int tries = 0; c instanceof Delist && tries < 3 && random.nextInt(4) != 0; tries++) {
          c = KeyPersonGen.commands(s).generate(random);
        }
        yield c;
      }
    };
  }
}
