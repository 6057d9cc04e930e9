package org.hewei.governance.testkit.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.hewei.governance.core.jurisdiction.Boundary;
import org.hewei.governance.core.jurisdiction.DivisionCode;
import org.hewei.governance.core.jurisdiction.GeoPoint;
import org.hewei.governance.core.jurisdiction.GridCell;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.organization.OfficialId;

/**
 * 辖区生成器 — division codes, jurisdictions, whole jurisdiction trees of variable depth (with 管区 and
 * 网格), geo points, boundaries and grid cells, all valid by construction.
 *
 * <p>Decisions: a generated tree has the same level at every depth (the level path is chosen first,
 * e.g. 县 → 镇 → 管区 → 村 → 网格, levels may be skipped); codes are numbered sequentially below their
 * parent, so they are unique without retrying; a skipped code group is {@code 01}, except the county
 * group below the prefectures without counties (东莞 4419 …), which is {@code 00}. Official nodes have
 * their 12-digit code as id; 管区 ids are {@code GQ-<parent>-<n>}, grid ids {@code WG-<village>-<n>}.
 *
 * <pre>{@code
 * JurisdictionTree tree = JurisdictionGen.trees().sample(42L);
 * DivisionCode code = JurisdictionGen.divisionCodes().sample(7L);
 * Gen<JurisdictionId> place = JurisdictionGen.nodesOf(tree, JurisdictionLevel.VILLAGE);
 * }</pre>
 */
public final class JurisdictionGen {
  private JurisdictionGen() {}

  /** The valid province groups (GB/T 2260). */
  static final int[] PROVINCES = {
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
    54, 61, 62, 63, 64, 65, 71, 81, 82
  };

  /** The prefectures without counties: 东莞, 中山, 儋州, 嘉峪关. */
  static final String[] NO_COUNTY_PREFECTURES = {"4419", "4420", "4604", "6202"};

  private static final JurisdictionLevel[] OFFICIAL = {
    JurisdictionLevel.PROVINCE,
    JurisdictionLevel.PREFECTURE,
    JurisdictionLevel.COUNTY,
    JurisdictionLevel.TOWNSHIP,
    JurisdictionLevel.VILLAGE
  };

  private static final String[] NAME_STEMS = {"东", "西", "南", "北", "中心", "和平", "新", "王", "李", "张", "太平", "城", "古", "峄", "兴", "郭"};

  private static final Map<JurisdictionLevel, String[]> SUFFIXES = new EnumMap<>(JurisdictionLevel.class);

  static {
    SUFFIXES.put(JurisdictionLevel.PROVINCE, new String[] {"省", "自治区", "市"});
    SUFFIXES.put(JurisdictionLevel.PREFECTURE, new String[] {"市", "地区", "自治州"});
    SUFFIXES.put(JurisdictionLevel.COUNTY, new String[] {"县", "市", "区"});
    SUFFIXES.put(JurisdictionLevel.TOWNSHIP, new String[] {"镇", "乡", "街道"});
    SUFFIXES.put(JurisdictionLevel.MANAGEMENT_DISTRICT, new String[] {"管区"});
    SUFFIXES.put(JurisdictionLevel.VILLAGE, new String[] {"村", "社区", "庄村"});
    SUFFIXES.put(JurisdictionLevel.GRID, new String[] {"网格"});
  }

  // ---------------------------------------------------------------- division codes

  /** Valid 12-digit division codes of every official level, including Dongguan-type township codes. */
  public static Gen<DivisionCode> divisionCodes() {
    return random -> divisionCode(random, OFFICIAL[random.nextInt(OFFICIAL.length)]);
  }

  /**
   * Valid division codes of {@code level} (an official level).
   *
   * @throws IllegalArgumentException for 管区 or 网格, which have no code
   */
  public static Gen<DivisionCode> divisionCodes(JurisdictionLevel level) {
    if (!level.isOfficial()) {
      throw new IllegalArgumentException(level + " has no division code");
    }
    return random -> divisionCode(random, level);
  }

  /** Codes of the townships of the prefectures without counties ({@code 441900003000} …). */
  public static Gen<DivisionCode> noCountyTownshipCodes() {
    return random ->
        DivisionCode.parse(
            NO_COUNTY_PREFECTURES[random.nextInt(NO_COUNTY_PREFECTURES.length)] + "00" + group(random, 3) + "000");
  }

