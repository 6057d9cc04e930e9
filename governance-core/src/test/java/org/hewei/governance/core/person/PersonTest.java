package org.hewei.governance.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.junit.jupiter.api.Test;

class PersonTest {
  private static final String NAME = "欧阳娜娜";
  private static final String CITIZEN_ID = "11010519491231002X";
  private static final String PHONE = "13812345678";
  private static final String ADDRESS = "山东省邹城市中心店镇北村12号";

  private static Person full() {
    return Person.builder()
        .id(PersonId.of("P-000042"))
        .name(PersonName.of(NAME))
        .citizenId(CitizenId.parse(CITIZEN_ID))
        .phone(PhoneNumber.parse(PHONE))
        .address(Address.of(ADDRESS))
        .residence(JurisdictionId.of("370883103201"))
        .build();
  }

  @Test
  void toStringShowsOnlyTheId() {
    Person person = full();
    assertThat(person.toString())
        .isEqualTo("Person{id=P-000042}")
        .doesNotContain(NAME, "欧阳", CITIZEN_ID, "110105", PHONE, "5678", "邹城", "370883103201");
  }

  @Test
  void accessorsReturnTheFullValues() {
    Person person = full();
    assertThat(person.name().value()).isEqualTo(NAME);
    assertThat(person.citizenId().orElseThrow().value()).isEqualTo(CITIZEN_ID);
    assertThat(person.phone().orElseThrow().value()).isEqualTo(PHONE);
    assertThat(person.address().orElseThrow().text()).isEqualTo(ADDRESS);
    assertThat(person.residence()).contains(JurisdictionId.of("370883103201"));
  }

  @Test
  void onlyIdAndNameAreRequired() {
    Person person = Person.builder().id(PersonId.of("P-1")).name(PersonName.of("张三")).build();
    assertThat(person.citizenId()).isEmpty();
    assertThat(person.phone()).isEmpty();
    assertThat(person.address()).isEmpty();
    assertThat(person.residence()).isEmpty();
    assertThatThrownBy(() -> Person.builder().id(PersonId.of("P-1")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> Person.builder().name(null)).isInstanceOf(MissingValueException.class);
  }

  @Test
  void withersReplaceOneAttribute() {
    Person person = full().withPhone(PhoneNumber.parse("0537-5212345")).withAddress(Address.of("北村3号"));
    assertThat(person.phone().orElseThrow().value()).isEqualTo("0537-5212345");
    assertThat(person.address().orElseThrow().text()).isEqualTo("北村3号");
    assertThat(person.id()).isEqualTo(full().id());
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
  }

  @Test
  void namesAreMaskedAndValidatedWithoutRevealingThem() {
    assertThat(PersonName.of(" 张三 ").value()).isEqualTo("张三");
    assertThat(PersonName.of("张三").toString()).isEqualTo("张*");
    assertThat(PersonName.of("张三")).isEqualTo(PersonName.of("张三")).isNotEqualTo(PersonName.of("张四"));
    assertThatThrownBy(() -> PersonName.of("  ")).isInstanceOf(InvalidValueException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> PersonName.of("张三\n李四"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageNotContaining("张三")
        .hasMessageContaining("line breaks");
    assertThatThrownBy(() -> PersonName.of("张".repeat(101)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most 100")
        .hasMessageNotContaining("张张");
    assertThatThrownBy(() -> PersonName.of(null)).isInstanceOf(MissingValueException.class);
  }

  @Test
  void addressesAreMaskedAndValidatedWithoutRevealingThem() {
    Address address = Address.of(ADDRESS);
    assertThat(address.toString()).isEqualTo("山东省邹城市***").doesNotContain("北村");
    assertThat(address).isEqualTo(Address.of(" " + ADDRESS)).isNotEqualTo(Address.of("北村3号"));
    assertThatThrownBy(() -> Address.of("北村\u0000号"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageNotContaining("北村");
    assertThatThrownBy(() -> Address.of("")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Address.of("村".repeat(501))).isInstanceOf(InvalidValueException.class);
  }
}
