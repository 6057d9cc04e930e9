package org.hewei.governance.core.petition;

import org.hewei.governance.core.TypedId;

/**
 * 信访事项标识 — identifies one petition matter (信访事项) and its event stream.
 *
 * <pre>{@code
 * PetitionId id = PetitionId.of("ZXD-2022-000123");
 * }</pre>
 */
public final class PetitionId extends TypedId<PetitionId> {
  private PetitionId(String value) {
    super("petitionId", value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code value} is not a valid identifier
   */
  public static PetitionId of(String value) {
    return new PetitionId(value);
  }
}