  static DivisionCode divisionCode(SplittableRandom random, JurisdictionLevel level) {
    if (level == JurisdictionLevel.TOWNSHIP && random.nextInt(6) == 0) {
      return noCountyTownshipCodes().generate(random);
    }
    if (level == JurisdictionLevel.VILLAGE && random.nextInt(8) == 0) {
      String prefix = NO_COUNTY_PREFECTURES[random.nextInt(NO_COUNTY_PREFECTURES.length)];
      return DivisionCode.parse(prefix + "00" + group(random, 3) + group(random, 3));
    }
    StringBuilder code = new StringBuilder(12);
    code.append(PROVINCES[random.nextInt(PROVINCES.length)]);
    int groups = indexOf(level);
    int[] widths = {2, 2, 3, 3};
    for (int g = 0; g < 4; g++) {
      code.append(g < groups ? group(random, widths[g]) : "000".substring(0, widths[g]));
    }
    return DivisionCode.parse(code.toString());
  }

  /** A non-zero group of {@code width} digits, biased to 01 / 99 / 001 / 999 and realistic 1xx/2xx. */
  static String group(SplittableRandom random, int width) {
    int max = width == 2 ? 99 : 999;
    int value;
    int pick = random.nextInt(5);
    if (pick == 0) {
      value = random.nextBoolean() ? 1 : max;
    } else if (pick == 1 && width == 3) {
      value = 100 + random.nextInt(200);
    } else {
      value = 1 + random.nextInt(max);
    }
    return pad(value, width);
  }

  static String pad(int value, int width) {
    String s = Integer.toString(value);
    return "000".substring(0, width - s.length()) + s;
  }

  private static int indexOf(JurisdictionLevel level) {
    for (int i = 0; i < OFFICIAL.length; i++) {
      if (OFFICIAL[i] == level) {
        return i;
      }
    }
    throw new IllegalArgumentException(level + " is not an official level");
  }

  // ---------------------------------------------------------------- names, nodes

  /** A Chinese place name ending in the usual suffix of {@code level}, e.g. {@code 东王村}. */
  public static Gen<String> names(JurisdictionLevel level) {
    return random -> name(random, level);
  }

  static String name(SplittableRandom random, JurisdictionLevel level) {
    String[] suffixes = Objects.requireNonNull(SUFFIXES.get(level));
    if (random.nextInt(40) == 0) {
      // The longest label a name may be: 200 characters.
      String suffix = suffixes[0];
      return TextGen.label(200 - suffix.length()).generate(random).replace('\n', '之') + suffix;
    }
    String stem = NAME_STEMS[random.nextInt(NAME_STEMS.length)];
    if (random.nextBoolean()) {
      stem += TextGen.COMMON.charAt(random.nextInt(TextGen.COMMON.length()));
    }
    if (random.nextInt(20) == 0) {
      stem += TextGen.RARE[random.nextInt(TextGen.RARE.length)];
    }
    return stem + suffixes[random.nextInt(suffixes.length)];
  }

  /** Single valid nodes without a parent: official units with a code, or 管区 / 网格 without one. */
  public static Gen<Jurisdiction> jurisdictions() {
    return random -> {
      int pick = random.nextInt(7);
      if (pick < 5) {
        DivisionCode code = divisionCode(random, OFFICIAL[pick]);
        return Jurisdiction.official(code, name(random, code.level()));
      }
      JurisdictionLevel level = pick == 5 ? JurisdictionLevel.MANAGEMENT_DISTRICT : JurisdictionLevel.GRID;
      return Jurisdiction.builder()
          .id(JurisdictionId.of((pick == 5 ? "GQ-" : "WG-") + random.nextInt(1_000_000)))
          .level(level)
          .name(name(random, level))
          .build();
    };
  }

  // ---------------------------------------------------------------- trees

  /**
   * Random valid trees of variable depth (1 to 7 levels, about 1 to 400 nodes): a root at any official
   * level down to the township, optional 管区 between township and villages, grids below villages.
   */
  public static Gen<JurisdictionTree> trees() {
    return random -> {
      JurisdictionLevel[] all = JurisdictionLevel.values();
      JurisdictionLevel root = OFFICIAL[random.nextInt(4)];
      List<JurisdictionLevel> path = new ArrayList<>();
      path.add(root);
      for (JurisdictionLevel level : all) {
        if (level.isBelow(root) && random.nextInt(4) != 0) {
          path.add(level);
        }
      }
      int maxFanOut = path.size() > 4 ? 3 : 5;
      int[] fanOut = new int[path.size()];
      for (int d = 1; d < path.size(); d++) {
        fanOut[d] = random.nextInt(8) == 0 ? maxFanOut : 1 + random.nextInt(maxFanOut);
      }
      return tree(random, path, fanOut);
    };
  }

