package org.hewei.governance.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.jurisdiction.InvalidTreeException.Problem;
import org.junit.jupiter.api.Test;

class JurisdictionTreeTest {
  static final Jurisdiction COUNTY = Jurisdiction.official(DivisionCode.parse("370883"), "邹城市");
  static final Jurisdiction TOWN =
      Jurisdiction.official(DivisionCode.parse("370883103000"), "中心店镇").withParent(COUNTY.id());
  static final Jurisdiction OTHER_TOWN =
      Jurisdiction.official(DivisionCode.parse("370883104000"), "另一镇").withParent(COUNTY.id());
  static final Jurisdiction DISTRICT = node("ZXD-GQ-1", JurisdictionLevel.MANAGEMENT_DISTRICT, "第一管区", TOWN);
  static final Jurisdiction VILLAGE =
      Jurisdiction.official(DivisionCode.parse("370883103201"), "某村").withParent(DISTRICT.id());
  static final Jurisdiction VILLAGE_2 =
      Jurisdiction.official(DivisionCode.parse("370883103202"), "另一村").withParent(TOWN.id());
  static final Jurisdiction GRID = node("ZXD-WG-0101", JurisdictionLevel.GRID, "一网格", VILLAGE);

  static Jurisdiction node(String id, JurisdictionLevel level, String name, Jurisdiction parent) {
    return Jurisdiction.builder().id(JurisdictionId.of(id)).level(level).name(name).parentId(parent.id()).build();
  }

  static JurisdictionTree sample() {
    return JurisdictionTree.of(List.of(GRID, VILLAGE_2, OTHER_TOWN, VILLAGE, COUNTY, DISTRICT, TOWN));
  }

  @Test
  void answersStructuralQuestions() {
    JurisdictionTree tree = sample();
    assertThat(tree.size()).isEqualTo(7);
    assertThat(tree.root()).isEqualTo(COUNTY);
    assertThat(tree.parent(GRID.id())).contains(VILLAGE);
    assertThat(tree.parent(COUNTY.id())).isEmpty();
    assertThat(tree.children(TOWN.id())).containsExactly(VILLAGE_2, DISTRICT);
    assertThat(tree.children(GRID.id())).isEmpty();
    assertThat(tree.pathToRoot(GRID.id())).containsExactly(GRID, VILLAGE, DISTRICT, TOWN, COUNTY);
    assertThat(tree.depth(GRID.id())).isEqualTo(4);
    assertThat(tree.depth(COUNTY.id())).isZero();
    assertThat(tree.level(DISTRICT.id())).isEqualTo(JurisdictionLevel.MANAGEMENT_DISTRICT);
    assertThat(tree.get(VILLAGE.id())).isEqualTo(VILLAGE);
    assertThat(tree.subtree(TOWN.id())).containsExactlyInAnyOrder(TOWN, DISTRICT, VILLAGE, VILLAGE_2, GRID);
    assertThat(tree.subtree(TOWN.id()).get(0)).isEqualTo(TOWN);
    assertThat(tree.jurisdictions()).hasSize(7).startsWith(COUNTY);
  }

  @Test
  void ancestorIsStrictWhileContainsIncludesTheNodeItself() {
    JurisdictionTree tree = sample();
    assertThat(tree.isAncestorOf(TOWN.id(), GRID.id())).isTrue();
    assertThat(tree.isAncestorOf(GRID.id(), TOWN.id())).isFalse();
    assertThat(tree.isAncestorOf(TOWN.id(), TOWN.id())).isFalse();
    assertThat(tree.isAncestorOf(OTHER_TOWN.id(), GRID.id())).isFalse();
    assertThat(tree.contains(TOWN.id(), TOWN.id())).isTrue();
    assertThat(tree.contains(TOWN.id(), VILLAGE_2.id())).isTrue();
    assertThat(tree.contains(OTHER_TOWN.id(), VILLAGE_2.id())).isFalse();
  }

