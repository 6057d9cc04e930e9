package org.hewei.governance.testkit.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.event.DomainCommand;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.rules.lifecycle.Decider;
import org.hewei.governance.testkit.assertions.RedactedRepresentation;
import org.jspecify.annotations.Nullable;

/** The immutable record of a scenario so far: shared by the stages. */
final class Run<S, C extends DomainCommand, E extends DomainEvent> {
  final Decider<S, C, E> decider;
  final List<E> history;
  final @Nullable Instant now;
  final @Nullable StateProbe<? super S, ?> probe;
  final EventEquivalence<? super E> equivalence;
  final List<String> steps;

  Run(
      Decider<S, C, E> decider,
      List<E> history,
      @Nullable Instant now,
      @Nullable StateProbe<? super S, ?> probe,
      EventEquivalence<? super E> equivalence,
      List<String> steps) {
    this.decider = decider;
    this.history = List.copyOf(history);
    this.now = now;
    this.probe = probe;
    this.equivalence = equivalence;
    this.steps = List.copyOf(steps);
  }

  Run<S, C, E> withStep(String step) {
    List<String> next = new ArrayList<>(steps);
    next.add(step);
    return new Run<>(decider, history, now, probe, equivalence, next);
  }

  Run<S, C, E> withEvents(List<? extends E> events, String step) {
    List<E> next = new ArrayList<>(history);
    next.addAll(events);
    return new Run<>(decider, next, now, probe, equivalence, steps).withStep(step);
  }

  Run<S, C, E> withNow(Instant instant, String step) {
    return new Run<>(decider, history, instant, probe, equivalence, steps).withStep(step);
  }

  Run<S, C, E> withProbe(StateProbe<? super S, ?> newProbe) {
    return new Run<>(decider, history, now, newProbe, equivalence, steps);
  }

  Run<S, C, E> withEquivalence(EventEquivalence<? super E> newEquivalence) {
    return new Run<>(decider, history, now, probe, newEquivalence, steps);
  }

  /** The scenario's now: set explicitly, else the last event's time. */
  Optional<Instant> currentTime() {
    if (now != null) {
      return Optional.of(now);
    }
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).occurredAt());
  }

  Instant requireNow(String step) {
    return currentTime().orElseThrow(() -> new IllegalStateException(
        "Scenario step " + step + " needs the current time: call givenCurrentTime(...) or give an event first"));
  }

  /** The state folded from the history; a corrupt history fails the scenario. */
  Optional<S> state(String step) {
    try {
      return decider.fold(history);
    } catch (RuntimeException e) {
      throw failure(step, "the given events cannot be folded into a state: the decider threw "
          + e.getClass().getSimpleName(), e);
    }
  }

  AssertionError failure(String step, String problem) {
    return new AssertionError(message(step, problem));
  }

  AssertionError failure(String step, String problem, Throwable cause) {
    return new AssertionError(message(step, problem), cause);
  }

  private String message(String step, String problem) {
    StringBuilder sb = new StringBuilder("Scenario failed at ").append(step).append(": ").append(problem);
    sb.append("\n  steps so far:");
    for (String s : steps) {
      sb.append("\n    ").append(s);
    }
    return sb.toString();
  }

  static String describeEvents(List<? extends DomainEvent> events) {
    return events.size() + " event(s) " + RedactedRepresentation.describeEvents(events);
  }
}
