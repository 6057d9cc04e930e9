package org.hewei.governance.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.keyperson.ControlLevel;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonCategory;
import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.keyperson.KeySubject;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.person.PersonId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeyPersonVisitsTest {
  private static final KeyPersonVisits VISITS = KeyPersonVisits.of(KeyPersonCatalogue.defaults());
  private static final DateRange AUGUST = DateRange.of(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 31));

  static KeyPersonRecordState record(String id, KeyPersonCategory c, ControlLevel level, LocalDate listed,
      Optional<LocalDate> last, Optional<LocalDate> delisted) {
    KeyPersonRecordState.Builder b = KeyPersonRecordState.builder().id(KeyPersonRecordId.of("KP-" + id))
        .subject(KeySubject.person(PersonId.of("P-" + id))).category(c).level(level)
        .responsibleOfficial(OfficialId.of("MJ-1")).jurisdiction(JurisdictionId.of("V1")).listedOn(listed).version(1);
    last.ifPresent(b::lastVisit);
    delisted.ifPresent(b::delistedOn);
    return b.build();
  }

  @Test
  @DisplayName("next visit: one catalogue interval after the listing when never visited (drug-related FOCUS: monthly)")
  void nextFromListing() {
    KeyPersonRecordState r = record("1", KeyPersonCatalogue.DRUG_RELATED, ControlLevel.FOCUS,
        LocalDate.of(2022, 7, 25), Optional.empty(), Optional.empty());
    assertThat(VISITS.nextVisitDue(r)).contains(LocalDate.of(2022, 8, 25));
    assertThat(VISITS.isOverdue(r, LocalDate.of(2022, 8, 25))).as("due day itself is on time").isFalse();
    assertThat(VISITS.isOverdue(r, LocalDate.of(2022, 8, 26))).isTrue();
  }

  @Test
  @DisplayName("a delisted record is never due")
  void delisted() {
    KeyPersonRecordState r = record("2", KeyPersonCatalogue.DRUG_RELATED, ControlLevel.FOCUS,
        LocalDate.of(2022, 1, 1), Optional.empty(), Optional.of(LocalDate.of(2022, 3, 1)));
    assertThat(VISITS.nextVisitDue(r)).isEmpty();
    assertThat(VISITS.isOverdue(r, LocalDate.of(2022, 8, 1))).isFalse();
    assertThat(VISITS.dueIn(List.of(r), AUGUST)).isEmpty();
  }

  @Test
  @DisplayName("visits due over a range: STRICT drug-related every 2 weeks from 07-20 → 08-03, 08-17, 08-31")
  void projection() {
    KeyPersonRecordState r = record("3", KeyPersonCatalogue.DRUG_RELATED, ControlLevel.STRICT,
        LocalDate.of(2022, 1, 1), Optional.of(LocalDate.of(2022, 7, 20)), Optional.empty());
    assertThat(VISITS.dueIn(List.of(r), AUGUST)).extracting(VisitDue::dueOn)
        .containsExactly(LocalDate.of(2022, 8, 3), LocalDate.of(2022, 8, 17), LocalDate.of(2022, 8, 31));
  }

  @Test
  @DisplayName("an overdue record is listed once with its missed day, then projected from the period's start")
  void overdue() {
    KeyPersonRecordState r = record("4", KeyPersonCatalogue.PETITION_FOCUS, ControlLevel.STRICT,
        LocalDate.of(2022, 1, 1), Optional.of(LocalDate.of(2022, 7, 1)), Optional.empty());
    List<VisitDue> dues = VISITS.dueIn(List.of(r), AUGUST);
    assertThat(dues.get(0).dueOn()).isEqualTo(LocalDate.of(2022, 7, 8));
    assertThat(dues.get(0).overdue()).isTrue();
    assertThat(dues.subList(1, dues.size())).extracting(VisitDue::dueOn).containsExactly(
        LocalDate.of(2022, 8, 8), LocalDate.of(2022, 8, 15), LocalDate.of(2022, 8, 22), LocalDate.of(2022, 8, 29));
  }

  @Test
  @DisplayName("visits due per category and level")
  void countsPerCategory() {
    List<KeyPersonRecordState> rs = List.of(
        record("5", KeyPersonCatalogue.DRUG_RELATED, ControlLevel.STRICT, LocalDate.of(2022, 1, 1),
            Optional.of(LocalDate.of(2022, 7, 20)), Optional.empty()),
        record("6", KeyPersonCatalogue.DRUG_RELATED, ControlLevel.FOCUS, LocalDate.of(2022, 7, 10),
            Optional.empty(), Optional.empty()),
        record("7", KeyPersonCatalogue.FLOATING_POPULATION, ControlLevel.ATTENTION, LocalDate.of(2022, 5, 5),
            Optional.empty(), Optional.empty()),
        record("8", KeyPersonCatalogue.DRUG_RELATED, ControlLevel.FOCUS, LocalDate.of(2022, 9, 1),
            Optional.empty(), Optional.empty()));
    assertThat(VISITS.countsByCategoryAndLevel(rs, AUGUST)).isEqualTo(Map.of(
        "drug-related", Map.of(ControlLevel.STRICT, 3L, ControlLevel.FOCUS, 1L),
        "floating-population", Map.of(ControlLevel.ATTENTION, 1L)));
  }

  @Test
  @DisplayName("a level the category does not allow is refused; toString never shows a person's category (PIPL Art 28)")
  void invalidAndPrivacy() {
    KeyPersonRecordState r = record("9", KeyPersonCatalogue.FLOATING_POPULATION, ControlLevel.STRICT,
        LocalDate.of(2022, 1, 1), Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> VISITS.nextVisitDue(r)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("STRICT");
    KeyPersonRecordState ok = record("10", KeyPersonCatalogue.DRUG_RELATED, ControlLevel.FOCUS,
        LocalDate.of(2022, 7, 10), Optional.empty(), Optional.empty());
    VisitDue due = VISITS.dueIn(List.of(ok), AUGUST).get(0);
    assertThat(due.categoryCode()).isEqualTo("drug-related");
    assertThat(due.toString()).doesNotContain("drug").doesNotContain("FOCUS").contains("KP-10");
  }
}