  /**
   * A tree with the given levels, one per depth, and {@code fanOut[d]} children for every node at depth
   * {@code d - 1} ({@code fanOut[0]} is ignored).
   */
  static JurisdictionTree tree(SplittableRandom random, List<JurisdictionLevel> path, int[] fanOut) {
    List<Jurisdiction> nodes = new ArrayList<>();
    JurisdictionLevel rootLevel = path.get(0);
    // A Dongguan-type prefecture root one time in three, so townships hang directly below it.
    DivisionCode rootCode =
        rootLevel == JurisdictionLevel.PREFECTURE && random.nextInt(3) == 0
            ? DivisionCode.parse(NO_COUNTY_PREFECTURES[random.nextInt(NO_COUNTY_PREFECTURES.length)] + "00000000")
            : normalCode(random, rootLevel);
    Jurisdiction root = Jurisdiction.official(rootCode, name(random, rootLevel));
    nodes.add(root);
    Map<JurisdictionId, DivisionCode> nearest = new HashMap<>();
    Map<DivisionCode, Integer> counters = new HashMap<>();
    nearest.put(root.id(), rootCode);
    List<Jurisdiction> layer = List.of(root);
    for (int d = 1; d < path.size(); d++) {
      JurisdictionLevel level = path.get(d);
      List<Jurisdiction> next = new ArrayList<>();
      for (Jurisdiction parent : layer) {
        for (int i = 1; i <= fanOut[d]; i++) {
          DivisionCode above = Objects.requireNonNull(nearest.get(parent.id()));
          // Number official children per coded ancestor, so villages below different 管区 differ.
          int number = level.isOfficial() ? counters.merge(above, 1, Integer::sum) : i;
          Jurisdiction child = child(random, parent, above, level, number);
          nearest.put(child.id(), child.code().orElse(above));
          next.add(child);
        }
      }
      nodes.addAll(next);
      layer = next;
    }
    return JurisdictionTree.of(nodes);
  }

