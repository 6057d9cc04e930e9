package org.hewei.governance.examples.kafka;

import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * 职责进度 — when a daily duty of a task is next due, kept in the duties store (so it survives a
 * restart and moves with the task on a rebalance, through the store's changelog). The first stream
 * time a task sees sets the first due instant (the schedule's next one at or after it); {@link
 * #done} moves it past the stream time that ran the duty.
 *
 * <pre>{@code
 * DutyMarker marker = new DutyMarker(duties, "escalation", evening);
 * marker.reached(now).ifPresent(due -> { runTheRound(now); marker.done(now); });
 * }</pre>
 */
final class DutyMarker {
  private final KeyValueStore<String, Long> store;
  private final String duty;
  private final DailySchedule schedule;

  DutyMarker(KeyValueStore<String, Long> store, String duty, DailySchedule schedule) {
    this.store = store;
    this.duty = duty;
    this.schedule = schedule;
  }

  /** The schedule. */
  DailySchedule schedule() {
    return schedule;
  }

  /** The due instant when {@code now} has reached it, else empty. */
  Optional<Instant> reached(Instant now) {
    Long due = store.get(duty);
    if (due == null) {
      due = schedule.firstAtOrAfter(now).toEpochMilli();
      store.put(duty, due);
    }
    return now.toEpochMilli() < due ? Optional.empty() : Optional.of(Instant.ofEpochMilli(due));
  }

  /** Records that the duty ran at {@code now}: it is next due after it. */
  void done(Instant now) {
    store.put(duty, schedule.firstAfter(now).toEpochMilli());
  }
}
