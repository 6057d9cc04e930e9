package org.hewei.governance.core.keyperson;

import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.keyperson.KeyPersonCategory.Subject;
import org.hewei.governance.core.person.Address;
import org.hewei.governance.core.person.PersonId;
import org.immutables.value.Value;

/**
 * 列管对象 — what a key-person record is about: a person (by {@link PersonId} only) or a place (a
 * name such as {@code 中心店镇加油站} and an optional address).
 *
 * <p>A place name is printed and must therefore not contain personal information; put anything
 * personal (the address of a privately rented house) into the {@link Address}, which is masked.
 *
 * <pre>{@code
 * KeySubject.person(PersonId.of("P-000042")).toString();       // "person:P-000042"
 * KeySubject.place("北村12号出租屋", Address.of("山东省邹城市中心店镇北村12号")).toString();
 *     // "place:北村12号出租屋 @ 山东省邹城市***"
 * }</pre>
 */
@Value.Immutable
public abstract class KeySubject {
  KeySubject() {}

  /** Whether the subject is a person or a place. */
  public abstract Subject kind();

  /** The person, when {@link #kind()} is {@link Subject#PERSON}. */
  public abstract Optional<PersonId> person();

  /** The place's name (not personal), when {@link #kind()} is {@link Subject#PLACE}. */
  public abstract Optional<String> placeName();

  /** The place's address, optional for a place, absent for a person. */
  public abstract Optional<Address> placeAddress();

  /** A person. */
  public static KeySubject person(PersonId person) {
    return ImmutableKeySubject.builder().kind(Subject.PERSON).person(person).build();
  }

  /** A place known by its name (at most 200 characters, not personal). */
  public static KeySubject place(String name) {
    return ImmutableKeySubject.builder()
        .kind(Subject.PLACE)
        .placeName(Checks.text("placeName", name, Checks.MAX_LABEL))
        .build();
  }

  /** A place known by its name (at most 200 characters, not personal) and address. */
  public static KeySubject place(String name, Address address) {
    return ImmutableKeySubject.builder()
        .kind(Subject.PLACE)
        .placeName(Checks.text("placeName", name, Checks.MAX_LABEL))
        .placeAddress(address)
        .build();
  }

  /** Whether the subject is a person, whose category must then never be shown. */
  public final boolean isPerson() {
    return kind() == Subject.PERSON;
  }

  /**
   * {@code value} as it may be shown next to this subject: the value itself for a place, {@code ***}
   * for a person (the category or level of a named person is sensitive personal information,
   * 个人信息保护法 Art 28).
   */
  String shown(Object value) {
    return isPerson() ? "***" : value.toString();
  }

  /** Checks that {@code category} lists subjects of {@code subject}'s kind, without revealing it. */
  static void checkCategory(KeySubject subject, KeyPersonCategory category) {
    Checks.check(
        category.subject() == subject.kind(),
        "category",
        subject.shown(category.code()),
        subject.isPerson()
            ? "must be a category of persons, the subject is a person"
            : "must be a category of places, the subject is a place");
  }

  @Value.Check
  void check() {
    Checks.check(person().isPresent() == isPerson(), "person", kind(), "a person is given exactly when the subject is a person");
    Checks.check(placeName().isPresent() != isPerson(), "placeName", kind(), "a place name is given exactly when the subject is a place");
    Checks.check(placeAddress().isEmpty() || !isPerson(), "placeAddress", kind(), "only a place has a place address");
  }

  /** {@code person:<id>} or {@code place:<name>[ @ <masked address>]}. */
  @Override
  public String toString() {
    if (isPerson()) {
      return "person:" + person().orElseThrow();
    }
    return "place:" + placeName().orElseThrow() + placeAddress().map(a -> " @ " + a).orElse("");
  }
}
