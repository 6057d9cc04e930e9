package org.hewei.governance.core.jurisdiction;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.InvalidTreeException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * 辖区树 — an immutable tree of {@link Jurisdiction}s with exactly one root, answering the questions
 * of scoping in constant time: parent, ancestor/subtree tests, lowest common ancestor, path to the root.
 *
 * <p><b>Building.</b> {@link #of} takes the nodes in any order and checks, in this order (the first
 * failure is thrown as an {@link InvalidTreeException} naming the ids involved):
 *
 * <ol>
 *   <li>{@link Problem#EMPTY}: at least one node;
 *   <li>{@link Problem#DUPLICATE_ID}: ids are unique;
 *   <li>{@link Problem#ORPHAN}: every parent id is in the list;
 *   <li>{@link Problem#CYCLE}: following parents always ends at a root;
 *   <li>{@link Problem#SEVERAL_ROOTS}: exactly one node has no parent (a forest is not a tree: put
 *       the forest under a common ancestor, e.g. the county, or build one tree per root);
 *   <li>{@link Problem#LEVEL_NOT_BELOW_PARENT}: each node's level is strictly below its parent's
 *       (levels may be skipped: a village may hang directly below a township);
 *   <li>{@link Problem#CODE_NOT_BELOW_PARENT}: a node's division code, if any, lies below the code of
 *       its nearest ancestor that has one ({@link DivisionCode#isAncestorOf}).
 * </ol>
 *
 * <p>Building is O(n log n) (children are sorted) and iterative, so no depth can overflow the stack.
 *
 * <p><b>Numbering.</b> Nodes are numbered 0 … n−1 in pre-order, children visited in {@link
 * JurisdictionId} order; the numbering therefore depends only on the set of nodes, not on the order
 * they were given in. {@link #indexOf} is a node's number; {@link #interval} the numbers {@code [first,
 * last]} of its subtree. {@code a} is an ancestor of {@code b} exactly when {@code b}'s number lies in
 * {@code a}'s interval.
 *
 * <p><b>Costs.</b> {@link #parent}, {@link #isAncestorOf}, {@link #contains}, {@link #depth}, {@link
 * #level}, {@link #get} and {@link #indexOf} are O(1). Because a child's level is strictly below its
 * parent's, the tree is at most {@code JurisdictionLevel.values().length} (7) levels deep, so {@link
 * #lowestCommonAncestor} and {@link #pathToRoot} walk at most 6 parent links — constant time with no
 * lifting tables. {@link #subtree} is an O(1) view; {@link #children} costs O(number of children).
 *
 * <p>Every method taking an id throws {@link UnknownJurisdictionException} (field {@code jurisdictionId})
 * naming the id if it is not in the tree. Two trees are equal when they hold equal nodes.
 *
 * <pre>{@code
 * JurisdictionTree tree = JurisdictionTree.of(List.of(village, county, town)); // any order
 * tree.root();                                   // the county
 * tree.isAncestorOf(county.id(), village.id());  // true
 * tree.pathToRoot(village.id());                 // [village, town, county]
 * tree.lowestCommonAncestor(village.id(), town.id()); // town
 * }</pre>
 */
public final class JurisdictionTree {
  private static final String ID_FIELD = "jurisdictionId";

  /** Nodes in pre-order. */
  private final ImmutableList<Jurisdiction> nodes;
  /** Index of each node's parent; -1 for the root. */
  private final int[] parent;
  /** Index of the last node of each node's subtree. */
  private final int[] last;
  /** Number of edges from the root. */
  private final int[] depth;

  private final Map<JurisdictionId, Integer> index;

  private JurisdictionTree(
      ImmutableList<Jurisdiction> nodes, int[] parent, int[] last, int[] depth, Map<JurisdictionId, Integer> index) {
    this.nodes = nodes;
    this.parent = parent;
    this.last = last;
    this.depth = depth;
    this.index = index;
  }

  /**
   * The tree formed by {@code jurisdictions}, given in any order.
   *
   * @throws org.hewei.governance.core.MissingValueException if the collection or an element is null
   * @throws InvalidTreeException if the nodes do not form one tree (see the class description)
   */
  public static JurisdictionTree of(@Nullable Collection<Jurisdiction> jurisdictions) {
    List<Jurisdiction> input = new ArrayList<>(Checks.required("jurisdictions", jurisdictions));
    int n = input.size();
    for (int i = 0; i < n; i++) {
      Checks.required("jurisdictions[" + i + "]", input.get(i));
    }
    if (n == 0) {
      throw new InvalidTreeException(Problem.EMPTY, List.of(), "a jurisdiction tree needs exactly one root, the list is empty");
    }
    // Sorting by id makes every later step, and so the numbering and the errors, independent of input order.
    input.sort(Comparator.comparing(Jurisdiction::id));

    List<JurisdictionId> offending = new ArrayList<>();
    Map<JurisdictionId, Integer> position = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      if (position.putIfAbsent(input.get(i).id(), i) != null && !offending.contains(input.get(i).id())) {
        offending.add(input.get(i).id());
      }
    }
    if (!offending.isEmpty()) {
      throw new InvalidTreeException(Problem.DUPLICATE_ID, offending, "duplicate id: each jurisdiction must appear once");
    }

    int[] parentPos = new int[n];
    int[] childCount = new int[n];
    int rootCount = 0;
    @Nullable JurisdictionId missingParent = null;
    for (int i = 0; i < n; i++) {
      Optional<JurisdictionId> parentId = input.get(i).parentId();
      if (parentId.isEmpty()) {
        parentPos[i] = -1;
        rootCount++;
        continue;
      }
      Integer p = position.get(parentId.get());
      if (p == null) {
        offending.add(input.get(i).id());
        if (missingParent == null) {
          missingParent = parentId.get();
        }
        continue;
      }
      parentPos[i] = p;
      childCount[p]++;
    }
    if (!offending.isEmpty()) {
      throw new InvalidTreeException(
          Problem.ORPHAN,
          offending,
          "orphan: the parent '" + missingParent + "' of '" + offending.get(0) + "' is not in the list");
    }

    // Children in id order (input is sorted), as compressed adjacency lists.
    int[] childStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      childStart[i + 1] = childStart[i] + childCount[i];
    }
    int[] fill = Arrays.copyOf(childStart, n);
    int[] children = new int[n];
    int[] roots = new int[rootCount];
    int r = 0;
    for (int i = 0; i < n; i++) {
      if (parentPos[i] < 0) {
        roots[r++] = i;
      } else {
        children[fill[parentPos[i]]++] = i;
      }
    }

    // Iterative pre-order from every root; nodes never reached sit on or below a cycle.
    int[] order = new int[n];
    int visited = 0;
    int[] stack = new int[n];
    for (int root : roots) {
      int top = 0;
      stack[top++] = root;
      while (top > 0) {
        int v = stack[--top];
        order[visited++] = v;
        for (int c = childStart[v + 1] - 1; c >= childStart[v]; c--) {
          stack[top++] = children[c];
        }
      }
    }
    if (visited < n) {
      throw cycle(input, parentPos, order, visited);
    }
    if (rootCount > 1) {
      List<JurisdictionId> rootIds = new ArrayList<>();
      for (int root : roots) {
        rootIds.add(input.get(root).id());
      }
      throw new InvalidTreeException(
          Problem.SEVERAL_ROOTS,
          rootIds,
          rootCount + " jurisdictions have no parent: a jurisdiction tree has exactly one root");
    }

    // Renumber in pre-order and check levels and codes against the parent.
    int[] newIndex = new int[n];
    for (int k = 0; k < n; k++) {
      newIndex[order[k]] = k;
    }
    Jurisdiction[] sorted = new Jurisdiction[n];
    int[] parent = new int[n];
    int[] depth = new int[n];
    int[] nearestCoded = new int[n];
    Map<JurisdictionId, Integer> index = new HashMap<>(n * 2);
    for (int k = 0; k < n; k++) {
      Jurisdiction node = input.get(order[k]);
      sorted[k] = node;
      index.put(node.id(), k);
      int p = parentPos[order[k]] < 0 ? -1 : newIndex[parentPos[order[k]]];
      parent[k] = p;
      if (p < 0) {
        depth[k] = 0;
        nearestCoded[k] = node.code().isPresent() ? k : -1;
        continue;
      }
      depth[k] = depth[p] + 1;
      Jurisdiction up = sorted[p];
      if (!node.level().isBelow(up.level())) {
        throw new InvalidTreeException(
            Problem.LEVEL_NOT_BELOW_PARENT,
            List.of(node.id(), up.id()),
            "the level of '"
                + node.id()
                + "' ("
                + node.level()
                + ") must be strictly below the level of its parent '"
                + up.id()
                + "' ("
                + up.level()
                + ")");
      }
      int coded = nearestCoded[p];
      if (node.code().isPresent()) {
        if (coded >= 0 && !sorted[coded].code().orElseThrow().isAncestorOf(node.code().orElseThrow())) {
          throw new InvalidTreeException(
              Problem.CODE_NOT_BELOW_PARENT,
              List.of(node.id(), sorted[coded].id()),
              "the division code "
                  + node.code().orElseThrow()
                  + " of '"
                  + node.id()
                  + "' must lie below the code "
                  + sorted[coded].code().orElseThrow()
                  + " of its ancestor '"
                  + sorted[coded].id()
                  + "'");
        }
        coded = k;
      }
      nearestCoded[k] = coded;
    }
    // Subtree ends: in pre-order, a subtree is contiguous; accumulate sizes bottom-up.
    int[] size = new int[n];
    Arrays.fill(size, 1);
    for (int k = n - 1; k > 0; k--) {
      size[parent[k]] += size[k];
    }
    int[] last = new int[n];
    for (int k = 0; k < n; k++) {
      last[k] = k + size[k] - 1;
    }
    return new JurisdictionTree(ImmutableList.copyOf(sorted), parent, last, depth, index);
  }

  private static InvalidTreeException cycle(List<Jurisdiction> input, int[] parentPos, int[] order, int visited) {
    int n = input.size();
    boolean[] reached = new boolean[n];
    for (int k = 0; k < visited; k++) {
      reached[order[k]] = true;
    }
    int start = 0;
    while (reached[start]) {
      start++;
    }
    // Walk up from an unreached node until a node repeats: that node lies on a cycle.
    int[] seenAt = new int[n];
    Arrays.fill(seenAt, -1);
    int v = start;
    for (int step = 0; seenAt[v] < 0; step++) {
      seenAt[v] = step;
      v = parentPos[v];
    }
    List<JurisdictionId> members = new ArrayList<>();
    int u = v;
    do {
      members.add(input.get(u).id());
      u = parentPos[u];
    } while (u != v);
    members.sort(Comparator.naturalOrder());
    return new InvalidTreeException(
        Problem.CYCLE,
        members,
        "cycle: following parents from '" + members.get(0) + "' leads back to it (" + members.size() + " nodes)");
  }

  /** The number of nodes. */
  public int size() {
    return nodes.size();
  }

  /** The root (the node without a parent). */
  public Jurisdiction root() {
    return nodes.get(0);
  }

  /** All nodes in pre-order (index order): the root first, each subtree contiguous. */
  public List<Jurisdiction> jurisdictions() {
    return nodes;
  }

  /** Whether {@code id} is a node of this tree. */
  public boolean has(JurisdictionId id) {
    return index.containsKey(id);
  }

  /** The node with {@code id}, if it is in the tree. */
  public Optional<Jurisdiction> find(JurisdictionId id) {
    Integer k = index.get(id);
    return k == null ? Optional.empty() : Optional.of(nodes.get(k));
  }

  /**
   * The node with {@code id}.
   *
   * @throws UnknownJurisdictionException if {@code id} is not in the tree
   */
  public Jurisdiction get(JurisdictionId id) {
    return nodes.get(indexOf(id));
  }

  /**
   * The pre-order number of {@code id}, in {@code [0, size())}.
   *
   * @throws UnknownJurisdictionException if {@code id} is not in the tree
   */
  public int indexOf(JurisdictionId id) {
    Integer k = index.get(Checks.required(ID_FIELD, id));
    if (k == null) {
      throw new UnknownJurisdictionException(ID_FIELD, id, "is not in this jurisdiction tree");
    }
    return k;
  }

  /**
   * The node numbered {@code index}.
   *
   * @throws InvalidValueException unless {@code 0 <= index < size()}
   */
  public Jurisdiction jurisdictionAt(int index) {
    return nodes.get(Checks.inRange("index", index, 0, nodes.size() - 1));
  }

  /** The numbers {@code [first, last]} of {@code id}'s subtree ({@code first} is {@code id}'s own). */
  public SubtreeInterval interval(JurisdictionId id) {
    int k = indexOf(id);
    return SubtreeInterval.of(k, last[k]);
  }

  /** The level of {@code id}. */
  public JurisdictionLevel level(JurisdictionId id) {
    return get(id).level();
  }

  /** The number of parent links from {@code id} to the root (0 for the root). */
  public int depth(JurisdictionId id) {
    return depth[indexOf(id)];
  }

  /** The parent of {@code id}; empty for the root. */
  public Optional<Jurisdiction> parent(JurisdictionId id) {
    int p = parent[indexOf(id)];
    return p < 0 ? Optional.empty() : Optional.of(nodes.get(p));
  }

  /** The children of {@code id} in id order. */
  public List<Jurisdiction> children(JurisdictionId id) {
    int k = indexOf(id);
    ImmutableList.Builder<Jurisdiction> result = ImmutableList.builder();
    for (int c = k + 1; c <= last[k]; c = last[c] + 1) {
      result.add(nodes.get(c));
    }
    return result.build();
  }

  /** {@code id} and everything below it, in pre-order ({@code id} first). */
  public List<Jurisdiction> subtree(JurisdictionId id) {
    int k = indexOf(id);
    return nodes.subList(k, last[k] + 1);
  }

  /** {@code id}, its parent, and so on up to the root (the root last). */
  public List<Jurisdiction> pathToRoot(JurisdictionId id) {
    ImmutableList.Builder<Jurisdiction> path = ImmutableList.builder();
    for (int k = indexOf(id); k >= 0; k = parent[k]) {
      path.add(nodes.get(k));
    }
    return path.build();
  }

  /** Whether {@code ancestor} lies strictly above {@code descendant} (a node is not its own ancestor). */
  public boolean isAncestorOf(JurisdictionId ancestor, JurisdictionId descendant) {
    int a = indexOf(ancestor);
    int d = indexOf(descendant);
    return a < d && d <= last[a];
  }

  /** Whether {@code id} is {@code subtreeRoot} or lies below it (the access-scoping test). */
  public boolean contains(JurisdictionId subtreeRoot, JurisdictionId id) {
    int a = indexOf(subtreeRoot);
    int d = indexOf(id);
    return a <= d && d <= last[a];
  }

  /**
   * The deepest node that contains both {@code a} and {@code b} (either of them if it contains the
   * other).
   */
  public Jurisdiction lowestCommonAncestor(JurisdictionId a, JurisdictionId b) {
    int x = indexOf(a);
    int y = indexOf(b);
    while (depth[x] > depth[y]) {
      x = parent[x];
    }
    while (depth[y] > depth[x]) {
      y = parent[y];
    }
    while (x != y) {
      x = parent[x];
      y = parent[y];
    }
    return nodes.get(x);
  }

  /** Trees are equal when they hold equal nodes (the numbering depends only on the nodes). */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof JurisdictionTree && ((JurisdictionTree) other).nodes.equals(nodes);
  }

  @Override
  public int hashCode() {
    return nodes.hashCode();
  }

  /** A summary: {@code "JurisdictionTree[root=370883000000, size=42]"}. */
  @Override
  public String toString() {
    return "JurisdictionTree[root=" + root().id() + ", size=" + nodes.size() + "]";
  }
}
