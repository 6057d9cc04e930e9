package org.hewei.governance.core.organization;

import org.hewei.governance.core.TypedId;

/**
 * 工作人员标识 — identifies an official (cadre, police officer, grid worker, mediator).
 *
 * <pre>{@code
 * OfficialId id = OfficialId.of("ZXD-OFF-017");
 * }</pre>
 */
public final class OfficialId extends TypedId<OfficialId> {
  private OfficialId(String value) {
    super("officialId", value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code value} is not a valid identifier
   */
  public static OfficialId of(String value) {
    return new OfficialId(value);
  }
}
