package org.hewei.governance.core.jurisdiction;

import org.hewei.governance.core.TypedId;

/**
 * 辖区标识 — identifies a node of the jurisdiction tree (a division code for official levels, an own id for management districts and grid cells).
 *
 * <pre>{@code
 * JurisdictionId id = JurisdictionId.of("370883103");
 * }</pre>
 */
public final class JurisdictionId extends TypedId<JurisdictionId> {
  private JurisdictionId(String value) {
    super("jurisdictionId", value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code value} is not a valid identifier
   */
  public static JurisdictionId of(String value) {
    return new JurisdictionId(value);
  }
}
