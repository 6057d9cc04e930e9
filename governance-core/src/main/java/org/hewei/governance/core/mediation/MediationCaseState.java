package org.hewei.governance.core.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.petition.PetitionId;
import org.immutables.value.Value;

/**
 * 调解案件状态 — what is known about one mediation case after folding its events; governance-rules
 * builds it ({@code evolve}) and decides commands against it. A state exists from the {@link
 * MediationEvent.Opened} event on, so its version is at least 1 (the number of events folded).
 *
 * <p>Structural invariants checked here (the order of transitions is the rules module's business):
 *
 * <ul>
 *   <li>{@code version >= 1}, {@code sessionsHeld >= 0};
 *   <li>every party in {@link #consents} and {@link #refusals} is a party of the dispute, and no party
 *       both consented and refused;
 *   <li>status {@code SETTLED}, {@code FAILED}, {@code WITHDRAWN} carry the matching {@link #outcome};
 *       status {@code REFUSED} has at least one refusal (人民调解法 Art 17);
 *   <li>an agreement is present only with outcome {@code SETTLED};
 *   <li>judicial confirmation other than {@code NOT_APPLIED} needs an agreement and the application
 *       day; a decided status needs the decision day;
 *   <li>{@link #returnedToPetition} only for a dispute referred from a petition (访调对接).
 * </ul>
 *
 * <pre>{@code
 * MediationCaseState s = MediationCaseState.builder()
 *     .id(MediationCaseId.of("ZXD-TJ-2022-031")).version(1)
 *     .status(MediationStatus.OPENED).dispute(dispute).venue(venue)
 *     .openedAt(Instant.parse("2022-07-05T02:00:00Z"))
 *     .build();
 * MediationCaseState next = s.toBuilder().version(2).status(MediationStatus.AWAITING_CONSENT)
 *     .addMediators(mediator).build();
 * }</pre>
 */
@Value.Immutable
public abstract class MediationCaseState {
  MediationCaseState() {}

  /** The case id. */
  public abstract MediationCaseId id();

  /** The number of events folded into this state (at least 1). */
  public abstract long version();

  /** Where the case stands. */
  public abstract MediationStatus status();

  /** The dispute being mediated. */
  public abstract Dispute dispute();

  /** The current venue (changes when a police referral is transferred to a mediation room). */
  public abstract Venue venue();

  /** When the case was opened. */
  public abstract Instant openedAt();

  /** The mediators assigned, in order of assignment. */
  public abstract List<Mediator> mediators();

  /** The parties who consented to mediation. */
  public abstract Set<Party> consents();

  /** The parties who refused mediation (人民调解法 Art 17). */
  public abstract Set<Party> refusals();

  /** The number of sessions held. */
  @Value.Default
  public int sessionsHeld() {
    return 0;
  }

  /** The day of the last session, if any. */
  public abstract Optional<LocalDate> lastSessionOn();

  /** The outcome, once recorded. */
  public abstract Optional<MediationOutcome> outcome();

  /**
   * Whether the parties were told of arbitration, administrative and judicial routes when mediation
   * failed (人民调解法 Art 26).
   */
  @Value.Default
  public boolean otherRemediesExplained() {
    return false;
  }

  /** The agreement, once recorded. */
  public abstract Optional<Agreement> agreement();

  /** Where the agreement stands in judicial confirmation. */
  @Value.Default
  public JudicialConfirmationStatus judicialConfirmation() {
    return JudicialConfirmationStatus.NOT_APPLIED;
  }

  /** The day the parties applied for judicial confirmation. */
  public abstract Optional<LocalDate> judicialConfirmationAppliedOn();

  /** The day the court decided (or the application was withdrawn). */
  public abstract Optional<LocalDate> judicialConfirmationDecidedOn();

  /** Whether the police settled the dispute on the spot (警调对接 现场调解). */
  @Value.Default
  public boolean settledOnSite() {
    return false;
  }

  /** Whether the case was transferred from the spot to a mediation room (警调对接 移交调解室). */
  @Value.Default
  public boolean transferredToMediationRoom() {
    return false;
  }

