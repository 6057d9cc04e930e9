/**
 * 辖区 — the governance tree: division codes, levels of variable depth (省 … 镇/街道, 管区, 村/社区, 网格), jurisdictions, grid cells and the immutable jurisdiction tree.
 *
 * <h2>Types</h2>
 *
 * <ul>
 *   <li>{@link org.hewei.governance.core.jurisdiction.DivisionCode} 统计用区划代码 — the 12-digit
 *       statistical code (2+2+2+3+3) and its 6-digit GB/T 2260 prefix;
 *   <li>{@link org.hewei.governance.core.jurisdiction.JurisdictionLevel} 行政层级 and {@link
 *       org.hewei.governance.core.jurisdiction.JurisdictionId} 辖区标识;
 *   <li>{@link org.hewei.governance.core.jurisdiction.Jurisdiction} 辖区 — one node;
 *   <li>{@link org.hewei.governance.core.jurisdiction.JurisdictionTree} 辖区树 with {@link
 *       org.hewei.governance.core.jurisdiction.SubtreeInterval} and {@link
 *       org.hewei.governance.core.jurisdiction.InvalidTreeException};
 *   <li>{@link org.hewei.governance.core.jurisdiction.GridCell} 网格, {@link
 *       org.hewei.governance.core.jurisdiction.Boundary} 网格边界 and {@link
 *       org.hewei.governance.core.jurisdiction.GeoPoint} 地理坐标点;
 *   <li>{@link org.hewei.governance.core.jurisdiction.GridIndex} 网格定位索引 — which grid cell contains a
 *       point.
 * </ul>
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li><b>Division codes.</b> {@code DivisionCode.parse} accepts exactly 12 digits, or 6 digits (a
 *       GB/T 2260 code, padded with zeros); nothing is trimmed. The level is the level of the last
 *       non-zero group. A zero group may not be followed by a non-zero one, except that the county group
 *       may be {@code 00} under the four prefectures without counties ({@code
 *       DivisionCode.PREFECTURES_WITHOUT_COUNTIES}: 4419 东莞, 4420 中山, 4604 儋州, 6202 嘉峪关). The
 *       parent of a code zeroes its last non-zero group, so a Dongguan township's parent is the
 *       prefecture itself. Codes are public data and print in full.
 *   <li><b>Codes on nodes.</b> A {@code Jurisdiction} may carry a code only at an official level, and
 *       the code's level must equal the node's; 管区 and 网格 have none. In a tree, a node's code must lie
 *       below the code of its nearest coded ancestor (so a village below a 管区 is checked against the
 *       township).
 *   <li><b>One root.</b> A {@code JurisdictionTree} has exactly one root; a forest is rejected ({@code
 *       SEVERAL_ROOTS}). Roots may be at any level (a town-level deployment has a township root).
 *   <li><b>Canonical numbering.</b> Nodes are numbered in pre-order with children in id order, so the
 *       numbering (and therefore stored intervals) depends only on the set of nodes, never on input
 *       order; a storage layer may persist {@code indexOf} and {@code interval} for one tree version.
 *   <li><b>Constant-time queries without lifting tables.</b> Levels strictly decrease downward, so the
 *       tree is at most 7 levels deep; lowest common ancestor and path to root walk at most 6 links.
 *       Ancestor tests use the pre-order interval. Building is iterative and O(n log n).
 *   <li><b>Errors.</b> Tree errors are {@code InvalidTreeException}s (an {@code InvalidValueException})
 *       with a {@code Problem} and the ids involved, checked in a fixed order; unknown ids given to tree
 *       queries are {@code InvalidValueException}s for field {@code jurisdictionId}.
 *   <li><b>Geometry.</b> {@code Boundary} is a simple polygon in planar lon/lat degrees, closed
 *       implicitly (a repeated closing vertex is dropped), validated for simplicity and non-zero area,
 *       at most 10,000 vertices, not across the antimeridian; points on an edge are contained. It is a
 *       hand-written immutable class (primitive coordinate arrays, precomputed bounding box).
 *   <li><b>Grid cells.</b> A {@code GridCell} holds ids and counts only; grid workers may be empty (a
 *       vacant post). {@code GridIndex} buckets the cells' bounding boxes on a square grid of about one
 *       bucket per cell; overlapping cells and shared edges resolve to the smallest id ({@code
 *       cellsAt} lists all), cells without a boundary are left out.
 * </ul>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.jurisdiction;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;
