package org.hewei.governance.core.outreach;

import org.hewei.governance.core.TypedId;

/**
 * 代办事项标识 — identifies one errand done on a resident's behalf (民生代办) and its event stream.
 *
 * <pre>{@code
 * ErrandId id = ErrandId.of("ZXD-DB-2022-0103");
 * }</pre>
 */
public final class ErrandId extends TypedId<ErrandId> {
  private ErrandId(String value) {
    super("errandId", value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code value} is not a valid identifier
   */
  public static ErrandId of(String value) {
    return new ErrandId(value);
  }
}
