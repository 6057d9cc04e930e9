package org.hewei.governance.rules.lifecycle;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.event.DomainCommand;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;
import com.google.common.hash.Hashing;

/**
 * 决策器 — the lifecycle of one aggregate type as pure functions: {@code decide(state, command) →
 * events or rejection}, {@code evolve(state, event) → state}, and the fold of a stream.
 *
 * <p>A stream that has no event yet has no state: {@code Optional.empty()}. The first event (e.g.
 * {@code PetitionEvent.Received}) creates the state; every later event changes it and raises its
 * version by one.
 *
 * <pre>{@code
 * Decider<PetitionState, PetitionCommand, PetitionEvent> lifecycle = PetitionLifecycle.of(context);
 * Optional<PetitionState> state = lifecycle.fold(store.load(id));
 * Decision<PetitionEvent> d = lifecycle.decide(state, command);
 * }</pre>
 *
 * @param <S> the state type
 * @param <C> the command type
 * @param <E> the event type
 */
public interface Decider<S, C extends DomainCommand, E extends DomainEvent> {

  /**
   * The events {@code command} produces against {@code state}, or the rejection. Pure: the same
   * state and command always give the same decision; "now" is {@code command.issuedAt()}.
   */
  Decision<E> decide(Optional<S> state, C command);

  /**
   * The state after {@code event}.
   *
   * @throws org.hewei.governance.core.InvalidValueException if the event cannot follow the state
   *     (e.g. a second creation event, or an event for another aggregate): a corrupt stream
   */
  S evolve(Optional<S> state, E event);

  /** The state after all {@code events} in order; empty for no events. */
  default Optional<S> fold(Iterable<? extends E> events) {
    Optional<S> state = Optional.empty();
    for (E event : events) {
      state = Optional.of(evolve(state, event));
    }
    return state;
  }

  /**
   * The id of the {@code index}-th event (0-based) produced by {@code command}: derived from the
   * command id, so a retried command produces the same event ids and the store keeps them once.
   *
   * <pre>{@code
   * Decider.eventId(CommandId.of("cmd-51b9"), 0); // "cmd-51b9.0"
   * }</pre>
   */
  static EventId eventId(CommandId command, int index) {
    String plain = command.value() + "." + index;
    if (plain.length() <= 64) {
      return EventId.of(plain);
    }
    String hash =
        Hashing.murmur3_128().hashString(command.value(), StandardCharsets.UTF_8).toString();
    return EventId.of("h" + hash + "." + index);
  }
}
