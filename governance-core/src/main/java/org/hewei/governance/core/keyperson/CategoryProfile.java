package org.hewei.governance.core.keyperson;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.organization.Role;
import org.immutables.value.Value;

/**
 * 类别管控要求 — how one key-person or key-place category is managed: the control levels it allows,
 * the visit interval (走访周期) of each level, the role responsible, the sensitivity class and the
 * legal basis or local remark.
 *
 * <p>Rules checked when built: at least one level; every interval positive (no negative part, not
 * zero); a person category at least {@link Sensitivity#SENSITIVE} (个人信息保护法 Art 28 — being listed
 * as a key person is sensitive personal information); a non-blank basis of at most 200 characters.
 * Visit intervals are local practice, not national law: they are data, overridable per catalogue.
 *
 * <pre>{@code
 * CategoryProfile p = CategoryProfile.builder()
 *     .category(KeyPersonCategory.of("local-gambling", "涉赌人员", KeyPersonCategory.Subject.PERSON))
 *     .putVisitIntervals(ControlLevel.ATTENTION, Period.ofMonths(3))
 *     .putVisitIntervals(ControlLevel.FOCUS, Period.ofMonths(1))
 *     .responsibleRole(Role.POLICE_OFFICER)
 *     .sensitivity(Sensitivity.SENSITIVE)
 *     .basis("县公安局 2023 年规定 (local)")
 *     .build();
 * p.visitInterval(ControlLevel.FOCUS); // P1M
 * }</pre>
 */
@Value.Immutable
public abstract class CategoryProfile {
  CategoryProfile() {}

  /** The category. */
  public abstract KeyPersonCategory category();

  /** The allowed control levels, each with its visit interval; ordered mildest first. */
  @Value.NaturalOrder
  public abstract SortedMap<ControlLevel, Period> visitIntervals();

  /** The role responsible for visits and the record. */
  public abstract Role responsibleRole();

  /** The sensitivity class of a listing in this category. */
  public abstract Sensitivity sensitivity();

  /** The legal basis or a remark on local practice. */
  public abstract String basis();

  /** A new builder; every attribute is required, with at least one visit interval. */
  public static Builder builder() {
    return new Builder();
  }

  /** The category's code, a shortcut for {@code category().code()}. */
  public final String code() {
    return category().code();
  }

  /** The allowed control levels, mildest first. */
  public final Set<ControlLevel> allowedLevels() {
    return visitIntervals().keySet();
  }

  /** Whether {@code level} is allowed in this category. */
  public final boolean allows(ControlLevel level) {
    return visitIntervals().containsKey(level);
  }

  /** The mildest allowed level, the usual level at listing. */
  public final ControlLevel mildestLevel() {
    return allowedLevels().iterator().next();
  }

  /**
   * The visit interval at {@code level}.
   *
   * @throws InvalidValueException if the category does not allow {@code level}
   */
  public final Period visitInterval(ControlLevel level) {
    Period interval = visitIntervals().get(Checks.required("level", level));
    if (interval == null) {
      throw new InvalidValueException(
          "level", level.name(), "is not allowed in category " + code() + " (allowed: " + allowedLevels() + ")");
    }
    return interval;
  }

  /**
   * A copy in which {@code level} is allowed with {@code interval} (added or replaced).
   *
   * <pre>{@code
   * profile.withVisitInterval(ControlLevel.ATTENTION, Period.ofMonths(6));
   * }</pre>
   */
  public final CategoryProfile withVisitInterval(ControlLevel level, Period interval) {
    Map<ControlLevel, Period> intervals = new EnumMap<>(ControlLevel.class);
    intervals.putAll(visitIntervals());
    intervals.put(Checks.required("level", level), Checks.required("interval", interval));
    return builder().from(this).visitIntervals(intervals).build();
  }

  /** A copy with another responsible role. */
  public abstract CategoryProfile withResponsibleRole(Role role);

  @Value.Check
  void check() {
    Checks.notEmpty("visitIntervals", visitIntervals().keySet());
    visitIntervals()
        .forEach(
            (level, interval) ->
                Checks.check(
                    !interval.isZero() && !interval.isNegative() && interval.getYears() >= 0
                        && interval.getMonths() >= 0 && interval.getDays() >= 0,
                    "visitIntervals[" + level + "]",
                    interval,
                    "must be positive"));
    Checks.check(
        category().subject() == KeyPersonCategory.Subject.PLACE
            || sensitivity().isAtLeast(Sensitivity.SENSITIVE),
        "sensitivity",
        sensitivity(),
        "a person category must be at least SENSITIVE (个人信息保护法 Art 28)");
    Checks.text("basis", basis(), Checks.MAX_LABEL);
  }

  /** Builds a {@link CategoryProfile}. */
  public static final class Builder extends ImmutableCategoryProfile.Builder {
    Builder() {}
  }
}
