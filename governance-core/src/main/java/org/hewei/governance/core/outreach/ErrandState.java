package org.hewei.governance.core.outreach;

import java.time.Instant;
import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.organization.OfficialId;
import org.immutables.value.Value;

/**
 * 代办事项状态 — an errand after folding its events (governance-rules' {@code evolve}). Exists from
 * the {@link ErrandEvent.Requested} event on, so its version is at least 1.
 *
 * <p>Invariants: {@code version >= 1}; the errand's id is the state's id; a handler is present when
 * the status is {@code ACCEPTED} or {@code DONE} (a declined errand may or may not have had one);
 * {@link #concludedAt} is present exactly when the status is terminal; a decline reason exactly when
 * the status is {@code DECLINED}.
 *
 * <pre>{@code
 * ErrandState s = ErrandState.builder().id(errand.id()).version(1)
 *     .status(ErrandStatus.REQUESTED).errand(errand).build();
 * ErrandState accepted = s.toBuilder().version(2).status(ErrandStatus.ACCEPTED)
 *     .handler(OfficialId.of("ZXD-VC-201-1")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ErrandState {
  ErrandState() {}

  /** The errand id. */
  public abstract ErrandId id();

  /** The number of events folded into this state (at least 1). */
  public abstract long version();

  /** Where the errand stands. */
  public abstract ErrandStatus status();

  /** The errand as requested. */
  public abstract Errand errand();

  /** Who took it on. */
  public abstract Optional<OfficialId> handler();

  /** When it was done or declined. */
  public abstract Optional<Instant> concludedAt();

  /** Why it was declined; personal information, never printed. */
  @Value.Redacted
  public abstract Optional<String> declineReason();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this state's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Checks.atLeast("version", version(), 1L);
    Checks.check(
        errand().id().equals(id()), "errand", errand().id(), "the errand's id must equal the state's id " + id());
    Checks.check(
        handler().isPresent() || (status() != ErrandStatus.ACCEPTED && status() != ErrandStatus.DONE),
        "handler",
        null,
        "an ACCEPTED or DONE errand has a handler");
    Checks.check(
        concludedAt().isPresent() == status().isTerminal(),
        "concludedAt",
        concludedAt().map(Object::toString).orElse("absent") + " with status " + status(),
        "the conclusion instant is given exactly when the errand is DONE or DECLINED");
    Checks.check(
        declineReason().isPresent() == (status() == ErrandStatus.DECLINED),
        "declineReason",
        declineReason().isPresent() ? "***" : "absent",
        "a decline reason is given exactly when the errand is DECLINED");
    declineReason().ifPresent(r -> Checks.personalText("declineReason", r, Checks.MAX_TEXT));
  }

  /** Builds an {@link ErrandState}; missing or invalid values throw {@code InvalidValueException}. */
  public static final class Builder extends ImmutableErrandState.Builder {
    Builder() {}
  }
}
