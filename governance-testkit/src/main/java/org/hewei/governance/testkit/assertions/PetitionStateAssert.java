package org.hewei.governance.testkit.assertions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.petition.EscalationRecord;
import org.hewei.governance.core.petition.HandlingOutcome;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;

/**
 * 信访事项状态断言 — checks on a {@link PetitionState}; failure messages name the petition by id, version,
 * status and level, never its request, facts or petitioners.
 *
 * <pre>{@code
 * assertThat(state)
 *     .isOverdueAt(LocalDate.of(2022, 9, 26))
 *     .isAtLevel(JurisdictionLevel.TOWNSHIP)
 *     .hasCaseOwner(OfficialId.of("ZXD-OFF-017"))
 *     .hasEscalated("overdue-village");
 * }</pre>
 */
public final class PetitionStateAssert extends AbstractAssert<PetitionStateAssert, PetitionState> {

  PetitionStateAssert(PetitionState actual) {
    super(actual, PetitionStateAssert.class);
    info.useRepresentation(RedactedRepresentation.INSTANCE);
  }

  private String who() {
    return "petition " + actual.id() + " (version " + actual.version() + ", " + actual.status() + ")";
  }

  /** The petition is in {@code status}. */
  public PetitionStateAssert isInStatus(PetitionStatus status) {
    isNotNull();
    if (actual.status() != status) {
      failWithMessage("Expected %s to be in status %s but it is %s", who(), status, actual.status());
    }
    return this;
  }

  /** The petition is still open ({@link PetitionStatus#isOpen()}). */
  public PetitionStateAssert isOpen() {
    isNotNull();
    if (!actual.status().isOpen()) {
      failWithMessage("Expected %s to be open but its status %s is closed", who(), actual.status());
    }
    return this;
  }

  /** The petition is closed (declined, diverted, concluded, final or withdrawn). */
  public PetitionStateAssert isClosed() {
    isNotNull();
    if (actual.status().isOpen()) {
      failWithMessage("Expected %s to be closed but its status %s is open", who(), actual.status());
    }
    return this;
  }

  /** The due date (last day, inclusive, extension included) is {@code day}. */
  public PetitionStateAssert isDueOn(LocalDate day) {
    isNotNull();
    if (!actual.dueDate().equals(Optional.of(day))) {
      failWithMessage("Expected %s to be due on %s but its due date is %s", who(), day, shown(actual.dueDate()));
    }
    return this;
  }

  /**
   * On {@code today} the petition is open and past its due date: the due date is the last day,
   * inclusive (民法典 Art 201–203), so the first overdue day is the day after it.
   */
  public PetitionStateAssert isOverdueAt(LocalDate today) {
    isNotNull();
    if (actual.dueDate().isEmpty()) {
      failWithMessage("Expected %s to be overdue on %s but it has no due date", who(), today);
    } else if (!actual.status().isOpen()) {
      failWithMessage("Expected %s to be overdue on %s but it is closed (%s)", who(), today, actual.status());
    } else if (!today.isAfter(actual.dueDate().get())) {
      failWithMessage("Expected %s to be overdue on %s but it is due on %s", who(), today, actual.dueDate().get());
    }
    return this;
  }

  /** {@link #isOverdueAt(LocalDate)} on the day {@code now} falls on in {@code zone}. */
  public PetitionStateAssert isOverdueAt(Instant now, ZoneId zone) {
    return isOverdueAt(LocalDate.ofInstant(now, zone));
  }

  /** On {@code today} the petition is closed, has no due date, or is not past it. */
  public PetitionStateAssert isNotOverdueAt(LocalDate today) {
    isNotNull();
    if (actual.status().isOpen() && actual.dueDate().isPresent() && today.isAfter(actual.dueDate().get())) {
      failWithMessage("Expected %s not to be overdue on %s but it was due on %s", who(), today, actual.dueDate().get());
    }
    return this;
  }

  /** {@link #isNotOverdueAt(LocalDate)} on the day {@code now} falls on in {@code zone}. */
  public PetitionStateAssert isNotOverdueAt(Instant now, ZoneId zone) {
    return isNotOverdueAt(LocalDate.ofInstant(now, zone));
  }

  /** It is handled at {@code level} now. */
  public PetitionStateAssert isAtLevel(JurisdictionLevel level) {
    isNotNull();
    if (actual.handlingLevel() != level) {
      failWithMessage("Expected %s to be handled at level %s but it is at %s", who(), level, actual.handlingLevel());
    }
    return this;
  }

  /** It is handled in {@code jurisdiction} now. */
  public PetitionStateAssert isHandledIn(JurisdictionId jurisdiction) {
    isNotNull();
    if (!actual.handling().jurisdiction().equals(jurisdiction)) {
      failWithMessage("Expected %s to be handled in %s but it is handled in %s", who(), jurisdiction,
          actual.handling().jurisdiction());
    }
    return this;
  }

