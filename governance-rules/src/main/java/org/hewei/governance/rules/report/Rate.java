package org.hewei.governance.rules.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 比率 — an indicator of a ledger as an exact fraction {@code numerator / denominator} of counts, with
 * a percentage derived from it by one stated rule, so that no floating-point drift reaches a report.
 *
 * <p><b>Rounding rule:</b> {@link #percent()} is {@code 100 × numerator / denominator} rounded
 * <i>half-up</i> to one decimal place ({@link RoundingMode#HALF_UP} on the exact {@link BigDecimal}
 * quotient): 29/32 = 90.625 % → {@code 90.6}, 1/3 → {@code 33.3}, 2/3 → {@code 66.7}, 1/8 = 12.5 %
 * → {@code 12.5}, 1/16 = 6.25 % → {@code 6.3}. A rate with denominator 0 has no percentage: {@link
 * #percent()} is empty and {@link #percentText()} is {@code "n/a"}. Equality compares the exact
 * numerator and denominator (1/2 and 2/4 are different rates: they report different counts).
 *
 * <p>Rules checked when built: {@code 0 ≤ numerator ≤ denominator} (a rate is a share of a whole).
 *
 * <pre>{@code
 * Rate r = Rate.of(29, 32);  // the seed's police-station mediation room
 * r.percentText();           // "90.6%"
 * r.toString();              // "29/32 (90.6%)"
 * Rate.of(0, 0).percentText(); // "n/a"
 * }</pre>
 */
@Value.Immutable
public abstract class Rate {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Rate() {}

  /** The part counted (e.g. settled cases). */
  @Value.Parameter
  public abstract long numerator();

  /** The whole (e.g. cases received); 0 when there was nothing to count. */
  @Value.Parameter
  public abstract long denominator();

  /**
   * The rate {@code numerator / denominator}.
   *
   * @throws org.hewei.governance.core.InvalidValueException unless {@code 0 ≤ numerator ≤ denominator}
   */
  public static Rate of(long numerator, long denominator) {
    return ImmutableRate.of(numerator, denominator);
  }

  /** Whether a percentage exists (the denominator is not 0). */
  public final boolean isDefined() {
    return denominator() != 0;
  }

  /** The percentage, half-up to one decimal (scale 1), or empty when the denominator is 0. */
  public final Optional<BigDecimal> percent() {
    if (!isDefined()) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(numerator()).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator()), 1, RoundingMode.HALF_UP));
  }

  /** The percentage as text, e.g. {@code "90.6%"}, or {@code "n/a"} when the denominator is 0. */
  public final String percentText() {
    return percent().map(p -> p.toPlainString() + "%").orElse("n/a");
  }

  @Value.Check
  void check() {
    Checks.check(numerator() >= 0, "numerator", numerator(), "must be at least 0");
    Checks.check(
        numerator() <= denominator(), "numerator", numerator(), "must not exceed the denominator (" + denominator() + ")");
  }

  /** E.g. {@code "29/32 (90.6%)"} or {@code "0/0 (n/a)"}. */
  @Override
  public String toString() {
    return numerator() + "/" + denominator() + " (" + percentText() + ")";
  }
}