  /** Whether the matter was sent back to its referring petition (访调对接). */
  @Value.Default
  public boolean returnedToPetition() {
    return false;
  }

  /** When the case was closed. */
  public abstract Optional<Instant> closedAt();

  /** The petition the dispute was referred from (访调对接), if any; from the dispute. */
  public Optional<PetitionId> referralOrigin() {
    return dispute().originPetition();
  }

  /** Whether every party of the dispute has consented. */
  public boolean allPartiesConsented() {
    return dispute().parties().stream().allMatch(consents()::contains);
  }

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
    Checks.atLeast("sessionsHeld", sessionsHeld(), 0);
    for (Party p : consents()) {
      Checks.check(dispute().parties().contains(p), "consents", p, "must be a party of the dispute");
      Checks.check(!refusals().contains(p), "consents", p, "a party cannot both consent and refuse");
    }
    for (Party p : refusals()) {
      Checks.check(dispute().parties().contains(p), "refusals", p, "must be a party of the dispute");
    }
    Checks.check(
        lastSessionOn().isPresent() == (sessionsHeld() > 0),
        "lastSessionOn",
        lastSessionOn().map(Object::toString).orElse("absent") + " with " + sessionsHeld() + " sessions",
        "the last session day is given exactly when a session was held");
    requireOutcome(MediationStatus.SETTLED, MediationOutcome.SETTLED);
    requireOutcome(MediationStatus.FAILED, MediationOutcome.FAILED);
    requireOutcome(MediationStatus.WITHDRAWN, MediationOutcome.WITHDRAWN);
    Checks.check(
        status() != MediationStatus.REFUSED || !refusals().isEmpty(),
        "status",
        status(),
        "a REFUSED case has at least one party's refusal (人民调解法 Art 17)");
    Checks.check(
        agreement().isEmpty() || outcome().equals(Optional.of(MediationOutcome.SETTLED)),
        "agreement",
        "outcome " + outcome().map(Object::toString).orElse("absent"),
        "an agreement is recorded only for a SETTLED outcome");
    JudicialConfirmationStatus jc = judicialConfirmation();
    Checks.check(
        jc == JudicialConfirmationStatus.NOT_APPLIED
            || (agreement().isPresent() && judicialConfirmationAppliedOn().isPresent()),
        "judicialConfirmation",
        jc,
        "an application for judicial confirmation needs an agreement and the day of application");
    Checks.check(
        jc != JudicialConfirmationStatus.NOT_APPLIED || judicialConfirmationAppliedOn().isEmpty(),
        "judicialConfirmationAppliedOn",
        judicialConfirmationAppliedOn().map(Object::toString).orElse(null),
        "given only when judicial confirmation was applied for");
    Checks.check(
        jc.isDecided() == judicialConfirmationDecidedOn().isPresent(),
        "judicialConfirmationDecidedOn",
        judicialConfirmationDecidedOn().map(Object::toString).orElse("absent") + " with " + jc,
        "the decision day is given exactly when the court procedure has ended");
    Checks.check(
        !returnedToPetition() || referralOrigin().isPresent(),
        "returnedToPetition",
        dispute().source(),
        "only a dispute referred from a petition (访调对接) can be returned to it");
    Checks.check(
        (status() == MediationStatus.CLOSED) == closedAt().isPresent(),
        "closedAt",
        closedAt().map(Object::toString).orElse("absent") + " with status " + status(),
        "the closing instant is given exactly when the case is CLOSED");
  }

  private void requireOutcome(MediationStatus status, MediationOutcome outcome) {
    Checks.check(
        status() != status || outcome().equals(Optional.of(outcome)),
        "outcome",
        outcome().map(Object::toString).orElse("absent"),
        "status " + status + " requires outcome " + outcome);
  }

  /** Builds a {@link MediationCaseState}; missing or invalid values throw {@code InvalidValueException}. */
  public static final class Builder extends ImmutableMediationCaseState.Builder {
    Builder() {}
  }
}
