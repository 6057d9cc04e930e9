package org.hewei.governance.testkit.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hewei.governance.core.event.DomainCommand;
import org.hewei.governance.core.event.DomainEvent;

/**
 * 时间推移阶段 — a {@link Scenario} after time elapsed: let more time pass, issue the command under test,
 * or check the state and the escalations at the new now.
 *
 * <pre>{@code
 * Scenario.forDecider(lifecycle).withEscalationProbe(engine::evaluate)
 *     .given(received, registered, accepted)
 *     .whenTimeElapses(Duration.ofDays(59)).thenNoEscalation()
 *     .whenTimeElapses(Duration.ofDays(2)).thenEscalates(1);
 * }</pre>
 *
 * @param <S> the state type
 * @param <C> the command type
 * @param <E> the event type
 */
public final class TimeStage<S, C extends DomainCommand, E extends DomainEvent> {
  private final Run<S, C, E> run;

  TimeStage(Run<S, C, E> run) {
    this.run = run;
  }

  static <S, C extends DomainCommand, E extends DomainEvent> Run<S, C, E> elapse(Run<S, C, E> run, Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("whenTimeElapses: the duration must not be negative, was " + duration);
    }
    Instant next = run.requireNow("whenTimeElapses").plus(duration);
    return run.withNow(next, "when time elapses " + duration + " (now " + next + ")");
  }

  /** More time passes. */
  public TimeStage<S, C, E> whenTimeElapses(Duration duration) {
    return new TimeStage<>(elapse(run, duration));
  }

  /** The scenario's current time. */
  public Instant now() {
    return run.requireNow("now()");
  }

  /** The state folded from the given events (time alone changes no state). */
  public Optional<S> state() {
    return run.state("state()");
  }

  /** The command under test is {@code command}. */
  public ThenStage<S, C, E> when(C command) {
    return ThenStage.decide(run, command);
  }

  /** The command under test is the one {@code factory} builds at the scenario's now. */
  public ThenStage<S, C, E> whenAtNow(Function<? super Instant, ? extends C> factory) {
    return ThenStage.decide(run, factory.apply(now()));
  }

  /** The state satisfies {@code requirements} (AssertJ checks, typically). */
  public TimeStage<S, C, E> thenState(Consumer<? super S> requirements) {
    Probes.state(run, run.state("thenState"), requirements, "thenState");
    return this;
  }

  /** The escalation probe finds at least one escalation at the scenario's now. */
  public TimeStage<S, C, E> thenEscalates() {
    Probes.escalates(run, run.state("thenEscalates"), now(), 1, -1, "thenEscalates");
    return this;
  }

  /** The escalation probe finds exactly {@code count} escalations at the scenario's now. */
  public TimeStage<S, C, E> thenEscalates(int count) {
    Probes.escalates(run, run.state("thenEscalates"), now(), 0, count, "thenEscalates(" + count + ")");
    return this;
  }

  /** The escalation probe finds escalations that satisfy {@code requirements}. */
  public TimeStage<S, C, E> thenEscalatesSatisfying(Consumer<? super List<?>> requirements) {
    Probes.escalatesSatisfying(run, run.state("thenEscalatesSatisfying"), now(), requirements,
        "thenEscalatesSatisfying");
    return this;
  }

  /** The escalation probe finds nothing at the scenario's now. */
  public TimeStage<S, C, E> thenNoEscalation() {
    Probes.escalates(run, run.state("thenNoEscalation"), now(), 0, 0, "thenNoEscalation");
    return this;
  }
}
