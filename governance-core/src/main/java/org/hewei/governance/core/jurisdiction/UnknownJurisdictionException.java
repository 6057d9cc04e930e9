package org.hewei.governance.core.jurisdiction;

import org.hewei.governance.core.InvalidValueException;

/**
 * 辖区不在树中 — a jurisdiction that a {@link JurisdictionTree} does not contain, or that does not fit
 * it where it is used (e.g. a handling place at the wrong level). Thrown by the tree's lookups and by
 * every rule that scopes, routes, escalates or reports over a tree: inconsistent data fails fast,
 * never with a guessed answer.
 *
 * <pre>{@code
 * try {
 *   tree.get(JurisdictionId.of("NOT-IN-TREE"));
 * } catch (UnknownJurisdictionException e) {
 *   e.jurisdiction(); // NOT-IN-TREE
 *   e.field();        // "jurisdictionId"
 * }
 * }</pre>
 */
public class UnknownJurisdictionException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final JurisdictionId jurisdiction;

  /**
   * {@code jurisdiction}, given in {@code field}, breaks {@code rule} with respect to the tree.
   *
   * @param field where the jurisdiction came from, e.g. {@code "arisenIn"} or {@code "viewer.jurisdiction"}
   * @param jurisdiction the jurisdiction (an opaque id, not personal information)
   * @param rule what is wrong, e.g. {@code "is not in the jurisdiction tree (root 370883103000)"}
   */
  public UnknownJurisdictionException(String field, JurisdictionId jurisdiction, String rule) {
    super(field, jurisdiction.value(), rule);
    this.jurisdiction = jurisdiction;
  }

  /** The jurisdiction that is not in (or does not fit) the tree. */
  public JurisdictionId jurisdiction() {
    return jurisdiction;
  }
}
