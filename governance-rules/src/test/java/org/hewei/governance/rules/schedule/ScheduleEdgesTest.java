package org.hewei.governance.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.rules.schedule.KeyPersonVisitsTest.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.keyperson.ControlLevel;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.organization.DutyShift;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Delisting inside a period, ordering of visits due, absences and roster counts at their edges. */
class ScheduleEdgesTest {
  private static final KeyPersonVisits VISITS = KeyPersonVisits.of(KeyPersonCatalogue.defaults());
  private static final DateRange AUGUST = DateRange.of(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 31));

  /** STRICT drug-related: visited every 2 weeks. */
  private static KeyPersonRecordState strict(String id, LocalDate lastVisit, Optional<LocalDate> delisted) {
    return record(id, KeyPersonCatalogue.DRUG_RELATED, ControlLevel.STRICT, LocalDate.of(2022, 1, 1),
        Optional.of(lastVisit), delisted);
  }

  @Test
  @DisplayName("overdue while listed: a record delisted after the day is still overdue; delisted on the day it is not")
  void overdueUntilDelisted() {
    KeyPersonRecordState later = strict("1", LocalDate.of(2022, 7, 1), Optional.of(LocalDate.of(2022, 9, 1)));
    assertThat(VISITS.isOverdue(later, LocalDate.of(2022, 8, 1))).isTrue();
    KeyPersonRecordState sameDay = strict("2", LocalDate.of(2022, 7, 1), Optional.of(LocalDate.of(2022, 8, 1)));
    assertThat(VISITS.isOverdue(sameDay, LocalDate.of(2022, 8, 1))).isFalse();
    assertThat(VISITS.isOverdue(sameDay, LocalDate.of(2022, 7, 31))).isTrue();
  }

  @Test
  @DisplayName("visits are projected up to a delisting inside the period, and to the period's end when delisted later")
  void projectionStopsAtDelisting() {
    assertThat(VISITS.dueIn(List.of(strict("3", LocalDate.of(2022, 7, 20), Optional.of(LocalDate.of(2022, 8, 20)))), AUGUST))
        .extracting(VisitDue::dueOn).containsExactly(LocalDate.of(2022, 8, 3), LocalDate.of(2022, 8, 17));
    assertThat(VISITS.dueIn(List.of(strict("4", LocalDate.of(2022, 7, 20), Optional.of(LocalDate.of(2022, 9, 15)))), AUGUST))
        .extracting(VisitDue::dueOn)
        .containsExactly(LocalDate.of(2022, 8, 3), LocalDate.of(2022, 8, 17), LocalDate.of(2022, 8, 31));
    assertThat(VISITS.dueIn(List.of(strict("5", LocalDate.of(2022, 7, 20), Optional.of(LocalDate.of(2022, 8, 3)))), AUGUST))
        .extracting(VisitDue::dueOn).containsExactly(LocalDate.of(2022, 8, 3));
  }

  @Test
  @DisplayName("visits due are ordered by day, then by record id, whatever the order of the records")
  void orderedByDayThenRecord() {
    List<VisitDue> dues = VISITS.dueIn(List.of(
        strict("c", LocalDate.of(2022, 7, 27), Optional.empty()),
        strict("b", LocalDate.of(2022, 7, 20), Optional.empty()),
        strict("a", LocalDate.of(2022, 7, 20), Optional.empty())), AUGUST);
    assertThat(dues).extracting(d -> d.record().value() + "@" + d.dueOn().getDayOfMonth()).containsExactly(
        "KP-a@3", "KP-b@3", "KP-c@10", "KP-a@17", "KP-b@17", "KP-c@24", "KP-a@31", "KP-b@31");
  }

  @Test
  @DisplayName("a visit due prints record, day and whether it is overdue")
  void visitDueToString() {
    List<VisitDue> dues = VISITS.dueIn(List.of(strict("6", LocalDate.of(2022, 7, 1), Optional.empty())), AUGUST);
    assertThat(dues.get(0)).hasToString("VisitDue{record=KP-6, dueOn=2022-07-15, overdue}");
    assertThat(dues.get(1)).hasToString("VisitDue{record=KP-6, dueOn=2022-08-15}");
  }

  @Test
  @DisplayName("an absence covers exactly its days")
  void absence() {
    Absence a = Absence.of(OfficialId.of("OFF-1"), DateRange.of(LocalDate.of(2022, 8, 2), LocalDate.of(2022, 8, 4)));
    assertThat(a.covers(LocalDate.of(2022, 8, 2))).isTrue();
    assertThat(a.covers(LocalDate.of(2022, 8, 4))).isTrue();
    assertThat(a.covers(LocalDate.of(2022, 8, 1))).isFalse();
    assertThat(a.covers(LocalDate.of(2022, 8, 5))).isFalse();
  }

  @Test
  @DisplayName("a roster counts an official's shifts per role and prints its period and size")
  void rosterCounts() {
    OfficialId wang = OfficialId.of("OFF-1");
    OfficialId li = OfficialId.of("OFF-2");
    LocalDate d = LocalDate.of(2022, 8, 1);
    List<DutyShift> shifts = List.of(shift(wang, Role.PETITION_OFFICER, d), shift(wang, Role.PETITION_OFFICER, d.plusDays(1)),
        shift(wang, Role.VILLAGE_CADRE, d.plusDays(2)), shift(li, Role.PETITION_OFFICER, d));
    Roster r = Roster.of(AUGUST, shifts);
    assertThat(r.assignments(wang, Role.PETITION_OFFICER)).isEqualTo(2);
    assertThat(r.assignments(wang, Role.VILLAGE_CADRE)).isEqualTo(1);
    assertThat(r.assignments(li, Role.PETITION_OFFICER)).isEqualTo(1);
    assertThat(r.assignments(li, Role.VILLAGE_CADRE)).isZero();
    assertThat(r.on(d)).hasSize(2);
    assertThat(r).hasToString("Roster{period=" + AUGUST + ", shifts=4}");
  }

  private static DutyShift shift(OfficialId who, Role role, LocalDate day) {
    return DutyShift.builder().official(who).role(role).date(day).unit(UnitId.of("ZXD-XFB")).kind(DutyShift.Kind.RECEPTION)
        .build();
  }
}
