package org.hewei.governance.core.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.OfficialId;
import org.immutables.value.Value;

/**
 * 走访活动 — one piece of field work: who went (officials), where (a village, a grid cell), on which
 * day, how many households were visited or people attended, and what was found. Reports count these
 * against plan (e.g. joint visits held on the 5th, 15th, 25th); findings feed disputes, petitions
 * and key-person records.
 *
 * <p><i>Decision:</i> the time of an activity is a {@link LocalDate}: plans, schedules and reports
 * work in days, and an activity often spans hours.
 *
 * <pre>{@code
 * OutreachActivity visit = OutreachActivity.builder()
 *     .id(OutreachId.of("ZXD-ZF-2022-0725-01"))
 *     .kind(OutreachKind.JOINT_LISTENING_VISIT)
 *     .where(JurisdictionId.of("370883104201"))
 *     .heldOn(LocalDate.of(2022, 7, 25))
 *     .addOfficials(OfficialId.of("ZXD-OFF-017"), OfficialId.of("ZXD-VC-201-1"))
 *     .householdsVisited(23)
 *     .addFindings(Finding.request("村东路灯不亮"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class OutreachActivity {
  /** Most findings one activity may record. */
  public static final int MAX_FINDINGS = 1_000;

  /** Upper bound for the household and attendance counts (a sanity limit). */
  public static final int MAX_COUNT = 100_000;

  OutreachActivity() {}

  /** The activity's id. */
  public abstract OutreachId id();

  /** Its kind. */
  public abstract OutreachKind kind();

  /** Where it took place. */
  public abstract JurisdictionId where();

  /** The day it took place. */
  public abstract LocalDate heldOn();

  /** The officials who took part (at least one). */
  public abstract Set<OfficialId> officials();

  /** Households visited (入户数), 0 when not counted. */
  @Value.Default
  public int householdsVisited() {
    return 0;
  }

  /** Residents attending (参加人数) a talk or briefing, 0 when not counted. */
  @Value.Default
  public int attendance() {
    return 0;
  }

  /** What was found, in order. */
  public abstract List<Finding> findings();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.notEmpty("officials", officials());
    Checks.inRange("householdsVisited", householdsVisited(), 0, MAX_COUNT);
    Checks.inRange("attendance", attendance(), 0, MAX_COUNT);
    Checks.atMost("findings", findings(), MAX_FINDINGS);
  }

  /** Builds an {@link OutreachActivity}; missing or invalid values throw {@code InvalidValueException}. */
  public static final class Builder extends ImmutableOutreachActivity.Builder {
    Builder() {}
  }
}
