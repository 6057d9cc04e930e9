package org.hewei.governance.core.mediation;

import java.util.Set;
import org.hewei.governance.core.internal.Checks;

/**
 * The payload rules shared by a {@link MediationCommand} and the {@link MediationEvent} it produces
 * (not API): an event read back from storage is checked exactly like the command was.
 */
final class PayloadChecks {
  private PayloadChecks() {}

  /** A session: someone from each side of the table, a plausible number of others, a record. */
  static void session(Set<Party> partiesPresent, Set<Mediator> mediatorsPresent, int othersPresent, String notes) {
    Checks.notEmpty("partiesPresent", partiesPresent);
    Checks.notEmpty("mediatorsPresent", mediatorsPresent);
    Checks.inRange("othersPresent", othersPresent, 0, 10_000);
    Checks.personalText("notes", notes, Checks.MAX_TEXT);
  }

  /** A joint application for judicial confirmation (人民调解法 Art 33). */
  static void jointApplication(Set<Party> applicants, String court) {
    Checks.check(
        applicants.size() >= 2,
        "applicants",
        applicants.size() + " applicants",
        "judicial confirmation is applied for jointly by both parties (人民调解法 Art 33)");
    Checks.text("court", court, Checks.MAX_LABEL);
  }

  /** The end of the court procedure: a decision or a withdrawal. */
  static void courtDecision(JudicialConfirmationStatus decision) {
    Checks.check(
        decision.isDecided(),
        "decision",
        decision,
        "must be a court decision or a withdrawal (NOT_ACCEPTED, CONFIRMED, NOT_CONFIRMED, WITHDRAWN)");
  }
}
