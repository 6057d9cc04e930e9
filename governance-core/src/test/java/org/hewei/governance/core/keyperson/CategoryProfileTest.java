package org.hewei.governance.core.keyperson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.keyperson.KeyPersonCategory.Subject;
import org.hewei.governance.core.organization.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CategoryProfileTest {
  private static final KeyPersonCategory GAMBLING = KeyPersonCategory.of("gambling", "涉赌人员", Subject.PERSON);
  private static final KeyPersonCategory KTV = KeyPersonCategory.of("ktv", "歌舞娱乐场所", Subject.PLACE);

  private static CategoryProfile.Builder valid() {
    return CategoryProfile.builder()
        .category(GAMBLING)
        .putVisitIntervals(ControlLevel.STRICT, Period.ofWeeks(1))
        .putVisitIntervals(ControlLevel.ATTENTION, Period.ofMonths(3))
        .responsibleRole(Role.POLICE_OFFICER)
        .sensitivity(Sensitivity.SENSITIVE)
        .basis("local practice");
  }

  @Test
  void levelsAreOrderedMildestFirst() {
    CategoryProfile profile = valid().build();
    assertThat(profile.allowedLevels()).containsExactly(ControlLevel.ATTENTION, ControlLevel.STRICT);
    assertThat(profile.mildestLevel()).isEqualTo(ControlLevel.ATTENTION);
    assertThat(profile.code()).isEqualTo("gambling");
  }

  @Test
  void atLeastOneLevel() {
    assertThatThrownBy(() -> valid().visitIntervals(java.util.Map.of()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("visitIntervals");
  }

  @Test
  void intervalsMustBePositive() {
    assertThatThrownBy(() -> valid().putVisitIntervals(ControlLevel.FOCUS, Period.ZERO).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("visitIntervals[FOCUS]")
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> valid().putVisitIntervals(ControlLevel.FOCUS, Period.ofDays(-7)).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> valid().putVisitIntervals(ControlLevel.FOCUS, Period.of(0, 1, -3)).build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("a person category is at least SENSITIVE (个人信息保护法 Art 28); a place may be ORDINARY")
  void personCategoriesAreSensitive() {
    assertThatThrownBy(() -> valid().sensitivity(Sensitivity.ORDINARY).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Art 28");
    assertThat(valid().category(KTV).sensitivity(Sensitivity.ORDINARY).build().sensitivity()).isEqualTo(Sensitivity.ORDINARY);
    assertThat(valid().sensitivity(Sensitivity.SPECIALLY_PROTECTED).build().sensitivity()).isEqualTo(Sensitivity.SPECIALLY_PROTECTED);
  }

  @Test
  void basisMustNotBeBlank() {
    assertThatThrownBy(() -> valid().basis(" ").build()).isInstanceOf(InvalidValueException.class).hasMessageContaining("basis");
    assertThatThrownBy(() -> valid().basis("x".repeat(201)).build()).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void missingAttributesAreNamed() {
    assertThatThrownBy(() -> CategoryProfile.builder().category(GAMBLING).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("responsibleRole");
  }

  @Test
  void disallowedLevelHasNoInterval() {
    assertThatThrownBy(() -> valid().build().visitInterval(ControlLevel.FOCUS))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("not allowed in category gambling");
  }

  @Test
  void withersCopy() {
    CategoryProfile profile = valid().build();
    CategoryProfile more = profile.withVisitInterval(ControlLevel.FOCUS, Period.ofWeeks(2));
    assertThat(more.allowedLevels()).containsExactly(ControlLevel.ATTENTION, ControlLevel.FOCUS, ControlLevel.STRICT);
    assertThat(profile.allows(ControlLevel.FOCUS)).isFalse();
    assertThat(profile.withVisitInterval(ControlLevel.STRICT, Period.ofDays(3)).visitInterval(ControlLevel.STRICT)).isEqualTo(Period.ofDays(3));
    assertThat(profile.withResponsibleRole(Role.GRID_WORKER).responsibleRole()).isEqualTo(Role.GRID_WORKER);
    assertThatThrownBy(() -> profile.withVisitInterval(ControlLevel.FOCUS, Period.ZERO)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void levelsAndSensitivitiesAreOrdered() {
    assertThat(ControlLevel.STRICT.isStricterThan(ControlLevel.FOCUS)).isTrue();
    assertThat(ControlLevel.ATTENTION.isStricterThan(ControlLevel.ATTENTION)).isFalse();
    assertThat(ControlLevel.FOCUS.chineseName()).isEqualTo("重点关注");
    assertThat(Sensitivity.SENSITIVE.isAtLeast(Sensitivity.SENSITIVE)).isTrue();
    assertThat(Sensitivity.ORDINARY.isAtLeast(Sensitivity.SENSITIVE)).isFalse();
    assertThat(Sensitivity.SPECIALLY_PROTECTED.chineseName()).isEqualTo("依法特别保护");
  }
}
