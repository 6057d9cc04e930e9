package org.hewei.governance.rules.report;

import org.hewei.governance.core.jurisdiction.UnknownJurisdictionException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hewei.governance.rules.report.LedgerFixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.keyperson.ControlLevel;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.MediationOutcome;
import org.hewei.governance.core.mediation.VenueKind;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Unit;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.organization.UnitKind;
import org.hewei.governance.core.outreach.Finding;
import org.hewei.governance.core.outreach.OutreachActivity;
import org.hewei.governance.core.outreach.OutreachId;
import org.hewei.governance.core.outreach.OutreachKind;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Satisfaction;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.hewei.governance.rules.schedule.DateRange;
import org.hewei.governance.rules.schedule.InvalidDateRangeException;
import org.hewei.governance.rules.schedule.JointVisitSchedule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LedgerTest {
  private static final Ledger LEDGER = Ledger.of(TREE, KeyPersonCatalogue.defaults(),
      JointVisitSchedule.seedDefaults(WorkingDayCalendar.chinaMainland()));
  private static final DateRange SEED_PERIOD = DateRange.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 7, 25));
  private static final LocalDate JUL25 = LocalDate.of(2022, 7, 25);

  private static LedgerReport report(JurisdictionId root, DateRange period, LedgerInput input) {
    return LEDGER.report(root, period, JUL25, input);
  }

  @Test
  @DisplayName("seed: the police-station mediation room (王伟调解室) settled 29 of 32 → success rate 90.6%")
  void seedMediationRoom() {
    LedgerReport r = report(TOWN, SEED_PERIOD, LedgerInput.builder().mediationCases(seedPoliceStationRoom()).build());
    assertThat(r.mediation().received()).isEqualTo(32);
    assertThat(r.mediation().settled()).isEqualTo(29);
    assertThat(r.mediation().unsuccessful()).isEqualTo(3);
    assertThat(r.mediation().successRate()).isEqualTo(Rate.of(29, 32));
    assertThat(r.mediation().successRate().percentText()).isEqualTo("90.6%");
    assertThat(r.mediation().successByVenue()).containsEntry(VenueKind.POLICE_STATION_ROOM, Rate.of(29, 32));
  }

  @Test
  @DisplayName("mediation: cases opened outside the period or subtree are not counted; open cases are pending")
  void mediationScope() {
    List<MediationCaseState> cases = new ArrayList<>(seedPoliceStationRoom());
    cases.add(mediation("late", V11, VenueKind.VILLAGE_MEDIATION_ROOM, LocalDate.of(2022, 8, 1), Optional.empty()));
    cases.add(mediation("open", V11, VenueKind.VILLAGE_MEDIATION_ROOM, LocalDate.of(2022, 7, 1), Optional.empty()));
    cases.add(mediation("gone", V21, VenueKind.VILLAGE_MEDIATION_ROOM, LocalDate.of(2022, 7, 1),
        Optional.of(MediationOutcome.WITHDRAWN)));
    LedgerReport r = report(GQ1, SEED_PERIOD, LedgerInput.builder().mediationCases(cases).build());
    // GQ1 holds villages V11, V12: cases 0,1,4,5,... i%4 ∈ {0,1} → 16 of the 32, plus "open"
    assertThat(r.mediation().received()).isEqualTo(17);
    assertThat(r.mediation().pending()).isEqualTo(1);
    assertThat(r.mediation().settled() + r.mediation().unsuccessful()).isEqualTo(16);
    assertThat(r.mediation().successByVenue()).containsKeys(VenueKind.POLICE_STATION_ROOM, VenueKind.VILLAGE_MEDIATION_ROOM);
  }

  @Test
  @DisplayName("petitions: received by channel, type and category add up; skip-level, collective, repeat counted")
  void received() {
    LocalDate d = LocalDate.of(2022, 7, 1);
    List<PetitionState> states = List.of(
        open(petition("A1", Channel.WALK_IN, PetitionType.GRIEVANCE, V11, d, PetitionFlag.SKIP_LEVEL), d.plusDays(60)),
        open(petition("A2", Channel.LETTER, PetitionType.SUGGESTION, V12, d, PetitionFlag.REPEAT), d.plusDays(60)),
        open(petition("A3", Channel.HOTLINE_12345, PetitionType.ACCUSATION, V21, d, PetitionFlag.COLLECTIVE,
            PetitionFlag.SKIP_LEVEL), d.plusDays(60)),
        open(petition("A4", Channel.WALK_IN, PetitionType.GRIEVANCE, V22, LocalDate.of(2021, 12, 31)), d));
    PetitionFigures p = report(TOWN, SEED_PERIOD, LedgerInput.builder().petitions(states).build()).petitions();
    assertThat(p.received()).isEqualTo(3);
    assertThat(p.receivedByChannel()).containsEntry(Channel.WALK_IN, 1L).containsEntry(Channel.LETTER, 1L)
        .containsEntry(Channel.HOTLINE_12345, 1L).containsEntry(Channel.FAX, 0L).hasSize(Channel.values().length);
    assertThat(p.receivedByType()).containsEntry(PetitionType.GRIEVANCE, 1L).containsEntry(PetitionType.ACCUSATION, 1L);
    assertThat(p.receivedByCategory()).containsExactly(org.assertj.core.api.Assertions.entry(MatterCategory.LAND, 3L));
    assertThat(p.skipLevel()).isEqualTo(2);
    assertThat(p.collective()).isEqualTo(1);
    assertThat(p.repeat()).isEqualTo(1);
    assertThat(p.overdue()).as("A4 due 2022-07-01, open on 07-25").isEqualTo(1);
  }

  @Test
  @DisplayName("小事不出村: concluded at village / concluded; on time when replied on or before the due day")
  void concludedByLevel() {
    LocalDate rec = LocalDate.of(2022, 5, 1);
    LocalDate due = LocalDate.of(2022, 6, 30);
    List<PetitionState> states = List.of(
        replied(petition("C1", Channel.WALK_IN, PetitionType.GRIEVANCE, V11, rec), due, due,
            JurisdictionLevel.VILLAGE, Optional.of(Satisfaction.SATISFIED)),
        replied(petition("C2", Channel.WALK_IN, PetitionType.GRIEVANCE, V11, rec), due, LocalDate.of(2022, 6, 1),
            JurisdictionLevel.GRID, Optional.of(Satisfaction.BASICALLY_SATISFIED)),
        replied(petition("C3", Channel.WALK_IN, PetitionType.GRIEVANCE, V12, rec), due, due.plusDays(1),
            JurisdictionLevel.MANAGEMENT_DISTRICT, Optional.of(Satisfaction.DISSATISFIED)),
        replied(petition("C4", Channel.WALK_IN, PetitionType.GRIEVANCE, V21, rec), due, due,
            JurisdictionLevel.TOWNSHIP, Optional.empty()),
        replied(petition("C5", Channel.WALK_IN, PetitionType.GRIEVANCE, V22, rec), due, due,
            JurisdictionLevel.COUNTY, Optional.empty()),
        replied(petition("C6", Channel.WALK_IN, PetitionType.GRIEVANCE, V22, rec), due, LocalDate.of(2022, 7, 26),
            JurisdictionLevel.VILLAGE, Optional.empty()));
    PetitionFigures p = report(TOWN, SEED_PERIOD, LedgerInput.builder().petitions(states).build()).petitions();
    assertThat(p.concluded()).as("C6 replied after the period").isEqualTo(5);
    assertThat(p.concludedAtVillage()).isEqualTo(2);
    assertThat(p.concludedAtDistrict()).isEqualTo(1);
    assertThat(p.concludedAtTown()).isEqualTo(1);
    assertThat(p.concludedAboveTown()).isEqualTo(1);
    assertThat(p.smallMattersStayInVillage()).isEqualTo(Rate.of(2, 5));
    assertThat(p.smallMattersStayInVillage().percentText()).isEqualTo("40.0%");
    assertThat(p.mattersStayInTown()).isEqualTo(Rate.of(4, 5));
    assertThat(p.onTime()).as("C3 one day late").isEqualTo(Rate.of(4, 5));
    assertThat(p.satisfaction()).isEqualTo(Rate.of(2, 3));
    assertThat(p.satisfaction().percentText()).isEqualTo("66.7%");
    assertThat(p.overdue()).as("replied petitions are never overdue").isZero();
  }

  @Test
  @DisplayName("a town's counts are the sum of its management districts' counts")
  void subtreesAddUp() {
    LedgerInput input = LedgerInput.builder().mediationCases(seedPoliceStationRoom()).build();
    MediationFigures town = report(TOWN, SEED_PERIOD, input).mediation();
    MediationFigures g1 = report(GQ1, SEED_PERIOD, input).mediation();
    MediationFigures g2 = report(GQ2, SEED_PERIOD, input).mediation();
    assertThat(g1.received() + g2.received()).isEqualTo(town.received());
    assertThat(g1.settled() + g2.settled()).isEqualTo(town.settled());
  }

  @Test
  @DisplayName("inconsistent input: a record whose jurisdiction is not in the tree fails the report, never a wrong number")
  void unknownJurisdiction() {
    LocalDate d = LocalDate.of(2022, 7, 1);
    Petition p = petition("X1", Channel.WALK_IN, PetitionType.GRIEVANCE, JurisdictionId.of("ELSEWHERE"), d);
    LedgerInput input = LedgerInput.builder().petitions(List.of(open(p, d))).build();
    assertThatThrownBy(() -> report(GQ1, SEED_PERIOD, input))
        .isInstanceOf(UnknownJurisdictionException.class)
        .hasMessageContaining("ELSEWHERE").hasMessageContaining("petition X1")
        .hasMessageNotContaining("诉求");
    assertThatThrownBy(() -> report(JurisdictionId.of("NOWHERE"), SEED_PERIOD, LedgerInput.builder().build()))
        .isInstanceOf(UnknownJurisdictionException.class).hasMessageContaining("subtree root");
    List<MediationCaseState> cases = List.of(mediation("Y", JurisdictionId.of("ELSEWHERE"),
        VenueKind.TOWN_CENTRE, d, Optional.empty()));
    assertThatThrownBy(() -> report(TOWN, SEED_PERIOD, LedgerInput.builder().mediationCases(cases).build()))
        .isInstanceOf(UnknownJurisdictionException.class).hasMessageContaining("mediation case M-Y");
  }

  @Test
  @DisplayName("inconsistent input: a period ending before it starts is refused")
  void badPeriod() {
    assertThatThrownBy(() -> DateRange.of(JUL25, LocalDate.of(2022, 7, 1)))
        .isInstanceOf(InvalidDateRangeException.class)
        .hasMessageContaining("2022-07-01").hasMessageContaining("must not be before from (2022-07-25)");
  }

  @Test
  @DisplayName("key persons: the next visit is due one catalogue interval after the last visit; overdue after that day")
  void keyPersonVisits() {
    List<KeyPersonRecordState> records = List.of(
        // drug-related FOCUS: monthly; last visit 06-20 → due 07-20 < 07-25: overdue, due in July
        keyPerson("1", KeyPersonCatalogue.DRUG_RELATED, ControlLevel.FOCUS, V11, LocalDate.of(2022, 1, 1),
            Optional.of(LocalDate.of(2022, 6, 20))),
        // STRICT: every two weeks; last visit 07-20 → due 08-03, not overdue, not due in July
        keyPerson("2", KeyPersonCatalogue.DRUG_RELATED, ControlLevel.STRICT, V12, LocalDate.of(2022, 1, 1),
            Optional.of(LocalDate.of(2022, 7, 20))),
        // rental housing ATTENTION: quarterly; listed 04-25 never visited → due 07-25 (on time on 07-25)
        keyPerson("3", KeyPersonCatalogue.RENTAL_HOUSING, ControlLevel.ATTENTION, V21, LocalDate.of(2022, 4, 25),
            Optional.empty()),
        // listed after the report day: not counted
        keyPerson("4", KeyPersonCatalogue.RENTAL_HOUSING, ControlLevel.ATTENTION, V21, LocalDate.of(2022, 8, 1),
            Optional.empty()));
    DateRange july = DateRange.of(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 7, 31));
    KeyPersonFigures k = report(TOWN, july, LedgerInput.builder().keyPersonRecords(records).build()).keyPersons();
    assertThat(k.listed()).isEqualTo(3);
    assertThat(k.visitsDue()).isEqualTo(2);
    assertThat(k.visitsOverdue()).isEqualTo(1);
    assertThat(k.visitCompliance()).isEqualTo(Rate.of(2, 3));
  }

  @Test
  @DisplayName("民意5来听 against plan: 2022-10 has 3 visit days (10-08, 10-17, 10-25) × 4 villages = 12 planned")
  void jointVisitsAgainstPlan() {
    DateRange october = DateRange.of(LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 31));
    List<OutreachActivity> acts = List.of(
        activity("J1", OutreachKind.JOINT_LISTENING_VISIT, V11, LocalDate.of(2022, 10, 8), 12),
        activity("J2", OutreachKind.JOINT_LISTENING_VISIT, V11, LocalDate.of(2022, 10, 8), 3), // same village & day
        activity("J3", OutreachKind.JOINT_LISTENING_VISIT, V12, LocalDate.of(2022, 10, 17), 5),
        activity("J4", OutreachKind.JOINT_LISTENING_VISIT, V21, LocalDate.of(2022, 10, 5), 5), // nominal day, not held day
        activity("H1", OutreachKind.HOME_VISIT, V22, LocalDate.of(2022, 10, 9), 7));
    OutreachFigures o = report(TOWN, october, LedgerInput.builder().outreach(acts).build()).outreach();
    assertThat(o.jointVisitsPlanned()).isEqualTo(12);
    assertThat(o.jointVisitsHeld()).isEqualTo(4);
    assertThat(o.jointVisitsHeldOnPlan()).isEqualTo(2);
    assertThat(o.jointVisitPlanFulfilment().percentText()).isEqualTo("16.7%");
    assertThat(o.homeVisits()).isEqualTo(1);
    assertThat(o.householdsVisited()).isEqualTo(32);
  }

  @Test
  @DisplayName("seed: per police post, cases, clues and intelligence collected (the rewarded figures) and its talks")
  void policePosts() {
    Unit post1 = Unit.builder().id(UnitId.of("JWS-1")).kind(UnitKind.POLICE_POST).name("第一警务室").jurisdiction(GQ1).build();
    Unit post2 = Unit.builder().id(UnitId.of("JWS-2")).kind(UnitKind.POLICE_POST).name("第二警务室").jurisdiction(GQ2).build();
    LocalDate d = LocalDate.of(2022, 7, 10);
    LedgerInput input = LedgerInput.builder()
        .policePosts(List.of(post2, post1))
        .policePostTallies(List.of(
            PolicePostTally.of(post1.id(), d, 1, 4, 20),
            PolicePostTally.of(post1.id(), d.plusDays(1), 0, 1, 5),
            PolicePostTally.of(post2.id(), d, 2, 0, 3),
            PolicePostTally.of(post2.id(), LocalDate.of(2021, 12, 31), 9, 9, 9)))
        .outreach(List.of(
            activity("T1", OutreachKind.POLICE_COMMUNITY_TALK, V11, d, 0),
            activity("T2", OutreachKind.CASE_FOLLOW_UP_VISIT, V12, d, 0),
            activity("T3", OutreachKind.SITUATION_BRIEFING, GQ2, d, 0)))
        .build();
    List<PolicePostFigures> posts = report(TOWN, SEED_PERIOD, input).policePosts();
    assertThat(posts).extracting(PolicePostFigures::post).containsExactly(post1.id(), post2.id());
    PolicePostFigures p1 = posts.get(0);
    assertThat(List.of(p1.criminalCases(), p1.caseClues(), p1.intelligenceItems())).containsExactly(1L, 5L, 25L);
    assertThat(List.of(p1.talks(), p1.caseFollowUps(), p1.briefings(), p1.findings())).containsExactly(1L, 1L, 0L, 2L);
    PolicePostFigures p2 = posts.get(1);
    assertThat(List.of(p2.criminalCases(), p2.caseClues(), p2.intelligenceItems(), p2.briefings()))
        .containsExactly(2L, 0L, 3L, 1L);
    assertThat(report(GQ1, SEED_PERIOD, input).policePosts()).extracting(PolicePostFigures::post).containsExactly(post1.id());
  }

  @Test
  @DisplayName("a tally for a post that is not among the police posts, or a unit of another kind, is refused")
  void badPosts() {
    Unit office = Unit.builder().id(UnitId.of("XFB")).kind(UnitKind.PETITION_OFFICE).name("信访办").jurisdiction(TOWN).build();
    assertThatThrownBy(() -> report(TOWN, SEED_PERIOD, LedgerInput.builder().policePosts(List.of(office)).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("POLICE_POST");
    LedgerInput orphan = LedgerInput.builder()
        .policePostTallies(List.of(PolicePostTally.of(UnitId.of("JWS-9"), JUL25, 0, 0, 0))).build();
    assertThatThrownBy(() -> report(TOWN, SEED_PERIOD, orphan))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("JWS-9");
  }

  private static OutreachActivity activity(String id, OutreachKind kind, JurisdictionId where, LocalDate day, int households) {
    OutreachActivity.Builder b = OutreachActivity.builder().id(OutreachId.of(id)).kind(kind).where(where).heldOn(day)
        .officials(Set.of(OfficialId.of("ZXD-OFF-1"))).householdsVisited(households);
    if (kind == OutreachKind.POLICE_COMMUNITY_TALK) {
      b.addFindings(Finding.request("路灯"), Finding.request("巡逻"));
    }
    return b.build();
  }
}
