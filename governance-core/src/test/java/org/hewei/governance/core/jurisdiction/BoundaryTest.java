package org.hewei.governance.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.junit.jupiter.api.Test;

class BoundaryTest {
  static GeoPoint p(double lon, double lat) {
    return GeoPoint.of(lon, lat);
  }

  static final Boundary SQUARE = Boundary.of(p(116, 35), p(117, 35), p(117, 36), p(116, 36));

  /** A U shape: the notch between x 116.3 and 116.7 above y 35.3 is outside. */
  static final Boundary U_SHAPE =
      Boundary.of(
          p(116, 35), p(117, 35), p(117, 36), p(116.7, 36), p(116.7, 35.3), p(116.3, 35.3), p(116.3, 36), p(116, 36));

  @Test
  void containsInsideNotOutside() {
    assertThat(SQUARE.contains(p(116.5, 35.5))).isTrue();
    assertThat(SQUARE.contains(p(118, 35.5))).isFalse();
    assertThat(SQUARE.contains(p(116.5, 34))).isFalse();
  }

  @Test
  void concavePolygonsExcludeTheirNotch() {
    assertThat(U_SHAPE.contains(p(116.5, 35.8))).isFalse();
    assertThat(U_SHAPE.contains(p(116.5, 35.1))).isTrue();
    assertThat(U_SHAPE.contains(p(116.1, 35.9))).isTrue();
    assertThat(U_SHAPE.contains(p(116.9, 35.9))).isTrue();
  }

  @Test
  void pointsOnEdgesAndVerticesAreContained() {
    assertThat(SQUARE.contains(p(116, 35))).isTrue();
    assertThat(SQUARE.contains(p(116.5, 35))).isTrue();
    assertThat(SQUARE.contains(p(117, 35.5))).isTrue();
    assertThat(U_SHAPE.contains(p(116.5, 35.3))).isTrue();
  }

  @Test
  void boundingBoxIsPrecomputed() {
    assertThat(U_SHAPE.minLongitude()).isEqualTo(116);
    assertThat(U_SHAPE.maxLongitude()).isEqualTo(117);
    assertThat(U_SHAPE.minLatitude()).isEqualTo(35);
    assertThat(U_SHAPE.maxLatitude()).isEqualTo(36);
    assertThat(SQUARE).hasToString("Boundary[4 vertices, (116.0, 35.0)–(117.0, 36.0)]");
  }

  @Test
  void aRepeatedClosingVertexIsDropped() {
    Boundary closed = Boundary.of(p(116, 35), p(117, 35), p(117, 36), p(116, 36), p(116, 35));
    assertThat(closed).isEqualTo(SQUARE).hasSameHashCodeAs(SQUARE);
    assertThat(closed.vertices()).hasSize(4);
  }

  @Test
  void needsThreeVertices() {
    assertThatThrownBy(() -> Boundary.of(p(116, 35), p(117, 35)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("vertices: '2 distinct vertices'")
        .hasMessageContaining("3 to 10000 vertices");
    assertThatThrownBy(() -> Boundary.of(p(116, 35), p(117, 35), p(116, 35)))
        .hasMessageContaining("3 to 10000 vertices");
  }

  @Test
  void tooManyVerticesAreRejected() {
    List<GeoPoint> many = new ArrayList<>();
    for (int i = 0; i <= Boundary.MAX_VERTICES; i++) {
      double angle = 2 * Math.PI * i / (Boundary.MAX_VERTICES + 1);
      many.add(p(116 + Math.cos(angle), 35 + Math.sin(angle)));
    }
    assertThatThrownBy(() -> Boundary.of(many)).hasMessageContaining("3 to 10000 vertices");
  }

  @Test
  void consecutiveDuplicatesAreRejected() {
    assertThatThrownBy(() -> Boundary.of(p(116, 35), p(116, 35), p(117, 35), p(117, 36)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("zero-length edge");
  }

  @Test
  void collinearVerticesAreNotAPolygon() {
    assertThatThrownBy(() -> Boundary.of(p(116, 35), p(116.5, 35.5), p(117, 36)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("simple polygon");
  }

  @Test
  void aPolygonTooSmallForDoublesHasNoArea() {
    assertThatThrownBy(() -> Boundary.of(p(0, 0), p(1e-200, 0), p(0, 1e-200)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("non-zero area");
  }

  @Test
  void aBowTieIsNotSimple() {
    assertThatThrownBy(() -> Boundary.of(p(116, 35), p(117, 36), p(117, 35), p(116, 36)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("simple polygon")
        .hasMessageContaining("must not cross or touch");
  }

  @Test
  void touchingAtAVertexIsNotSimple() {
    // A figure eight through (116.5, 35.5) twice.
    assertThatThrownBy(
            () -> Boundary.of(p(116, 35), p(116.5, 35.5), p(117, 35), p(117, 36), p(116.5, 35.5), p(116, 36)))
        .hasMessageContaining("simple polygon");
  }

  @Test
  void anEdgeDoublingBackIsNotSimple() {
    assertThatThrownBy(() -> Boundary.of(p(116, 35), p(117, 35), p(117, 36), p(117, 35.5), p(116, 36)))
        .hasMessageContaining("double back");
  }

  @Test
  void antimeridianIsNotSupported() {
    assertThatThrownBy(() -> Boundary.of(p(-179, 0), p(179, 0), p(179, 1)))
        .hasMessageContaining("at most 180 degrees");
  }

  @Test
  void nullsAreMissingValues() {
    assertThatThrownBy(() -> Boundary.of((List<GeoPoint>) null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Boundary.of(Arrays.asList(p(116, 35), null, p(117, 36))))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("vertices[1]");
  }

  @Test
  void verticesAreImmutable() {
    assertThatThrownBy(() -> SQUARE.vertices().add(p(0, 0))).isInstanceOf(UnsupportedOperationException.class);
  }
}
