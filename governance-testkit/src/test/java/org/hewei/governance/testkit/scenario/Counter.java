package org.hewei.governance.testkit.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.event.DomainCommand;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.rules.lifecycle.Decider;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.Rejection;

/**
 * A tiny aggregate for the DSL's tests: a counter that is opened, incremented by positive amounts and
 * closed. Notes are free text standing for personal information.
 */
final class Counter {
  private Counter() {}

  static final Actor CLERK = Actor.official(OfficialId.of("ZXD-OFF-017"), Role.GRID_WORKER);

  record State(String id, int value, boolean closed, long version, Instant changedAt) {}

  sealed interface Command extends DomainCommand permits Open, Increment, Close {}

  record Open(CommandId commandId, Instant issuedAt, Actor actor, String id) implements Command {}

  record Increment(CommandId commandId, Instant issuedAt, Actor actor, int by, String note) implements Command {}

  record Close(CommandId commandId, Instant issuedAt, Actor actor) implements Command {}

  sealed interface Event extends DomainEvent permits Opened, Incremented, Closed {}

  record Opened(EventId eventId, Instant occurredAt, Actor actor, String id) implements Event {}

  record Incremented(EventId eventId, Instant occurredAt, Actor actor, int by, String note) implements Event {}

  record Closed(EventId eventId, Instant occurredAt, Actor actor) implements Event {}

  static Open open(String cmd, Instant at) {
    return new Open(CommandId.of(cmd), at, CLERK, "C-1");
  }

  static Increment increment(String cmd, Instant at, int by, String note) {
    return new Increment(CommandId.of(cmd), at, CLERK, by, note);
  }

  static Close close(String cmd, Instant at) {
    return new Close(CommandId.of(cmd), at, CLERK);
  }

  static Opened opened(String cmd, Instant at) {
    return new Opened(Decider.eventId(CommandId.of(cmd), 0), at, CLERK, "C-1");
  }

  static Incremented incremented(String cmd, int index, Instant at, int by, String note) {
    return new Incremented(Decider.eventId(CommandId.of(cmd), index), at, CLERK, by, note);
  }

  static Closed closed(String cmd, Instant at) {
    return new Closed(Decider.eventId(CommandId.of(cmd), 0), at, CLERK);
  }

  /** Increments of more than 10 are split into steps of 10 (so one command can produce several events). */
  static final Decider<State, Command, Event> DECIDER = new Decider<>() {
    @Override
    public Decision<Event> decide(Optional<State> state, Command command) {
      if (command instanceof Open open) {
        if (state.isPresent()) {
          return Decision.reject(Rejection.of(open.commandId(), "counter.exists", "the counter is already open"));
        }
        return Decision.accept(new Opened(Decider.eventId(open.commandId(), 0), open.issuedAt(), open.actor(), open.id()));
      }
      if (state.isEmpty()) {
        return Decision.reject(Rejection.of(command.commandId(), "counter.missing", "no counter is open"));
      }
      if (state.get().closed()) {
        return Decision.reject(Rejection.of(command.commandId(), "counter.closed", "the counter is closed",
            "计数条例 第一条"));
      }
      if (command instanceof Increment inc) {
        if (inc.by() <= 0) {
          return Decision.reject(Rejection.of(inc.commandId(), "counter.positive", "increments are positive"));
        }
        List<Event> events = new java.util.ArrayList<>();
        int left = inc.by();
        for (int i = 0; left > 0; i++) {
          int step = Math.min(10, left);
          events.add(new Incremented(Decider.eventId(inc.commandId(), i), inc.issuedAt(), inc.actor(), step, inc.note()));
          left -= step;
        }
        return Decision.accept(events);
      }
      if (command instanceof Close close) {
        return Decision.accept(new Closed(Decider.eventId(close.commandId(), 0), close.issuedAt(), close.actor()));
      }
      throw new IllegalArgumentException("unknown command type");
    }

    @Override
    public State evolve(Optional<State> state, Event event) {
      if (event instanceof Opened o) {
        if (state.isPresent()) {
          throw new IllegalStateException("opened twice");
        }
        return new State(o.id(), 0, false, 1, o.occurredAt());
      }
      State s = state.orElseThrow(() -> new IllegalStateException("not opened"));
      if (event instanceof Incremented inc) {
        return new State(s.id(), s.value() + inc.by(), s.closed(), s.version() + 1, inc.occurredAt());
      }
      return new State(s.id(), s.value(), true, s.version() + 1, event.occurredAt());
    }
  };

  /** An escalation the probe reports; its note stands for an explanation naming people. */
  record Stale(String counterId, String note) {}

  /** Escalates an open counter unchanged for more than 7 days. */
  static final StateProbe<State, Stale> STALE = (state, now) ->
      !state.closed() && now.isAfter(state.changedAt().plus(java.time.Duration.ofDays(7)))
          ? List.of(new Stale(state.id(), "张三 13800138000 没有处理"))
          : List.of();
}
