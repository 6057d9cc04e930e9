package org.hewei.governance.core.policy;

import java.time.LocalDate;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 重要时段 — a declared sensitive period (e.g. 全国两会, 国庆) during which an escalation policy may react
 * more strongly; a code, a name and an inclusive date range.
 *
 * <p>Periods are declared in the {@link EscalationPolicy} that uses them and referred to by code from
 * {@link Trigger#inSensitivePeriod(String...)}.
 *
 * <pre>{@code
 * SensitivePeriod npc = SensitivePeriod.of("npc-2026", "全国两会", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 12));
 * npc.contains(LocalDate.of(2026, 3, 5)); // true
 * }</pre>
 */
@Value.Immutable
public abstract class SensitivePeriod {
  SensitivePeriod() {}

  /** The code that triggers refer to (an identifier). */
  @Value.Parameter
  public abstract String code();

  /** The name, e.g. {@code "全国两会"}. */
  @Value.Parameter
  public abstract String name();

  /** The first day of the period (inclusive). */
  @Value.Parameter
  public abstract LocalDate from();

  /** The last day of the period (inclusive). */
  @Value.Parameter
  public abstract LocalDate to();

  /**
   * A period from {@code from} to {@code to}, both inclusive.
   *
   * @throws org.hewei.governance.core.InvalidValueException if the code is not an identifier, the name
   *     is blank or longer than 200 characters, or {@code to} is before {@code from}
   */
  public static SensitivePeriod of(String code, String name, LocalDate from, LocalDate to) {
    return ImmutableSensitivePeriod.of(
        Checks.id("code", code), Checks.text("name", name, Checks.MAX_LABEL), from, to);
  }

  /** Whether {@code day} lies inside the period (both ends inclusive). */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(to());
  }

  @Value.Check
  void check() {
    Checks.check(!to().isBefore(from()), "to", to(), "must not be before from (" + from() + ")");
  }

  /** {@code "npc-2026 全国两会 2026-03-03..2026-03-12"}. */
  @Override
  public String toString() {
    return code() + " " + name() + " " + from() + ".." + to();
  }
}
