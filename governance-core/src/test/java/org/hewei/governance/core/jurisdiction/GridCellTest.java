package org.hewei.governance.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.organization.OfficialId;
import org.junit.jupiter.api.Test;

class GridCellTest {
  static final Boundary SQUARE =
      Boundary.of(GeoPoint.of(116, 35), GeoPoint.of(116.01, 35), GeoPoint.of(116.01, 35.01), GeoPoint.of(116, 35.01));

  static GridCell.Builder cell() {
    return GridCell.builder().id(JurisdictionId.of("ZXD-WG-0301")).village(JurisdictionId.of("370883103201"));
  }

  @Test
  void holdsVillageWorkersHouseholdsAndBoundary() {
    GridCell c =
        cell()
            .addGridWorkers(OfficialId.of("ZXD-OFF-101"), OfficialId.of("ZXD-OFF-102"), OfficialId.of("ZXD-OFF-101"))
            .households(186)
            .boundary(SQUARE)
            .build();
    assertThat(c.gridWorkers()).containsExactly(OfficialId.of("ZXD-OFF-101"), OfficialId.of("ZXD-OFF-102"));
    assertThat(c.households()).isEqualTo(186);
    assertThat(c.boundary()).contains(SQUARE);
    assertThat(c.village()).isEqualTo(JurisdictionId.of("370883103201"));
    assertThat(c.toString()).contains("ZXD-WG-0301").contains("186");
  }

  @Test
  void aVacantCellHasNoWorkersAndNoBoundary() {
    GridCell c = cell().households(0).build();
    assertThat(c.gridWorkers()).isEmpty();
    assertThat(c.boundary()).isEmpty();
  }

  @Test
  void householdsAreNotNegative() {
    assertThatThrownBy(() -> cell().households(-1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("households: '-1' — must be at least 0");
  }

  @Test
  void householdsAreRequired() {
    assertThatThrownBy(() -> cell().build()).isInstanceOf(InvalidValueException.class).hasMessageContaining("households");
  }

  @Test
  void aCellIsNotItsOwnVillage() {
    assertThatThrownBy(() -> cell().village(JurisdictionId.of("ZXD-WG-0301")).households(1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("cannot be its own village");
  }

  @Test
  void workersAreImmutable() {
    GridCell c = cell().households(3).addGridWorkers(OfficialId.of("A")).build();
    assertThatThrownBy(() -> c.gridWorkers().add(OfficialId.of("B"))).isInstanceOf(UnsupportedOperationException.class);
  }
}
