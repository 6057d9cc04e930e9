package org.hewei.governance.testkit.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hewei.governance.core.event.DomainCommand;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.testkit.assertions.RedactedRepresentation;

/** The state and escalation checks that both {@link TimeStage} and {@link ThenStage} offer. */
final class Probes {
  private Probes() {}

  static <S> void state(Run<S, ?, ?> run, Optional<S> state, Consumer<? super S> requirements, String step) {
    if (state.isEmpty()) {
      throw run.failure(step, "there is no state: no event was given or produced");
    }
    requirements.accept(state.get());
  }

  static <S, C extends DomainCommand, E extends DomainEvent> List<?> escalations(
      Run<S, C, E> run, Optional<S> state, Instant now, String step) {
    StateProbe<? super S, ?> probe = run.probe;
    if (probe == null) {
      throw new IllegalStateException(
          "Scenario step " + step + " needs an escalation probe: call withEscalationProbe(...) first");
    }
    if (state.isEmpty()) {
      throw run.failure(step, "there is no state to evaluate at " + now + ": no event was given or produced");
    }
    List<?> found = probe.probe(state.get(), now);
    return found == null ? List.of() : found;
  }

  static <S, C extends DomainCommand, E extends DomainEvent> void escalates(
      Run<S, C, E> run, Optional<S> state, Instant now, int atLeast, int exactly, String step) {
    List<?> found = escalations(run, state, now, step);
    boolean ok = exactly >= 0 ? found.size() == exactly : found.size() >= atLeast;
    if (!ok) {
      String expected = exactly >= 0 ? "exactly " + exactly : "at least " + atLeast;
      throw run.failure(step, "expected " + expected + " escalation(s) at " + now + " but the probe found "
          + describe(found));
    }
  }

  static <S, C extends DomainCommand, E extends DomainEvent> void escalatesSatisfying(
      Run<S, C, E> run, Optional<S> state, Instant now, Consumer<? super List<?>> requirements, String step) {
    List<?> found = escalations(run, state, now, step);
    if (found.isEmpty()) {
      throw run.failure(step, "expected an escalation at " + now + " but the probe found none");
    }
    try {
      requirements.accept(found);
    } catch (AssertionError e) {
      throw run.failure(step, "the escalations at " + now + " (" + describe(found)
          + ") do not satisfy the requirements", e);
    }
  }

  /** What a probe found, by type only (escalation decisions may carry explanations naming people). */
  static String describe(List<?> found) {
    List<String> types = new ArrayList<>();
    for (Object o : found) {
      types.add(o instanceof DomainEvent e ? RedactedRepresentation.describe(e) : RedactedRepresentation.typeName(o));
    }
    return found.size() + " " + types;
  }
}
