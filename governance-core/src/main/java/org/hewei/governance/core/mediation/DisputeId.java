package org.hewei.governance.core.mediation;

import org.hewei.governance.core.TypedId;

/**
 * 矛盾纠纷标识 — identifies a dispute (矛盾纠纷) found by screening or referral.
 *
 * <pre>{@code
 * DisputeId id = DisputeId.of("ZXD-JF-2022-179");
 * }</pre>
 */
public final class DisputeId extends TypedId<DisputeId> {
  private DisputeId(String value) {
    super("disputeId", value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code value} is not a valid identifier
   */
  public static DisputeId of(String value) {
    return new DisputeId(value);
  }
}
