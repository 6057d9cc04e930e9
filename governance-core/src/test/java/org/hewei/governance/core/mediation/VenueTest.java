package org.hewei.governance.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.mediation.MediationCommandTest.assertRejected;

import org.hewei.governance.core.organization.UnitId;
import org.junit.jupiter.api.Test;

class VenueTest {
  @Test
  void aVenueHasKindNameJurisdictionAndOptionalUnit() {
    Venue v = Venue.of(VenueKind.TOWN_CENTRE, "和为贵社会综合治理服务中心", Fixtures.TOWN);
    assertThat(v.unit()).isEmpty();
    assertThat(Fixtures.POLICE_ROOM.unit()).contains(UnitId.of("ZXD-PCS"));
    assertThat(Fixtures.POLICE_ROOM.name()).isEqualTo("王伟调解室");
    assertThat(Venue.builder().from(v).unit(UnitId.of("U-1")).build().kind()).isEqualTo(VenueKind.TOWN_CENTRE);
  }

  @Test
  void nameMustBeAShortNonBlankLabel() {
    assertRejected(() -> Venue.of(VenueKind.OTHER, " ", Fixtures.TOWN), "name", "blank");
    assertRejected(() -> Venue.of(VenueKind.OTHER, "室".repeat(201), Fixtures.TOWN), "name", "at most 200");
  }

  @Test
  void everyKindHasAChineseName() {
    assertThat(VenueKind.values()).hasSize(5);
    for (VenueKind k : VenueKind.values()) {
      assertThat(k.chineseName()).isNotBlank();
    }
  }
}
