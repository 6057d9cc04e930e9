package org.hewei.governance.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hewei.governance.rules.report.LedgerFixtures.GQ1;
import static org.hewei.governance.rules.report.LedgerFixtures.GQ2;
import static org.hewei.governance.rules.report.LedgerFixtures.TOWN;
import static org.hewei.governance.rules.report.LedgerFixtures.TREE;
import static org.hewei.governance.rules.report.LedgerFixtures.V11;
import static org.hewei.governance.rules.report.LedgerFixtures.V12;
import static org.hewei.governance.rules.report.LedgerFixtures.V21;
import static org.hewei.governance.rules.report.LedgerFixtures.V22;
import static org.hewei.governance.rules.report.LedgerFixtures.at;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.mediation.VenueKind;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.outreach.Errand;
import org.hewei.governance.core.outreach.ErrandCategory;
import org.hewei.governance.core.outreach.ErrandId;
import org.hewei.governance.core.outreach.ErrandState;
import org.hewei.governance.core.outreach.ErrandStatus;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.hewei.governance.rules.schedule.DateRange;
import org.hewei.governance.rules.schedule.JointVisitSchedule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 代办 figures of the ledger, and the consistency checks every figure block enforces on itself. */
class LedgerErrandsAndFiguresTest {
  private static final Ledger LEDGER = Ledger.of(TREE, KeyPersonCatalogue.defaults(),
      JointVisitSchedule.seedDefaults(WorkingDayCalendar.chinaMainland()));
  private static final DateRange JULY = DateRange.of(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 7, 31));
  private static final LocalDate JUL25 = LocalDate.of(2022, 7, 25);

  private static ErrandState errand(String id, JurisdictionId where, LocalDate requested, ErrandStatus status,
      LocalDate concluded) {
    Errand e = Errand.builder().id(ErrandId.of(id)).resident(PersonId.of("P-" + id)).category(ErrandCategory.CERTIFICATE)
        .jurisdiction(where).requestedAt(at(requested)).build();
    ErrandState.Builder b = ErrandState.builder().id(e.id()).version(2).status(status).errand(e);
    if (status == ErrandStatus.ACCEPTED || status == ErrandStatus.DONE) {
      b.handler(OfficialId.of("ZXD-OFF-1"));
    }
    if (status.isTerminal()) {
      b.concludedAt(at(concluded));
    }
    if (status == ErrandStatus.DECLINED) {
      b.declineReason("不符合条件");
    }
    return b.build();
  }

  private static final List<ErrandState> ERRANDS = List.of(
      errand("A", V11, LocalDate.of(2022, 7, 4), ErrandStatus.DONE, LocalDate.of(2022, 7, 6)),
      errand("B", V21, LocalDate.of(2022, 7, 5), ErrandStatus.ACCEPTED, LocalDate.of(2022, 7, 5)),
      errand("C", V12, LocalDate.of(2022, 6, 28), ErrandStatus.DONE, LocalDate.of(2022, 7, 2)),
      errand("D", V11, LocalDate.of(2022, 7, 30), ErrandStatus.DONE, LocalDate.of(2022, 8, 2)),
      errand("E", V22, LocalDate.of(2022, 7, 8), ErrandStatus.DECLINED, LocalDate.of(2022, 7, 9)),
      errand("F", V22, LocalDate.of(2022, 6, 1), ErrandStatus.DONE, LocalDate.of(2022, 6, 3)));

  private static OutreachFigures outreach(JurisdictionId root) {
    return LEDGER.report(root, JULY, JUL25, LedgerInput.builder().errands(ERRANDS).build()).outreach();
  }

  @Test
  @DisplayName("errands: requested in the period, done of those, and done in the period are counted per subtree")
  void errands() {
    OutreachFigures town = outreach(TOWN);
    assertThat(town.errandsRequested()).isEqualTo(4); // A B D E
    assertThat(town.errandsDoneOfRequested()).isEqualTo(2); // A D (D done after the period)
    assertThat(town.errandsDone()).isEqualTo(2); // A C (C requested before the period); E declined, F done in June
    assertThat(town.errandCompletion()).isEqualTo(Rate.of(2, 4));
    OutreachFigures gq1 = outreach(GQ1);
    assertThat(List.of(gq1.errandsRequested(), gq1.errandsDoneOfRequested(), gq1.errandsDone())).containsExactly(2L, 2L, 2L);
    OutreachFigures gq2 = outreach(GQ2);
    assertThat(List.of(gq2.errandsRequested(), gq2.errandsDoneOfRequested(), gq2.errandsDone())).containsExactly(2L, 0L, 0L);
    assertThat(LEDGER.report(TOWN, JULY, JUL25, LedgerInput.builder().build()).outreach().errandsRequested()).isZero();
  }

  @Test
  @DisplayName("an errand filed outside the jurisdiction tree is refused, naming the errand")
  void errandOutsideTree() {
    ErrandState lost = errand("X", JurisdictionId.of("ELSEWHERE"), LocalDate.of(2022, 7, 4), ErrandStatus.ACCEPTED,
        LocalDate.of(2022, 7, 4));
    assertThatThrownBy(() -> LEDGER.report(TOWN, JULY, JUL25, LedgerInput.builder().errands(List.of(lost)).build()))
        .hasMessageContaining("errand X");
  }

  private static LedgerReport empty() {
    return LEDGER.report(TOWN, JULY, JUL25, LedgerInput.builder().build());
  }

  @Test
  @DisplayName("petition figures: per-channel, per-type and per-category counts sum to received; levels to concluded")
  void petitionFiguresAddUp() {
    PetitionFigures zero = empty().petitions();
    Map<Channel, Long> oneChannel = new EnumMap<>(zero.receivedByChannel());
    oneChannel.put(Channel.LETTER, 1L);
    Map<PetitionType, Long> oneType = new EnumMap<>(zero.receivedByType());
    oneType.put(PetitionType.GRIEVANCE, 1L);
    PetitionFigures one = ImmutablePetitionFigures.builder().from(zero).received(1).receivedByChannel(oneChannel)
        .receivedByType(oneType).putReceivedByCategory(MatterCategory.LAND, 1L).build();
    assertThat(one.received()).isEqualTo(1);
    assertThatThrownBy(() -> ImmutablePetitionFigures.builder().from(zero).received(1).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("receivedByChannel");
    assertThatThrownBy(() -> ImmutablePetitionFigures.builder().from(zero).received(1).receivedByChannel(oneChannel).build())
        .hasMessageStartingWith("receivedByType");
    assertThatThrownBy(() -> ImmutablePetitionFigures.builder().from(zero).received(1).receivedByChannel(oneChannel)
        .receivedByType(oneType).build()).hasMessageStartingWith("receivedByCategory");
    assertThatThrownBy(() -> ImmutablePetitionFigures.builder().from(zero).concluded(1).build())
        .hasMessageStartingWith("concluded");
    assertThatThrownBy(() -> ImmutablePetitionFigures.builder().from(zero).concludedAtTown(1).build())
        .hasMessageStartingWith("concluded");
    PetitionFigures concluded = ImmutablePetitionFigures.builder().from(zero).concluded(1).concludedAboveTown(1)
        .concludedWithDueDate(1).concludedOnTime(1).rated(1).satisfied(1).build();
    assertThat(concluded.onTime()).isEqualTo(Rate.of(1, 1));
    assertThatThrownBy(() -> ImmutablePetitionFigures.builder().from(concluded).concludedWithDueDate(0).build())
        .hasMessageStartingWith("concludedOnTime");
    assertThatThrownBy(() -> ImmutablePetitionFigures.builder().from(zero).concludedWithDueDate(1).build())
        .hasMessageStartingWith("concludedOnTime");
    assertThatThrownBy(() -> ImmutablePetitionFigures.builder().from(concluded).rated(0).build())
        .hasMessageStartingWith("satisfied");
    assertThatThrownBy(() -> ImmutablePetitionFigures.builder().from(zero).rated(1).build())
        .hasMessageStartingWith("satisfied");
  }

  @Test
  @DisplayName("mediation figures: settled + unsuccessful + pending = received; the venues' rates sum to settled/received")
  void mediationFiguresAddUp() {
    MediationFigures zero = empty().mediation();
    MediationFigures pending = ImmutableMediationFigures.builder().from(zero).received(1).pending(1)
        .putSuccessByVenue(VenueKind.TOWN_CENTRE, Rate.of(0, 1)).build();
    assertThat(pending.successRate()).isEqualTo(Rate.of(0, 1));
    assertThatThrownBy(() -> ImmutableMediationFigures.builder().from(zero).received(1).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("received");
    assertThatThrownBy(() -> ImmutableMediationFigures.builder().from(zero).received(1).pending(1).build())
        .hasMessageStartingWith("successByVenue");
    assertThatThrownBy(() -> ImmutableMediationFigures.builder().from(zero).received(1).pending(1)
        .putSuccessByVenue(VenueKind.TOWN_CENTRE, Rate.of(1, 1)).build()).hasMessageStartingWith("successByVenue");
  }

  @Test
  @DisplayName("outreach and key-person figures: held on plan within planned and held; done within requested; overdue within listed")
  void outreachAndKeyPersonFiguresAreConsistent() {
    OutreachFigures zero = empty().outreach();
    OutreachFigures full = ImmutableOutreachFigures.builder().from(zero).jointVisitsPlanned(1).jointVisitsHeld(1)
        .jointVisitsHeldOnPlan(1).errandsRequested(1).errandsDoneOfRequested(1).build();
    assertThat(full.jointVisitPlanFulfilment()).isEqualTo(Rate.of(1, 1));
    assertThat(full.errandCompletion()).isEqualTo(Rate.of(1, 1));
    assertThatThrownBy(() -> ImmutableOutreachFigures.builder().from(full).jointVisitsPlanned(0).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("jointVisitsHeldOnPlan");
    assertThatThrownBy(() -> ImmutableOutreachFigures.builder().from(full).jointVisitsHeld(0).build())
        .hasMessageStartingWith("jointVisitsHeldOnPlan");
    assertThatThrownBy(() -> ImmutableOutreachFigures.builder().from(full).errandsRequested(0).build())
        .hasMessageStartingWith("errandsDoneOfRequested");
    KeyPersonFigures kp = ImmutableKeyPersonFigures.builder().from(empty().keyPersons()).listed(1).visitsOverdue(1).build();
    assertThat(kp.visitCompliance()).isEqualTo(Rate.of(0, 1));
    assertThatThrownBy(() -> ImmutableKeyPersonFigures.builder().from(kp).listed(0).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("visitsOverdue");
  }
}
