package org.hewei.governance.core.keyperson;

import org.hewei.governance.core.TypedId;

/**
 * 列管记录标识 — identifies one key-person or key-place listing record (列管记录) and its event stream.
 *
 * <pre>{@code
 * KeyPersonRecordId id = KeyPersonRecordId.of("ZXD-ZD-0007");
 * }</pre>
 */
public final class KeyPersonRecordId extends TypedId<KeyPersonRecordId> {
  private KeyPersonRecordId(String value) {
    super("keyPersonRecordId", value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code value} is not a valid identifier
   */
  public static KeyPersonRecordId of(String value) {
    return new KeyPersonRecordId(value);
  }
}
