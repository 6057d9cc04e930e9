package org.hewei.governance.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.DutyShift;
import org.hewei.governance.core.organization.Official;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonName;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DutyRosterPlannerTest {
  private static final WorkingDayCalendar CAL = WorkingDayCalendar.chinaMainland();
  private static final UnitId XFB = UnitId.of("ZXD-XFB");
  private static final UnitId HWG = UnitId.of("ZXD-HWG");
  private static final DutyRosterPlanner SEED = DutyRosterPlanner.of(RosterPolicy.seedDefaults(XFB, HWG), CAL);
  private static final DateRange AUGUST = DateRange.of(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 31));

  static Official official(String id, Role... roles) {
    return Official.builder().id(OfficialId.of(id)).name(PersonName.of("张三")).unit(XFB).addRoles(roles)
        .jurisdiction(JurisdictionId.of("ZXD")).build();
  }

  static List<Official> town() {
    List<Official> list = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      list.add(official("KJ-" + i, Role.SECTION_LEVEL_CADRE));
    }
    for (int i = 1; i <= 7; i++) {
      list.add(official("CG-" + i, Role.VILLAGE_CADRE));
    }
    for (int i = 1; i <= 6; i++) {
      list.add(official("SJ-" + i, Role.PARTY_SECRETARY));
    }
    return list;
  }

  @Test
  @DisplayName("seed 领导接访: every working day of August 2022 has 1 section-level cadre + 2 village cadres at the petition office")
  void dailyReception() {
    Roster roster = SEED.plan(AUGUST, town(), List.of());
    int workingDays = CAL.workingDaysIn(AUGUST.from(), AUGUST.to());
    assertThat(workingDays).isEqualTo(23);
    for (LocalDate d = AUGUST.from(); !d.isAfter(AUGUST.to()); d = d.plusDays(1)) {
      List<DutyShift> shifts = roster.on(d);
      if (CAL.isRestDay(d)) {
        assertThat(shifts).as(d.toString()).isEmpty();
        continue;
      }
      assertThat(shifts.stream().filter(s -> s.role() == Role.SECTION_LEVEL_CADRE && s.kind() == DutyShift.Kind.RECEPTION
          && s.unit().equals(XFB))).hasSize(1);
      assertThat(shifts.stream().filter(s -> s.role() == Role.VILLAGE_CADRE && s.kind() == DutyShift.Kind.RECEPTION))
          .hasSize(2);
      assertThat(shifts.stream().filter(s -> s.role() == Role.PARTY_SECRETARY && s.kind() == DutyShift.Kind.CENTRE_DUTY
          && s.unit().equals(HWG))).hasSize(2);
    }
    assertThat(roster.shifts()).hasSize(workingDays * 5);
  }

  @Test
  @DisplayName("seed: 2 village party secretaries a week at the 和为贵 centre — the same two all week")
  void weeklySecretaries() {
    Roster roster = SEED.plan(AUGUST, town(), List.of());
    Set<OfficialId> week1 = secretaries(roster, LocalDate.of(2022, 8, 1));
    assertThat(week1).hasSize(2);
    for (int i = 2; i <= 5; i++) {
      assertThat(secretaries(roster, LocalDate.of(2022, 8, i))).isEqualTo(week1);
    }
    Set<OfficialId> week2 = secretaries(roster, LocalDate.of(2022, 8, 8));
    assertThat(week2).hasSize(2).doesNotContainAnyElementsOf(week1);
    Set<OfficialId> week3 = secretaries(roster, LocalDate.of(2022, 8, 15));
    assertThat(week3).as("6 secretaries: everyone once before anyone twice")
        .doesNotContainAnyElementsOf(week1).doesNotContainAnyElementsOf(week2);
  }

  @Test
  @DisplayName("fair rotation: no one twice before everyone once; counts per role differ by at most one")
  void fairness() {
    Roster roster = SEED.plan(AUGUST, town(), List.of());
    List<DutyShift> cadre = roster.shifts().stream().filter(s -> s.role() == Role.SECTION_LEVEL_CADRE).toList();
    assertThat(new HashSet<>(cadre.subList(0, 4).stream().map(DutyShift::official).toList())).hasSize(4);
    for (Role role : List.of(Role.SECTION_LEVEL_CADRE, Role.VILLAGE_CADRE)) {
      Map<OfficialId, Long> counts = counts(roster, role);
      assertThat(Collections.max(counts.values()) - Collections.min(counts.values())).as(role.name()).isLessThanOrEqualTo(1);
    }
  }

  @Test
  @DisplayName("declared absences are respected over a month; the absentee catches up afterwards, others stay level")
  void absences() {
    Absence leave = Absence.of(OfficialId.of("KJ-1"), DateRange.of(LocalDate.of(2022, 8, 8), LocalDate.of(2022, 8, 19)));
    Absence sick = Absence.of(OfficialId.of("CG-3"), DateRange.of(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 31)));
    Absence secretary = Absence.of(OfficialId.of("SJ-1"), DateRange.day(LocalDate.of(2022, 8, 3)));
    Roster roster = SEED.plan(AUGUST, town(), List.of(leave, sick, secretary));
    for (DutyShift s : roster.shifts()) {
      assertThat(leave.official().equals(s.official()) && leave.covers(s.date())).as(s.toString()).isFalse();
      assertThat(s.official()).isNotEqualTo(OfficialId.of("CG-3"));
      assertThat(s.official().equals(OfficialId.of("SJ-1")) && s.date().isBefore(LocalDate.of(2022, 8, 8))).isFalse();
    }
    Map<OfficialId, Long> cadres = counts(roster, Role.SECTION_LEVEL_CADRE);
    long others = cadres.getOrDefault(OfficialId.of("KJ-2"), 0L);
    assertThat(others).isPositive();
    assertThat(List.of(cadres.getOrDefault(OfficialId.of("KJ-3"), 0L), cadres.getOrDefault(OfficialId.of("KJ-4"), 0L)))
        .allSatisfy(n -> assertThat(Math.abs(n - others)).isLessThanOrEqualTo(1));
    assertThat(cadres.getOrDefault(OfficialId.of("KJ-1"), 0L)).isLessThanOrEqualTo(others);
    assertNoOneTwiceADay(roster);
  }

  @Test
  @DisplayName("an official holding two roles never serves twice on one day")
  void twoRoles() {
    List<Official> people = List.of(
        official("KJ-1", Role.SECTION_LEVEL_CADRE), official("KJ-2", Role.SECTION_LEVEL_CADRE),
        official("CG-1", Role.VILLAGE_CADRE, Role.PARTY_SECRETARY), official("CG-2", Role.VILLAGE_CADRE),
        official("CG-3", Role.VILLAGE_CADRE, Role.PARTY_SECRETARY), official("CG-4", Role.VILLAGE_CADRE),
        official("SJ-1", Role.PARTY_SECRETARY), official("SJ-2", Role.PARTY_SECRETARY));
    assertNoOneTwiceADay(SEED.plan(AUGUST, people, List.of()));
  }

  @Test
  @DisplayName("not enough people on a day → NotEnoughOfficialsException naming day, role and numbers; no roster")
  void shortage() {
    List<Official> people = new ArrayList<>(town());
    people.removeIf(o -> o.hasRole(Role.VILLAGE_CADRE) && !o.id().value().equals("CG-1") && !o.id().value().equals("CG-2"));
    Absence a = Absence.of(OfficialId.of("CG-2"), DateRange.day(LocalDate.of(2022, 8, 9)));
    assertThatThrownBy(() -> SEED.plan(AUGUST, people, List.of(a)))
        .isInstanceOfSatisfying(NotEnoughOfficialsException.class, e -> {
          assertThat(e.date()).isEqualTo(LocalDate.of(2022, 8, 9));
          assertThat(e.role()).isEqualTo(Role.VILLAGE_CADRE);
          assertThat(e.needed()).isEqualTo(2);
          assertThat(e.available()).isEqualTo(1);
        })
        .hasMessageContaining("needs 2 on 2022-08-09 but only 1 available");
  }

  @Test
  @DisplayName("deterministic: the same officials in another order give the same roster")
  void deterministic() {
    List<Official> shuffled = new ArrayList<>(town());
    Collections.reverse(shuffled);
    assertThat(SEED.plan(AUGUST, shuffled, List.of())).isEqualTo(SEED.plan(AUGUST, town(), List.of()));
  }

  @Test
  @DisplayName("October 2022: no duty in the National Day week; duty on the make-up Saturday 10-08")
  void nationalDay() {
    Roster roster = SEED.plan(DateRange.of(LocalDate.of(2022, 9, 26), LocalDate.of(2022, 10, 9)), town(), List.of());
    assertThat(roster.on(LocalDate.of(2022, 10, 3))).isEmpty();
    assertThat(roster.on(LocalDate.of(2022, 10, 8))).hasSize(5);
    assertThat(roster.on(LocalDate.of(2022, 10, 9))).hasSize(5);
  }

  @Test
  @DisplayName("policy: no duplicate requirement; an official listed twice is refused")
  void invalidInput() {
    RosterRequirement r = RosterRequirement.of(Role.VILLAGE_CADRE, 1, DutyShift.Kind.RECEPTION, XFB,
        RosterRequirement.Cadence.DAILY);
    assertThatThrownBy(() -> RosterPolicy.builder().addRequirements(r, r).build()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> RosterPolicy.builder().build()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> RosterRequirement.of(Role.VILLAGE_CADRE, 0, DutyShift.Kind.RECEPTION, XFB,
        RosterRequirement.Cadence.DAILY)).isInstanceOf(InvalidValueException.class);
    List<Official> twice = List.of(official("KJ-1", Role.SECTION_LEVEL_CADRE), official("KJ-1", Role.SECTION_LEVEL_CADRE));
    assertThatThrownBy(() -> SEED.plan(AUGUST, twice, List.of())).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("KJ-1");
  }

  @Test
  @DisplayName("a roster's toString shows no names")
  void noNames() {
    Roster roster = SEED.plan(AUGUST, town(), List.of());
    assertThat(roster.toString()).doesNotContain("张三");
    assertThat(roster.shifts().get(0).toString()).doesNotContain("张三");
  }

  static void assertNoOneTwiceADay(Roster roster) {
    Set<String> seen = new HashSet<>();
    for (DutyShift s : roster.shifts()) {
      assertThat(seen.add(s.official().value() + "@" + s.date())).as(s.toString()).isTrue();
    }
  }

  static Map<OfficialId, Long> counts(Roster roster, Role role) {
    Map<OfficialId, Long> counts = new HashMap<>();
    for (DutyShift s : roster.shifts()) {
      if (s.role() == role) {
        counts.merge(s.official(), 1L, Long::sum);
      }
    }
    return counts;
  }

  private static Set<OfficialId> secretaries(Roster roster, LocalDate day) {
    Set<OfficialId> ids = new HashSet<>();
    for (DutyShift s : roster.on(day)) {
      if (s.role() == Role.PARTY_SECRETARY) {
        ids.add(s.official());
      }
    }
    return ids;
  }
}
