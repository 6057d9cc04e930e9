package org.hewei.governance.testkit.assertions;

import org.assertj.core.api.AbstractAssert;
import org.hewei.governance.rules.report.LedgerReport;
import org.hewei.governance.rules.report.Rate;

/**
 * 台账报表断言 — checks on the headline figures of a {@link LedgerReport}: petitions received, concluded
 * and overdue, 小事不出村, 按期办结率 and 调解成功率. A ledger holds counts only, so failure messages name the
 * report by root, period and report day and show counts and rates ({@code "29/32 (90.6%)"}).
 *
 * <pre>{@code
 * assertThat(report)
 *     .hasReceived(120).hasConcluded(96).hasOverdue(0)
 *     .hasSmallMattersInVillageRate(71, 96)
 *     .hasSmallMattersInVillageRate("74.0%")
 *     .hasMediationSuccessRate("90.6%");
 * }</pre>
 */
public final class LedgerReportAssert extends AbstractAssert<LedgerReportAssert, LedgerReport> {

  LedgerReportAssert(LedgerReport actual) {
    super(actual, LedgerReportAssert.class);
    info.useRepresentation(RedactedRepresentation.INSTANCE);
  }

  private String who() {
    return "the ledger of " + actual.root() + " for " + actual.period() + " as of " + actual.asOf();
  }

  /** {@code count} petitions were received in the period. */
  public LedgerReportAssert hasReceived(long count) {
    isNotNull();
    return count("petitions received", count, actual.petitions().received());
  }

  /** {@code count} petitions were concluded (办结, replied) in the period. */
  public LedgerReportAssert hasConcluded(long count) {
    isNotNull();
    return count("petitions concluded", count, actual.petitions().concluded());
  }

  /** {@code count} petitions were open and overdue on the report day. */
  public LedgerReportAssert hasOverdue(long count) {
    isNotNull();
    return count("petitions overdue", count, actual.petitions().overdue());
  }

  /** 小事不出村: exactly {@code numerator} of {@code denominator} concluded petitions were concluded at village level. */
  public LedgerReportAssert hasSmallMattersInVillageRate(long numerator, long denominator) {
    isNotNull();
    return rate("small matters stay in the village (小事不出村)", numerator, denominator,
        actual.petitions().smallMattersStayInVillage());
  }

  /** 小事不出村 as a percentage text, e.g. {@code "57.7%"} (or {@code "n/a"}; see {@link Rate#percentText()}). */
  public LedgerReportAssert hasSmallMattersInVillageRate(String percentText) {
    isNotNull();
    return percent("small matters stay in the village (小事不出村)", percentText,
        actual.petitions().smallMattersStayInVillage());
  }

  /** 按期办结率: exactly {@code numerator} of {@code denominator} petitions with a due date were concluded on time. */
  public LedgerReportAssert hasOnTimeRate(long numerator, long denominator) {
    isNotNull();
    return rate("on-time rate (按期办结率)", numerator, denominator, actual.petitions().onTime());
  }

  /** 调解成功率: exactly {@code numerator} of {@code denominator} mediation cases received were settled. */
  public LedgerReportAssert hasMediationSuccessRate(long numerator, long denominator) {
    isNotNull();
    return rate("mediation success rate (调解成功率)", numerator, denominator, actual.mediation().successRate());
  }

  /** 调解成功率 as a percentage text, e.g. {@code "90.6%"} (or {@code "n/a"}). */
  public LedgerReportAssert hasMediationSuccessRate(String percentText) {
    isNotNull();
    return percent("mediation success rate (调解成功率)", percentText, actual.mediation().successRate());
  }

  private LedgerReportAssert count(String what, long expected, long found) {
    if (expected != found) {
      failWithMessage("Expected %s to count %s %s but it counts %s", who(), expected, what, found);
    }
    return this;
  }

  private LedgerReportAssert rate(String what, long numerator, long denominator, Rate found) {
    if (found.numerator() != numerator || found.denominator() != denominator) {
      failWithMessage("Expected %s to have %s %s/%s but it has %s", who(), what, numerator, denominator, found);
    }
    return this;
  }

  private LedgerReportAssert percent(String what, String percentText, Rate found) {
    if (!found.percentText().equals(percentText)) {
      failWithMessage("Expected %s to have %s %s but it has %s", who(), what, percentText, found);
    }
    return this;
  }
}
