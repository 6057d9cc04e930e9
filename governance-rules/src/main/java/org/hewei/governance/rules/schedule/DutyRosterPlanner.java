package org.hewei.governance.rules.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.organization.DutyShift;
import org.hewei.governance.core.organization.Official;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 接访排班 — makes a reception duty roster ({@link Roster} of {@link DutyShift}s) from a {@link
 * RosterPolicy}, the officials, their declared {@link Absence}s and a period.
 *
 * <p>Decisions (the seed: 每天"1名科级干部+2名村干部"接访; 每周选派2名村支部书记坐班):
 *
 * <ul>
 *   <li><b>Days.</b> Duty is on working days of the {@link WorkingDayCalendar} only (make-up Saturdays
 *       included, holidays excluded). A {@link RosterRequirement.Cadence#WEEKLY} set is chosen per
 *       Monday–Sunday week and serves every working day of that week inside the period; it must be
 *       available on all of them.
 *   <li><b>Fair rotation</b> (no one twice before everyone once): for each requirement, the
 *       available officials holding the role are ranked by the number of times they were chosen for
 *       it in this period (fewest first), then by the day they were last chosen (longest ago first,
 *       never chosen first), then by official id; the first {@code count} are chosen. Among officials
 *       who are always available, the counts for a requirement therefore never differ by more than one.
 *       An official returning from absence has fewer turns and is first in line until level again.
 *   <li><b>Availability:</b> not absent that day, and not already on another duty of the same roster
 *       that day (an official holding two roles never serves twice on one day). Weekly requirements
 *       are filled before daily ones; requirements in policy order.
 *   <li><b>Shortage:</b> if fewer are available than needed, a {@link NotEnoughOfficialsException}
 *       names the day, role and numbers, and no roster is returned.
 *   <li><b>Determinism:</b> the result depends only on the inputs' contents — officials are ranked by
 *       id, not by the order given. Absences of officials who are not in the list are ignored.
 * </ul>
 *
 * <pre>{@code
 * DutyRosterPlanner planner = DutyRosterPlanner.of(
 *     RosterPolicy.seedDefaults(UnitId.of("ZXD-XFB"), UnitId.of("ZXD-HWG")),
 *     WorkingDayCalendar.chinaMainland());
 * Roster august = planner.plan(
 *     DateRange.of(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 31)), officials, absences);
 * }</pre>
 */
public final class DutyRosterPlanner {
  private static final Logger LOG = LoggerFactory.getLogger(DutyRosterPlanner.class);

  private final RosterPolicy policy;
  private final WorkingDayCalendar calendar;

  private DutyRosterPlanner(RosterPolicy policy, WorkingDayCalendar calendar) {
    this.policy = policy;
    this.calendar = calendar;
  }

  /** A planner for {@code policy} on {@code calendar}. */
  public static DutyRosterPlanner of(RosterPolicy policy, WorkingDayCalendar calendar) {
    return new DutyRosterPlanner(Checks.required("policy", policy), Checks.required("calendar", calendar));
  }

  /** The policy. */
  public RosterPolicy policy() {
    return policy;
  }

