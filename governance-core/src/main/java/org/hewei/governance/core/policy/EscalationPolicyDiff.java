package org.hewei.governance.core.policy;

import java.util.List;
import org.immutables.value.Value;

/**
 * 政策版本差异 — what changed between two versions of an {@link EscalationPolicy}: rule ids added,
 * removed and changed (same id, different content), and whether the title or the sensitive periods
 * changed.
 *
 * <pre>{@code
 * EscalationPolicyDiff d = v2.diff(v1);   // from v1 to v2
 * d.added();   // [R7]
 * d.isEmpty(); // false
 * }</pre>
 */
@Value.Immutable
public abstract class EscalationPolicyDiff {
  EscalationPolicyDiff() {}

  /** Ids of rules only in the newer policy, in its order. */
  public abstract List<String> added();

  /** Ids of rules only in the older policy, in its order. */
  public abstract List<String> removed();

  /** Ids of rules in both whose trigger, actions, name or repeat differ, in the newer policy's order. */
  public abstract List<String> changed();

  /** Whether the rules appear in a different order (among those in both). */
  public abstract boolean reordered();

  /** Whether the title differs. */
  public abstract boolean titleChanged();

  /** Whether the declared sensitive periods differ. */
  public abstract boolean sensitivePeriodsChanged();

  static EscalationPolicyDiff of(
      List<String> added,
      List<String> removed,
      List<String> changed,
      boolean reordered,
      boolean titleChanged,
      boolean periodsChanged) {
    return ImmutableEscalationPolicyDiff.builder()
        .added(added)
        .removed(removed)
        .changed(changed)
        .reordered(reordered)
        .titleChanged(titleChanged)
        .sensitivePeriodsChanged(periodsChanged)
        .build();
  }

  /** Whether nothing but the id or version differs. */
  public boolean isEmpty() {
    return added().isEmpty()
        && removed().isEmpty()
        && changed().isEmpty()
        && !reordered()
        && !titleChanged()
        && !sensitivePeriodsChanged();
  }

  /** {@code "added [R7]; removed []; changed [R2]"} plus the other changes when present. */
  @Override
  public String toString() {
    return "added "
        + added()
        + "; removed "
        + removed()
        + "; changed "
        + changed()
        + (reordered() ? "; rules reordered" : "")
        + (titleChanged() ? "; title changed" : "")
        + (sensitivePeriodsChanged() ? "; sensitive periods changed" : "");
  }
}
