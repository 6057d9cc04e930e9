package org.hewei.governance.rules.schedule;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.organization.DutyShift;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.immutables.value.Value;

/**
 * 接访排班规则 — which duties a reception roster must fill: a list of {@link RosterRequirement}s.
 * Local practice, so it is data; {@link #seedDefaults} is the seed's arrangement (领导接访机制: every
 * working day 1 section-level cadre + 2 village cadres at the town petition office; every week 2
 * village party secretaries at the town 和为贵 centre).
 *
 * <p>Rules checked when built: at least one requirement; no two requirements with the same role,
 * kind and unit (merge them by raising the count). The roster itself is made by {@link DutyRosterPlanner}.
 *
 * <pre>{@code
 * RosterPolicy seed = RosterPolicy.seedDefaults(UnitId.of("ZXD-XFB"), UnitId.of("ZXD-HWG"));
 * RosterPolicy own = RosterPolicy.builder()
 *     .addRequirements(RosterRequirement.of(Role.SECTION_LEVEL_CADRE, 2, DutyShift.Kind.RECEPTION,
 *         UnitId.of("ZXD-XFB"), RosterRequirement.Cadence.DAILY))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class RosterPolicy {
  RosterPolicy() {}

  /** The requirements, in the order they are filled each day (weekly ones are filled first). */
  public abstract List<RosterRequirement> requirements();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The seed's arrangement: daily 1 {@link Role#SECTION_LEVEL_CADRE} + 2 {@link Role#VILLAGE_CADRE} on
   * {@link DutyShift.Kind#RECEPTION} at {@code petitionOffice}; weekly 2 {@link Role#PARTY_SECRETARY}
   * on {@link DutyShift.Kind#CENTRE_DUTY} at {@code centre}.
   */
  public static RosterPolicy seedDefaults(UnitId petitionOffice, UnitId centre) {
    return builder()
        .addRequirements(RosterRequirement.of(
            Role.SECTION_LEVEL_CADRE, 1, DutyShift.Kind.RECEPTION, petitionOffice, RosterRequirement.Cadence.DAILY))
        .addRequirements(RosterRequirement.of(
            Role.VILLAGE_CADRE, 2, DutyShift.Kind.RECEPTION, petitionOffice, RosterRequirement.Cadence.DAILY))
        .addRequirements(RosterRequirement.of(
            Role.PARTY_SECRETARY, 2, DutyShift.Kind.CENTRE_DUTY, centre, RosterRequirement.Cadence.WEEKLY))
        .build();
  }

  @Value.Check
  void check() {
    Checks.notEmpty("requirements", requirements());
    Set<String> seen = new HashSet<>();
    for (RosterRequirement r : requirements()) {
      String key = r.role() + "/" + r.kind() + "/" + r.unit();
      Checks.check(seen.add(key), "requirements", key, "must not repeat a role, kind and unit (raise the count instead)");
    }
  }

  /** Builds a {@link RosterPolicy}. */
  public static final class Builder extends ImmutableRosterPolicy.Builder {
    Builder() {}
  }
}
