package org.hewei.governance.rules.lifecycle;

import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.internal.Checks;

/**
 * 处理决定 — the outcome of {@link Decider#decide}: the events a command produces, or the
 * {@link Rejection} that says why it produces none.
 *
 * <pre>{@code
 * Decision<PetitionEvent> d = lifecycle.decide(state, command);
 * if (d.isAccepted()) store.append(id, state.version(), d.events());
 * else log(d.rejection().orElseThrow().rule());
 * }</pre>
 *
 * @param <E> the event type
 */
public final class Decision<E extends DomainEvent> {
  private final List<E> events;
  private final Optional<Rejection> rejection;

  private Decision(List<E> events, Optional<Rejection> rejection) {
    this.events = events;
    this.rejection = rejection;
  }

  /** The command is carried out and produces {@code events} (at least one). */
  public static <E extends DomainEvent> Decision<E> accept(List<? extends E> events) {
    Checks.notEmpty("events", Checks.required("events", events));
    return new Decision<>(List.copyOf(events), Optional.empty());
  }

  /** The command is carried out and produces one event. */
  public static <E extends DomainEvent> Decision<E> accept(E event) {
    return new Decision<>(List.of(Checks.required("event", event)), Optional.empty());
  }

  /** The command is rejected and produces nothing. */
  public static <E extends DomainEvent> Decision<E> reject(Rejection rejection) {
    return new Decision<>(List.of(), Optional.of(Checks.required("rejection", rejection)));
  }

  /** Whether the command was carried out. */
  public boolean isAccepted() {
    return rejection.isEmpty();
  }

  /** The events produced; empty exactly when rejected. */
  public List<E> events() {
    return events;
  }

  /** Why the command was rejected; empty when accepted. */
  public Optional<Rejection> rejection() {
    return rejection;
  }

  /**
   * The events, or a {@link RejectedCommandException} carrying the rejection.
   *
   * @throws RejectedCommandException if the command was rejected
   */
  public List<E> eventsOrThrow() {
    if (rejection.isPresent()) {
      throw new RejectedCommandException(rejection.get());
    }
    return events;
  }

  @Override
  public String toString() {
    return rejection.map(r -> "Decision{rejected " + r + "}").orElseGet(() -> "Decision{accepted " + events + "}");
  }
}
