package org.hewei.governance.rules.report;

import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.jurisdiction.JurisdictionId;

/**
 * 辖区不在树中 — a report was asked over a record (or a subtree root) whose jurisdiction is not in the
 * jurisdiction tree. The report fails rather than silently dropping the record, which would give a
 * wrong number. The message names the kind of record and its id, never personal information.
 *
 * <pre>{@code
 * // jurisdiction: 'ZXD-GQ-9' — petition ZXD-2022-000123: is not in the jurisdiction tree (root 370883103000)
 * }</pre>
 */
public class JurisdictionNotInTreeException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final JurisdictionId jurisdiction;
  private final String record;

  /** {@code record} (e.g. {@code "petition ZXD-2022-000123"}) names {@code jurisdiction}, unknown to the tree. */
  public JurisdictionNotInTreeException(JurisdictionId jurisdiction, String record, JurisdictionId treeRoot) {
    super("jurisdiction", jurisdiction.value(), record + ": is not in the jurisdiction tree (root " + treeRoot + ")");
    this.jurisdiction = jurisdiction;
    this.record = record;
  }

  /** The unknown jurisdiction. */
  public JurisdictionId jurisdiction() {
    return jurisdiction;
  }

  /** The record that named it, e.g. {@code "petition ZXD-2022-000123"}. */
  public String record() {
    return record;
  }
}
