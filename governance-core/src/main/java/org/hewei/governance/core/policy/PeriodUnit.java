package org.hewei.governance.core.policy;

/**
 * 期间单位 — how the length of a {@link PeriodDefinition} is counted.
 *
 * <p>governance-rules does the counting: calendar days and months per 民法典 Art 201–203 (the start day
 * is not counted; a last day on a rest day moves to the next working day), working days skipping
 * weekends and holidays but counting make-up workdays (调休).
 *
 * <pre>{@code
 * PeriodDefinition.statutory("objection", "异议", 5, PeriodUnit.WORKING_DAYS, "信访工作条例 Art 23");
 * }</pre>
 */
public enum PeriodUnit {
  /** 日 (自然日): calendar days; length 0 means "the same day" (by 24:00 of the start day). */
  CALENDAR_DAYS("日"),
  /** 工作日: working days per the official calendar. */
  WORKING_DAYS("工作日"),
  /** 月: months (民法典 Art 202). */
  MONTHS("月");

  private final String chineseName;

  PeriodUnit(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name of the unit. */
  public String chineseName() {
    return chineseName;
  }
}
