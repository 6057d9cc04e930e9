package org.hewei.governance.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.person.PersonName;
import org.hewei.governance.core.person.PhoneNumber;
import org.junit.jupiter.api.Test;

class OfficialTest {
  private static Official.Builder valid() {
    return Official.builder()
        .id(OfficialId.of("ZXD-OFF-017"))
        .name(PersonName.of("王伟"))
        .unit(UnitId.of("ZXD-PCS"))
        .addRoles(Role.POLICE_OFFICER, Role.MEDIATOR)
        .jurisdiction(JurisdictionId.of("370883103"))
        .phone(PhoneNumber.parse("13912345678"));
  }

  @Test
  void toStringHidesNameAndPhone() {
    Official official = valid().build();
    assertThat(official.toString())
        .isEqualTo("Official{id=ZXD-OFF-017, unit=ZXD-PCS, roles=[POLICE_OFFICER, MEDIATOR], jurisdiction=370883103}")
        .doesNotContain("王", "1391234", "5678");
  }

  @Test
  void roles() {
    Official official = valid().build();
    assertThat(official.hasRole(Role.MEDIATOR)).isTrue();
    assertThat(official.hasRole(Role.GRID_WORKER)).isFalse();
    assertThat(official.name().value()).isEqualTo("王伟");
    assertThat(official.phone()).contains(PhoneNumber.parse("139 1234 5678"));
  }

  @Test
  void atLeastOneRole() {
    assertThatThrownBy(() -> Official.builder().from(valid().build()).roles(java.util.Set.of()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("roles")
        .hasMessageContaining("must not be empty");
  }

  @Test
  void phoneIsOptionalOthersRequired() {
    Official noPhone = Official.builder().from(valid().build()).phone(java.util.Optional.empty()).build();
    assertThat(noPhone.phone()).isEmpty();
    assertThatThrownBy(() -> Official.builder().id(OfficialId.of("X")).addRoles(Role.GRID_WORKER).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("name");
  }
}
