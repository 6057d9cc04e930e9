package org.hewei.governance.core.jurisdiction;

import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.organization.OfficialId;
import org.immutables.value.Value;

/**
 * 网格 — a grid cell of grid management (网格化管理): the smallest unit inside a village or community,
 * with its grid workers (网格员), the number of households (户数) it covers, and optionally its boundary
 * on the map.
 *
 * <p>Rules checked at construction: the household count is at least 0, and the cell's own id differs
 * from its village's id. The set of grid workers may be empty (a vacant post). That {@link #id()} names
 * a {@link JurisdictionLevel#GRID} node below {@link #village()} is a fact about the tree; check it
 * with {@link JurisdictionTree#isAncestorOf(JurisdictionId, JurisdictionId)}.
 *
 * <p>Only opaque ids and counts are held, so {@code toString} contains no personal information.
 *
 * <pre>{@code
 * GridCell cell = GridCell.builder()
 *     .id(JurisdictionId.of("ZXD-WG-0301"))
 *     .village(JurisdictionId.of("370883103201"))
 *     .addGridWorkers(OfficialId.of("ZXD-OFF-101"))
 *     .households(186)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class GridCell {
  GridCell() {}

  /** The grid cell's own jurisdiction id (a {@link JurisdictionLevel#GRID} node). */
  public abstract JurisdictionId id();

  /** The village or community (村/社区) the cell belongs to. */
  public abstract JurisdictionId village();

  /** The grid workers (网格员) responsible for the cell, in the order given; may be empty. */
  public abstract Set<OfficialId> gridWorkers();

  /** The number of households (户数) in the cell, at least 0. */
  public abstract int households();

  /** The cell's boundary on the map, when known. */
  public abstract Optional<Boundary> boundary();

  /** A builder; {@code id}, {@code village} and {@code households} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.atLeast("households", households(), 0);
    Checks.check(!village().equals(id()), "village", village(), "a grid cell cannot be its own village");
  }

  /** 网格 builder; see {@link GridCell#builder()}. */
  public static final class Builder extends ImmutableGridCell.Builder {
    Builder() {}
  }
}
