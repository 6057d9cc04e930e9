package org.hewei.governance.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hewei.governance.core.jurisdiction.Boundary;
import org.hewei.governance.core.jurisdiction.DivisionCode;
import org.hewei.governance.core.jurisdiction.GeoPoint;
import org.hewei.governance.core.jurisdiction.GridCell;
import org.hewei.governance.core.jurisdiction.GridIndex;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JurisdictionGenProperties {
  static Stream<Arguments> codes() {
    return Cases.of(JurisdictionGen.divisionCodes(), 300);
  }

  static Stream<Arguments> trees() {
    return Cases.of(JurisdictionGen.trees(), 300);
  }

  static Stream<Arguments> boundaries() {
    return Cases.of(JurisdictionGen.boundaries(), 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("codes")
  @DisplayName("generated division codes re-parse to themselves, in both the 12- and the 6-digit form")
  void codesRoundTrip(long seed, DivisionCode code) {
    assertThat(DivisionCode.parse(code.value())).isEqualTo(code);
    if (code.value().endsWith("000000")) {
      assertThat(DivisionCode.parse(code.gbt2260())).isEqualTo(code);
    }
    assertThat(JurisdictionGen.divisionCodes().sample(seed)).isEqualTo(code);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("trees")
  @DisplayName("generated trees are valid, keep codes below their coded ancestors and are deterministic")
  void treesAreValid(long seed, JurisdictionTree tree) {
    assertThat(JurisdictionTree.of(tree.jurisdictions())).isEqualTo(tree);
    for (Jurisdiction j : tree.jurisdictions()) {
      tree.parent(j.id()).ifPresent(p -> assertThat(j.level().isBelow(p.level())).isTrue());
    }
    assertThat(JurisdictionGen.trees().sample(seed)).isEqualTo(tree);
    List<GridCell> cells = JurisdictionGen.gridCells(tree).sample(seed);
    assertThat(cells).hasSize((int) tree.jurisdictions().stream().filter(j -> j.level() == JurisdictionLevel.GRID).count());
    // The index leaves out cells without a boundary.
    assertThat(GridIndex.of(cells).cells()).hasSize((int) cells.stream().filter(c -> c.boundary().isPresent()).count());
    assertThat(cells).allMatch(c -> tree.has(c.village()) && !c.village().equals(c.id()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("boundaries")
  @DisplayName("generated boundaries are simple polygons that contain their first vertex")
  void boundariesAreValid(long seed, Boundary boundary) {
    assertThat(Boundary.of(boundary.vertices())).isEqualTo(boundary);
    GeoPoint first = boundary.vertices().get(0);
    assertThat(boundary.contains(first)).isTrue();
  }

  @Test
  @DisplayName("the generators reach every level, Dongguan-type codes, deep and single-node trees")
  void biasReachesTheEdges() {
    List<DivisionCode> codes = IntStream.range(0, 2000).mapToObj(JurisdictionGen.divisionCodes()::sample).toList();
    for (JurisdictionLevel level : JurisdictionLevel.values()) {
      if (level.isOfficial()) {
        assertThat(codes).anyMatch(c -> c.level() == level);
      }
    }
    assertThat(codes).anyMatch(c -> c.value().startsWith("4419") || c.value().startsWith("4420")
        || c.value().startsWith("4604") || c.value().startsWith("6202"));
    List<JurisdictionTree> trees = IntStream.range(0, 300).mapToObj(JurisdictionGen.trees()::sample).toList();
    assertThat(trees).anyMatch(t -> t.size() == 1);
    assertThat(trees).anyMatch(t -> t.jurisdictions().stream().anyMatch(j -> j.level() == JurisdictionLevel.MANAGEMENT_DISTRICT));
    assertThat(trees).anyMatch(t -> t.jurisdictions().stream().anyMatch(j -> j.level() == JurisdictionLevel.GRID));
    assertThat(trees).anyMatch(t -> t.jurisdictions().stream().mapToInt(j -> t.depth(j.id())).max().orElse(0) >= 5);
    assertThat(trees).anyMatch(t -> t.root().code().orElseThrow().value().startsWith("4419")
        || t.root().code().orElseThrow().value().startsWith("4420")
        || t.root().code().orElseThrow().value().startsWith("4604")
        || t.root().code().orElseThrow().value().startsWith("6202"));
  }
}
