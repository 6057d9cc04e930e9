package org.hewei.governance.core.person;

import java.util.Optional;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.immutables.value.Value;

/**
 * 人员 — a natural person known to the system (a petitioner, a party to a dispute, a key person, a
 * resident) with their personal information.
 *
 * <p>Only the id is required; the name is required too, because a record without any name cannot
 * be acted on in the field. Everything else is optional. {@link #toString()} shows only the id:
 * names, ID numbers, phones and addresses never appear in it.
 *
 * <pre>{@code
 * Person p = Person.builder()
 *     .id(PersonId.of("P-000042"))
 *     .name(PersonName.of("张三"))
 *     .citizenId(CitizenId.parse("11010519491231002X"))
 *     .phone(PhoneNumber.parse("13812345678"))
 *     .address(Address.of("山东省邹城市中心店镇北村12号"))
 *     .residence(JurisdictionId.of("370883103201"))
 *     .build();
 * p.toString(); // "Person{id=P-000042}"
 * }</pre>
 */
@Value.Immutable
public abstract class Person {
  Person() {}

  /** The opaque id. */
  public abstract PersonId id();

  /** The name (masked in every {@code toString}). */
  public abstract PersonName name();

  /** The citizen ID number, when known. */
  public abstract Optional<CitizenId> citizenId();

  /** A phone number, when known. */
  public abstract Optional<PhoneNumber> phone();

  /** The address, when known. */
  public abstract Optional<Address> address();

  /** The jurisdiction (village, community or grid cell) the person lives in, when known. */
  public abstract Optional<JurisdictionId> residence();

  /** A new builder; {@code id} and {@code name} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A copy with another phone number. */
  public abstract Person withPhone(PhoneNumber phone);

  /** A copy with another address. */
  public abstract Person withAddress(Address address);

  /** Only the id: {@code "Person{id=P-000042}"}. */
  @Override
  public String toString() {
    return "Person{id=" + id() + "}";
  }

  /** Builds a {@link Person}; missing {@code id} or {@code name} gives an exception. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
