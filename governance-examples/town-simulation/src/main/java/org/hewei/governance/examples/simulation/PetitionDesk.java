package org.hewei.governance.examples.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.EventStore;
import org.hewei.governance.core.spi.StreamId;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.PetitionLifecycle;
import org.jspecify.annotations.Nullable;

/**
 * 信访受理台 — sends every petition command through {@link PetitionLifecycle#decide}, appends the
 * accepted events to the store with the stream's expected version, keeps the current states and
 * counts rejections by rule code.
 *
 * <pre>{@code
 * PetitionDesk desk = new PetitionDesk(lifecycle, InMemoryGovernanceStore.create());
 * desk.submit(receive); // true when accepted
 * }</pre>
 */
final class PetitionDesk {
  private final PetitionLifecycle lifecycle;
  private final EventStore<? super PetitionEvent> store;
  private final Map<PetitionId, PetitionState> states = new LinkedHashMap<>();
  private final Map<String, Long> rejections = new TreeMap<>();
  private long accepted;
  private long events;
  private @Nullable List<PetitionTraffic.Submission> log;

  PetitionDesk(PetitionLifecycle lifecycle, EventStore<? super PetitionEvent> store) {
    this.lifecycle = lifecycle;
    this.store = store;
  }

  /** Records every later submission into {@code log}, in order. */
  void recordInto(List<PetitionTraffic.Submission> log) {
    this.log = log;
  }

  /** Decides {@code command}; appends and applies its events when accepted. */
  boolean submit(PetitionCommand command) {
    return submit(command, false);
  }

  /** Like {@link #submit}, for a command of the escalation engine. */
  boolean submitEscalation(PetitionCommand command) {
    return submit(command, true);
  }

  private boolean submit(PetitionCommand command, boolean escalation) {
    PetitionId id = command.petitionId();
    Optional<PetitionState> state = Optional.ofNullable(states.get(id));
    Decision<PetitionEvent> decision = lifecycle.decide(state, command);
    List<PetitionTraffic.Submission> recording = log;
    if (recording != null) {
      recording.add(new PetitionTraffic.Submission(command, decision, escalation));
    }
    if (!decision.isAccepted()) {
      decision.rejection().ifPresent(r -> rejections.merge(r.rule(), 1L, Long::sum));
      return false;
    }
    List<PetitionEvent> batch = decision.events();
    ExpectedVersion expected = state.map(s -> ExpectedVersion.exactly(s.version())).orElse(ExpectedVersion.noStream());
    store.append(StreamId.petition(id), expected, batch);
    Optional<PetitionState> next = state;
    for (PetitionEvent e : batch) {
      next = Optional.of(lifecycle.evolve(next, e));
    }
    states.put(id, next.orElseThrow());
    accepted++;
    events += batch.size();
    return true;
  }

  /** Folds the stored {@code events} of one petition into its current state (a continued run). */
  void restore(List<PetitionEvent> events) {
    Optional<PetitionState> state = Optional.empty();
    for (PetitionEvent e : events) {
      state = Optional.of(lifecycle.evolve(state, e));
    }
    state.ifPresent(s -> states.put(s.petition().id(), s));
  }

  Optional<PetitionState> state(PetitionId id) {
    return Optional.ofNullable(states.get(id));
  }

  List<PetitionState> states() {
    return new ArrayList<>(states.values());
  }

  Map<String, Long> rejections() {
    return rejections;
  }

  long acceptedCommands() {
    return accepted;
  }

  long appendedEvents() {
    return events;
  }
}
