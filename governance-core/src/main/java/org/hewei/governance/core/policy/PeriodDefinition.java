package org.hewei.governance.core.policy;

import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 期限定义 — one named period of a {@link DeadlinePolicy}: a key, a name, a length in a
 * {@link PeriodUnit}, its legal basis (with the article) and whether the law fixes it (statutory) or it
 * is local practice (configurable).
 *
 * <pre>{@code
 * PeriodDefinition p = PeriodDefinition.statutory(
 *     "grievance-handling", "申诉求决类办理", 60, PeriodUnit.CALENDAR_DAYS, "信访工作条例 Art 34");
 * p.toString(); // "grievance-handling 申诉求决类办理: 60 日 (statutory, 信访工作条例 Art 34)"
 * }</pre>
 */
@Value.Immutable
public abstract class PeriodDefinition {
  /** Longest length of any period: 3650 units. */
  public static final int MAX_LENGTH = 3650;

  PeriodDefinition() {}

  /** The key by which rules look the period up (an identifier, e.g. {@code "objection"}). */
  public abstract String key();

  /** A name (at most 200 characters). */
  public abstract String name();

  /** The length (0..3650); 0 is allowed only in calendar days and means the same day. */
  public abstract int length();

  /** How the length is counted. */
  public abstract PeriodUnit unit();

  /** The legal basis with its article, or the local document (at most 200 characters). */
  public abstract String legalBasis();

  /** Whether the law fixes the period (true) or it is local practice that users may change (false). */
  public abstract boolean statutory();

  /** Whether hearing (听证) time is not counted (条例 Art 36 re-review opinion); default false. */
  @Value.Default
  public boolean hearingTimeExcluded() {
    return false;
  }

  /** A statutory period. */
  public static PeriodDefinition statutory(String key, String name, int length, PeriodUnit unit, String legalBasis) {
    return builder().key(key).name(name).length(length).unit(unit).legalBasis(legalBasis).statutory(true).build();
  }

  /** A period of local practice (a configurable default). */
  public static PeriodDefinition localPractice(String key, String name, int length, PeriodUnit unit, String basis) {
    return builder().key(key).name(name).length(length).unit(unit).legalBasis(basis).statutory(false).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PeriodDefinition}; {@code build()} throws {@code InvalidValueException} for bad or missing values. */
  public static final class Builder extends ImmutablePeriodDefinition.Builder {
    Builder() {}
  }

  /** This period with another length (e.g. a local rule shortening the departmental limit). */
  public PeriodDefinition withLength(int length) {
    return builder().from(this).length(length).build();
  }

  @Value.Check
  void check() {
    Checks.id("key", key());
    Checks.text("name", name(), Checks.MAX_LABEL);
    Checks.text("legalBasis", legalBasis(), Checks.MAX_LABEL);
    Checks.inRange("length", length(), unit() == PeriodUnit.CALENDAR_DAYS ? 0 : 1, MAX_LENGTH);
  }

  /** {@code "objection 异议: 5 工作日 (statutory, 信访工作条例 Art 23)"}. */
  @Override
  public String toString() {
    return key()
        + " "
        + name()
        + ": "
        + (length() == 0 ? "same day" : length() + " " + unit().chineseName())
        + (hearingTimeExcluded() ? ", hearing time excluded" : "")
        + " ("
        + (statutory() ? "statutory" : "local practice")
        + ", "
        + legalBasis()
        + ")";
  }
}
