package org.hewei.governance.core.organization;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import org.hewei.governance.core.TypedId;

/**
 * 工作人员标识 — identifies an official (cadre, police officer, grid worker, mediator).
 *
 * <pre>{@code
 * OfficialId id = OfficialId.of("ZXD-OFF-017");
 * }</pre>
 */
public final class OfficialId extends TypedId<OfficialId> {
  /**
   * Equal identifiers made by {@link #of} are one object while any of them is in use (a weak interner:
   * unused ones are collected), so a million petition states naming a county's few hundred officials hold
   * one copy of each. Identity is not part of the contract: compare with {@code equals}.
   */
  private static final Interner<OfficialId> INTERNER = Interners.newWeakInterner();

  private OfficialId(String value) {
    super("officialId", value);
  }

  /**
   * The identifier with the given text; equal texts give the same shared instance while it is in use.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code value} is not a valid identifier
   */
  public static OfficialId of(String value) {
    return INTERNER.intern(new OfficialId(value));
  }
}
