package org.hewei.governance.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hewei.governance.core.PropertySeeds;
import org.hewei.governance.core.jurisdiction.InvalidTreeException.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JurisdictionTreeProperties {
  static final JurisdictionLevel[] LEVELS = JurisdictionLevel.values();

  static LongStream seeds() {
    return PropertySeeds.upTo(300);
  }

  /** A random valid tree in shuffled order: the nodes and, for the oracle, each node's parent. */
  static List<Jurisdiction> randomTree(SplittableRandom random) {
    int n = random.nextInt(6) == 0 ? 1 + random.nextInt(3000) : 1 + random.nextInt(60);
    int shape = random.nextInt(3); // 0 uniform parent, 1 recent parent (deep), 2 few hubs (wide)
    int[] perm = shuffledRange(random, n);
    List<Jurisdiction> nodes = new ArrayList<>();
    List<Integer> canHaveChildren = new ArrayList<>();
    JurisdictionLevel rootLevel = LEVELS[random.nextInt(n == 1 ? LEVELS.length : LEVELS.length - 1)];
    nodes.add(node(perm[0], rootLevel, -1, perm));
    if (rootLevel != JurisdictionLevel.GRID) {
      canHaveChildren.add(0);
    }
    for (int i = 1; i < n && !canHaveChildren.isEmpty(); i++) {
      int pick;
      switch (shape) {
        case 1:
          pick = canHaveChildren.size() - 1 - random.nextInt(Math.min(3, canHaveChildren.size()));
          break;
        case 2:
          pick = random.nextInt(Math.min(4, canHaveChildren.size()));
          break;
        default:
          pick = random.nextInt(canHaveChildren.size());
      }
      int p = canHaveChildren.get(pick);
      int parentOrdinal = nodes.get(p).level().ordinal();
      int ordinal =
          random.nextBoolean() ? parentOrdinal + 1 : parentOrdinal + 1 + random.nextInt(LEVELS.length - 1 - parentOrdinal);
      nodes.add(node(perm[i], LEVELS[ordinal], p, perm));
      if (ordinal < LEVELS.length - 1) {
        canHaveChildren.add(nodes.size() - 1);
      }
    }
    shuffle(random, nodes);
    return nodes;
  }

  static Jurisdiction node(int label, JurisdictionLevel level, int parent, int[] perm) {
    Jurisdiction.Builder b =
        Jurisdiction.builder().id(JurisdictionId.of("J-" + label)).level(level).name("节点" + label);
    if (parent >= 0) {
      b.parentId(JurisdictionId.of("J-" + perm[parent]));
    }
    return b.build();
  }

  static int[] shuffledRange(SplittableRandom random, int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  static <T> void shuffle(SplittableRandom random, List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void queriesAgreeWithNaiveParentWalks(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Jurisdiction> nodes = randomTree(random);
    JurisdictionTree tree = JurisdictionTree.of(nodes);
    int n = nodes.size();
    Map<JurisdictionId, JurisdictionId> parentOf = new HashMap<>();
    Map<JurisdictionId, List<JurisdictionId>> childrenOf = new HashMap<>();
    JurisdictionId root = JurisdictionId.of("unset");
    for (Jurisdiction j : nodes) {
      if (j.parentId().isPresent()) {
        parentOf.put(j.id(), j.parentId().get());
        childrenOf.computeIfAbsent(j.parentId().get(), k -> new ArrayList<>()).add(j.id());
      } else {
        root = j.id();
      }
    }
    assertThat(tree.size()).isEqualTo(n);
    assertThat(tree.root().id()).isEqualTo(root);

    // Every node of small trees, a sample of 150 of large ones.
    List<Jurisdiction> checkedNodes = new ArrayList<>(nodes);
    shuffle(random, checkedNodes);
    for (Jurisdiction j : checkedNodes.subList(0, Math.min(n, 150))) {
      JurisdictionId id = j.id();
      assertThat(tree.get(id)).isEqualTo(j);
      assertThat(tree.jurisdictionAt(tree.indexOf(id))).isEqualTo(j);
      List<JurisdictionId> path = tree.pathToRoot(id).stream().map(Jurisdiction::id).toList();
      assertThat(path.get(0)).isEqualTo(id);
      assertThat(path.get(path.size() - 1)).isEqualTo(root);
      assertThat(path).hasSize(tree.depth(id) + 1);
      for (int k = 0; k + 1 < path.size(); k++) {
        assertThat(parentOf.get(path.get(k))).isEqualTo(path.get(k + 1));
      }
      assertThat(tree.parent(id).map(Jurisdiction::id).orElse(null)).isEqualTo(parentOf.get(id));
      List<JurisdictionId> children = tree.children(id).stream().map(Jurisdiction::id).toList();
      assertThat(children).containsExactlyInAnyOrderElementsOf(childrenOf.getOrDefault(id, List.of())).isSorted();
      int childSubtrees = 0;
      for (JurisdictionId c : children) {
        childSubtrees += tree.subtree(c).size();
      }
      assertThat(tree.subtree(id)).hasSize(1 + childSubtrees);
      assertThat(tree.interval(id).size()).isEqualTo(tree.subtree(id).size());
      assertThat(tree.subtree(id).get(0)).isEqualTo(j);
    }
    assertThat(tree.subtree(root)).hasSize(n);

    for (int k = 0; k < 300; k++) {
      JurisdictionId a = nodes.get(random.nextInt(n)).id();
      JurisdictionId b = random.nextInt(4) == 0 ? a : nodes.get(random.nextInt(n)).id();
      Set<JurisdictionId> ancestorsOfB = new HashSet<>();
      for (JurisdictionId u = parentOf.get(b); u != null; u = parentOf.get(u)) {
        ancestorsOfB.add(u);
      }
      assertThat(tree.isAncestorOf(a, b)).isEqualTo(ancestorsOfB.contains(a));
      assertThat(tree.contains(a, b)).isEqualTo(a.equals(b) || ancestorsOfB.contains(a));
      assertThat(tree.interval(a).contains(tree.indexOf(b))).isEqualTo(tree.contains(a, b));
      JurisdictionId naiveLca = a;
      while (!naiveLca.equals(b) && !ancestorsOfB.contains(naiveLca)) {
        naiveLca = java.util.Objects.requireNonNull(parentOf.get(naiveLca));
      }
      assertThat(tree.lowestCommonAncestor(a, b).id()).isEqualTo(naiveLca);
      assertThat(tree.lowestCommonAncestor(b, a).id()).isEqualTo(naiveLca);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void numberingIgnoresInputOrder(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Jurisdiction> nodes = randomTree(random);
    JurisdictionTree tree = JurisdictionTree.of(nodes);
    List<Jurisdiction> reshuffled = new ArrayList<>(nodes);
    shuffle(random, reshuffled);
    JurisdictionTree again = JurisdictionTree.of(reshuffled);
    assertThat(again).isEqualTo(tree);
    assertThat(again.jurisdictions()).isEqualTo(tree.jurisdictions());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void brokenTreesGetTheirProblemNamed(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Jurisdiction> nodes = randomTree(random);
    int n = nodes.size();
    Jurisdiction victim = nodes.get(random.nextInt(n));
    List<Jurisdiction> broken = new ArrayList<>(nodes);
    Problem expected;
    JurisdictionId named;
    switch (random.nextInt(n > 1 ? 4 : 3)) {
      case 0:
        broken.add(Jurisdiction.builder().from(victim).name("副本").build());
        expected = Problem.DUPLICATE_ID;
        named = victim.id();
        break;
      case 1:
        broken.set(broken.indexOf(victim), Jurisdiction.builder().from(victim).parentId(JurisdictionId.of("MISSING")).build());
        expected = Problem.ORPHAN;
        named = victim.id();
        break;
      case 2:
        Jurisdiction extraRoot =
            Jurisdiction.builder().id(JurisdictionId.of("EXTRA-ROOT")).level(JurisdictionLevel.PROVINCE).name("多余").build();
        broken.add(extraRoot);
        expected = Problem.SEVERAL_ROOTS;
        named = extraRoot.id();
        break;
      default:
        // Hang the root below one of its descendants: every node then sits on or below a cycle.
        JurisdictionTree tree = JurisdictionTree.of(nodes);
        Jurisdiction root = tree.root();
        Jurisdiction below = tree.jurisdictionAt(1 + random.nextInt(n - 1));
        broken.set(broken.indexOf(root), Jurisdiction.builder().from(root).parentId(below.id()).build());
        expected = Problem.CYCLE;
        named = root.id();
    }
    shuffle(random, broken);
    assertThatThrownBy(() -> JurisdictionTree.of(broken))
        .isInstanceOfSatisfying(
            InvalidTreeException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(expected);
              assertThat(e.ids()).contains(named);
              assertThat(e).hasMessageContaining("'" + named.value() + "'");
            });
  }
}
