package org.hewei.governance.rules.access;

import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.jurisdiction.JurisdictionId;

/**
 * 辖区不在辖区树中 — a viewer or a record names a jurisdiction that the access control's tree does not
 * hold, so scoping cannot be decided; access is never guessed.
 *
 * <pre>{@code
 * control.petition(viewer, stateFiledInAnotherCounty);
 * // UnknownJurisdictionException: petition.arisenIn: '370883999' — is not in the jurisdiction tree
 * }</pre>
 */
public class UnknownJurisdictionException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final JurisdictionId jurisdiction;

  /**
   * {@code jurisdiction}, given in {@code field}, is not in the tree.
   *
   * @param field where the jurisdiction came from, e.g. {@code "viewer.jurisdiction"}
   * @param jurisdiction the unknown jurisdiction (an id, not personal information)
   */
  public UnknownJurisdictionException(String field, JurisdictionId jurisdiction) {
    super(field, jurisdiction.toString(), "is not in the jurisdiction tree; access cannot be scoped");
    this.jurisdiction = jurisdiction;
  }

  /** The jurisdiction that is not in the tree. */
  public JurisdictionId jurisdiction() {
    return jurisdiction;
  }
}
