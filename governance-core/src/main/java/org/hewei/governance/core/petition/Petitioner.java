package org.hewei.governance.core.petition;

import org.hewei.governance.core.person.PersonId;
import org.immutables.value.Value;

/**
 * 信访人 — a person who brings a petition (条例 Art 17), possibly as one of the representatives (代表)
 * that a group chooses (条例 Art 20).
 *
 * <p>Only the opaque {@link PersonId} is held; name, ID number and phone live in the person registry.
 *
 * <pre>{@code
 * Petitioner plain = Petitioner.of(PersonId.of("P-000042"));
 * Petitioner rep = Petitioner.representative(PersonId.of("P-000043"));
 * }</pre>
 */
@Value.Immutable
public abstract class Petitioner {
  Petitioner() {}

  /** The person. */
  @Value.Parameter
  public abstract PersonId person();

  /** Whether the person was chosen as a representative of the group (条例 Art 20). */
  @Value.Parameter
  public abstract boolean isRepresentative();

  /** A petitioner who is not a representative. */
  public static Petitioner of(PersonId person) {
    return ImmutablePetitioner.of(person, false);
  }

  /** A petitioner chosen as a representative of the group. */
  public static Petitioner representative(PersonId person) {
    return ImmutablePetitioner.of(person, true);
  }

  /** The person id, with {@code "(代表)"} for a representative; never a name. */
  @Override
  public String toString() {
    return person() + (isRepresentative() ? "(代表)" : "");
  }
}
