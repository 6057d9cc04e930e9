package org.hewei.governance.core.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.petition.Rejections.assertRejected;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Channels, types, flags, outcomes and the matter-category taxonomy. */
class ClassificationTest {

  @Test
  @DisplayName("exactly the five forms of 条例 Art 17 (网络, 书信, 电话, 传真, 走访) are named by the regulation")
  void channelsNamedByArticle17() {
    assertThat(Arrays.stream(Channel.values()).filter(Channel::isNamedByRegulation))
        .containsExactlyInAnyOrder(Channel.ONLINE, Channel.LETTER, Channel.PHONE, Channel.FAX, Channel.WALK_IN);
    assertThat(Channel.values()).hasSize(9);
    assertThat(Channel.JOINT_VISIT.chineseName()).isEqualTo("民意5来听");
    assertThat(Arrays.stream(Channel.values()).filter(Channel::isWalkIn)).containsExactly(Channel.WALK_IN);
  }

  @Test
  @DisplayName("the three petition types of 条例 Art 29–31")
  void threeTypes() {
    assertThat(PetitionType.values()).hasSize(3);
    assertThat(PetitionType.SUGGESTION.article()).isEqualTo("条例 Art 29");
    assertThat(PetitionType.ACCUSATION.chineseName()).isEqualTo("检举控告");
    assertThat(PetitionType.GRIEVANCE.article()).isEqualTo("条例 Art 31");
  }

  @Test
  @DisplayName("every enum constant has a distinct Chinese name")
  void chineseNamesAreDistinct() {
    assertThat(Arrays.stream(Channel.values()).map(Channel::chineseName).collect(Collectors.toSet())).hasSize(Channel.values().length);
    assertThat(Arrays.stream(PetitionFlag.values()).map(PetitionFlag::chineseName).collect(Collectors.toSet()))
        .hasSize(PetitionFlag.values().length)
        .contains("集体访", "越级访", "重复访", "涉法涉诉");
    assertThat(HandlingOutcome.EXPLAINED.chineseName()).isEqualTo("解释说明");
    assertThat(ReviewDecision.UPHELD.chineseName()).isEqualTo("维持");
    assertThat(LegalProcedure.ARBITRATION.article()).isEqualTo("条例 Art 31(2)");
    assertThat(LegalProcedure.DISCIPLINARY_INSPECTION.chineseName()).isEqualTo("纪检监察");
    assertThat(MediationResult.REFUSED.chineseName()).isEqualTo("当事人拒绝调解");
  }

  @Test
  @DisplayName("满意 and 基本满意 count as satisfied, 不满意 does not")
  void satisfaction() {
    assertThat(Satisfaction.SATISFIED.isSatisfied()).isTrue();
    assertThat(Satisfaction.BASICALLY_SATISFIED.isSatisfied()).isTrue();
    assertThat(Satisfaction.DISSATISFIED.isSatisfied()).isFalse();
    assertThat(Satisfaction.DISSATISFIED.chineseName()).isEqualTo("不满意");
    assertThat(MediationResult.SETTLED.isSettled()).isTrue();
    assertThat(MediationResult.PARTLY_SETTLED.isSettled()).isFalse();
  }

  @Test
  @DisplayName("the default matter categories: eleven, distinct codes, land … other")
  void defaultCategories() {
    assertThat(MatterCategory.defaults()).hasSize(11).first().isEqualTo(MatterCategory.LAND);
    assertThat(MatterCategory.defaults().stream().map(MatterCategory::code).collect(Collectors.toSet())).hasSize(11);
    assertThat(MatterCategory.WAGES.chineseName()).contains("欠薪");
    assertThat(MatterCategory.OTHER.toString()).isEqualTo("other");
    assertThat(MatterCategory.of("wages", "劳资欠薪")).isEqualTo(MatterCategory.WAGES);
  }

  @Test
  @DisplayName("a matter category needs an identifier code and a non-blank name of at most 200 characters")
  void categoryValidation() {
    assertRejected(() -> MatterCategory.of("bad code", "x"), "code", "must be 1 to 64");
    assertRejected(() -> MatterCategory.of("", "x"), "code", "must be 1 to 64");
    assertRejected(() -> MatterCategory.of("ok", " "), "chineseName", "must not be blank");
    assertRejected(() -> MatterCategory.of("ok", "长".repeat(201)), "chineseName", "at most 200");
  }

  @Test
  @DisplayName("users add their own categories to a catalogue; a code appears only once")
  void catalogue() {
    MatterCategory tourism = MatterCategory.of("rural-tourism", "乡村旅游");
    MatterCategoryCatalogue local = MatterCategoryCatalogue.defaults().with(tourism);
    assertThat(local.categories()).hasSize(12).last().isEqualTo(tourism);
    assertThat(local.find("rural-tourism")).contains(tourism);
    assertThat(local.find("wages")).contains(MatterCategory.WAGES);
    assertThat(local.find("nothing")).isEmpty();
    assertThat(MatterCategoryCatalogue.defaults().find("rural-tourism")).isEmpty();
    assertRejected(() -> local.with(MatterCategory.of("wages", "工资")), "categories", "only once");
    assertRejected(
        () -> MatterCategoryCatalogue.of(java.util.List.of(tourism, tourism)), "categories", "only once");
    assertThat(local.toString()).contains("rural-tourism");
  }
}
