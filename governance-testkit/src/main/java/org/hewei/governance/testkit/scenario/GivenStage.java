package org.hewei.governance.testkit.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hewei.governance.core.event.DomainCommand;
import org.hewei.governance.core.event.DomainEvent;

/**
 * 前提阶段 — the "given" stage of a {@link Scenario}: the events that already happened, the current time
 * and the scenario's configuration. Immutable: every method returns a new stage, so a common
 * beginning can be shared by several tests.
 *
 * <pre>{@code
 * GivenStage<PetitionState, PetitionCommand, PetitionEvent> registered =
 *     Scenario.forDecider(lifecycle).givenCurrentTime(t0).given(received, registered);
 * registered.when(accept).then(accepted);
 * registered.when(accept.withIssuedAt(registered.now())).then(accepted);
 * }</pre>
 *
 * @param <S> the state type
 * @param <C> the command type
 * @param <E> the event type
 */
public final class GivenStage<S, C extends DomainCommand, E extends DomainEvent> {
  private final Run<S, C, E> run;

  GivenStage(Run<S, C, E> run) {
    this.run = run;
  }

  /** {@code events} happened, in this order, after any given before. */
  @SafeVarargs
  public final GivenStage<S, C, E> given(E... events) {
    List<E> list = new ArrayList<>();
    for (E event : events) {
      list.add(event);
    }
    return given(list);
  }

  /** {@code events} happened, in this order, after any given before. */
  public GivenStage<S, C, E> given(List<? extends E> events) {
    return new GivenStage<>(run.withEvents(events, "given " + Run.describeEvents(events)));
  }

  /**
   * Nothing happened yet: the command under test meets an empty stream.
   *
   * @throws IllegalStateException if events were given before
   */
  public GivenStage<S, C, E> givenNoPriorActivity() {
    if (!run.history.isEmpty()) {
      throw new IllegalStateException("givenNoPriorActivity() after " + run.history.size() + " given event(s)");
    }
    return new GivenStage<>(run.withStep("given no prior activity"));
  }

  /** The scenario's current time is {@code now}. */
  public GivenStage<S, C, E> givenCurrentTime(Instant now) {
    return new GivenStage<>(run.withNow(now, "given current time " + now));
  }

  /** {@code thenEscalates…} and {@code thenNoEscalation} evaluate {@code probe} at the scenario's now. */
  public GivenStage<S, C, E> withEscalationProbe(StateProbe<? super S, ?> probe) {
    return new GivenStage<>(run.withProbe(probe));
  }

  /** {@code then(events…)} compares with {@code equivalence} instead of {@code equals}. */
  public GivenStage<S, C, E> comparingEventsWith(EventEquivalence<? super E> equivalence) {
    return new GivenStage<>(run.withEquivalence(equivalence));
  }

  /** Shorthand for {@code comparingEventsWith(EventEquivalence.ignoringEventIdsAndInstants())}. */
  public GivenStage<S, C, E> ignoringEventIdsAndInstants() {
    return comparingEventsWith(EventEquivalence.ignoringEventIdsAndInstants());
  }

  /**
   * The scenario's current time: {@code givenCurrentTime}, else the last given event's time.
   *
   * @throws IllegalStateException if neither exists
   */
  public Instant now() {
    return run.requireNow("now()");
  }

  /** The state folded from the given events; empty for none. */
  public Optional<S> state() {
    return run.state("state()");
  }

  /**
   * Time passes: the scenario's now moves forward by {@code duration}.
   *
   * @throws IllegalStateException if there is no current time yet
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public TimeStage<S, C, E> whenTimeElapses(Duration duration) {
    return new TimeStage<>(TimeStage.elapse(run, duration));
  }

  /** The command under test is {@code command}. */
  public ThenStage<S, C, E> when(C command) {
    return ThenStage.decide(run, command);
  }

  /** The command under test is the one {@code factory} builds at the scenario's now. */
  public ThenStage<S, C, E> whenAtNow(Function<? super Instant, ? extends C> factory) {
    return ThenStage.decide(run, factory.apply(run.requireNow("whenAtNow")));
  }
}