  private static boolean isNoCounty(DivisionCode code) {
    for (String p : NO_COUNTY_PREFECTURES) {
      if (code.value().startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static DivisionCode normalCode(SplittableRandom random, JurisdictionLevel level) {
    StringBuilder code = new StringBuilder(12);
    code.append(PROVINCES[random.nextInt(PROVINCES.length)]);
    int groups = indexOf(level);
    int[] widths = {2, 2, 3, 3};
    for (int g = 0; g < 4; g++) {
      code.append(g < groups ? group(random, widths[g]) : "000".substring(0, widths[g]));
    }
    if (isNoCounty(DivisionCode.parse(code.toString()))) {
      code.setCharAt(2, '5');
      code.setCharAt(3, '1');
    }
    return DivisionCode.parse(code.toString());
  }

  private static Jurisdiction child(
      SplittableRandom random, Jurisdiction parent, DivisionCode coded, JurisdictionLevel level, int index) {
    if (!level.isOfficial()) {
      String prefix = level == JurisdictionLevel.MANAGEMENT_DISTRICT ? "GQ-" : "WG-";
      return Jurisdiction.builder()
          .id(JurisdictionId.of(prefix + parent.id().value() + "-" + pad(index, 2)))
          .level(level)
          .name(level == JurisdictionLevel.GRID ? "第" + index + "网格" : name(random, level))
          .parentId(parent.id())
          .build();
    }
    int from = indexOf(coded.level()) + 1;
    int to = indexOf(level);
    String v = coded.value();
    int[] start = {0, 2, 4, 6, 9, 12};
    StringBuilder code = new StringBuilder(v.substring(0, start[from]));
    for (int g = from; g <= 4; g++) {
      int width = start[g + 1] - start[g];
      if (g < to) {
        boolean noCounty = g == 2 && isNoCounty(coded);
        code.append(noCounty ? "00" : pad(1, width));
      } else if (g == to) {
        int base = width == 3 ? (level == JurisdictionLevel.VILLAGE ? 200 : 100) : 0;
        code.append(pad(base + index, width));
      } else {
        code.append("000".substring(0, width));
      }
    }
    DivisionCode childCode = DivisionCode.parse(code.toString());
    return Jurisdiction.official(childCode, name(random, level)).withParent(parent.id());
  }

  /** One of the nodes of {@code tree} at {@code level}. */
  public static Gen<JurisdictionId> nodesOf(JurisdictionTree tree, JurisdictionLevel level) {
    List<JurisdictionId> ids =
        tree.jurisdictions().stream().filter(j -> j.level() == level).map(Jurisdiction::id).toList();
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("the tree has no node at level " + level);
    }
    return Gen.elements(ids);
  }

  /** One of the nodes of {@code tree}, any level. */
  public static Gen<JurisdictionId> nodesOf(JurisdictionTree tree) {
    return Gen.elements(tree.jurisdictions().stream().map(Jurisdiction::id).toList());
  }

  /** The lowest-level nodes of {@code tree} (villages, grids or whatever the leaves are). */
  public static Gen<JurisdictionId> leavesOf(JurisdictionTree tree) {
    return Gen.elements(tree.jurisdictions().stream().filter(j -> tree.children(j.id()).isEmpty()).map(Jurisdiction::id).toList());
  }

  // ---------------------------------------------------------------- geometry

  /** Points anywhere on earth, biased to the poles, the antimeridian and 0. */
  public static Gen<GeoPoint> geoPoints() {
    Gen<Double> lon = edgy(-180, 180);
    Gen<Double> lat = edgy(-90, 90);
    return random -> GeoPoint.of(lon.generate(random), lat.generate(random));
  }

  /** Points near Zoucheng (116.8–117.2 E, 35.2–35.6 N). */
  public static Gen<GeoPoint> zouchengPoints() {
    return random -> GeoPoint.of(116.8 + random.nextDouble() * 0.4, 35.2 + random.nextDouble() * 0.4);
  }

  private static Gen<Double> edgy(double min, double max) {
    return random -> {
      int pick = random.nextInt(10);
      if (pick == 0) {
        return min;
      } else if (pick == 1) {
        return max;
      } else if (pick == 2) {
        return 0.0;
      }
      return min + random.nextDouble() * (max - min);
    };
  }

  /**
   * Simple polygons of 3 to 40 vertices: star-shaped around a centre (distinct increasing angles,
   * positive radii), so they are simple by construction; sometimes an axis-aligned rectangle.
   */
  public static Gen<Boundary> boundaries() {
    return random -> {
      double cx = -170 + random.nextDouble() * 340;
      double cy = -80 + random.nextDouble() * 160;
      return boundaryAround(random, cx, cy, 0.001 + random.nextDouble() * 0.05);
    };
  }

  static Boundary boundaryAround(SplittableRandom random, double cx, double cy, double radius) {
    if (random.nextInt(4) == 0) {
      double w = radius * (0.5 + random.nextDouble());
      double h = radius * (0.5 + random.nextDouble());
      return rectangle(cx - w, cy - h, cx + w, cy + h);
    }
    int n = random.nextInt(5) == 0 ? 3 : 3 + random.nextInt(38);
    List<GeoPoint> points = new ArrayList<>(n);
    double step = 2 * Math.PI / n;
    for (int i = 0; i < n; i++) {
      double angle = step * (i + 0.1 + 0.8 * random.nextDouble());
      double r = radius * (0.5 + 0.5 * random.nextDouble());
      points.add(GeoPoint.of(cx + r * Math.cos(angle), cy + r * Math.sin(angle)));
    }
    return Boundary.of(points);
  }

  /** The axis-aligned rectangle with the given corners (min &lt; max). */
  public static Boundary rectangle(double minLon, double minLat, double maxLon, double maxLat) {
    return Boundary.of(
        GeoPoint.of(minLon, minLat), GeoPoint.of(maxLon, minLat), GeoPoint.of(maxLon, maxLat), GeoPoint.of(minLon, maxLat));
  }

  /**
   * Grid cells for every {@link JurisdictionLevel#GRID} node of {@code tree} whose parent is a village
   * (or the nearest village above), each with 0 to 3 grid workers, 0 to 600 households and, mostly, a
   * rectangular boundary on a non-overlapping lattice near Zoucheng.
   */
  public static Gen<List<GridCell>> gridCells(JurisdictionTree tree) {
    return random -> {
      List<GridCell> cells = new ArrayList<>();
      int k = 0;
      for (Jurisdiction j : tree.jurisdictions()) {
        if (j.level() != JurisdictionLevel.GRID) {
          continue;
        }
        JurisdictionId village =
            tree.pathToRoot(j.id()).stream()
                .filter(a -> a.level() == JurisdictionLevel.VILLAGE)
                .findFirst()
                .map(Jurisdiction::id)
                .orElse(tree.parent(j.id()).orElseThrow().id());
        GridCell.Builder cell =
            GridCell.builder().id(j.id()).village(village).households(Gen.ints(0, 600).generate(random));
        int workers = random.nextInt(4);
        for (int w = 0; w < workers; w++) {
          cell.addGridWorkers(OfficialId.of("GW-" + k + "-" + w));
        }
        if (random.nextInt(5) != 0) {
          double x = 116.8 + (k % 200) * 0.002;
          double y = 35.2 + (k / 200) * 0.002;
          cell.boundary(rectangle(x, y, x + 0.002, y + 0.002));
        }
        cells.add(cell.build());
        k++;
      }
      return List.copyOf(cells);
    };
  }
}
