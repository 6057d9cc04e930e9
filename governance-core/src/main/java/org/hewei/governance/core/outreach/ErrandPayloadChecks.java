package org.hewei.governance.core.outreach;

import org.hewei.governance.core.internal.Checks;

/**
 * The payload rules shared by an {@link ErrandCommand} and the {@link ErrandEvent} it produces (not
 * API).
 */
final class ErrandPayloadChecks {
  private ErrandPayloadChecks() {}

  /** The errand carried by a request belongs to the stream it is sent to. */
  static void sameErrand(Errand errand, ErrandId errandId) {
    Checks.check(
        errand.id().equals(errandId),
        "errand",
        errand.id(),
        "the errand's id must equal errandId " + errandId);
  }
}
