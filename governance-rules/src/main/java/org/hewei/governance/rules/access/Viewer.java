package org.hewei.governance.rules.access;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.Official;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;
import org.immutables.value.Value;

/**
 * 查看人 — who asks to see a record: an official with roles, the jurisdiction they serve and their unit,
 * and optionally the natural person they themselves are, so that an accused person or a party to the
 * matter can be recognised (信访工作条例 Art 28, 30).
 *
 * <p>{@link #units()} is the unit plus the units it belongs to ({@link #memberOf()}, e.g. the police
 * station above a police post): an accusation against any of them is hidden from the viewer. At least
 * one role is required. {@link #toString()} shows the official id, roles, jurisdiction and unit; it
 * says only whether a person id is known, never which.
 *
 * <pre>{@code
 * Viewer v = Viewer.of(official);                            // from an Official
 * Viewer self = Viewer.of(official, PersonId.of("P-000777")); // an official who is also person P-000777
 * Viewer w = Viewer.builder().official(OfficialId.of("ZXD-OFF-3")).addRoles(Role.GRID_WORKER)
 *     .jurisdiction(JurisdictionId.of("370883103201")).unit(UnitId.of("ZXD-CWH-1")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Viewer {
  Viewer() {}

  /** The official's id. */
  public abstract OfficialId official();

  /** The roles held; never empty. */
  public abstract Set<Role> roles();

  /** The jurisdiction the official serves: the root of everything they may see. */
  public abstract JurisdictionId jurisdiction();

  /** The official's unit. */
  public abstract UnitId unit();

  /** Further units the viewer belongs to or acts for (the station above a post); may be empty. */
  public abstract Set<UnitId> memberOf();

  /** The natural person the official is, when known (recognises an accused person or a party). */
  public abstract Optional<PersonId> person();

  /** A viewer for {@code official}, with its roles, jurisdiction and unit, not known as a person. */
  public static Viewer of(Official official) {
    Official o = Checks.required("official", official);
    return builder().official(o.id()).roles(o.roles()).jurisdiction(o.jurisdiction()).unit(o.unit()).build();
  }

  /** A viewer for {@code official} who is also the natural person {@code person}. */
  public static Viewer of(Official official, PersonId person) {
    return builder().from(of(official)).person(Checks.required("person", person)).build();
  }

  /** A new builder; official, at least one role, jurisdiction and unit are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The unit and the units it belongs to. */
  public final Set<UnitId> units() {
    Set<UnitId> units = new LinkedHashSet<>();
    units.add(unit());
    units.addAll(memberOf());
    return units;
  }

  /** Whether the viewer holds {@code role}. */
  public final boolean hasRole(Role role) {
    return roles().contains(role);
  }

  /** Whether the viewer holds any of {@code candidates}. */
  public final boolean hasAnyRole(Set<Role> candidates) {
    for (Role role : roles()) {
      if (candidates.contains(role)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    Checks.notEmpty("roles", roles());
  }

  /** Official id, roles, jurisdiction, unit; only whether a person id is known. */
  @Override
  public String toString() {
    return "Viewer{official=" + official() + ", roles=" + roles() + ", jurisdiction=" + jurisdiction()
        + ", unit=" + unit() + (memberOf().isEmpty() ? "" : ", memberOf=" + memberOf())
        + (person().isPresent() ? ", person=***" : "") + "}";
  }

  /** Builds a {@link Viewer}. */
  public static final class Builder extends ImmutableViewer.Builder {
    Builder() {}
  }
}
