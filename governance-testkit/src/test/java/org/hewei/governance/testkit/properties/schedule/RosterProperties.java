package org.hewei.governance.testkit.properties.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.DutyShift;
import org.hewei.governance.core.organization.Official;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonName;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.hewei.governance.rules.schedule.Absence;
import org.hewei.governance.rules.schedule.DateRange;
import org.hewei.governance.rules.schedule.DutyRosterPlanner;
import org.hewei.governance.rules.schedule.JointVisitSchedule;
import org.hewei.governance.rules.schedule.NotEnoughOfficialsException;
import org.hewei.governance.rules.schedule.Roster;
import org.hewei.governance.rules.schedule.RosterPolicy;
import org.hewei.governance.rules.schedule.RosterRequirement;
import org.hewei.governance.testkit.generate.Cases;
import org.hewei.governance.testkit.generate.Gen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Roster and joint-visit invariants: duties filled, absences respected, fair rotation, determinism. */
class RosterProperties {
  private static final WorkingDayCalendar CAL = WorkingDayCalendar.chinaMainland();
  private static final UnitId XFB = UnitId.of("ZXD-XFB");
  private static final UnitId HWG = UnitId.of("ZXD-HWG");

  /** A policy, officials (one role each; some with two when {@code dualRoles}), absences and a period. */
  record Setup(RosterPolicy policy, List<Official> officials, List<Absence> absences, DateRange period) {
    @Override
    public String toString() {
      return "Setup{officials=" + officials.size() + ", absences=" + absences.size() + ", period=" + period + "}";
    }
  }

