package org.hewei.governance.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.person.Address;
import org.hewei.governance.core.person.CitizenId;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.person.PersonName;
import org.hewei.governance.core.person.PhoneNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PersonGenProperties {
  static Stream<Arguments> persons() {
    return Cases.of(JurisdictionGen.trees().flatMap(PersonGen::persons), 300);
  }

  static Stream<Arguments> citizenIdTexts() {
    return Cases.of(PersonGen.citizenIdTexts(), 300);
  }

  static Stream<Arguments> phoneTexts() {
    return Cases.of(PersonGen.phoneTexts(), 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("persons")
  @DisplayName("generated persons round-trip their parts and never print them")
  void personsAreValid(long seed, Person person) {
    assertThat(PersonName.of(person.name().value())).isEqualTo(person.name());
    person.citizenId().ifPresent(id -> assertThat(CitizenId.parse(id.value())).isEqualTo(id));
    person.phone().ifPresent(p -> assertThat(PhoneNumber.parse(p.value())).isEqualTo(p));
    person.address().ifPresent(a -> assertThat(Address.of(a.text())).isEqualTo(a));
    assertThat(person.toString()).doesNotContain(person.name().value());
    JurisdictionTree tree = JurisdictionGen.trees().sample(seed);
    person.residence().ifPresent(r -> assertThat(tree.has(r)).isTrue());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("citizenIdTexts")
  @DisplayName("citizen ID texts (lower-case x, surrounding whitespace) are accepted (GB 11643-1999)")
  void citizenIdTextsParse(long seed, String text) {
    CitizenId id = CitizenId.parse(text);
    assertThat(id.birthDate()).isBetween(PersonGen.EARLIEST_BIRTH, PersonGen.LATEST_BIRTH);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("phoneTexts")
  @DisplayName("phone texts (+86, 0086, spaces, landlines without hyphen) are accepted and personal")
  void phoneTextsParse(long seed, String text) {
    assertThat(PhoneNumber.parse(text).isPersonal()).isTrue();
  }

  @Test
  @DisplayName("names reach 1 character, compound surnames, supplementary-plane characters and exactly 100")
  void namesReachTheEdges() {
    List<PersonName> names = IntStream.range(0, 1000).mapToObj(PersonGen.names()::sample).toList();
    assertThat(names).anyMatch(n -> n.value().codePointCount(0, n.value().length()) == 1);
    assertThat(names).anyMatch(n -> n.value().codePointCount(0, n.value().length()) == PersonName.MAX_LENGTH);
    assertThat(names).anyMatch(n -> n.value().startsWith("欧阳") || n.value().startsWith("司马") || n.value().startsWith("诸葛"));
    assertThat(names).anyMatch(n -> n.value().codePoints().anyMatch(Character::isSupplementaryCodePoint));
    assertThat(names).anyMatch(n -> n.value().contains("·"));
    List<Address> addresses = IntStream.range(0, 500).mapToObj(PersonGen.addresses()::sample).toList();
    assertThat(addresses).anyMatch(a -> a.text().codePointCount(0, a.text().length()) == Address.MAX_LENGTH);
  }

  @Test
  @DisplayName("citizen IDs reach 1900-01-01, leap days, the check character X and both sexes")
  void citizenIdsReachTheEdges() {
    List<CitizenId> ids = IntStream.range(0, 3000).mapToObj(PersonGen.citizenIds()::sample).toList();
    assertThat(ids).anyMatch(id -> id.birthDate().equals(LocalDate.of(1900, 1, 1)));
    assertThat(ids).anyMatch(id -> id.birthDate().getMonthValue() == 2 && id.birthDate().getDayOfMonth() == 29);
    assertThat(ids).anyMatch(id -> id.value().endsWith("X"));
    assertThat(ids).extracting(CitizenId::sex).containsOnly(org.hewei.governance.core.person.Sex.values());
    List<PhoneNumber> phones = IntStream.range(0, 500).mapToObj(PersonGen.phones()::sample).toList();
    assertThat(phones).extracting(PhoneNumber::kind).contains(PhoneNumber.Kind.MOBILE, PhoneNumber.Kind.LANDLINE);
    assertThat(PersonGen.citizenIds(LocalDate.of(2000, 2, 29)).sample(1).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
  }
}
