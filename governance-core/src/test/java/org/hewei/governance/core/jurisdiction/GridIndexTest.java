package org.hewei.governance.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.junit.jupiter.api.Test;

class GridIndexTest {
  static final JurisdictionId VILLAGE = JurisdictionId.of("370883103201");

  static GridCell square(String id, double lon, double lat, double size) {
    return GridCell.builder()
        .id(JurisdictionId.of(id))
        .village(VILLAGE)
        .households(10)
        .boundary(
            Boundary.of(
                GeoPoint.of(lon, lat),
                GeoPoint.of(lon + size, lat),
                GeoPoint.of(lon + size, lat + size),
                GeoPoint.of(lon, lat + size)))
        .build();
  }

  /** A 3×3 block of 0.01° squares starting at (116, 35), ids WG-rc. */
  static List<GridCell> block() {
    List<GridCell> cells = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        cells.add(square("WG-" + r + c, 116 + c * 0.01, 35 + r * 0.01, 0.01));
      }
    }
    return cells;
  }

  @Test
  void findsTheCellContainingAPoint() {
    GridIndex index = GridIndex.of(block());
    assertThat(index.cellAt(GeoPoint.of(116.015, 35.025)).map(GridCell::id)).contains(JurisdictionId.of("WG-21"));
    assertThat(index.cellAt(GeoPoint.of(116.005, 35.005)).map(GridCell::id)).contains(JurisdictionId.of("WG-00"));
    assertThat(index.cellAt(GeoPoint.of(116.03, 35.03)).map(GridCell::id)).contains(JurisdictionId.of("WG-22"));
  }

  @Test
  void pointsOutsideEveryCellFindNothing() {
    GridIndex index = GridIndex.of(block());
    assertThat(index.cellAt(GeoPoint.of(117, 35.01))).isEmpty();
    assertThat(index.cellAt(GeoPoint.of(115.999, 35.01))).isEmpty();
    assertThat(index.cellsAt(GeoPoint.of(117, 35.01))).isEmpty();
  }

  @Test
  void aSharedEdgeBelongsToBothAndTheSmallerIdWins() {
    GridIndex index = GridIndex.of(block());
    GeoPoint onEdge = GeoPoint.of(116.01, 35.005);
    assertThat(index.cellsAt(onEdge)).extracting(GridCell::id).containsExactly(JurisdictionId.of("WG-00"), JurisdictionId.of("WG-01"));
    assertThat(index.cellAt(onEdge).map(GridCell::id)).contains(JurisdictionId.of("WG-00"));
  }

  @Test
  void cellsWithoutBoundaryAreLeftOut() {
    List<GridCell> cells = new ArrayList<>(block());
    cells.add(GridCell.builder().id(JurisdictionId.of("WG-NONE")).village(VILLAGE).households(1).build());
    GridIndex index = GridIndex.of(cells);
    assertThat(index.cells()).hasSize(9).extracting(GridCell::id).isSorted();
    assertThat(index).hasToString("GridIndex[9 cells, 3×3 buckets]");
  }

  @Test
  void anEmptyIndexFindsNothing() {
    assertThat(GridIndex.of(List.of()).cellAt(GeoPoint.of(116, 35))).isEmpty();
  }

  @Test
  void duplicateIdsAreRejected() {
    List<GridCell> cells = new ArrayList<>(block());
    cells.add(square("WG-11", 120, 30, 1));
    assertThatThrownBy(() -> GridIndex.of(cells))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("cells: 'WG-11' — duplicate grid cell id");
  }

  @Test
  void nullsAreMissingValues() {
    assertThatThrownBy(() -> GridIndex.of(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> GridIndex.of(Arrays.asList(block().get(0), null)))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("cells[1]");
  }
}
