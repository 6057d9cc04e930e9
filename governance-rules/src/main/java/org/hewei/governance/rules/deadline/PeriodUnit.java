package org.hewei.governance.rules.deadline;

/**
 * 期间单位 — how a {@link LegalPeriod} counts.
 *
 * <pre>{@code
 * LegalPeriod.of(5, PeriodUnit.WORKING_DAYS); // 5个工作日
 * }</pre>
 */
public enum PeriodUnit {
  /** 日: calendar days (民法典 Art 201, 203). */
  CALENDAR_DAYS("日"),
  /** 工作日: working days of the calendar; make-up workdays count. */
  WORKING_DAYS("个工作日"),
  /** 月: months, ending on the corresponding day or the month's last day (民法典 Art 202). */
  MONTHS("个月");

  private final String suffix;

  PeriodUnit(String suffix) {
    this.suffix = suffix;
  }

  /** The Chinese suffix after the number, e.g. {@code "个工作日"}. */
  public String suffix() {
    return suffix;
  }
}
