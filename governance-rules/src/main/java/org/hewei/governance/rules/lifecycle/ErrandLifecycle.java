package org.hewei.governance.rules.lifecycle;

import java.util.Optional;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.outreach.ErrandCommand;
import org.hewei.governance.core.outreach.ErrandEvent;
import org.hewei.governance.core.outreach.ErrandState;
import org.hewei.governance.core.outreach.ErrandStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 民生代办生命周期 — decide / evolve for an errand done on a resident's behalf: request → accept → done,
 * or declined (before it is done). No law sets these steps; they are the service room's practice.
 *
 * <ul>
 *   <li>{@code Request} opens the errand (once); any actor may register it — an official at the service
 *       room, or the resident (a person actor) who must then be the errand's resident.
 *   <li>{@code Accept} only when requested, by an official who names him- or herself as the handler.
 *   <li>{@code Complete} only when accepted, by the handler.
 *   <li>{@code Decline} when requested or accepted, by an official (with the reason told to the resident).
 *   <li>Done and declined errands accept nothing more.
 * </ul>
 *
 * <pre>{@code
 * ErrandLifecycle lifecycle = ErrandLifecycle.create();
 * Optional<ErrandState> s = lifecycle.fold(events);
 * lifecycle.decide(s, completeCommand).rejection(); // Optional[errand.complete.not-accepted] if not accepted
 * }</pre>
 */
public final class ErrandLifecycle implements Decider<ErrandState, ErrandCommand, ErrandEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(ErrandLifecycle.class);
  private static final ErrandLifecycle INSTANCE = new ErrandLifecycle();

  private ErrandLifecycle() {}

  /** The errand lifecycle (it has no configuration). */
  public static ErrandLifecycle create() {
    return INSTANCE;
  }

  @Override
  public Decision<ErrandEvent> decide(Optional<ErrandState> state, ErrandCommand command) {
    Checks.required("state", state);
    Checks.required("command", command);
    Rejection rejection = rejection(state, command);
    String type = command.getClass().getSimpleName();
    if (rejection != null) {
      LOG.debug("errand {} on {} rejected: {}", type, command.errandId(), rejection.rule());
      return Decision.reject(rejection);
    }
    LOG.debug("errand {} on {} accepted", type, command.errandId());
    return Decision.accept(event(command));
  }

  private static @Nullable Rejection rejection(Optional<ErrandState> state, ErrandCommand c) {
    Actor actor = c.actor();
    if (state.isEmpty()) {
      if (!(c instanceof ErrandCommand.Request r)) {
        return Rejection.of(c.commandId(), "errand.not-requested", "the errand " + c.errandId() + " was not requested");
      }
      if (actor.kind() == Actor.Kind.SYSTEM
          || (actor.kind() == Actor.Kind.PERSON && !actor.person().equals(Optional.of(r.errand().resident())))) {
        return Rejection.of(c.commandId(), "errand.actor.role",
            "an errand is registered by an official or by the resident it is for");
      }
      return null;
    }
    ErrandState s = state.get();
    if (c instanceof ErrandCommand.Request) {
      return Rejection.of(c.commandId(), "errand.already-requested", "the errand " + s.id() + " is already registered");
    }
    if (!c.errandId().equals(s.id())) {
      return Rejection.of(c.commandId(), "errand.mismatch", "the command is for errand " + c.errandId() + ", not " + s.id());
    }
    if (s.status().isTerminal()) {
      return Rejection.of(c.commandId(), "errand.concluded", "the errand is already " + s.status());
    }
    if (actor.kind() != Actor.Kind.OFFICIAL) {
      return Rejection.of(c.commandId(), "errand.actor.role", "only an official accepts, completes or declines an errand");
    }
    if (c instanceof ErrandCommand.Accept a) {
      if (s.status() != ErrandStatus.REQUESTED) {
        return Rejection.of(c.commandId(), "errand.accept.not-requested", "the errand is already " + s.status());
      }
      if (!actor.official().equals(Optional.of(a.handler()))) {
        return Rejection.of(c.commandId(), "errand.accept.handler", "the handler accepts the errand him- or herself");
      }
      return null;
    }
    if (c instanceof ErrandCommand.Complete) {
      if (s.status() != ErrandStatus.ACCEPTED) {
        return Rejection.of(c.commandId(), "errand.complete.not-accepted", "the errand is " + s.status() + ", not accepted");
      }
      if (!actor.official().equals(s.handler())) {
        return Rejection.of(c.commandId(), "errand.complete.handler", "only the errand's handler completes it");
      }
      return null;
    }
    return null;
  }

  private static ErrandEvent event(ErrandCommand c) {
    EventId id = Decider.eventId(c.commandId(), 0);
    if (c instanceof ErrandCommand.Request r) {
      return ErrandEvent.Requested.builder().eventId(id).occurredAt(c.issuedAt()).actor(c.actor())
          .errandId(c.errandId()).errand(r.errand()).build();
    } else if (c instanceof ErrandCommand.Accept a) {
      return ErrandEvent.Accepted.builder().eventId(id).occurredAt(c.issuedAt()).actor(c.actor())
          .errandId(c.errandId()).handler(a.handler()).build();
    } else if (c instanceof ErrandCommand.Complete done) {
      return ErrandEvent.Completed.builder().eventId(id).occurredAt(c.issuedAt()).actor(c.actor())
          .errandId(c.errandId()).note(done.note()).build();
    }
    ErrandCommand.Decline d = (ErrandCommand.Decline) c;
    return ErrandEvent.Declined.builder().eventId(id).occurredAt(c.issuedAt()).actor(c.actor())
        .errandId(c.errandId()).reason(d.reason()).build();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Impossible beyond the state's invariants: a second {@code Requested}, anything before it, an
   * event of another errand, anything after done or declined, {@code Accepted} when not requested,
   * {@code Completed} when not accepted.
   */
  @Override
  public ErrandState evolve(Optional<ErrandState> state, ErrandEvent event) {
    Checks.required("state", state);
    Checks.required("event", event);
    String name = event.getClass().getSimpleName() + " " + event.eventId();
    if (event instanceof ErrandEvent.Requested r) {
      Checks.check(state.isEmpty(), "event", name, "an errand is requested only once; the stream already has events");
      return ErrandState.builder().id(r.errandId()).version(1).status(ErrandStatus.REQUESTED).errand(r.errand()).build();
    }
    Checks.check(state.isPresent(), "event", name, "must follow a Requested event");
    ErrandState s = state.orElseThrow();
    Checks.check(event.errandId().equals(s.id()), "event", name + " for errand " + event.errandId(),
        "belongs to another errand than " + s.id());
    Checks.check(!s.status().isTerminal(), "event", name, "cannot follow status " + s.status());
    ErrandState.Builder b = s.toBuilder();
    b.version(s.version() + 1);
    if (event instanceof ErrandEvent.Accepted a) {
      Checks.check(s.status() == ErrandStatus.REQUESTED, "event", name, "cannot follow status " + s.status());
      b.status(ErrandStatus.ACCEPTED).handler(a.handler());
    } else if (event instanceof ErrandEvent.Completed) {
      Checks.check(s.status() == ErrandStatus.ACCEPTED, "event", name, "cannot follow status " + s.status());
      b.status(ErrandStatus.DONE).concludedAt(event.occurredAt());
    } else {
      b.status(ErrandStatus.DECLINED).concludedAt(event.occurredAt())
          .declineReason(((ErrandEvent.Declined) event).reason());
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "ErrandLifecycle";
  }
}