  /** 承办人: {@code official} owns the case. */
  public PetitionStateAssert hasCaseOwner(OfficialId official) {
    isNotNull();
    if (!actual.caseOwner().equals(Optional.of(official))) {
      failWithMessage("Expected %s to have case owner %s but it has %s", who(), official, shown(actual.caseOwner()));
    }
    return this;
  }

  /** Nobody owns the case yet. */
  public PetitionStateAssert hasNoCaseOwner() {
    isNotNull();
    if (actual.caseOwner().isPresent()) {
      failWithMessage("Expected %s to have no case owner but it has %s", who(), actual.caseOwner().get());
    }
    return this;
  }

  /** 首问负责人: {@code official} first received the petitioner. */
  public PetitionStateAssert hasFirstContactOwner(OfficialId official) {
    isNotNull();
    if (!actual.firstContactOwner().equals(Optional.of(official))) {
      failWithMessage("Expected %s to have first-contact owner %s but it has %s", who(), official,
          shown(actual.firstContactOwner()));
    }
    return this;
  }

  /** 包案领导: {@code official} took personal ownership (条例 Art 18). */
  public PetitionStateAssert hasCaseOwnershipLeader(OfficialId official) {
    isNotNull();
    if (!actual.caseOwnershipLeader().equals(Optional.of(official))) {
      failWithMessage("Expected %s to have case-ownership leader %s but it has %s", who(), official,
          shown(actual.caseOwnershipLeader()));
    }
    return this;
  }

  /** {@code version} events were applied. */
  public PetitionStateAssert hasVersion(long version) {
    isNotNull();
    if (actual.version() != version) {
      failWithMessage("Expected petition %s to have version %s but it has version %s", actual.id(), version,
          actual.version());
    }
    return this;
  }

  /** The policy rule {@code ruleId} escalated it at least once. */
  public PetitionStateAssert hasEscalated(String ruleId) {
    isNotNull();
    if (actual.lastEscalationBy(ruleId).isEmpty()) {
      failWithMessage("Expected %s to have been escalated by rule %s but its escalations are %s", who(), ruleId,
          escalations());
    }
    return this;
  }

  /** The policy rule {@code ruleId} never escalated it. */
  public PetitionStateAssert hasNotEscalated(String ruleId) {
    isNotNull();
    if (actual.lastEscalationBy(ruleId).isPresent()) {
      failWithMessage("Expected %s not to have been escalated by rule %s but it was: %s", who(), ruleId,
          escalations());
    }
    return this;
  }

  /** It was escalated exactly {@code count} times (by rules or officials). */
  public PetitionStateAssert hasEscalationsCount(int count) {
    isNotNull();
    if (actual.escalations().size() != count) {
      failWithMessage("Expected %s to have %s escalation(s) but it has %s: %s", who(), count,
          actual.escalations().size(), escalations());
    }
    return this;
  }

  /** It carries {@code flag} now. */
  public PetitionStateAssert hasFlag(PetitionFlag flag) {
    isNotNull();
    if (!actual.flags().contains(flag)) {
      failWithMessage("Expected %s to have flag %s but its flags are %s", who(), flag, actual.flags());
    }
    return this;
  }

  /** It does not carry {@code flag} now. */
  public PetitionStateAssert doesNotHaveFlag(PetitionFlag flag) {
    isNotNull();
    if (actual.flags().contains(flag)) {
      failWithMessage("Expected %s not to have flag %s but its flags are %s", who(), flag, actual.flags());
    }
    return this;
  }

  /** The handling outcome is {@code outcome}. */
  public PetitionStateAssert hasOutcome(HandlingOutcome outcome) {
    isNotNull();
    if (!actual.outcome().equals(Optional.of(outcome))) {
      failWithMessage("Expected %s to have outcome %s but it has %s", who(), outcome, shown(actual.outcome()));
    }
    return this;
  }

  /** It was referred to the mediation case {@code mediationCase} (访调对接). */
  public PetitionStateAssert isReferredTo(MediationCaseId mediationCase) {
    isNotNull();
    if (!actual.mediationCase().equals(Optional.of(mediationCase))) {
      failWithMessage("Expected %s to be referred to mediation case %s but it is referred to %s", who(),
          mediationCase, shown(actual.mediationCase()));
    }
    return this;
  }

  private String escalations() {
    StringBuilder sb = new StringBuilder("[");
    for (EscalationRecord r : actual.escalations()) {
      sb.append(sb.length() == 1 ? "" : ", ")
          .append(r.fromLevel()).append("->").append(r.toLevel())
          .append(" by ").append(r.ruleId().orElse("an official"))
          .append(" at ").append(r.at());
    }
    return sb.append(']').toString();
  }

  static String shown(Optional<?> value) {
    return value.map(Object::toString).orElse("none");
  }
}
