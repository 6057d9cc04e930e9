package org.hewei.governance.core.policy;

import org.hewei.governance.core.TypedId;

/**
 * 政策标识 — identifies a policy (escalation, deadline or routing); together with a version it names
 * the exact rules that produced a decision.
 *
 * <pre>{@code
 * PolicyId id = PolicyId.of("zxd-escalation");
 * }</pre>
 */
public final class PolicyId extends TypedId<PolicyId> {
  private PolicyId(String value) {
    super("policyId", value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code value} is not a valid identifier
   */
  public static PolicyId of(String value) {
    return new PolicyId(value);
  }
}
