package org.hewei.governance.core.outreach;

import java.time.Instant;
import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.person.PersonId;
import org.immutables.value.Value;

/**
 * 民生代办事项 — a matter a resident asks the village service room (和为贵社会治理服务室) or the town
 * centre to handle on their behalf (一站式代办): what kind, for whom, where, when asked. Its life
 * (request → accept → done / declined) is an {@link ErrandState} built from {@link ErrandEvent}s.
 *
 * <pre>{@code
 * Errand e = Errand.builder()
 *     .id(ErrandId.of("ZXD-DB-2022-0103"))
 *     .resident(PersonId.of("P-000042"))
 *     .category(ErrandCategory.MEDICAL_INSURANCE)
 *     .jurisdiction(JurisdictionId.of("370883104201"))
 *     .requestedAt(Instant.parse("2022-07-05T01:30:00Z"))
 *     .details("代缴2023年度城乡居民医保")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Errand {
  Errand() {}

  /** The errand's id. */
  public abstract ErrandId id();

  /** The resident it is done for. */
  public abstract PersonId resident();

  /** The kind of matter. */
  public abstract ErrandCategory category();

  /** Where the resident lives or the request was made (a village, a community). */
  public abstract JurisdictionId jurisdiction();

  /** When the resident asked. */
  public abstract Instant requestedAt();

  /** The official who took the request, if recorded. */
  public abstract Optional<OfficialId> receivedBy();

  /** What exactly is to be done; personal information, never printed. */
  @Value.Redacted
  public abstract Optional<String> details();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    details().ifPresent(d -> Checks.personalText("details", d, Checks.MAX_TEXT));
  }

  /** Builds an {@link Errand}; missing or invalid values throw {@code InvalidValueException}. */
  public static final class Builder extends ImmutableErrand.Builder {
    Builder() {}
  }
}
