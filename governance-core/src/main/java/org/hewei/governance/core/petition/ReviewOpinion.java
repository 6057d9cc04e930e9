package org.hewei.governance.core.petition;

import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.organization.UnitId;
import org.immutables.value.Value;

/**
 * 复查意见 / 复核意见 — the written opinion of a review (条例 Art 35) or re-review (Art 36) by the body
 * one level above the one whose opinion is contested. The same shape serves both; the command or
 * event that carries it says which.
 *
 * <p>A {@link ReviewDecision#CHANGED} opinion states the new outcome; upheld and revoked ones do not.
 * The reasons are personal information and never printed.
 *
 * <pre>{@code
 * ReviewOpinion r = ReviewOpinion.builder()
 *     .decision(ReviewDecision.UPHELD)
 *     .reasons("The facts were established correctly")
 *     .legalBasis("信访工作条例 Art 35")
 *     .issuedBy(UnitId.of("ZC-XFJ"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ReviewOpinion {
  ReviewOpinion() {}

  /** Upheld, changed or revoked. */
  public abstract ReviewDecision decision();

  /** The new outcome: present exactly when the decision is {@link ReviewDecision#CHANGED}. */
  public abstract Optional<HandlingOutcome> newOutcome();

  /** The facts and reasons (personal). */
  @Value.Redacted
  public abstract String reasons();

  /** The laws and articles it rests on. */
  public abstract String legalBasis();

  /** The reviewing unit. */
  public abstract UnitId issuedBy();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewOpinion}. */
  public static final class Builder extends ImmutableReviewOpinion.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.check(
        newOutcome().isPresent() == (decision() == ReviewDecision.CHANGED),
        "newOutcome",
        newOutcome().map(Enum::name).orElse("absent"),
        "is given exactly when the decision is CHANGED");
    Checks.personalText("reasons", reasons(), Checks.MAX_TEXT);
    Checks.text("legalBasis", legalBasis(), Checks.MAX_TEXT);
  }
}
