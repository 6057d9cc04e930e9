package org.hewei.governance.core.person;

import org.hewei.governance.core.TypedId;

/**
 * 人员标识 — identifies a natural person (a petitioner, a party, a key person) without revealing who they are.
 *
 * <pre>{@code
 * PersonId id = PersonId.of("P-000042");
 * }</pre>
 */
public final class PersonId extends TypedId<PersonId> {
  private PersonId(String value) {
    super("personId", value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code value} is not a valid identifier
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }
}
