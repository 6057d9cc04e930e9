package org.hewei.governance.rules.deadline;

import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 期间 — a period the law or a policy sets: a number of calendar days, working days or months.
 *
 * <pre>{@code
 * LegalPeriod.days(60);        // "60日"   (信访工作条例 Art 34)
 * LegalPeriod.workingDays(5);  // "5个工作日"
 * LegalPeriod.months(1);       // "1个月"
 * }</pre>
 */
@Value.Immutable
public abstract class LegalPeriod {
  /** The largest amount a period may have: 100,000 units. */
  public static final int MAX_AMOUNT = 100_000;

  LegalPeriod() {}

  /** The number of units, 1 to {@link #MAX_AMOUNT}. */
  @Value.Parameter
  public abstract int amount();

  /** How the period counts. */
  @Value.Parameter
  public abstract PeriodUnit unit();

  /**
   * A period of {@code amount} {@code unit}s.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code amount} is not 1..100,000
   */
  public static LegalPeriod of(int amount, PeriodUnit unit) {
    return ImmutableLegalPeriod.of(amount, unit);
  }

  /** {@code n} calendar days. */
  public static LegalPeriod days(int n) {
    return of(n, PeriodUnit.CALENDAR_DAYS);
  }

  /** {@code n} working days. */
  public static LegalPeriod workingDays(int n) {
    return of(n, PeriodUnit.WORKING_DAYS);
  }

  /** {@code n} months. */
  public static LegalPeriod months(int n) {
    return of(n, PeriodUnit.MONTHS);
  }

  @Value.Check
  void check() {
    Checks.inRange("amount", amount(), 1, MAX_AMOUNT);
  }

  @Override
  public String toString() {
    return amount() + unit().suffix();
  }
}
