package org.hewei.governance.testkit.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.rules.calendar.Holiday;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;

/**
 * 事件要素生成器 — command and event ids, actors, and days and instants biased to where deadlines break:
 * the edges of public holidays 2022–2026 (the last working day before 国庆节 and 春节, the first and
 * last off day, the first working day after, make-up workdays) and the edges of a day in Beijing time
 * (00:00 and 23:59:59.999999999).
 *
 * <p>Decision: holiday edges are read from {@link WorkingDayCalendar#chinaMainland()}, so the
 * generators follow the calendar when it is corrected; the zone is {@code Asia/Shanghai} ({@link
 * #ZONE}).
 *
 * <pre>{@code
 * Instant now = EventGen.instants().sample(3L);
 * LocalDate edge = EventGen.holidayEdges().sample(4L);   // e.g. 2022-09-30, the day before 国庆节
 * Actor clerk = EventGen.officialActors(Role.PETITION_OFFICER).sample(5L);
 * }</pre>
 */
public final class EventGen {
  private EventGen() {}

  /** The zone of every generated local time: Asia/Shanghai. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The first day generated: 2022-01-01. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

  /** The last day generated: 2026-12-31. */
  public static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);

  private static final List<LocalDate> HOLIDAY_EDGES = new ArrayList<>();
  private static final List<LocalDate> BEFORE_BIG_HOLIDAYS = new ArrayList<>();

  static {
    for (Holiday h : WorkingDayCalendar.chinaMainland().holidays()) {
      if (h.firstOffDay().isBefore(FIRST_DAY) || h.lastOffDay().isAfter(LAST_DAY)) {
        continue;
      }
      LocalDate before = h.firstOffDay().minusDays(1);
      HOLIDAY_EDGES.add(before);
      HOLIDAY_EDGES.add(h.firstOffDay());
      HOLIDAY_EDGES.add(h.lastOffDay());
      if (h.lastOffDay().isBefore(LAST_DAY)) {
        HOLIDAY_EDGES.add(h.lastOffDay().plusDays(1));
      }
      HOLIDAY_EDGES.addAll(h.makeUpWorkdays());
      if (h.name().contains("国庆") || h.name().contains("春节")) {
        BEFORE_BIG_HOLIDAYS.add(before);
      }
    }
  }

  /** Command ids {@code cmd-…}. */
  public static Gen<CommandId> commandIds() {
    return random -> CommandId.of("cmd-" + Long.toHexString(random.nextLong() & Long.MAX_VALUE));
  }

  /** Event ids {@code evt-…}. */
  public static Gen<EventId> eventIds() {
    return random -> EventId.of("evt-" + Long.toHexString(random.nextLong() & Long.MAX_VALUE));
  }

  /** Official ids {@code OFF-…}. */
  public static Gen<OfficialId> officialIds() {
    return random -> OfficialId.of("OFF-" + random.nextInt(100_000));
  }

  /** Actors of every kind: officials in any role, citizens, system components. */
  public static Gen<Actor> actors() {
    return Gen.frequency(
        Gen.Weighted.of(6, officialActors(Role.values())),
        Gen.Weighted.of(2, PersonGen.personIds().map(Actor::person)),
        Gen.Weighted.of(1, Gen.elements("escalation:zxd@1", "scheduler", "import:12345").map(Actor::system)));
  }

  /** Officials acting in one of {@code roles}. */
  public static Gen<Actor> officialActors(Role... roles) {
    Gen<Role> role = Gen.elements(roles);
    return random -> Actor.official(officialIds().generate(random), role.generate(random));
  }

  /** The last day before 国庆节 and 春节 in 2022–2026 (a working day or a make-up day). */
  public static List<LocalDate> lastDaysBeforeNationalDayAndSpringFestival() {
    return List.copyOf(BEFORE_BIG_HOLIDAYS);
  }

  /** Holiday edges 2022–2026: the day before, the first and last off day, the day after, make-up workdays. */
  public static Gen<LocalDate> holidayEdges() {
    return Gen.elements(HOLIDAY_EDGES);
  }

  /** Days 2022–2026; a third of them holiday edges, a tenth the last day before 国庆节 / 春节. */
  public static Gen<LocalDate> dates() {
    Gen<LocalDate> any = Gen.dates(FIRST_DAY, LAST_DAY);
    Gen<LocalDate> big = Gen.elements(BEFORE_BIG_HOLIDAYS);
    return Gen.frequency(
        Gen.Weighted.of(6, any), Gen.Weighted.of(3, holidayEdges()), Gen.Weighted.of(1, big));
  }

  /** Instants on {@link #dates()}, a third at the very start or end of the day in Beijing time. */
  public static Gen<Instant> instants() {
    Gen<LocalDate> days = dates();
    return random -> at(days.generate(random), random);
  }

  /** Instants on {@code day} in Beijing time: its first and last instant often. */
  public static Gen<Instant> instantsOn(LocalDate day) {
    return random -> at(day, random);
  }

  /**
   * Instants around the due date {@code dueDate} (the last day, inclusive): the last instant of the day
   * before, the first and the last instant of the due day, the first instant of the day after, and
   * times in between.
   */
  public static Gen<Instant> instantsNear(LocalDate dueDate) {
    return random -> {
      switch (random.nextInt(6)) {
        case 0:
          return endOf(dueDate.minusDays(1));
        case 1:
          return startOf(dueDate);
        case 2:
          return endOf(dueDate);
        case 3:
          return startOf(dueDate.plusDays(1));
        default:
          return at(dueDate.plusDays(random.nextInt(5) - 2), random);
      }
    };
  }

  /** The first instant of {@code day} in Beijing time. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }

  /** The last instant (23:59:59.999999999) of {@code day} in Beijing time. */
  public static Instant endOf(LocalDate day) {
    return day.atTime(LocalTime.MAX).atZone(ZONE).toInstant();
  }

  static Instant at(LocalDate day, SplittableRandom random) {
    switch (random.nextInt(9)) {
      case 0:
        return startOf(day);
      case 1:
        return endOf(day);
      case 2:
        return day.atTime(8, 30).atZone(ZONE).toInstant();
      default:
        return day.atTime(LocalTime.ofSecondOfDay(random.nextInt(86_400))).atZone(ZONE).toInstant();
    }
  }
}
