package org.hewei.governance.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hewei.governance.core.PropertySeeds;
import org.hewei.governance.core.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BoundaryProperties {
  static LongStream seeds() {
    return PropertySeeds.upTo(300);
  }

  /** A random convex polygon: points on an ellipse at sorted random angles, either orientation. */
  static List<GeoPoint> convexPolygon(SplittableRandom random) {
    int n = 3 + random.nextInt(40);
    double cx = 73 + random.nextDouble() * 62;
    double cy = 18 + random.nextDouble() * 35;
    double rx = 0.001 + random.nextDouble() * 0.5;
    double ry = 0.001 + random.nextDouble() * 0.5;
    double[] angles = new double[n];
    for (int i = 0; i < n; i++) {
      angles[i] = (i + 0.1 + 0.8 * random.nextDouble()) * 2 * Math.PI / n; // one per sector: spread out
    }
    Arrays.sort(angles);
    List<GeoPoint> points = new ArrayList<>();
    for (double a : angles) {
      points.add(GeoPoint.of(cx + rx * Math.cos(a), cy + ry * Math.sin(a)));
    }
    if (random.nextBoolean()) {
      java.util.Collections.reverse(points);
    }
    return points;
  }

  /** The sign of the cross product of each edge with the point: the same for all edges means inside. */
  static int convexSide(List<GeoPoint> poly, GeoPoint p) {
    int positive = 0;
    int negative = 0;
    for (int i = 0; i < poly.size(); i++) {
      GeoPoint a = poly.get(i);
      GeoPoint b = poly.get((i + 1) % poly.size());
      double cross =
          (b.longitude() - a.longitude()) * (p.latitude() - a.latitude())
              - (b.latitude() - a.latitude()) * (p.longitude() - a.longitude());
      double scale = Math.hypot(b.longitude() - a.longitude(), b.latitude() - a.latitude());
      if (Math.abs(cross) < 1e-9 * scale) {
        return 0; // too close to an edge to judge independently
      }
      if (cross > 0) {
        positive++;
      } else {
        negative++;
      }
    }
    return positive == 0 || negative == 0 ? 1 : -1;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void convexPolygonsContainTheirCentroidAndNotFarPoints(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<GeoPoint> poly = convexPolygon(random);
    Boundary boundary = Boundary.of(poly);
    double sx = 0;
    double sy = 0;
    for (GeoPoint p : poly) {
      sx += p.longitude();
      sy += p.latitude();
    }
    assertThat(boundary.contains(GeoPoint.of(sx / poly.size(), sy / poly.size()))).isTrue();
    for (GeoPoint v : poly) {
      assertThat(boundary.contains(v)).isTrue();
    }
    double span = Math.max(boundary.maxLongitude() - boundary.minLongitude(), boundary.maxLatitude() - boundary.minLatitude());
    for (int i = 0; i < 20; i++) {
      double angle = random.nextDouble() * 2 * Math.PI;
      double distance = span * (1.01 + random.nextDouble() * 10);
      GeoPoint far =
          GeoPoint.of(
              Math.max(-180, Math.min(180, sx / poly.size() + distance * Math.cos(angle))),
              Math.max(-90, Math.min(90, sy / poly.size() + distance * Math.sin(angle))));
      assertThat(boundary.contains(far)).isFalse();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void containsAgreesWithTheConvexOracle(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<GeoPoint> poly = convexPolygon(random);
    Boundary boundary = Boundary.of(poly);
    int checked = 0;
    for (int i = 0; i < 200; i++) {
      double w = boundary.maxLongitude() - boundary.minLongitude();
      double h = boundary.maxLatitude() - boundary.minLatitude();
      GeoPoint p =
          GeoPoint.of(
              boundary.minLongitude() - 0.1 * w + random.nextDouble() * 1.2 * w,
              boundary.minLatitude() - 0.1 * h + random.nextDouble() * 1.2 * h);
      int side = convexSide(poly, p);
      if (side != 0) {
        assertThat(boundary.contains(p)).as("point %s", p).isEqualTo(side > 0);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void swappingTwoNonNeighbouringVerticesOfALargerConvexPolygonBreaksSimplicity(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<GeoPoint> poly = convexPolygon(random);
    // With 4 vertices the only swap reverses the polygon, which stays simple; points in convex
    // position have exactly one simple polygon, so any other order of 5 or more is not simple.
    while (poly.size() < 5) {
      poly = convexPolygon(random);
    }
    List<GeoPoint> swapped = new ArrayList<>(poly);
    int n = swapped.size();
    int i = random.nextInt(n);
    int j = (i + 2 + random.nextInt(n - 3)) % n; // not i, not a neighbour of i
    GeoPoint t = swapped.get(i);
    swapped.set(i, swapped.get(j));
    swapped.set(j, t);
    assertThatThrownBy(() -> Boundary.of(swapped))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessageContaining("simple polygon");
  }
}
