package org.hewei.governance.rules.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 不计入期间的时间 — days that do not count towards a period, e.g. the time a hearing takes (听证所需时间
 * 不计算在期限内, 信访工作条例 Art 36).
 *
 * <pre>{@code
 * Pause hearing = Pause.of(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 15), "听证");
 * hearing.days(); // 5
 * }</pre>
 */
@Value.Immutable
public abstract class Pause {
  Pause() {}

  /** The first paused day. */
  @Value.Parameter
  public abstract LocalDate first();

  /** The last paused day (inclusive). */
  @Value.Parameter
  public abstract LocalDate last();

  /** Why the days do not count, e.g. {@code "听证 (信访工作条例 Art 36)"}; at most 200 characters. */
  @Value.Parameter
  public abstract String reason();

  /**
   * The days {@code first..last} inclusive, not counted because of {@code reason}.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code last} is before {@code first} or
   *     the reason is blank or too long
   */
  public static Pause of(LocalDate first, LocalDate last, String reason) {
    return ImmutablePause.of(first, last, reason);
  }

  /** The number of calendar days paused. */
  public long days() {
    return ChronoUnit.DAYS.between(first(), last()) + 1;
  }

  @Value.Check
  void check() {
    Checks.text("reason", reason(), Checks.MAX_LABEL);
    Checks.check(!last().isBefore(first()), "last", last(), "must not be before first " + first());
  }

  @Override
  public String toString() {
    return reason() + " " + first() + ".." + last();
  }
}
