package org.hewei.governance.core.petition;

import java.util.Optional;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.organization.UnitId;
import org.immutables.value.Value;

/**
 * 受理/承办层级与单位 — where a petition is filed or handled: a node of the jurisdiction tree, its level,
 * and optionally the unit there (信访办, 派出所, a department).
 *
 * <p>The level travels with the id so that folding events into a {@link PetitionState} needs no
 * jurisdiction tree; governance-rules checks that it matches the tree when it decides a command.
 *
 * <pre>{@code
 * HandlingPlace townOffice = HandlingPlace.of(
 *     JurisdictionId.of("370883103"), JurisdictionLevel.TOWNSHIP, UnitId.of("ZXD-XFB"));
 * HandlingPlace village = HandlingPlace.of(JurisdictionId.of("370883103201"), JurisdictionLevel.VILLAGE);
 * }</pre>
 */
@Value.Immutable
public abstract class HandlingPlace {
  HandlingPlace() {}

  /** The node of the jurisdiction tree. */
  public abstract JurisdictionId jurisdiction();

  /** Its level. */
  public abstract JurisdictionLevel level();

  /** The unit there, if known. */
  public abstract Optional<UnitId> unit();

  /** A place without a particular unit. */
  public static HandlingPlace of(JurisdictionId jurisdiction, JurisdictionLevel level) {
    return ImmutableHandlingPlace.builder().jurisdiction(jurisdiction).level(level).build();
  }

  /** A unit at a place. */
  public static HandlingPlace of(JurisdictionId jurisdiction, JurisdictionLevel level, UnitId unit) {
    return ImmutableHandlingPlace.builder().jurisdiction(jurisdiction).level(level).unit(unit).build();
  }

  /** E.g. {@code "TOWNSHIP:370883103/ZXD-XFB"}. */
  @Override
  public String toString() {
    return level() + ":" + jurisdiction() + unit().map(u -> "/" + u).orElse("");
  }
}
