package org.hewei.governance.testkit.assertions;

import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.hewei.governance.core.mediation.JudicialConfirmationStatus;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.MediationOutcome;
import org.hewei.governance.core.mediation.MediationStatus;
import org.hewei.governance.core.petition.PetitionId;

/**
 * 调解案件状态断言 — checks on a {@link MediationCaseState}; failure messages name the case by id,
 * version and status, never by its parties, the dispute's summary or the agreement's terms.
 *
 * <pre>{@code
 * assertThat(mediation)
 *     .isInStatus(MediationStatus.SETTLED)
 *     .hasOutcome(MediationOutcome.SETTLED)
 *     .hasAgreementEffectiveOn(LocalDate.of(2022, 7, 22));
 * }</pre>
 */
public final class MediationCaseStateAssert extends AbstractAssert<MediationCaseStateAssert, MediationCaseState> {

  MediationCaseStateAssert(MediationCaseState actual) {
    super(actual, MediationCaseStateAssert.class);
    info.useRepresentation(RedactedRepresentation.INSTANCE);
  }

  private String who() {
    return "mediation case " + actual.id() + " (version " + actual.version() + ", " + actual.status() + ")";
  }

  /** The case is in {@code status}. */
  public MediationCaseStateAssert isInStatus(MediationStatus status) {
    isNotNull();
    if (actual.status() != status) {
      failWithMessage("Expected %s to be in status %s but it is %s", who(), status, actual.status());
    }
    return this;
  }

  /** The recorded outcome is {@code outcome}. */
  public MediationCaseStateAssert hasOutcome(MediationOutcome outcome) {
    isNotNull();
    if (!actual.outcome().equals(Optional.of(outcome))) {
      failWithMessage("Expected %s to have outcome %s but it has %s", who(), outcome,
          PetitionStateAssert.shown(actual.outcome()));
    }
    return this;
  }

  /** No outcome is recorded yet. */
  public MediationCaseStateAssert hasNoOutcome() {
    isNotNull();
    if (actual.outcome().isPresent()) {
      failWithMessage("Expected %s to have no outcome but it has %s", who(), actual.outcome().get());
    }
    return this;
  }

  /** An agreement is recorded (its terms are never printed). */
  public MediationCaseStateAssert hasAgreement() {
    isNotNull();
    if (actual.agreement().isEmpty()) {
      failWithMessage("Expected %s to have an agreement but it has none", who());
    }
    return this;
  }

  /** The agreement takes effect on {@code day} (人民调解法 Art 29–30). */
  public MediationCaseStateAssert hasAgreementEffectiveOn(LocalDate day) {
    hasAgreement();
    LocalDate effective = actual.agreement().orElseThrow().effectiveOn();
    if (!effective.equals(day)) {
      failWithMessage("Expected the agreement of %s to take effect on %s but it takes effect on %s", who(), day,
          effective);
    }
    return this;
  }

  /** The agreement has taken effect on or before {@code today}. */
  public MediationCaseStateAssert hasAgreementInEffectOn(LocalDate today) {
    hasAgreement();
    LocalDate effective = actual.agreement().orElseThrow().effectiveOn();
    if (effective.isAfter(today)) {
      failWithMessage("Expected the agreement of %s to be in effect on %s but it takes effect on %s", who(), today,
          effective);
    }
    return this;
  }

  /** {@code count} sessions were held. */
  public MediationCaseStateAssert hasSessionsHeld(int count) {
    isNotNull();
    if (actual.sessionsHeld() != count) {
      failWithMessage("Expected %s to have held %s session(s) but it held %s", who(), count, actual.sessionsHeld());
    }
    return this;
  }

  /** Every party of the dispute has consented (人民调解法 Art 17); parties are not printed. */
  public MediationCaseStateAssert hasConsentOfAllParties() {
    isNotNull();
    if (!actual.allPartiesConsented()) {
      failWithMessage("Expected every party of %s to have consented but %s of %s did", who(),
          actual.consents().size(), actual.dispute().parties().size());
    }
    return this;
  }

  /** Judicial confirmation stands at {@code status}. */
  public MediationCaseStateAssert hasJudicialConfirmation(JudicialConfirmationStatus status) {
    isNotNull();
    if (actual.judicialConfirmation() != status) {
      failWithMessage("Expected %s to have judicial confirmation %s but it has %s", who(), status,
          actual.judicialConfirmation());
    }
    return this;
  }

  /** The dispute was referred from petition {@code petition} (访调对接). */
  public MediationCaseStateAssert isReferredFrom(PetitionId petition) {
    isNotNull();
    if (!actual.referralOrigin().equals(Optional.of(petition))) {
      failWithMessage("Expected %s to be referred from petition %s but it is referred from %s", who(), petition,
          PetitionStateAssert.shown(actual.referralOrigin()));
    }
    return this;
  }

  /** {@code version} events were folded. */
  public MediationCaseStateAssert hasVersion(long version) {
    isNotNull();
    if (actual.version() != version) {
      failWithMessage("Expected mediation case %s to have version %s but it has version %s", actual.id(), version,
          actual.version());
    }
    return this;
  }
}