  /**
   * The roster for {@code period}.
   *
   * @throws NotEnoughOfficialsException if a duty cannot be filled on some day
   * @throws org.hewei.governance.core.InvalidValueException if two officials share an id
   * @throws org.hewei.governance.rules.calendar.DateOutsideCalendarException if the calendar does not
   *     know a day of the period
   */
  public Roster plan(DateRange period, Collection<Official> officials, Collection<Absence> absences) {
    Checks.required("period", period);
    Map<OfficialId, Official> byId = new TreeMap<>(Comparator.comparing(OfficialId::value));
    for (Official o : Checks.required("officials", officials)) {
      Checks.check(byId.put(o.id(), o) == null, "officials", o.id(), "must list each official once");
    }
    Map<OfficialId, List<DateRange>> away = new HashMap<>();
    for (Absence a : Checks.required("absences", absences)) {
      away.computeIfAbsent(a.official(), k -> new ArrayList<>()).add(a.days());
    }
    List<RosterRequirement> reqs = policy.requirements();
    List<Turns> turns = new ArrayList<>(reqs.size());
    for (RosterRequirement r : reqs) {
      List<OfficialId> pool = new ArrayList<>();
      for (Official o : byId.values()) {
        if (o.hasRole(r.role())) {
          pool.add(o.id());
        }
      }
      turns.add(new Turns(pool));
    }
    Map<LocalDate, Set<OfficialId>> booked = new HashMap<>();
    Map<LocalDate, List<List<DutyShift>>> perDay = new TreeMap<>();
    for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
      if (day.equals(period.from()) || day.getDayOfWeek() == DayOfWeek.MONDAY) {
        List<LocalDate> week = workingDaysOfWeek(day, period);
        if (!week.isEmpty()) {
          for (int i = 0; i < reqs.size(); i++) {
            if (reqs.get(i).cadence() == RosterRequirement.Cadence.WEEKLY) {
              List<OfficialId> chosen = choose(reqs.get(i), turns.get(i), week, away, booked);
              for (LocalDate d : week) {
                for (OfficialId id : chosen) {
                  slot(perDay, d, reqs.size(), i).add(shift(reqs.get(i), id, d));
                }
              }
            }
          }
        }
      }
      if (calendar.isWorkingDay(day)) {
        List<LocalDate> today = List.of(day);
        for (int i = 0; i < reqs.size(); i++) {
          if (reqs.get(i).cadence() == RosterRequirement.Cadence.DAILY) {
            for (OfficialId id : choose(reqs.get(i), turns.get(i), today, away, booked)) {
              slot(perDay, day, reqs.size(), i).add(shift(reqs.get(i), id, day));
            }
          }
        }
      }
    }
    List<DutyShift> shifts = new ArrayList<>();
    for (List<List<DutyShift>> day : perDay.values()) {
      for (List<DutyShift> slot : day) {
        shifts.addAll(slot);
      }
    }
    return Roster.of(period, shifts);
  }

  private List<LocalDate> workingDaysOfWeek(LocalDate start, DateRange period) {
    List<LocalDate> days = new ArrayList<>(7);
    LocalDate sunday = start.with(DayOfWeek.SUNDAY);
    for (LocalDate d = start; !d.isAfter(sunday) && !d.isAfter(period.to()); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        days.add(d);
      }
    }
    return days;
  }

  private static List<OfficialId> choose(
      RosterRequirement req,
      Turns turns,
      List<LocalDate> days,
      Map<OfficialId, List<DateRange>> away,
      Map<LocalDate, Set<OfficialId>> booked) {
    List<OfficialId> eligible = new ArrayList<>();
    for (OfficialId id : turns.pool) {
      if (available(id, days, away, booked)) {
        eligible.add(id);
      }
    }
    if (eligible.size() < req.count()) {
      throw new NotEnoughOfficialsException(days.get(0), req.role(), req.count(), eligible.size());
    }
    eligible.sort(
        Comparator.<OfficialId>comparingInt(id -> turns.count.getOrDefault(id, 0))
            .thenComparingLong(id -> turns.last.getOrDefault(id, Long.MIN_VALUE))
            .thenComparing(OfficialId::value));
    List<OfficialId> chosen = eligible.subList(0, req.count());
    long stamp = days.get(0).toEpochDay();
    for (OfficialId id : chosen) {
      turns.count.merge(id, 1, Integer::sum);
      turns.last.put(id, stamp);
      for (LocalDate d : days) {
        booked.computeIfAbsent(d, k -> new HashSet<>()).add(id);
      }
    }
    LOG.debug("{} x{} {} on {}: chose {} of {} available", req.role(), req.count(), req.kind(), days.get(0), chosen, eligible.size());
    return List.copyOf(chosen);
  }

  private static boolean available(
      OfficialId id, List<LocalDate> days, Map<OfficialId, List<DateRange>> away, Map<LocalDate, Set<OfficialId>> booked) {
    List<DateRange> absent = away.getOrDefault(id, List.of());
    for (LocalDate d : days) {
      if (booked.getOrDefault(d, Set.of()).contains(id)) {
        return false;
      }
      for (DateRange r : absent) {
        if (r.contains(d)) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<DutyShift> slot(Map<LocalDate, List<List<DutyShift>>> perDay, LocalDate day, int size, int index) {
    List<List<DutyShift>> slots = perDay.computeIfAbsent(day, k -> {
      List<List<DutyShift>> l = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        l.add(new ArrayList<>());
      }
      return l;
    });
    return slots.get(index);
  }

  private static DutyShift shift(RosterRequirement req, OfficialId id, LocalDate day) {
    return DutyShift.builder().official(id).role(req.role()).date(day).unit(req.unit()).kind(req.kind()).build();
  }

  /** Per requirement: the pool (by id) and how often / when last each was chosen. */
  private static final class Turns {
    final List<OfficialId> pool;
    final Map<OfficialId, Integer> count = new HashMap<>();
    final Map<OfficialId, Long> last = new HashMap<>();

    Turns(List<OfficialId> pool) {
      this.pool = pool;
    }
  }

  @Override
  public String toString() {
    return "DutyRosterPlanner{" + policy.requirements().size() + " requirements, calendar=" + calendar.name() + "}";
  }
}
