package org.hewei.governance.core.mediation;

import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.UnitId;
import org.immutables.value.Value;

/**
 * 调解场所 — a place where disputes are mediated: a village room (说事拉呱), a police-station room (the
 * seed's 王伟调解室), the town's 和为贵 centre, the judicial office, or another named venue. A venue's
 * name is a public label, not personal information.
 *
 * <pre>{@code
 * Venue room = Venue.of(VenueKind.POLICE_STATION_ROOM, "王伟调解室", JurisdictionId.of("370883104000"));
 * Venue withUnit = Venue.builder().from(room).unit(UnitId.of("ZXD-PCS")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Venue {
  Venue() {}

  /** The kind of venue. */
  public abstract VenueKind kind();

  /** Its name, e.g. {@code "王伟调解室"}, 1 to 200 characters. */
  public abstract String name();

  /** The jurisdiction it serves (a village, a township). */
  public abstract JurisdictionId jurisdiction();

  /** The unit that runs it (a village committee, a police station), when known. */
  public abstract Optional<UnitId> unit();

  /** A venue without a unit. */
  public static Venue of(VenueKind kind, String name, JurisdictionId jurisdiction) {
    return builder().kind(kind).name(name).jurisdiction(jurisdiction).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.text("name", name(), Checks.MAX_LABEL);
  }

  /** Builds a {@link Venue}; missing or invalid values throw {@code InvalidValueException}. */
  public static final class Builder extends ImmutableVenue.Builder {
    Builder() {}
  }
}
