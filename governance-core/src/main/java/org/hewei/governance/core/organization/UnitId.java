package org.hewei.governance.core.organization;

import org.hewei.governance.core.TypedId;

/**
 * 单位标识 — identifies an organisational unit (petition office, police station, village committee, …).
 *
 * <pre>{@code
 * UnitId id = UnitId.of("ZXD-PCS");
 * }</pre>
 */
public final class UnitId extends TypedId<UnitId> {
  private UnitId(String value) {
    super("unitId", value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code value} is not a valid identifier
   */
  public static UnitId of(String value) {
    return new UnitId(value);
  }
}
