package org.hewei.governance.core.keyperson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.keyperson.KeyPersonCategory.Subject;
import org.hewei.governance.core.organization.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeyPersonCatalogueTest {
  private static final KeyPersonCatalogue DEFAULTS = KeyPersonCatalogue.defaults();

  @Test
  @DisplayName("the defaults hold the seven person and three place categories of the seed and issue 2")
  void defaultsAreComplete() {
    assertThat(DEFAULTS.codes())
        .containsExactly(
            "floating-population", "drug-related", "state-security-focus", "community-correction",
            "released-prisoner", "severe-mental-disorder", "petition-focus", "rental-housing",
            "nine-small-venues", "hazardous-materials-site");
    assertThat(DEFAULTS.profiles()).filteredOn(p -> p.category().subject() == Subject.PERSON).hasSize(7);
    assertThat(DEFAULTS.profiles()).filteredOn(p -> p.category().subject() == Subject.PLACE).hasSize(3);
    assertThat(DEFAULTS.profile("floating-population").category().chineseName()).isEqualTo("流动人口");
    assertThat(DEFAULTS.profile(KeyPersonCatalogue.NINE_SMALL_VENUES).category()).isEqualTo(KeyPersonCatalogue.NINE_SMALL_VENUES);
  }

  @Test
  @DisplayName("person categories are sensitive (PIPL Art 28); mental disorder and community correction specially protected")
  void sensitivityOfDefaults() {
    DEFAULTS.profiles().stream()
        .filter(p -> p.category().subject() == Subject.PERSON)
        .forEach(p -> assertThat(p.sensitivity().isAtLeast(Sensitivity.SENSITIVE)).as(p.code()).isTrue());
    assertThat(DEFAULTS.profile("severe-mental-disorder").sensitivity()).isEqualTo(Sensitivity.SPECIALLY_PROTECTED);
    assertThat(DEFAULTS.profile("severe-mental-disorder").responsibleRole()).isEqualTo(Role.MENTAL_HEALTH_WORKER);
    assertThat(DEFAULTS.profile("community-correction").sensitivity()).isEqualTo(Sensitivity.SPECIALLY_PROTECTED);
    assertThat(DEFAULTS.profile("community-correction").responsibleRole()).isEqualTo(Role.COMMUNITY_CORRECTION_OFFICER);
    assertThat(DEFAULTS.profile("rental-housing").sensitivity()).isEqualTo(Sensitivity.ORDINARY);
  }

  @Test
  void documentedDefaultIntervals() {
    assertThat(DEFAULTS.profile("floating-population").visitIntervals())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(ControlLevel.ATTENTION, Period.ofMonths(3)),
            org.assertj.core.api.Assertions.entry(ControlLevel.FOCUS, Period.ofMonths(1)));
    assertThat(DEFAULTS.profile("state-security-focus").allowedLevels()).containsExactly(ControlLevel.FOCUS, ControlLevel.STRICT);
    assertThat(DEFAULTS.profile("state-security-focus").mildestLevel()).isEqualTo(ControlLevel.FOCUS);
    assertThat(DEFAULTS.profile("petition-focus").visitInterval(ControlLevel.STRICT)).isEqualTo(Period.ofWeeks(1));
    assertThat(DEFAULTS.profile("hazardous-materials-site").allows(ControlLevel.ATTENTION)).isFalse();
  }

  @Test
  void overrideReplacesInPlaceAndLeavesTheDefaultsAlone() {
    CategoryProfile longer = DEFAULTS.profile("floating-population").withVisitInterval(ControlLevel.ATTENTION, Period.ofMonths(6));
    KeyPersonCatalogue local = DEFAULTS.with(longer);
    assertThat(local.profile("floating-population").visitInterval(ControlLevel.ATTENTION)).isEqualTo(Period.ofMonths(6));
    assertThat(local.codes()).containsExactlyElementsOf(DEFAULTS.codes());
    assertThat(DEFAULTS.profile("floating-population").visitInterval(ControlLevel.ATTENTION)).isEqualTo(Period.ofMonths(3));
    assertThat(local).isNotEqualTo(DEFAULTS);
    assertThat(KeyPersonCatalogue.defaults()).isEqualTo(DEFAULTS).hasSameHashCodeAs(DEFAULTS.toBuilder().build());
  }

  @Test
  void addRemoveAndBuildFromScratch() {
    CategoryProfile gambling =
        CategoryProfile.builder()
            .category(KeyPersonCategory.of("gambling", "涉赌人员", Subject.PERSON))
            .putVisitIntervals(ControlLevel.FOCUS, Period.ofMonths(1))
            .responsibleRole(Role.POLICE_OFFICER)
            .sensitivity(Sensitivity.SENSITIVE)
            .basis("local practice")
            .build();
    KeyPersonCatalogue extended = DEFAULTS.with(gambling);
    assertThat(extended.codes()).hasSize(11).last().isEqualTo("gambling");
    assertThat(extended.contains("gambling")).isTrue();
    assertThat(extended.find("gambling")).contains(gambling);
    KeyPersonCatalogue small = KeyPersonCatalogue.builder().put(gambling).build();
    assertThat(small.codes()).containsExactly("gambling");
    assertThat(extended.toBuilder().remove("gambling").build()).isEqualTo(DEFAULTS);
    assertThat(KeyPersonCatalogue.builder().build().profiles()).isEmpty();
    assertThatThrownBy(() -> DEFAULTS.toBuilder().remove("gambling"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("gambling");
  }

  @Test
  void unknownCodeIsAClearError() {
    assertThatThrownBy(() -> DEFAULTS.profile("gambling"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("categoryCode")
        .hasMessageContaining("'gambling'")
        .hasMessageContaining("not in the catalogue")
        .hasMessageContaining("floating-population");
    assertThat(DEFAULTS.find("gambling")).isEmpty();
    assertThat(DEFAULTS.contains("gambling")).isFalse();
  }

  @Test
  void toStringListsTheCodes() {
    assertThat(DEFAULTS.toString()).startsWith("KeyPersonCatalogue[floating-population, drug-related");
  }
}
