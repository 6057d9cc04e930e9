package org.hewei.governance.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hewei.governance.core.jurisdiction.Boundary;
import org.hewei.governance.core.jurisdiction.GeoPoint;
import org.hewei.governance.core.jurisdiction.GridCell;
import org.hewei.governance.core.jurisdiction.GridIndex;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.testkit.fixture.SampleTown;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 辖区基准 — on a prefecture (10 counties of 20 towns, ≈ 31,000 grid cells): subtree membership of
 * {@value #QUERIES} nodes at {@code nodeLevel} (drawn from {@value #POOL} of them) against random townships ({@code subtreeHewei}: the
 * interval test; {@code subtreeParentWalk}: walking up the parents), and point-to-grid lookup of
 * {@value #POINTS} points ({@code pointHewei}: the bucketed grid index; {@code pointScan}: every boundary
 * in turn). Ops are the whole batch.
 *
 * <pre>{@code
 * java -jar target/benchmarks.jar JurisdictionBenchmark -p nodeLevel=GRID
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JurisdictionBenchmark {
  static final int QUERIES = 1024;
  /**
   * The queried nodes are drawn from this many distinct nodes at {@code nodeLevel}, so that both levels
   * touch about as many entries of the tree's id index (a prefecture has ≈ 200 townships but 31,000
   * grid cells: drawing from all of them would measure cache misses, not depth).
   */
  static final int POOL = 128;
  static final int POINTS = 16;

  /** The level of the nodes whose membership is tested (the depth the parent walk climbs from). */
  @Param({"TOWNSHIP", "GRID"})
  public String nodeLevel = "GRID";

  /** How many counties the prefecture has (10 ≈ 31,000 grid cells). */
  @Param({"10"})
  public int counties;

  private JurisdictionTree tree = Fixtures.county().tree();
  private GridIndex index = Fixtures.county().gridIndex();
  private JurisdictionId[] roots = new JurisdictionId[0];
  private JurisdictionId[] nodes = new JurisdictionId[0];
  private GeoPoint[] points = new GeoPoint[0];
  private Boundary[] boundaries = new Boundary[0];
  private GridCell[] located = new GridCell[0];

  /** The prefecture and the queries; checks that both ways answer alike. */
  @Setup(Level.Trial)
  public void setUp() {
    SampleTown prefecture = Fixtures.prefecture(counties);
    tree = prefecture.tree();
    index = prefecture.gridIndex();
    SplittableRandom random = new SplittableRandom(Fixtures.SEED);
    JurisdictionLevel level = JurisdictionLevel.valueOf(nodeLevel);
    List<Jurisdiction> atLevel = new ArrayList<>();
    for (Jurisdiction j : tree.jurisdictions()) {
      if (j.level() == level) {
        atLevel.add(j);
      }
    }
    List<Jurisdiction> townships = prefecture.townships();
    List<JurisdictionId> pool = new ArrayList<>();
    for (int i = 0; i < POOL; i++) {
      pool.add(atLevel.get(random.nextInt(atLevel.size())).id());
    }
    roots = new JurisdictionId[QUERIES];
    nodes = new JurisdictionId[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      nodes[i] = pool.get(random.nextInt(POOL));
      // half the time the node's own township, so both answers occur
      roots[i] = random.nextBoolean() ? townshipOf(nodes[i]) : townships.get(random.nextInt(townships.size())).id();
    }
    located = index.cells().toArray(new GridCell[0]);
    boundaries = new Boundary[located.length];
    for (int i = 0; i < located.length; i++) {
      boundaries[i] = located[i].boundary().orElseThrow();
    }
    points = new GeoPoint[POINTS];
    for (int i = 0; i < POINTS; i++) {
      Boundary b = boundaries[random.nextInt(boundaries.length)];
      points[i] = GeoPoint.of(
          b.minLongitude() + (b.maxLongitude() - b.minLongitude()) * (0.25 + random.nextDouble() / 2),
          b.minLatitude() + (b.maxLatitude() - b.minLatitude()) * (0.25 + random.nextDouble() / 2));
    }
    Tally.agree("subtree membership", "hewei", tally(subtreeHewei()), "parentWalk", tally(subtreeParentWalk()));
    Tally.agree("point lookup", "hewei", tally(pointHewei()), "scan", tally(pointScan()));
    System.out.println("# " + tree.size() + " nodes, " + located.length + " located grid cells");
  }

  private static Tally tally(long result) {
    Tally t = new Tally();
    t.add("result", result);
    return t;
  }

  private JurisdictionId townshipOf(JurisdictionId id) {
    for (Jurisdiction j : tree.pathToRoot(id)) {
      if (j.level() == JurisdictionLevel.TOWNSHIP) {
        return j.id();
      }
    }
    return id;
  }

  /** {@value #QUERIES} membership tests by subtree interval; returns a bit pattern of the answers. */
  @Benchmark
  public long subtreeHewei() {
    long bits = 0;
    for (int i = 0; i < QUERIES; i++) {
      bits = bits * 31 + (tree.contains(roots[i], nodes[i]) ? 1 : 0);
    }
    return bits;
  }

  /** {@value #QUERIES} membership tests by walking up from the node. */
  @Benchmark
  public long subtreeParentWalk() {
    long bits = 0;
    for (int i = 0; i < QUERIES; i++) {
      bits = bits * 31 + (walk(roots[i], nodes[i]) ? 1 : 0);
    }
    return bits;
  }

  private boolean walk(JurisdictionId root, JurisdictionId id) {
    JurisdictionId at = id;
    while (true) {
      if (at.equals(root)) {
        return true;
      }
      Optional<Jurisdiction> parent = tree.parent(at);
      if (parent.isEmpty()) {
        return false;
      }
      at = parent.get().id();
    }
  }

  /** {@value #POINTS} point lookups in the grid index; returns a hash of the cells found. */
  @Benchmark
  public long pointHewei() {
    long h = 0;
    for (GeoPoint p : points) {
      Optional<GridCell> cell = index.cellAt(p);
      h = h * 31 + (cell.isPresent() ? cell.get().id().hashCode() : 0);
    }
    return h;
  }

  /** {@value #POINTS} point lookups scanning every boundary (the first match in id order). */
  @Benchmark
  public long pointScan() {
    long h = 0;
    for (GeoPoint p : points) {
      int found = -1;
      for (int k = 0; k < boundaries.length; k++) {
        if (boundaries[k].contains(p)) {
          found = k;
          break;
        }
      }
      h = h * 31 + (found < 0 ? 0 : located[found].id().hashCode());
    }
    return h;
  }
}
