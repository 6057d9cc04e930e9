package org.hewei.governance.examples.kafka;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.hewei.governance.core.internal.Checks;

/**
 * 每日定时 — a duty due once a day at a local time in a zone (the evening escalation round at 17:00,
 * the township report at midnight, China Standard Time). Pure arithmetic on instants: the punctuators
 * ask it when a duty is next due after the stream time they have reached.
 *
 * <pre>{@code
 * DailySchedule evening = DailySchedule.at(LocalTime.of(17, 0), ZoneId.of("Asia/Shanghai"));
 * evening.firstAtOrAfter(Instant.parse("2022-07-01T00:30:00Z")); // 2022-07-01T09:00:00Z (17:00 CST)
 * evening.dayOf(Instant.parse("2022-07-01T09:00:00Z"));          // 2022-07-01
 * }</pre>
 */
public final class DailySchedule {
  private final LocalTime time;
  private final ZoneId zone;

  private DailySchedule(LocalTime time, ZoneId zone) {
    this.time = time;
    this.zone = zone;
  }

  /** Due every day at {@code time} in {@code zone}. */
  public static DailySchedule at(LocalTime time, ZoneId zone) {
    return new DailySchedule(Checks.required("time", time), Checks.required("zone", zone));
  }

  /** The local time of day. */
  public LocalTime time() {
    return time;
  }

  /** The zone. */
  public ZoneId zone() {
    return zone;
  }

  /** The instant the duty is due on {@code day}. */
  public Instant on(LocalDate day) {
    return ZonedDateTime.of(day, time, zone).toInstant();
  }

  /** The local day of {@code instant} in the zone. */
  public LocalDate dayOf(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  /** The first due instant at or after {@code instant}. */
  public Instant firstAtOrAfter(Instant instant) {
    LocalDate day = dayOf(instant);
    Instant due = on(day);
    return due.isBefore(instant) ? on(day.plusDays(1)) : due;
  }

  /** The first due instant strictly after {@code instant}. */
  public Instant firstAfter(Instant instant) {
    return firstAtOrAfter(instant.plusNanos(1));
  }

  /** The last due instant at or before {@code instant}. */
  public Instant lastAtOrBefore(Instant instant) {
    LocalDate day = dayOf(instant);
    Instant due = on(day);
    return due.isAfter(instant) ? on(day.minusDays(1)) : due;
  }

  @Override
  public String toString() {
    return "DailySchedule{" + time + " " + zone + "}";
  }
}
