package org.hewei.governance.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.junit.jupiter.api.Test;

class JurisdictionTest {
  static final DivisionCode TOWN_CODE = DivisionCode.parse("370883103000");

  @Test
  void officialTakesIdAndLevelFromTheCode() {
    Jurisdiction town = Jurisdiction.official(TOWN_CODE, "中心店镇");
    assertThat(town.id()).isEqualTo(JurisdictionId.of("370883103000"));
    assertThat(town.level()).isEqualTo(JurisdictionLevel.TOWNSHIP);
    assertThat(town.code()).contains(TOWN_CODE);
    assertThat(town.parentId()).isEmpty();
    assertThat(town.withParent(JurisdictionId.of("370883000000")).parentId()).contains(JurisdictionId.of("370883000000"));
    assertThat(town.toString()).contains("中心店镇").contains("370883103000");
  }

  @Test
  void unofficialLevelsHaveNoCode() {
    assertThatThrownBy(
            () -> Jurisdiction.builder().id(JurisdictionId.of("GQ-1")).level(JurisdictionLevel.MANAGEMENT_DISTRICT).name("管区").code(TOWN_CODE).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("code: '370883103000'")
        .hasMessageContaining("has no statistical division code");
    assertThatThrownBy(
            () -> Jurisdiction.builder().id(JurisdictionId.of("WG-1")).level(JurisdictionLevel.GRID).name("网格").code(TOWN_CODE).build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void theCodeLevelMustEqualTheNodeLevel() {
    assertThatThrownBy(
            () -> Jurisdiction.builder().id(JurisdictionId.of("V-1")).level(JurisdictionLevel.VILLAGE).name("村").code(TOWN_CODE).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("is a TOWNSHIP code but 'V-1' is a VILLAGE");
  }

  @Test
  void officialLevelsMayOmitTheCode() {
    Jurisdiction village = Jurisdiction.builder().id(JurisdictionId.of("V-1")).level(JurisdictionLevel.VILLAGE).name("村").build();
    assertThat(village.code()).isEmpty();
  }

  @Test
  void nameMustBeNonBlankLabel() {
    assertThatThrownBy(() -> Jurisdiction.official(TOWN_CODE, " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> Jurisdiction.official(TOWN_CODE, "镇".repeat(201)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most 200");
  }

  @Test
  void notItsOwnParent() {
    assertThatThrownBy(() -> Jurisdiction.official(TOWN_CODE, "镇").withParent(JurisdictionId.of("370883103000")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("cannot be its own parent");
  }

  @Test
  void missingRequiredValuesAreNamed() {
    assertThatThrownBy(() -> Jurisdiction.builder().id(JurisdictionId.of("X")).name("x").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("level");
    assertThatThrownBy(() -> Jurisdiction.builder().name(null)).isInstanceOf(MissingValueException.class);
  }
}
