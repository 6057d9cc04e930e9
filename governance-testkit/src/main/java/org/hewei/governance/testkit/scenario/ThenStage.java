package org.hewei.governance.testkit.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.hewei.governance.core.event.DomainCommand;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.Rejection;
import org.hewei.governance.testkit.assertions.RedactedRepresentation;

/**
 * 结果阶段 — a {@link Scenario} after the command under test: check the events it produced or the
 * rejection, the resulting state and the escalations. Every check returns this stage, so checks chain;
 * {@link #and()} continues the scenario from the result.
 *
 * <pre>{@code
 * Scenario.forDecider(lifecycle)
 *     .given(received, registered)
 *     .when(extendTwice)
 *     .thenRejected("petition.extension.once")
 *     .thenState(s -> assertThat(s).hasVersion(2));
 * }</pre>
 *
 * @param <S> the state type
 * @param <C> the command type
 * @param <E> the event type
 */
public final class ThenStage<S, C extends DomainCommand, E extends DomainEvent> {
  private final Run<S, C, E> run;
  private final Decision<E> decision;
  private final Optional<S> state;
  private final Instant now;

  private ThenStage(Run<S, C, E> run, Decision<E> decision, Optional<S> state, Instant now) {
    this.run = run;
    this.decision = decision;
    this.state = state;
    this.now = now;
  }

  static <S, C extends DomainCommand, E extends DomainEvent> ThenStage<S, C, E> decide(Run<S, C, E> run, C command) {
    String step = "when " + RedactedRepresentation.describe(command);
    Optional<S> before = run.state(step);
    Run<S, C, E> withStep = run.withStep(step);
    Decision<E> decision;
    try {
      decision = run.decider.decide(before, command);
    } catch (RuntimeException e) {
      throw withStep.failure(step, "the decider threw " + e.getClass().getSimpleName()
          + " instead of accepting or rejecting the command", e);
    }
    Optional<S> after = before;
    for (E event : decision.events()) {
      try {
        after = Optional.of(run.decider.evolve(after, event));
      } catch (RuntimeException e) {
        throw withStep.failure(step, "the produced event " + RedactedRepresentation.describe(event)
            + " cannot be applied: the decider threw " + e.getClass().getSimpleName(), e);
      }
    }
    String result = decision.rejection()
        .map(r -> "  -> rejected for rule " + r.rule())
        .orElseGet(() -> "  -> accepted with " + Run.describeEvents(decision.events()));
    Instant now = run.currentTime().orElse(command.issuedAt());
    return new ThenStage<>(withStep.withStep(result), decision, after, now);
  }

  /** The decision the command got. */
  public Decision<E> decision() {
    return decision;
  }

  /** The state after the produced events (the state before, if the command was rejected). */
  public Optional<S> state() {
    return state;
  }

  /** The scenario's current time. */
  public Instant now() {
    return now;
  }

  /** The command was accepted. */
  public ThenStage<S, C, E> thenAccepted() {
    if (!decision.isAccepted()) {
      throw run.failure("thenAccepted", "expected the command to be accepted but it was rejected: "
          + RedactedRepresentation.describe(decision.rejection().orElseThrow()));
    }
    return this;
  }

  /**
   * The command was accepted and produced exactly {@code expected}, in order, compared with the
   * scenario's {@link EventEquivalence} ({@code equals} by default).
   */
  @SafeVarargs
  public final ThenStage<S, C, E> then(E... expected) {
    List<E> list = new ArrayList<>();
    for (E event : expected) {
      list.add(event);
    }
    return then(list);
  }

  /** {@link #then(DomainEvent[])} with a list. */
  public ThenStage<S, C, E> then(List<? extends E> expected) {
    String step = "then(" + expected.size() + " event(s))";
    requireAccepted(step);
    List<E> produced = decision.events();
    for (int i = 0; i < Math.max(produced.size(), expected.size()); i++) {
      if (i >= produced.size() || i >= expected.size()) {
        throw run.failure(step, "expected " + Run.describeEvents(expected) + " but the command produced "
            + Run.describeEvents(produced));
      }
      E want = expected.get(i);
      E got = produced.get(i);
      if (!run.equivalence.equivalent(want, got)) {
        boolean sameType = want.getClass() == got.getClass();
        throw run.failure(step, "event #" + i + " differs: expected " + RedactedRepresentation.describe(want)
            + " but the command produced " + RedactedRepresentation.describe(got)
            + (sameType ? " (same type, different values; values are not printed as they may hold personal information)"
                : " (different types)")
            + "\n  expected " + Run.describeEvents(expected) + "\n  produced " + Run.describeEvents(produced));
      }
    }
    return this;
  }

