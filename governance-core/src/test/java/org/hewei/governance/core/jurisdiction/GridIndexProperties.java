package org.hewei.governance.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hewei.governance.core.PropertySeeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GridIndexProperties {
  static LongStream seeds() {
    return PropertySeeds.upTo(300);
  }

  /** Random cells: rectangles (some overlapping, some large) and triangles, in shuffled order. */
  static List<GridCell> randomCells(SplittableRandom random) {
    int n = random.nextInt(80);
    List<GridCell> cells = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double x = 116 + random.nextDouble();
      double y = 35 + random.nextDouble();
      double w = random.nextInt(10) == 0 ? 0.5 * random.nextDouble() + 0.001 : 0.05 * random.nextDouble() + 0.001;
      double h = random.nextInt(10) == 0 ? 0.5 * random.nextDouble() + 0.001 : 0.05 * random.nextDouble() + 0.001;
      Boundary b =
          random.nextBoolean()
              ? Boundary.of(GeoPoint.of(x, y), GeoPoint.of(x + w, y), GeoPoint.of(x + w, y + h), GeoPoint.of(x, y + h))
              : Boundary.of(GeoPoint.of(x, y), GeoPoint.of(x + w, y), GeoPoint.of(x, y + h));
      GridCell.Builder cell =
          GridCell.builder().id(JurisdictionId.of("WG-" + random.nextInt(1_000_000) + "-" + i)).village(JurisdictionId.of("V")).households(i);
      if (random.nextInt(8) != 0) {
        cell.boundary(b);
      }
      cells.add(cell.build());
    }
    return cells;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void lookupEqualsALinearScan(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<GridCell> cells = randomCells(random);
    GridIndex index = GridIndex.of(cells);
    List<GridCell> byId = new ArrayList<>(cells);
    byId.sort(Comparator.comparing(GridCell::id));
    for (int k = 0; k < 300; k++) {
      GeoPoint p;
      if (k % 3 == 0 && !cells.isEmpty() && cells.get(k % cells.size()).boundary().isPresent()) {
        // A vertex of some cell: on its boundary, so contained.
        List<GeoPoint> vs = cells.get(k % cells.size()).boundary().orElseThrow().vertices();
        p = vs.get(random.nextInt(vs.size()));
      } else {
        p = GeoPoint.of(115.9 + random.nextDouble() * 1.7, 34.9 + random.nextDouble() * 1.7);
      }
      GeoPoint point = p;
      List<GridCell> expected =
          byId.stream().filter(c -> c.boundary().map(b -> b.contains(point)).orElse(false)).toList();
      assertThat(index.cellsAt(point)).isEqualTo(expected);
      assertThat(index.cellAt(point)).isEqualTo(expected.isEmpty() ? Optional.empty() : Optional.of(expected.get(0)));
    }
  }
}