  @Test
  void lowestCommonAncestor() {
    JurisdictionTree tree = sample();
    assertThat(tree.lowestCommonAncestor(GRID.id(), VILLAGE_2.id())).isEqualTo(TOWN);
    assertThat(tree.lowestCommonAncestor(GRID.id(), OTHER_TOWN.id())).isEqualTo(COUNTY);
    assertThat(tree.lowestCommonAncestor(GRID.id(), DISTRICT.id())).isEqualTo(DISTRICT);
    assertThat(tree.lowestCommonAncestor(GRID.id(), GRID.id())).isEqualTo(GRID);
  }

  @Test
  void intervalsNumberSubtreesInPreOrder() {
    JurisdictionTree tree = sample();
    assertThat(tree.indexOf(COUNTY.id())).isZero();
    assertThat(tree.interval(COUNTY.id())).isEqualTo(SubtreeInterval.of(0, 6));
    SubtreeInterval town = tree.interval(TOWN.id());
    assertThat(town.size()).isEqualTo(5);
    assertThat(town.contains(tree.indexOf(GRID.id()))).isTrue();
    assertThat(town.contains(tree.indexOf(OTHER_TOWN.id()))).isFalse();
    assertThat(town.contains(tree.interval(DISTRICT.id()))).isTrue();
    assertThat(tree.jurisdictionAt(tree.indexOf(GRID.id()))).isEqualTo(GRID);
  }

  @Test
  void numberingDoesNotDependOnInputOrder() {
    List<Jurisdiction> nodes = new ArrayList<>(sample().jurisdictions());
    java.util.Collections.reverse(nodes);
    JurisdictionTree reversed = JurisdictionTree.of(nodes);
    assertThat(reversed).isEqualTo(sample()).hasSameHashCodeAs(sample());
    assertThat(reversed.indexOf(GRID.id())).isEqualTo(sample().indexOf(GRID.id()));
  }

  @Test
  void unknownIdsAreNamed() {
    JurisdictionTree tree = sample();
    JurisdictionId unknown = JurisdictionId.of("NOPE-1");
    assertThatThrownBy(() -> tree.get(unknown))
        .isInstanceOfSatisfying(UnknownJurisdictionException.class, e -> assertThat(e.jurisdiction()).isEqualTo(unknown))
        .hasMessage("jurisdictionId: 'NOPE-1' — is not in this jurisdiction tree");
    assertThatThrownBy(() -> tree.isAncestorOf(COUNTY.id(), unknown)).hasMessageContaining("NOPE-1");
    assertThatThrownBy(() -> tree.lowestCommonAncestor(unknown, COUNTY.id())).hasMessageContaining("NOPE-1");
    assertThatThrownBy(() -> tree.jurisdictionAt(7)).isInstanceOf(InvalidValueException.class);
    assertThat(tree.find(unknown)).isEmpty();
    assertThat(tree.has(unknown)).isFalse();
    assertThat(tree.find(GRID.id())).contains(GRID);
  }

  @Test
  void emptyListIsRejected() {
    assertTreeError(List.of(), Problem.EMPTY, "needs exactly one root");
  }

