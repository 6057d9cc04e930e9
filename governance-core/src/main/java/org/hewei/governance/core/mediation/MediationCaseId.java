package org.hewei.governance.core.mediation;

import org.hewei.governance.core.TypedId;

/**
 * 调解案件标识 — identifies one mediation case (调解案件) and its event stream.
 *
 * <pre>{@code
 * MediationCaseId id = MediationCaseId.of("ZXD-TJ-2022-031");
 * }</pre>
 */
public final class MediationCaseId extends TypedId<MediationCaseId> {
  private MediationCaseId(String value) {
    super("mediationCaseId", value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code value} is not a valid identifier
   */
  public static MediationCaseId of(String value) {
    return new MediationCaseId(value);
  }
}
