package org.hewei.governance.rules.access;

import java.util.Optional;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.person.Address;
import org.hewei.governance.core.person.CitizenId;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.person.PhoneNumber;
import org.immutables.value.Value;

/**
 * 人员视图 — what a viewer may see of a {@link Person}: in a {@link AccessLevel#FULL} view the raw
 * name, ID number, phone and address; in a {@link AccessLevel#REDACTED} view only their masked forms
 * ({@code 张*}, {@code 110105********002X}, {@code 138****5678}, {@code 山东省邹城市***}).
 *
 * <p>{@link #toString()} shows the id, level and residence only, whatever the level.
 *
 * <pre>{@code
 * PersonView v = control.person(viewer, person).view().orElseThrow();
 * v.name();      // "张*" when redacted
 * v.citizenId(); // Optional["110105********002X"]
 * }</pre>
 */
@Value.Immutable
public abstract class PersonView {
  PersonView() {}

  /** The person's opaque id. */
  public abstract PersonId id();

  /** FULL or REDACTED. */
  public abstract AccessLevel level();

  /** The name, masked when redacted. */
  public abstract String name();

  /** The citizen ID number, masked when redacted. */
  public abstract Optional<String> citizenId();

  /** The phone number, masked when redacted (a service number such as 12345 is not personal). */
  public abstract Optional<String> phone();

  /** The address, masked when redacted. */
  public abstract Optional<String> address();

  /** The jurisdiction the person lives in. */
  public abstract Optional<JurisdictionId> residence();

  static PersonView of(Person person, boolean full) {
    return ImmutablePersonView.builder()
        .id(person.id())
        .level(full ? AccessLevel.FULL : AccessLevel.REDACTED)
        .name(full ? person.name().value() : person.name().masked())
        .citizenId(person.citizenId().map(full ? CitizenId::value : CitizenId::masked))
        .phone(person.phone().map(full ? PhoneNumber::value : PhoneNumber::masked))
        .address(person.address().map(full ? Address::text : Address::masked))
        .residence(person.residence())
        .build();
  }

  /** Id, level and residence; never the name, number, phone or address. */
  @Override
  public String toString() {
    return "PersonView{id=" + id() + ", level=" + level()
        + residence().map(r -> ", residence=" + r).orElse("") + "}";
  }
}
