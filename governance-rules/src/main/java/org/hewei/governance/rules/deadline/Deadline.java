package org.hewei.governance.rules.deadline;

import java.time.LocalDate;
import java.util.List;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 期限 — a period applied to a start day: its legal basis, pauses and extensions, and the resulting due
 * date (期间的最后一日), with an explanation. Made by a {@link DeadlineCalculator}; the last day ends at
 * 24:00 (民法典 Art 203 para 2). To restore a stored deadline, recompute it from its start, period,
 * basis, pauses and extensions with the calculator.
 *
 * <pre>{@code
 * Deadline d = calc.deadline(LocalDate.of(2022, 9, 20), LegalPeriod.days(15), "信访工作条例 Art 22");
 * d.dueDate();                               // 2022-10-08
 * d.explanation();  // "15日 from 2022-09-20 (信访工作条例 Art 22): last day 2022-10-05 is a rest day (国庆节),
 *                   //  so the period ends on the next working day 2022-10-08 (民法典 Art 203) → due 2022-10-08"
 * d.isOverdue(LocalDate.of(2022, 10, 8));    // false
 * d.daysOverdue(LocalDate.of(2022, 10, 11)); // 3
 * }</pre>
 */
@Value.Immutable
public abstract class Deadline {
  Deadline() {}

  /** The day the period starts from (not counted, 民法典 Art 201). */
  public abstract LocalDate start();

  /** The period. */
  public abstract LegalPeriod period();

  /** The legal basis or policy rule that sets the period, e.g. {@code "信访工作条例 Art 34"}. */
  public abstract String basis();

  /** Days that do not count, in the order they were added. */
  public abstract List<Pause> pauses();

  /** Approved extensions, in order; each runs from the previous due date. */
  public abstract List<LegalPeriod> extensions();

  /** The last day of the period (inclusive, until 24:00). */
  public abstract LocalDate dueDate();

  /** How {@link #dueDate()} was reached, in words, for decisions and notices. */
  public abstract String explanation();

  /** Whether the deadline has passed on {@code today}: {@code today} is after {@link #dueDate()}. */
  public boolean isOverdue(LocalDate today) {
    return DeadlineCalculator.isOverdue(dueDate(), today);
  }

  /** The calendar days {@code today} is past {@link #dueDate()}; 0 when not overdue. */
  public long daysOverdue(LocalDate today) {
    return DeadlineCalculator.daysOverdue(dueDate(), today);
  }

  @Value.Check
  void check() {
    Checks.text("basis", basis(), Checks.MAX_LABEL);
    Checks.check(dueDate().isAfter(start()), "dueDate", dueDate(), "must be after the start " + start());
  }

  @Override
  public String toString() {
    return "Deadline[" + period() + " from " + start() + " → " + dueDate() + ", " + basis() + "]";
  }
}
