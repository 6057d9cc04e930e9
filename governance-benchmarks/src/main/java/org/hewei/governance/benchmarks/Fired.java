package org.hewei.governance.benchmarks;

import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.petition.PetitionState;
import org.jspecify.annotations.Nullable;

/**
 * 手写规则的结果 — what the hand-written and the Drools versions of the three-level response return per
 * firing: the state, the rule, where it escalates to, the call level and how many actions apply.
 *
 * <pre>{@code
 * new Fired(state, "R1", district, null, 1).hash();
 * }</pre>
 */
public record Fired(
    PetitionState state, String ruleId, @Nullable Jurisdiction target, @Nullable JurisdictionLevel callLevel, int actions) {

  /** The content hash {@link Tally} sums, the same formula as for an engine decision. */
  public long hash() {
    return hash(state.id().value(), ruleId, target == null ? "" : target.id().value(), callLevel, actions);
  }

  /** The tally of {@code fired}, by rule. */
  public static Tally tally(java.util.List<Fired> fired) {
    Tally t = new Tally();
    for (Fired f : fired) {
      t.add(f.ruleId(), f.hash());
    }
    return t;
  }

  /** The content hash of one firing, from its parts. */
  public static long hash(String petitionId, String ruleId, String target, @Nullable JurisdictionLevel callLevel, int actions) {
    long h = petitionId.hashCode();
    h = h * 31 + ruleId.hashCode();
    h = h * 31 + target.hashCode();
    h = h * 31 + (callLevel == null ? -1 : callLevel.ordinal());
    return h * 31 + actions;
  }
}