  @Test
  void nullsAreMissingValues() {
    assertThatThrownBy(() -> JurisdictionTree.of(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> JurisdictionTree.of(Arrays.asList(COUNTY, null)))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("jurisdictions[1]");
  }

  @Test
  void duplicateIdsAreNamed() {
    Jurisdiction copy = Jurisdiction.builder().from(TOWN).name("重复").build();
    InvalidTreeException e = assertTreeError(List.of(COUNTY, TOWN, copy), Problem.DUPLICATE_ID, "duplicate id");
    assertThat(e.ids()).containsExactly(TOWN.id());
    assertThat(e).hasMessageContaining("'370883103000'");
  }

  @Test
  void orphansNameTheNodeAndTheMissingParent() {
    InvalidTreeException e = assertTreeError(List.of(COUNTY, VILLAGE, TOWN), Problem.ORPHAN, "orphan");
    assertThat(e.ids()).containsExactly(VILLAGE.id());
    assertThat(e).hasMessageContaining("parent 'ZXD-GQ-1' of '370883103201' is not in the list");
  }

  @Test
  void cyclesAreNamed() {
    Jurisdiction a = node("A", JurisdictionLevel.TOWNSHIP, "甲", node("B", JurisdictionLevel.VILLAGE, "x", COUNTY));
    Jurisdiction b = node("B", JurisdictionLevel.VILLAGE, "乙", a);
    Jurisdiction c = node("C", JurisdictionLevel.GRID, "丙", b);
    InvalidTreeException e = assertTreeError(List.of(COUNTY, c, a, b), Problem.CYCLE, "cycle");
    assertThat(e.ids()).containsExactly(a.id(), b.id());
    assertThat(e).hasMessageContaining("'A'").hasMessageContaining("2 nodes");
  }

  @Test
  void aCycleWithoutAnyRootIsACycle() {
    Jurisdiction a = Jurisdiction.builder().from(COUNTY).parentId(TOWN.id()).build();
    assertTreeError(List.of(a, TOWN), Problem.CYCLE, "leads back");
  }

  @Test
  void severalRootsAreRejected() {
    Jurisdiction otherCounty = Jurisdiction.official(DivisionCode.parse("370882"), "兖州区");
    InvalidTreeException e =
        assertTreeError(List.of(COUNTY, TOWN, otherCounty), Problem.SEVERAL_ROOTS, "2 jurisdictions have no parent");
    assertThat(e.ids()).containsExactly(otherCounty.id(), COUNTY.id());
  }

  @Test
  void aChildMustLieStrictlyBelowItsParent() {
    Jurisdiction village = Jurisdiction.builder().id(JurisdictionId.of("V")).level(JurisdictionLevel.VILLAGE).name("村").build();
    Jurisdiction sameLevel = node("V2", JurisdictionLevel.VILLAGE, "村2", village);
    InvalidTreeException e =
        assertTreeError(List.of(village, sameLevel), Problem.LEVEL_NOT_BELOW_PARENT, "must be strictly below");
    assertThat(e.ids()).containsExactly(sameLevel.id(), village.id());
    Jurisdiction above = node("T", JurisdictionLevel.TOWNSHIP, "镇", village);
    assertTreeError(List.of(village, above), Problem.LEVEL_NOT_BELOW_PARENT, "'T' (TOWNSHIP)");
  }

  @Test
  void levelsMaySkip() {
    Jurisdiction village = Jurisdiction.official(DivisionCode.parse("370883103202"), "村").withParent(COUNTY.id());
    assertThat(JurisdictionTree.of(List.of(COUNTY, village)).depth(village.id())).isEqualTo(1);
  }

  @Test
  void aCodeMustLieBelowTheNearestCodedAncestor() {
    Jurisdiction strayVillage =
        Jurisdiction.official(DivisionCode.parse("370883104201"), "别镇的村").withParent(DISTRICT.id());
    InvalidTreeException e =
        assertTreeError(List.of(COUNTY, TOWN, DISTRICT, strayVillage), Problem.CODE_NOT_BELOW_PARENT, "must lie below the code 370883103000");
    assertThat(e.ids()).containsExactly(strayVillage.id(), TOWN.id());
  }

  @Test
  void toStringIsASummary() {
    assertThat(sample()).hasToString("JurisdictionTree[root=370883000000, size=7]");
  }

  private static InvalidTreeException assertTreeError(List<Jurisdiction> nodes, Problem problem, String message) {
    try {
      JurisdictionTree.of(nodes);
    } catch (InvalidTreeException e) {
      assertThat(e.problem()).isEqualTo(problem);
      assertThat(e.field()).isEqualTo("jurisdictions");
      assertThat(e).hasMessageContaining(message);
      return e;
    }
    throw new AssertionError("expected " + problem);
  }
}
