package org.hewei.governance.testkit.properties.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.rules.calendar.DateOutsideCalendarException;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.PetitionLifecycle;
import org.hewei.governance.rules.lifecycle.PetitionLifecycleContext;
import org.hewei.governance.testkit.fixture.SampleTown;
import org.hewei.governance.testkit.generate.Cases;
import org.hewei.governance.testkit.generate.Gen;
import org.hewei.governance.testkit.generate.PetitionGen;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PetitionLifecycle#fold} (one builder, one build) equals {@link PetitionLifecycle#evolve} applied
 * event by event: the same state for every stream the lifecycle produces (10–60 events, made by driving
 * it with {@link PetitionGen} commands, as the replay benchmark does) and for each of its prefixes, and
 * the same outcome, state or exception (type and message), for corrupted streams (events swapped, moved,
 * repeated, dropped, of another petition, dated before the receipt, a joint meeting decided before it
 * was convened).
 */
class PetitionFoldProperties {
  private static final int SEEDS = 300;
  private static final SampleTown TOWN = SampleTown.town(20260301L);
  private static final PetitionLifecycle LIFECYCLE = PetitionLifecycle.of(PetitionLifecycleContext.of(TOWN.tree()));

  /** A stream the lifecycle produced, and corrupted copies of it. */
  record Streams(List<PetitionEvent> valid, List<List<PetitionEvent>> corrupted) {
    @Override
    public String toString() {
      return "Streams{" + valid.size() + " events, " + corrupted.size() + " corrupted}";
    }
  }

  /** A fold's outcome: the state, or the exception's type and message. */
  record Outcome(Optional<PetitionState> state, @Nullable Class<?> error, @Nullable String message) {
    static Outcome of(Optional<PetitionState> state) {
      return new Outcome(state, null, null);
    }

    static Outcome of(RuntimeException e) {
      return new Outcome(Optional.empty(), e.getClass(), e.getMessage());
    }
  }

  static Stream<Arguments> streams() {
    Gen<Streams> gen = PetitionFoldProperties::streams;
    return Cases.of(gen, SEEDS);
  }

  private static Streams streams(SplittableRandom random) {
    List<PetitionEvent> valid = stream(random, 10 + random.nextInt(51));
    List<PetitionEvent> other = stream(random, 3);
    List<List<PetitionEvent>> corrupted = new ArrayList<>();
    int n = valid.size();
    int i = 1 + random.nextInt(n - 1);
    int j = random.nextInt(n);
    List<PetitionEvent> swapped = new ArrayList<>(valid);
    swapped.set(i, valid.get(j));
    swapped.set(j, valid.get(i));
    corrupted.add(swapped);
    List<PetitionEvent> moved = new ArrayList<>(valid);
    moved.add(random.nextInt(n), moved.remove(i));
    corrupted.add(moved);
    List<PetitionEvent> repeated = new ArrayList<>(valid);
    repeated.add(i + random.nextInt(n - i + 1), valid.get(j));
    corrupted.add(repeated);
    List<PetitionEvent> dropped = new ArrayList<>(valid);
    dropped.remove(random.nextInt(n));
    corrupted.add(dropped);
    List<PetitionEvent> foreign = new ArrayList<>(valid);
    foreign.add(i, other.get(1 + random.nextInt(other.size() - 1)));
    corrupted.add(foreign);
    PetitionEvent first = valid.get(0);
    List<PetitionEvent> early = new ArrayList<>(valid);
    early.add(1, PetitionEvent.Registered.builder()
        .petitionId(first.petitionId())
        .eventId(EventId.of("early-" + random.nextInt(1000)))
        .occurredAt(first.occurredAt().minus(Duration.ofHours(1 + random.nextInt(100))))
        .actor(first.actor())
        .build());
    corrupted.add(early);
    List<PetitionEvent> undecided = new ArrayList<>(valid);
    undecided.add(1 + random.nextInt(n), PetitionEvent.JointMeetingDecided.builder()
        .petitionId(first.petitionId())
        .eventId(EventId.of("meeting-" + random.nextInt(1000)))
        .occurredAt(valid.get(n - 1).occurredAt())
        .actor(first.actor())
        .decision("牵头")
        .leadUnit(UnitId.of("U-LEAD"))
        .build());
    corrupted.add(undecided);
    corrupted.add(List.copyOf(valid.subList(1, n)));
    corrupted.add(List.of(first, first));
    return new Streams(valid, corrupted);
  }

  /** Up to {@code length} events made by driving the lifecycle with generated commands (accepted ones only). */
  private static List<PetitionEvent> stream(SplittableRandom random, int length) {
    PetitionCommand.Receive receive = PetitionGen.receives(TOWN.tree()).generate(random);
    List<PetitionEvent> out = new ArrayList<>(LIFECYCLE.decide(Optional.empty(), receive).eventsOrThrow());
    PetitionState state = LIFECYCLE.fold(out).orElseThrow();
    for (int tries = 0; tries < 400 && out.size() < length; tries++) {
      PetitionCommand c = (random.nextInt(5) == 0 ? PetitionGen.anyCommands(state, TOWN.tree()) : PetitionGen.commands(state, TOWN.tree()))
          .generate(random);
      Decision<PetitionEvent> d;
      try {
        d = LIFECYCLE.decide(Optional.of(state), c);
      } catch (DateOutsideCalendarException e) {
        continue; // dated beyond the built-in calendar
      }
      for (PetitionEvent e : d.events()) {
        if (out.size() < length) {
          state = LIFECYCLE.evolve(Optional.of(state), e);
          out.add(e);
        }
      }
    }
    return out;
  }

  private static Outcome stepByStep(List<PetitionEvent> events) {
    Optional<PetitionState> state = Optional.empty();
    try {
      for (PetitionEvent e : events) {
        state = Optional.of(LIFECYCLE.evolve(state, e));
      }
      return Outcome.of(state);
    } catch (RuntimeException e) {
      return Outcome.of(e);
    }
  }

  private static Outcome folded(List<PetitionEvent> events) {
    try {
      return Outcome.of(LIFECYCLE.fold(events));
    } catch (RuntimeException e) {
      return Outcome.of(e);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("streams")
  void foldEqualsEvolveEventByEvent(long seed, Streams streams) {
    Outcome expected = stepByStep(streams.valid());
    assertThat(expected.error()).isNull();
    assertThat(expected.state()).isPresent();
    assertThat(folded(streams.valid())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("streams")
  void foldOfEveryPrefixEqualsTheStateAfterIt(long seed, Streams streams) {
    List<PetitionEvent> events = streams.valid();
    Optional<PetitionState> state = Optional.empty();
    assertThat(LIFECYCLE.fold(List.of())).isEmpty();
    for (int k = 0; k < events.size(); k++) {
      state = Optional.of(LIFECYCLE.evolve(state, events.get(k)));
      assertThat(LIFECYCLE.fold(events.subList(0, k + 1))).as("prefix of %s events", k + 1).isEqualTo(state);
      assertThat(state.orElseThrow().version()).isEqualTo(k + 1L);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("streams")
  void corruptedStreamsFoldToTheSameStateOrFailTheSameWay(long seed, Streams streams) {
    int failures = 0;
    for (List<PetitionEvent> events : streams.corrupted()) {
      Outcome expected = stepByStep(events);
      assertThat(folded(events)).as("corrupted stream of %s events", events.size()).isEqualTo(expected);
      failures += expected.error() == null ? 0 : 1;
    }
    // an early Registered, a missing Received, a second Received: always fail
    assertThat(failures).isGreaterThanOrEqualTo(3);
  }
}
