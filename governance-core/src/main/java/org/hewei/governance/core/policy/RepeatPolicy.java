package org.hewei.governance.core.policy;

import java.time.Duration;
import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 重复/冷却 — whether a rule fires once per matter, or again every interval (its cool-down) while its
 * trigger still holds.
 *
 * <pre>{@code
 * RepeatPolicy.once();                    // "once"
 * RepeatPolicy.every(Duration.ofDays(3)); // "every 3 days"
 * }</pre>
 */
@Value.Immutable
public abstract class RepeatPolicy {
  RepeatPolicy() {}

  /** The cool-down between two firings; empty when the rule fires only once per matter. */
  @Value.Parameter
  public abstract Optional<Duration> interval();

  /** Fires at most once per matter (the default). */
  public static RepeatPolicy once() {
    return ImmutableRepeatPolicy.of(Optional.empty());
  }

  /** Fires again each time {@code interval} (whole hours, 1 hour to 3650 days) has passed since the last firing. */
  public static RepeatPolicy every(Duration interval) {
    return ImmutableRepeatPolicy.of(Optional.of(Checks.required("interval", interval)));
  }

  /** Fires again every {@code hours} hours (≥ 1). */
  public static RepeatPolicy everyHours(int hours) {
    return every(Duration.ofHours(Checks.inRange("hours", hours, 1, Trigger.MAX_DAYS * 24)));
  }

  /** Fires again every {@code days} days (1..3650). */
  public static RepeatPolicy everyDays(int days) {
    return every(Duration.ofDays(Checks.inRange("days", days, 1, Trigger.MAX_DAYS)));
  }

  /** Whether the rule fires only once per matter. */
  public boolean isOnce() {
    return interval().isEmpty();
  }

  @Value.Check
  void check() {
    interval()
        .ifPresent(
            d -> {
              Checks.check(
                  d.compareTo(Duration.ofHours(1)) >= 0 && d.compareTo(Duration.ofDays(Trigger.MAX_DAYS)) <= 0,
                  "interval",
                  d,
                  "must be between 1 hour and " + Trigger.MAX_DAYS + " days");
              Checks.check(d.toMinutesPart() == 0 && d.toSecondsPart() == 0 && d.toNanosPart() == 0,
                  "interval", d, "must be whole hours");
            });
  }

  /** {@code "once"}, {@code "every 3 days"} or {@code "every 12 hours"}. */
  @Override
  public String toString() {
    if (interval().isEmpty()) {
      return "once";
    }
    Duration d = interval().get();
    return d.toHoursPart() == 0
        ? "every " + d.toDays() + (d.toDays() == 1 ? " day" : " days")
        : "every " + d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
  }
}
