package org.hewei.governance.core.jurisdiction;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * 网格边界 — the boundary of an area (usually a grid cell) as a simple polygon of {@link GeoPoint}s.
 *
 * <p>The polygon is closed implicitly: the last vertex connects back to the first. If the caller
 * repeats the first vertex at the end (as GeoJSON does), that closing copy is dropped. Rules checked at
 * construction (each an {@link InvalidValueException} for field {@code vertices}):
 *
 * <ul>
 *   <li>3 to {@value #MAX_VERTICES} vertices, no two consecutive vertices equal;
 *   <li>simple: no two edges cross or touch except neighbouring edges at their shared vertex, and
 *       no edge doubles back along its neighbour (checked pairwise, so construction is quadratic in
 *       the vertex count; {@link #contains} is linear);
 *   <li>a non-zero area;
 *   <li>a longitude span of at most 180 degrees (polygons across the antimeridian are not supported).
 * </ul>
 *
 * <p>Geometry is planar in degrees, which is accurate enough at the size of a grid cell. The bounding
 * box is computed once, so {@link #contains} rejects far points in constant time. A point exactly on
 * an edge or vertex (in floating-point arithmetic) counts as contained.
 *
 * <p>This class is written by hand rather than generated, to keep the coordinates in primitive arrays
 * for {@link #contains}; it is immutable and compares by its vertex list.
 *
 * <pre>{@code
 * Boundary square = Boundary.of(
 *     GeoPoint.of(116.0, 35.0), GeoPoint.of(116.1, 35.0), GeoPoint.of(116.1, 35.1), GeoPoint.of(116.0, 35.1));
 * square.contains(GeoPoint.of(116.05, 35.05)); // true
 * square.contains(GeoPoint.of(117.0, 35.05));  // false
 * }</pre>
 */
public final class Boundary {
  /** The most vertices a boundary may have: {@value}. */
  public static final int MAX_VERTICES = 10_000;

  private static final String FIELD = "vertices";

  private final ImmutableList<GeoPoint> vertices;
  private final double[] xs;
  private final double[] ys;
  private final double minLongitude;
  private final double maxLongitude;
  private final double minLatitude;
  private final double maxLatitude;

  private Boundary(ImmutableList<GeoPoint> vertices) {
    this.vertices = vertices;
    int n = vertices.size();
    xs = new double[n];
    ys = new double[n];
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      xs[i] = vertices.get(i).longitude();
      ys[i] = vertices.get(i).latitude();
      minX = Math.min(minX, xs[i]);
      maxX = Math.max(maxX, xs[i]);
      minY = Math.min(minY, ys[i]);
      maxY = Math.max(maxY, ys[i]);
    }
    minLongitude = minX;
    maxLongitude = maxX;
    minLatitude = minY;
    maxLatitude = maxY;
  }

  /**
   * A boundary through {@code vertices} in order (either orientation).
   *
   * @throws org.hewei.governance.core.MissingValueException if the list or a vertex is null
   * @throws InvalidValueException if the polygon breaks a rule listed on this class
   */
  public static Boundary of(@Nullable List<GeoPoint> vertices) {
    List<GeoPoint> given = Checks.required(FIELD, vertices);
    for (int i = 0; i < given.size(); i++) {
      Checks.required(FIELD + "[" + i + "]", given.get(i));
    }
    ImmutableList<GeoPoint> points = ImmutableList.copyOf(given);
    if (points.size() > 1 && points.get(0).equals(points.get(points.size() - 1))) {
      points = points.subList(0, points.size() - 1);
    }
    int n = points.size();
    if (n < 3 || n > MAX_VERTICES) {
      throw new InvalidValueException(
          FIELD, n + " distinct vertices", "a boundary needs 3 to " + MAX_VERTICES + " vertices");
    }
    Boundary boundary = new Boundary(points);
    boundary.checkShape();
    return boundary;
  }

  /** A boundary through {@code vertices} in order; see {@link #of(List)}. */
  public static Boundary of(GeoPoint... vertices) {
    return of(vertices == null ? null : Arrays.asList(vertices));
  }

  /** The vertices in order, without a repeated closing vertex. */
  public List<GeoPoint> vertices() {
    return vertices;
  }

  /** The smallest longitude of the bounding box. */
  public double minLongitude() {
    return minLongitude;
  }

  /** The largest longitude of the bounding box. */
  public double maxLongitude() {
    return maxLongitude;
  }

  /** The smallest latitude of the bounding box. */
  public double minLatitude() {
    return minLatitude;
  }

  /** The largest latitude of the bounding box. */
  public double maxLatitude() {
    return maxLatitude;
  }

  /**
   * Whether {@code point} lies inside the polygon or on its edge (ray casting after a bounding-box
   * test).
   *
   * <pre>{@code
   * grid.boundary().map(b -> b.contains(GeoPoint.of(116.97, 35.41))).orElse(false);
   * }</pre>
   */
  public boolean contains(GeoPoint point) {
    double x = point.longitude();
    double y = point.latitude();
    if (x < minLongitude || x > maxLongitude || y < minLatitude || y > maxLatitude) {
      return false;
    }
    boolean inside = false;
    int n = xs.length;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      double xi = xs[i];
      double yi = ys[i];
      double xj = xs[j];
      double yj = ys[j];
      if (onSegment(xj, yj, xi, yi, x, y)) {
        return true;
      }
      if ((yi > y) != (yj > y)) {
        double crossX = (xj - xi) * (y - yi) / (yj - yi) + xi;
        if (x < crossX) {
          inside = !inside;
        }
      }
    }
    return inside;
  }

  private void checkShape() {
    int n = xs.length;
    for (int i = 0; i < n; i++) {
      int next = (i + 1) % n;
      Checks.check(
          xs[i] != xs[next] || ys[i] != ys[next],
          FIELD,
          "vertex " + i + " " + vertices.get(i),
          "consecutive vertices must differ (zero-length edge)");
    }
    Checks.check(
        maxLongitude - minLongitude <= 180,
        FIELD,
        "longitudes " + minLongitude + " to " + maxLongitude,
        "must span at most 180 degrees (no antimeridian crossing)");
    for (int i = 0; i < n; i++) {
      int i2 = (i + 1) % n;
      double eMinX = Math.min(xs[i], xs[i2]);
      double eMaxX = Math.max(xs[i], xs[i2]);
      double eMinY = Math.min(ys[i], ys[i2]);
      double eMaxY = Math.max(ys[i], ys[i2]);
      for (int j = i + 1; j < n; j++) {
        int j2 = (j + 1) % n;
        if (j == i + 1 || j2 == i) {
          // Neighbours share one vertex; they may not double back over each other.
          int shared = j == i + 1 ? i2 : i;
          int a = j == i + 1 ? i : i2;
          int c = j == i + 1 ? j2 : j;
          checkNoDoublingBack(a, shared, c);
          continue;
        }
        if (Math.max(xs[j], xs[j2]) < eMinX
            || Math.min(xs[j], xs[j2]) > eMaxX
            || Math.max(ys[j], ys[j2]) < eMinY
            || Math.min(ys[j], ys[j2]) > eMaxY) {
          continue;
        }
        Checks.check(
            !segmentsIntersect(i, i2, j, j2),
            FIELD,
            "edges " + i + " and " + j,
            "a boundary must be a simple polygon: its edges must not cross or touch");
      }
    }
    // Only a degenerate (underflowing) polygon can be simple and still have no area.
    double twiceArea = 0;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      twiceArea += (xs[j] - xs[i]) * (ys[j] + ys[i]);
    }
    Checks.check(twiceArea != 0, FIELD, n + " vertices", "the polygon must have a non-zero area");
  }

  private void checkNoDoublingBack(int a, int b, int c) {
    double cross = (xs[a] - xs[b]) * (ys[c] - ys[b]) - (ys[a] - ys[b]) * (xs[c] - xs[b]);
    double dot = (xs[a] - xs[b]) * (xs[c] - xs[b]) + (ys[a] - ys[b]) * (ys[c] - ys[b]);
    Checks.check(
        cross != 0 || dot <= 0,
        FIELD,
        "vertex " + b + " " + vertices.get(b),
        "a boundary must be a simple polygon: an edge must not double back along its neighbour");
  }

  private boolean segmentsIntersect(int p1, int p2, int p3, int p4) {
    double d1 = orient(p3, p4, xs[p1], ys[p1]);
    double d2 = orient(p3, p4, xs[p2], ys[p2]);
    double d3 = orient(p1, p2, xs[p3], ys[p3]);
    double d4 = orient(p1, p2, xs[p4], ys[p4]);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
      return true;
    }
    return (d1 == 0 && onSegment(xs[p3], ys[p3], xs[p4], ys[p4], xs[p1], ys[p1]))
        || (d2 == 0 && onSegment(xs[p3], ys[p3], xs[p4], ys[p4], xs[p2], ys[p2]))
        || (d3 == 0 && onSegment(xs[p1], ys[p1], xs[p2], ys[p2], xs[p3], ys[p3]))
        || (d4 == 0 && onSegment(xs[p1], ys[p1], xs[p2], ys[p2], xs[p4], ys[p4]));
  }

  private double orient(int a, int b, double x, double y) {
    return (xs[b] - xs[a]) * (y - ys[a]) - (ys[b] - ys[a]) * (x - xs[a]);
  }

  /** Whether (x, y) lies on the closed segment from (ax, ay) to (bx, by). */
  private static boolean onSegment(double ax, double ay, double bx, double by, double x, double y) {
    return (bx - ax) * (y - ay) - (by - ay) * (x - ax) == 0
        && x >= Math.min(ax, bx)
        && x <= Math.max(ax, bx)
        && y >= Math.min(ay, by)
        && y <= Math.max(ay, by);
  }

  /** Boundaries are equal when their vertex lists are (same start, same orientation). */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Boundary && ((Boundary) other).vertices.equals(vertices);
  }

  @Override
  public int hashCode() {
    return vertices.hashCode();
  }

  /** A summary: the vertex count and bounding box, e.g. {@code "Boundary[4 vertices, (116.0, 35.0)–(116.1, 35.1)]"}. */
  @Override
  public String toString() {
    return "Boundary["
        + vertices.size()
        + " vertices, ("
        + minLongitude
        + ", "
        + minLatitude
        + ")–("
        + maxLongitude
        + ", "
        + maxLatitude
        + ")]";
  }
}
