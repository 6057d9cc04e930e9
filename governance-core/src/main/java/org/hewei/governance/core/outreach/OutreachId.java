package org.hewei.governance.core.outreach;

import org.hewei.governance.core.TypedId;

/**
 * 走访活动标识 — identifies one outreach activity (a joint visit, a talk, a patrol, …).
 *
 * <pre>{@code
 * OutreachId id = OutreachId.of("ZXD-ZF-2022-0725-01");
 * }</pre>
 */
public final class OutreachId extends TypedId<OutreachId> {
  private OutreachId(String value) {
    super("outreachId", value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code value} is not a valid identifier
   */
  public static OutreachId of(String value) {
    return new OutreachId(value);
  }
}
