package org.hewei.governance.core.organization;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import org.hewei.governance.core.TypedId;

/**
 * 单位标识 — identifies an organisational unit (petition office, police station, village committee, …).
 *
 * <pre>{@code
 * UnitId id = UnitId.of("ZXD-PCS");
 * }</pre>
 */
public final class UnitId extends TypedId<UnitId> {
  /**
   * Equal identifiers made by {@link #of} are one object while any of them is in use (a weak interner:
   * unused ones are collected), so a million petition states naming a county's few hundred units hold
   * one copy of each. Identity is not part of the contract: compare with {@code equals}.
   */
  private static final Interner<UnitId> INTERNER = Interners.newWeakInterner();

  private UnitId(String value) {
    super("unitId", value);
  }

  /**
   * The identifier with the given text; equal texts give the same shared instance while it is in use.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code value} is not a valid identifier
   */
  public static UnitId of(String value) {
    return INTERNER.intern(new UnitId(value));
  }
}
