package org.hewei.governance.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.examples.simulation.EscalationRound;
import org.hewei.governance.testkit.fixture.SampleTown;
import org.junit.jupiter.api.Test;

class PetitionKeyTest {
  private static final SampleTown PREFECTURE = SampleTown.prefecture(3L, 2);

  @Test
  void everyJurisdictionBelowACountyIsOwnedByThatCounty() {
    for (Jurisdiction j : PREFECTURE.tree().jurisdictions()) {
      String county = PetitionKey.county(PREFECTURE.tree(), j.id());
      if (j.level() == JurisdictionLevel.PREFECTURE) {
        assertThat(county).isEqualTo(j.id().value());
      } else {
        Jurisdiction owner = PREFECTURE.tree().get(JurisdictionId.of(county));
        assertThat(owner.level()).isEqualTo(JurisdictionLevel.COUNTY);
        assertThat(PREFECTURE.tree().contains(owner.id(), j.id())).isTrue();
      }
    }
  }

  @Test
  void aCountysRecordsAllGoToOnePartitionAndTheTwoCountiesAreSpreadOverFour() {
    Set<Integer> partitions = new HashSet<>();
    for (Jurisdiction j : PREFECTURE.tree().jurisdictions()) {
      if (j.level() == JurisdictionLevel.COUNTY) {
        int p = CountyPartitioner.partition(j.id().value(), 4);
        assertThat(p).isBetween(0, 3);
        for (Jurisdiction below : PREFECTURE.tree().subtree(j.id())) {
          PetitionKey key = PetitionKey.of(PetitionKey.county(PREFECTURE.tree(), below.id()), PetitionId.of("XF-1"));
          assertThat(CountyPartitioner.<Object>byPetitionKey().partitions("t", key, null, 4)).contains(Set.of(p));
        }
        partitions.add(p);
      }
    }
    assertThat(partitions).hasSize(2);
  }

  @Test
  void aKeyReadsBackFromItsTextAndRefusesMalformedText() {
    PetitionKey key = PetitionKey.of("370883000000", PetitionId.of("XF-000001"));
    assertThat(key.encode()).isEqualTo("370883000000/XF-000001");
    assertThat(PetitionKey.parse(key.encode())).isEqualTo(key).hasSameHashCodeAs(key);
    assertThat(key).hasToString("370883000000/XF-000001");
    assertThatThrownBy(() -> PetitionKey.parse("XF-000001")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> PetitionKey.parse("370883000000/")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> PetitionKey.of(" ", PetitionId.of("XF-1"))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> CountyPartitioner.partition("x", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDailyScheduleFindsTheNextAndTheLastDueInstant() {
    DailySchedule evening = DailySchedule.at(EscalationRound.EVENING, EscalationRound.ZONE);
    LocalDate day = LocalDate.of(2022, 7, 1);
    Instant five = evening.on(day);
    assertThat(five).isEqualTo(Instant.parse("2022-07-01T09:00:00Z"));
    assertThat(evening.firstAtOrAfter(five)).isEqualTo(five);
    assertThat(evening.firstAfter(five)).isEqualTo(evening.on(day.plusDays(1)));
    assertThat(evening.firstAtOrAfter(five.minusSeconds(1))).isEqualTo(five);
    assertThat(evening.lastAtOrBefore(five)).isEqualTo(five);
    assertThat(evening.lastAtOrBefore(five.minusMillis(1))).isEqualTo(evening.on(day.minusDays(1)));
    assertThat(evening.dayOf(Instant.parse("2022-06-30T16:00:00Z"))).isEqualTo(day);
    assertThat(DailySchedule.at(LocalTime.MIDNIGHT, EscalationRound.ZONE).firstAfter(five))
        .isEqualTo(Instant.parse("2022-07-01T16:00:00Z"));
  }
}
