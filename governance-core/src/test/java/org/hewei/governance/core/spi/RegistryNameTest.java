package org.hewei.governance.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.Official;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.person.PersonId;
import org.junit.jupiter.api.Test;

class RegistryNameTest {
  @Test
  void builtInRegistriesHaveDistinctNamesAndTheirDomainTypes() {
    assertThat(List.of(RegistryName.JURISDICTIONS, RegistryName.UNITS, RegistryName.OFFICIALS, RegistryName.PERSONS))
        .extracting(RegistryName::name)
        .containsExactly("jurisdictions", "units", "officials", "persons");
    assertThat(RegistryName.JURISDICTIONS.keyType()).isEqualTo(JurisdictionId.class);
    assertThat(RegistryName.JURISDICTIONS.valueType()).isEqualTo(Jurisdiction.class);
    assertThat(RegistryName.OFFICIALS.keyType()).isEqualTo(OfficialId.class);
    assertThat(RegistryName.OFFICIALS.valueType()).isEqualTo(Official.class);
    assertThat(RegistryName.PERSONS.keyType()).isEqualTo(PersonId.class);
    assertThat(RegistryName.PERSONS.valueType()).isEqualTo(Person.class);
    assertThat(RegistryName.PERSONS).hasToString("persons<PersonId, Person>");
  }
}
