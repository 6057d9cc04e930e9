package org.hewei.governance.core.organization;

import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.person.PersonName;
import org.hewei.governance.core.person.PhoneNumber;
import org.immutables.value.Value;

/**
 * 工作人员 — an official (cadre, police officer, grid worker, mediator…) of a unit, with their
 * roles and the jurisdiction they serve.
 *
 * <p>An official's name and phone are personal information: {@link #toString()} shows only the id,
 * unit, roles and jurisdiction. At least one role is required.
 *
 * <pre>{@code
 * Official o = Official.builder()
 *     .id(OfficialId.of("ZXD-OFF-017")).name(PersonName.of("王伟"))
 *     .unit(UnitId.of("ZXD-PCS")).addRoles(Role.POLICE_OFFICER, Role.MEDIATOR)
 *     .jurisdiction(JurisdictionId.of("370883103"))
 *     .build();
 * o.toString(); // "Official{id=ZXD-OFF-017, unit=ZXD-PCS, roles=[POLICE_OFFICER, MEDIATOR], jurisdiction=370883103}"
 * }</pre>
 */
@Value.Immutable
public abstract class Official {
  Official() {}

  /** The official's id. */
  public abstract OfficialId id();

  /** The name (masked in every {@code toString}). */
  public abstract PersonName name();

  /** The unit the official belongs to. */
  public abstract UnitId unit();

  /** The roles held; never empty. */
  public abstract Set<Role> roles();

  /** The jurisdiction the official serves. */
  public abstract JurisdictionId jurisdiction();

  /** A work phone, if known. */
  public abstract Optional<PhoneNumber> phone();

  /** A new builder; all but {@code phone} are required, with at least one role. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the official holds {@code role}. */
  public final boolean hasRole(Role role) {
    return roles().contains(role);
  }

  @Value.Check
  void check() {
    Checks.notEmpty("roles", roles());
  }

  /** Id, unit, roles and jurisdiction; never the name or phone. */
  @Override
  public String toString() {
    return "Official{id=" + id() + ", unit=" + unit() + ", roles=" + roles() + ", jurisdiction=" + jurisdiction() + "}";
  }

  /** Builds an {@link Official}. */
  public static final class Builder extends ImmutableOfficial.Builder {
    Builder() {}
  }
}
