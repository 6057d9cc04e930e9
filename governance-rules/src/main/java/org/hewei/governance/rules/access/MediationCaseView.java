package org.hewei.governance.rules.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.mediation.Agreement;
import org.hewei.governance.core.mediation.DisputeSource;
import org.hewei.governance.core.mediation.DisputeType;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.MediationOutcome;
import org.hewei.governance.core.mediation.MediationStatus;
import org.hewei.governance.core.mediation.Mediator;
import org.hewei.governance.core.mediation.Party;
import org.hewei.governance.core.mediation.RiskLevel;
import org.hewei.governance.core.mediation.Venue;
import org.hewei.governance.core.person.Masking;
import org.immutables.value.Value;

/**
 * 调解案件视图 — what a viewer may see of a {@link MediationCaseState}.
 *
 * <p>A {@link AccessLevel#FULL} view holds the dispute summary and agreement terms as written, the
 * parties and the mediators. A {@link AccessLevel#REDACTED} view holds the summary and terms only as
 * their length ({@code "(30 chars)"}) and no parties or mediators (only the number of parties); status,
 * type, risk, venue, dates and outcome are shown in both (the ledger needs them).
 *
 * <p>{@link #toString()} never shows the summary, terms, parties or mediators.
 *
 * <pre>{@code
 * MediationCaseView v = control.mediationCase(gridWorker, state).view().orElseThrow();
 * v.summary();    // "(18 chars)"
 * v.parties();    // []
 * v.partyCount(); // 2
 * }</pre>
 */
@Value.Immutable
public abstract class MediationCaseView {
  MediationCaseView() {}

  /** The case id. */
  public abstract MediationCaseId id();

  /** FULL or REDACTED. */
  public abstract AccessLevel level();

  /** Where the case stands. */
  public abstract MediationStatus status();

  /** The kind of dispute. */
  public abstract DisputeType disputeType();

  /** How the dispute was found. */
  public abstract DisputeSource source();

  /** The assessed risk. */
  public abstract RiskLevel riskLevel();

  /** Where the dispute arose. */
  public abstract JurisdictionId arose();

  /** The venue (a public place). */
  public abstract Venue venue();

  /** The dispute summary, as written (FULL) or as its length (REDACTED). */
  public abstract String summary();

  /** The parties; empty in a redacted view. */
  public abstract List<Party> parties();

  /** How many parties the dispute has. */
  public abstract int partyCount();

  /** The mediators; empty in a redacted view. */
  public abstract List<Mediator> mediators();

  /** When the case was opened. */
  public abstract Instant openedAt();

  /** Sessions held. */
  public abstract int sessionsHeld();

  /** The last session day, if any. */
  public abstract Optional<LocalDate> lastSessionOn();

  /** The outcome, once recorded. */
  public abstract Optional<MediationOutcome> outcome();

  /** The agreement's terms, as written (FULL) or as their length (REDACTED). */
  public abstract Optional<String> agreementTerms();

  /** When the agreement takes effect, if there is one. */
  public abstract Optional<LocalDate> agreementEffectiveOn();

  /** When the case was closed. */
  public abstract Optional<Instant> closedAt();

  static MediationCaseView of(MediationCaseState state, boolean full) {
    return ImmutableMediationCaseView.builder()
        .id(state.id())
        .level(full ? AccessLevel.FULL : AccessLevel.REDACTED)
        .status(state.status())
        .disputeType(state.dispute().type())
        .source(state.dispute().source())
        .riskLevel(state.dispute().riskLevel())
        .arose(state.dispute().arose())
        .venue(state.venue())
        .summary(full ? state.dispute().summary() : Masking.maskFreeText(state.dispute().summary()))
        .parties(full ? state.dispute().parties() : List.of())
        .partyCount(state.dispute().parties().size())
        .mediators(full ? state.mediators() : List.of())
        .openedAt(state.openedAt())
        .sessionsHeld(state.sessionsHeld())
        .lastSessionOn(state.lastSessionOn())
        .outcome(state.outcome())
        .agreementTerms(state.agreement().map(a -> full ? a.terms() : Masking.maskFreeText(a.terms())))
        .agreementEffectiveOn(state.agreement().map(Agreement::effectiveOn))
        .closedAt(state.closedAt())
        .build();
  }

  /** Ids, enums, counts and dates; never the summary, terms, parties or mediators. */
  @Override
  public String toString() {
    return "MediationCaseView{id=" + id() + ", level=" + level() + ", status=" + status()
        + ", type=" + disputeType() + ", arose=" + arose() + ", summary=***"
        + (agreementTerms().isPresent() ? ", terms=***" : "")
        + ", parties=" + partyCount() + ", sessions=" + sessionsHeld()
        + outcome().map(o -> ", outcome=" + o).orElse("") + "}";
  }
}
