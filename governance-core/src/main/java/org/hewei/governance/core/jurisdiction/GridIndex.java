package org.hewei.governance.core.jurisdiction;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * 网格定位索引 — finds the grid cell (网格) that contains a point on the map, e.g. to route a patrol
 * finding or a 12345 report with coordinates to the responsible grid worker.
 *
 * <p>Built once from grid cells; cells without a {@link GridCell#boundary() boundary} are left out. The
 * union of the cells' bounding boxes is cut into about one bucket per cell (a square grid of buckets);
 * each cell is listed in every bucket its bounding box touches. A lookup tests only the cells of the
 * point's bucket, so it costs about the number of cells overlapping one bucket, not the number of
 * cells. Building costs O(n log n) plus the bucket registrations (a cell far larger than the typical
 * cell is listed in many buckets).
 *
 * <p>Cells should not overlap; where they do (or a point lies on a shared edge, which belongs to both
 * cells), {@link #cellAt} returns the cell with the smallest id and {@link #cellsAt} returns them all.
 * Two cells with the same id are rejected.
 *
 * <pre>{@code
 * GridIndex index = GridIndex.of(town.gridCells());
 * Optional<GridCell> cell = index.cellAt(GeoPoint.of(116.9659, 35.4053));
 * cell.map(GridCell::gridWorkers); // who to dispatch
 * }</pre>
 */
public final class GridIndex {
  /** Cells with a boundary, in id order. */
  private final ImmutableList<GridCell> cells;

  private final Boundary[] boundaries;
  private final int side;
  private final double minX;
  private final double minY;
  private final double maxX;
  private final double maxY;
  private final double width;
  private final double height;
  /** Compressed bucket lists: bucket b holds cell numbers bucketCells[bucketStart[b] .. bucketStart[b+1]). */
  private final int[] bucketStart;

  private final int[] bucketCells;

  private GridIndex(ImmutableList<GridCell> cells) {
    this.cells = cells;
    int n = cells.size();
    boundaries = new Boundary[n];
    double x0 = Double.POSITIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      Boundary b = cells.get(i).boundary().orElseThrow();
      boundaries[i] = b;
      x0 = Math.min(x0, b.minLongitude());
      y0 = Math.min(y0, b.minLatitude());
      x1 = Math.max(x1, b.maxLongitude());
      y1 = Math.max(y1, b.maxLatitude());
    }
    side = Math.max(1, (int) Math.ceil(Math.sqrt(n)));
    minX = n == 0 ? 0 : x0;
    minY = n == 0 ? 0 : y0;
    maxX = n == 0 ? 0 : x1;
    maxY = n == 0 ? 0 : y1;
    width = n == 0 ? 1 : x1 - x0;
    height = n == 0 ? 1 : y1 - y0;
    int[] count = new int[side * side + 1];
    for (Boundary b : boundaries) {
      for (int bx = column(b.minLongitude()); bx <= column(b.maxLongitude()); bx++) {
        for (int by = row(b.minLatitude()); by <= row(b.maxLatitude()); by++) {
          count[by * side + bx + 1]++;
        }
      }
    }
    for (int k = 1; k < count.length; k++) {
      count[k] += count[k - 1];
    }
    bucketStart = count.clone();
    bucketCells = new int[count[side * side]];
    for (int i = 0; i < n; i++) {
      Boundary b = boundaries[i];
      for (int bx = column(b.minLongitude()); bx <= column(b.maxLongitude()); bx++) {
        for (int by = row(b.minLatitude()); by <= row(b.maxLatitude()); by++) {
          bucketCells[count[by * side + bx]++] = i;
        }
      }
    }
  }

  /**
   * An index over the cells that have a boundary.
   *
   * @throws org.hewei.governance.core.MissingValueException if the collection or a cell is null
   * @throws InvalidValueException if two cells have the same id
   */
  public static GridIndex of(@Nullable Collection<GridCell> cells) {
    List<GridCell> given = new ArrayList<>(Checks.required("cells", cells));
    Set<JurisdictionId> seen = new HashSet<>();
    List<GridCell> located = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      GridCell cell = Checks.required("cells[" + i + "]", given.get(i));
      if (!seen.add(cell.id())) {
        throw new InvalidValueException("cells", cell.id().value(), "duplicate grid cell id");
      }
      if (cell.boundary().isPresent()) {
        located.add(cell);
      }
    }
    located.sort(Comparator.comparing(GridCell::id));
    return new GridIndex(ImmutableList.copyOf(located));
  }

  /** The cells with a boundary, in id order. */
  public List<GridCell> cells() {
    return cells;
  }

  /** The cell containing {@code point} (the smallest id if several do); empty if none does. */
  public Optional<GridCell> cellAt(GeoPoint point) {
    int bucket = bucket(point);
    if (bucket < 0) {
      return Optional.empty();
    }
    // Bucket lists are filled in cell order, which is id order: the first match has the smallest id.
    for (int k = bucketStart[bucket]; k < bucketStart[bucket + 1]; k++) {
      if (boundaries[bucketCells[k]].contains(point)) {
        return Optional.of(cells.get(bucketCells[k]));
      }
    }
    return Optional.empty();
  }

  /** Every cell containing {@code point}, in id order (normally at most one, two or more on shared edges). */
  public List<GridCell> cellsAt(GeoPoint point) {
    int bucket = bucket(point);
    if (bucket < 0) {
      return List.of();
    }
    ImmutableList.Builder<GridCell> result = ImmutableList.builder();
    for (int k = bucketStart[bucket]; k < bucketStart[bucket + 1]; k++) {
      if (boundaries[bucketCells[k]].contains(point)) {
        result.add(cells.get(bucketCells[k]));
      }
    }
    return result.build();
  }

  /** The bucket of {@code point}, or -1 outside the union of the bounding boxes. */
  private int bucket(GeoPoint point) {
    double x = point.longitude();
    double y = point.latitude();
    if (cells.isEmpty() || x < minX || x > maxX || y < minY || y > maxY) {
      return -1;
    }
    return row(y) * side + column(x);
  }

  private int column(double x) {
    return Math.min(side - 1, Math.max(0, (int) ((x - minX) / width * side)));
  }

  private int row(double y) {
    return Math.min(side - 1, Math.max(0, (int) ((y - minY) / height * side)));
  }

  /** A summary, e.g. {@code "GridIndex[120 cells, 11×11 buckets]"}. */
  @Override
  public String toString() {
    return "GridIndex[" + cells.size() + " cells, " + side + "×" + side + " buckets]";
  }
}