  static Gen<Setup> setups(boolean withAbsences, boolean dualRoles) {
    return random -> {
      int section = 1 + random.nextInt(2);
      int village = 1 + random.nextInt(3);
      int secretaries = 1 + random.nextInt(2);
      RosterPolicy policy = random.nextInt(3) == 0
          ? RosterPolicy.seedDefaults(XFB, HWG)
          : RosterPolicy.builder()
              .addRequirements(RosterRequirement.of(Role.SECTION_LEVEL_CADRE, section, DutyShift.Kind.RECEPTION, XFB,
                  RosterRequirement.Cadence.DAILY))
              .addRequirements(RosterRequirement.of(Role.VILLAGE_CADRE, village, DutyShift.Kind.RECEPTION, XFB,
                  RosterRequirement.Cadence.DAILY))
              .addRequirements(RosterRequirement.of(Role.PARTY_SECRETARY, secretaries, DutyShift.Kind.CENTRE_DUTY, HWG,
                  RosterRequirement.Cadence.WEEKLY))
              .build();
      List<Official> officials = new ArrayList<>();
      for (RosterRequirement r : policy.requirements()) {
        int n = r.count() + random.nextInt(6) + (withAbsences ? 1 : 0);
        for (int i = 0; i < n; i++) {
          Role[] roles = dualRoles && r.role() == Role.VILLAGE_CADRE && random.nextBoolean()
              ? new Role[] {Role.VILLAGE_CADRE, Role.PARTY_SECRETARY} : new Role[] {r.role()};
          officials.add(Official.builder().id(OfficialId.of(r.role().name().charAt(0) + "-" + i + "-" + random.nextInt(1000)))
              .name(PersonName.of("李四")).unit(XFB).addRoles(roles).jurisdiction(JurisdictionId.of("ZXD")).build());
        }
      }
      Set<OfficialId> ids = new HashSet<>();
      officials.removeIf(o -> !ids.add(o.id()));
      LocalDate from = LocalDate.of(2022 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
      LocalDate to = from.plusDays(random.nextInt(62));
      DateRange period = DateRange.of(from, to.isAfter(CAL.lastDate()) ? CAL.lastDate() : to);
      List<Absence> absences = new ArrayList<>();
      if (withAbsences) {
        for (int k = random.nextInt(5); k > 0; k--) {
          Official o = officials.get(random.nextInt(officials.size()));
          LocalDate a = period.from().plusDays(random.nextInt((int) period.days()));
          absences.add(Absence.of(o.id(), DateRange.of(a, a.plusDays(random.nextInt(10)))));
        }
      }
      Collections.shuffle(officials, new java.util.Random(random.nextLong()));
      return new Setup(policy, officials, absences, period);
    };
  }

  static Stream<Arguments> noAbsences() {
    return Cases.of(setups(false, false), 300);
  }

  static Stream<Arguments> withAbsences() {
    return Cases.of(setups(true, false), 300);
  }

  static Stream<Arguments> dualRoles() {
    return Cases.of(setups(true, true), 300);
  }

  private static DutyRosterPlanner planner(Setup s) {
    return DutyRosterPlanner.of(s.policy(), CAL);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("noAbsences")
  void everyoneOnceBeforeAnyoneTwice(long seed, Setup s) {
    Roster roster = planner(s).plan(s.period(), s.officials(), s.absences());
    assertFilled(s, roster);
    for (RosterRequirement r : s.policy().requirements()) {
      Map<OfficialId, Integer> turns = new HashMap<>();
      for (Official o : s.officials()) {
        if (o.hasRole(r.role())) {
          turns.put(o.id(), 0);
        }
      }
      // after every turn-taking day the counts (per turn: a day, or a week for weekly duty) differ by ≤ 1
      for (Map.Entry<LocalDate, List<OfficialId>> e : turnsByDay(roster, r).entrySet()) {
        for (OfficialId id : e.getValue()) {
          turns.merge(id, 1, Integer::sum);
        }
        assertThat(Collections.max(turns.values()) - Collections.min(turns.values())).as(r.role() + " " + e.getKey())
            .isLessThanOrEqualTo(1);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("withAbsences")
  void absencesRespectedAndAlwaysPresentStayLevel(long seed, Setup s) {
    Roster roster;
    try {
      roster = planner(s).plan(s.period(), s.officials(), s.absences());
    } catch (NotEnoughOfficialsException e) {
      assertThat(e.available()).isLessThan(e.needed());
      assertThat(s.period().contains(e.date())).isTrue();
      assertThat(s.absences()).as("only absences can cause a shortage here").isNotEmpty();
      return;
    }
    assertFilled(s, roster);
    for (DutyShift shift : roster.shifts()) {
      for (Absence a : s.absences()) {
        assertThat(a.official().equals(shift.official()) && a.covers(shift.date())).as(shift.toString()).isFalse();
      }
    }
    Set<OfficialId> absent = new HashSet<>();
    s.absences().forEach(a -> absent.add(a.official()));
    for (RosterRequirement r : s.policy().requirements()) {
      Map<OfficialId, Integer> turns = new HashMap<>();
      for (Official o : s.officials()) {
        if (o.hasRole(r.role()) && !absent.contains(o.id())) {
          turns.put(o.id(), 0);
        }
      }
      turnsByDay(roster, r).values().forEach(ids -> ids.stream().filter(turns::containsKey)
          .forEach(id -> turns.merge(id, 1, Integer::sum)));
      if (!turns.isEmpty()) {
        assertThat(Collections.max(turns.values()) - Collections.min(turns.values())).as(r.role().name())
            .isLessThanOrEqualTo(1);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dualRoles")
  void noOneTwiceOnOneDayAndDeterministic(long seed, Setup s) {
    Roster roster;
    try {
      roster = planner(s).plan(s.period(), s.officials(), s.absences());
    } catch (NotEnoughOfficialsException e) {
      assertThat(e.available()).isLessThan(e.needed());
      return;
    }
    Set<String> seen = new HashSet<>();
    for (DutyShift shift : roster.shifts()) {
      assertThat(seen.add(shift.official().value() + "@" + shift.date())).as(shift.toString()).isTrue();
      assertThat(CAL.isWorkingDay(shift.date())).isTrue();
      assertThat(s.period().contains(shift.date())).isTrue();
    }
    List<Official> reversed = new ArrayList<>(s.officials());
    Collections.reverse(reversed);
    assertThat(planner(s).plan(s.period(), reversed, s.absences())).isEqualTo(roster);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("months")
  void jointVisitDaysAreWorkingDaysInTheirSlotAndMonth(long seed, List<Integer> days) {
    SplittableRandom random = new SplittableRandom(seed);
    JointVisitSchedule schedule = JointVisitSchedule.builder().calendar(CAL).addAllDaysOfMonth(days).build();
    java.time.YearMonth month = java.time.YearMonth.of(2020 + random.nextInt(7), 1 + random.nextInt(12));
    List<LocalDate> visits = schedule.visitDaysIn(month);
    assertThat(visits).isSorted().doesNotHaveDuplicates();
    assertThat(visits.size()).isLessThanOrEqualTo(days.size());
    for (LocalDate v : visits) {
      assertThat(java.time.YearMonth.from(v)).isEqualTo(month);
      assertThat(CAL.isWorkingDay(v)).as(v.toString()).isTrue();
    }
    // a slot on a working day is kept on its day
    for (int d : days) {
      if (month.isValidDay(d) && CAL.isWorkingDay(month.atDay(d))) {
        assertThat(visits).contains(month.atDay(d));
      }
    }
  }

  static Stream<Arguments> months() {
    Gen<List<Integer>> gen = random -> {
      Set<Integer> days = new java.util.TreeSet<>();
      for (int k = 1 + random.nextInt(4); k > 0; k--) {
        days.add(1 + random.nextInt(31));
      }
      return List.copyOf(days);
    };
    return Cases.of(gen, 300);
  }

  /** Each working day: every daily requirement filled; each week's working days: the weekly set serves. */
  private static void assertFilled(Setup s, Roster roster) {
    for (LocalDate d = s.period().from(); !d.isAfter(s.period().to()); d = d.plusDays(1)) {
      List<DutyShift> today = roster.on(d);
      if (!CAL.isWorkingDay(d)) {
        assertThat(today).as(d.toString()).isEmpty();
        continue;
      }
      for (RosterRequirement r : s.policy().requirements()) {
        assertThat(today.stream().filter(x -> x.role() == r.role() && x.kind() == r.kind() && x.unit().equals(r.unit())))
            .as(r.role() + " on " + d).hasSize(r.count());
      }
    }
  }

  /** The turns of requirement {@code r}: per day for daily duty, per first day of the week for weekly duty. */
  private static Map<LocalDate, List<OfficialId>> turnsByDay(Roster roster, RosterRequirement r) {
    Map<LocalDate, List<OfficialId>> turns = new java.util.TreeMap<>();
    Set<String> weekly = new HashSet<>();
    for (DutyShift x : roster.shifts()) {
      if (x.role() != r.role() || x.kind() != r.kind() || !x.unit().equals(r.unit())) {
        continue;
      }
      if (r.cadence() == RosterRequirement.Cadence.WEEKLY) {
        LocalDate monday = x.date().with(DayOfWeek.MONDAY);
        if (!weekly.add(x.official().value() + "@" + monday)) {
          continue;
        }
        turns.computeIfAbsent(monday, k -> new ArrayList<>()).add(x.official());
      } else {
        turns.computeIfAbsent(x.date(), k -> new ArrayList<>()).add(x.official());
      }
    }
    return turns;
  }
}