  /** The command was accepted and produced events of exactly these types (or subtypes), in order. */
  @SafeVarargs
  public final ThenStage<S, C, E> thenEventTypes(Class<? extends E>... types) {
    String step = "thenEventTypes";
    requireAccepted(step);
    List<E> produced = decision.events();
    boolean same = produced.size() == types.length;
    for (int i = 0; same && i < types.length; i++) {
      same = types[i].isInstance(produced.get(i));
    }
    if (!same) {
      List<String> names = new ArrayList<>();
      for (Class<?> type : types) {
        names.add(type.getSimpleName());
      }
      throw run.failure(step, "expected events of types " + names + " but the command produced "
          + Run.describeEvents(produced));
    }
    return this;
  }

  /**
   * The command was accepted and produced as many events as {@code matchers}, the i-th event
   * satisfying the i-th predicate.
   */
  @SafeVarargs
  public final ThenStage<S, C, E> thenEventsMatch(Predicate<? super E>... matchers) {
    String step = "thenEventsMatch";
    requireAccepted(step);
    List<E> produced = decision.events();
    if (produced.size() != matchers.length) {
      throw run.failure(step, "expected " + matchers.length + " event(s) but the command produced "
          + Run.describeEvents(produced));
    }
    for (int i = 0; i < matchers.length; i++) {
      if (!matchers[i].test(produced.get(i))) {
        throw run.failure(step, "event #" + i + " " + RedactedRepresentation.describe(produced.get(i))
            + " does not match predicate #" + i + "; produced " + Run.describeEvents(produced));
      }
    }
    return this;
  }

  /** The command was rejected (for any rule). */
  public ThenStage<S, C, E> thenRejected() {
    requireRejected("thenRejected");
    return this;
  }

  /** The command was rejected for the rule {@code ruleCode}. */
  public ThenStage<S, C, E> thenRejected(String ruleCode) {
    String step = "thenRejected(" + ruleCode + ")";
    Rejection rejection = requireRejected(step);
    if (!rejection.rule().equals(ruleCode)) {
      throw run.failure(step, "expected a rejection for rule " + ruleCode + " but got "
          + RedactedRepresentation.describe(rejection));
    }
    return this;
  }

  /** The command was rejected and the rejection satisfies {@code requirements}. */
  public ThenStage<S, C, E> thenRejectedSatisfying(Consumer<? super Rejection> requirements) {
    requirements.accept(requireRejected("thenRejectedSatisfying"));
    return this;
  }

  /** The state after the command satisfies {@code requirements} (AssertJ checks, typically). */
  public ThenStage<S, C, E> thenState(Consumer<? super S> requirements) {
    Probes.state(run, state, requirements, "thenState");
    return this;
  }

  /** The escalation probe finds at least one escalation in the resulting state at the scenario's now. */
  public ThenStage<S, C, E> thenEscalates() {
    Probes.escalates(run, state, now, 1, -1, "thenEscalates");
    return this;
  }

  /** The escalation probe finds exactly {@code count} escalations. */
  public ThenStage<S, C, E> thenEscalates(int count) {
    Probes.escalates(run, state, now, 0, count, "thenEscalates(" + count + ")");
    return this;
  }

  /** The escalation probe finds escalations that satisfy {@code requirements}. */
  public ThenStage<S, C, E> thenEscalatesSatisfying(Consumer<? super List<?>> requirements) {
    Probes.escalatesSatisfying(run, state, now, requirements, "thenEscalatesSatisfying");
    return this;
  }

  /** The escalation probe finds nothing. */
  public ThenStage<S, C, E> thenNoEscalation() {
    Probes.escalates(run, state, now, 0, 0, "thenNoEscalation");
    return this;
  }

  /**
   * Continue the scenario from here: the produced events (none if rejected) join the given ones and
   * the current time is kept.
   */
  public GivenStage<S, C, E> and() {
    Run<S, C, E> next = run.withEvents(decision.events(), "and");
    return new GivenStage<>(next.withNow(now, "  (current time " + now + ")"));
  }

  private void requireAccepted(String step) {
    if (!decision.isAccepted()) {
      throw run.failure(step, "expected the command to be accepted but it was rejected: "
          + RedactedRepresentation.describe(decision.rejection().orElseThrow()));
    }
  }

  private Rejection requireRejected(String step) {
    return decision.rejection().orElseThrow(() -> run.failure(step,
        "expected the command to be rejected but it was accepted with " + Run.describeEvents(decision.events())));
  }
}
