package org.hewei.governance.core.organization;

import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.immutables.value.Value;

/**
 * 单位 — an organisational unit: a petition office, a police station, a village committee, a
 * department…, with the jurisdiction it serves and optionally the unit it belongs to (a police post
 * under its police station).
 *
 * <p>A unit's name is public, not personal (at most 200 characters). A unit is not its own parent;
 * cycles over several units can only be detected by whoever holds all units.
 *
 * <pre>{@code
 * Unit post = Unit.builder()
 *     .id(UnitId.of("ZXD-JWS-1")).kind(UnitKind.POLICE_POST).name("中心店派出所第一警务室")
 *     .jurisdiction(JurisdictionId.of("ZXD-GQ-1")).parent(UnitId.of("ZXD-PCS"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Unit {
  Unit() {}

  /** The unit's id. */
  public abstract UnitId id();

  /** The kind of unit. */
  public abstract UnitKind kind();

  /** The unit's public name, e.g. {@code "中心店镇信访办"}. */
  public abstract String name();

  /** The jurisdiction the unit serves. */
  public abstract JurisdictionId jurisdiction();

  /** The unit this one belongs to, if any. */
  public abstract Optional<UnitId> parent();

  /** A unit without parent. */
  public static Unit of(UnitId id, UnitKind kind, String name, JurisdictionId jurisdiction) {
    return builder().id(id).kind(kind).name(name).jurisdiction(jurisdiction).build();
  }

  /** A new builder; all but {@code parent} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.text("name", name(), Checks.MAX_LABEL);
    parent().ifPresent(p -> Checks.check(!p.equals(id()), "parent", p, "a unit cannot be its own parent"));
  }

  /** Builds a {@link Unit}. */
  public static final class Builder extends ImmutableUnit.Builder {
    Builder() {}
  }
}
