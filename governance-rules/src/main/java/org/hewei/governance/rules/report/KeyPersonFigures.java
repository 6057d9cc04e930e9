package org.hewei.governance.rules.report;

import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 重点人员走访指标 — the key-person part of a {@link LedgerReport}: records listed on the report day,
 * visits falling due in the period, and visits overdue on the report day.
 *
 * <p>The next visit is due one catalogue interval ({@link
 * org.hewei.governance.core.keyperson.CategoryProfile#visitInterval}) after the last visit, or after
 * listing if never visited ({@link org.hewei.governance.rules.schedule.KeyPersonVisits}). Figures read
 * the records as given: a record's last visit is the latest it knows.
 *
 * <pre>{@code
 * KeyPersonFigures k = report.keyPersons();
 * k.visitCompliance(); // (listed - overdue) / listed
 * }</pre>
 */
@Value.Immutable
public abstract class KeyPersonFigures {
  KeyPersonFigures() {}

  /** Records listed on the report day (listed on or before it, not delisted on or before it). */
  public abstract long listed();

  /** Listed records whose next visit falls due within the period. */
  public abstract long visitsDue();

  /** Listed records whose visit was due before the report day. */
  public abstract long visitsOverdue();

  /** 走访达标率: listed records not overdue / listed. */
  public final Rate visitCompliance() {
    return Rate.of(listed() - visitsOverdue(), listed());
  }

  @Value.Check
  void check() {
    Checks.check(visitsOverdue() <= listed(), "visitsOverdue", visitsOverdue(), "must not exceed listed (" + listed() + ")");
  }
}
