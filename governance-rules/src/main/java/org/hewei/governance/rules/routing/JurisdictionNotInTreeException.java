package org.hewei.governance.rules.routing;

import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.jurisdiction.JurisdictionId;

/**
 * 辖区不在树中 — a petition or petition state names a jurisdiction that the jurisdiction tree given to
 * routing or escalation does not contain (or contains at another level): inconsistent data, reported
 * instead of a wrong decision.
 *
 * <pre>{@code
 * router.route(petitionArisenElsewhere, MatterScope.VILLAGE);
 * // arisenIn: 'X-1' — is not in the jurisdiction tree (root 370883)
 * }</pre>
 */
public class JurisdictionNotInTreeException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final JurisdictionId jurisdiction;

  /**
   * A jurisdiction that does not fit the tree.
   *
   * @param field the field that carried it (e.g. {@code arisenIn}, {@code handling})
   * @param jurisdiction the jurisdiction id (an opaque id, not personal information)
   * @param rule what is wrong
   */
  public JurisdictionNotInTreeException(String field, JurisdictionId jurisdiction, String rule) {
    super(field, jurisdiction.value(), rule);
    this.jurisdiction = jurisdiction;
  }

  /** The jurisdiction that does not fit the tree. */
  public JurisdictionId jurisdiction() {
    return jurisdiction;
  }
}
