package org.hewei.governance.core.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.outreach.OutreachTestSupport.SECRET;
import static org.hewei.governance.core.outreach.OutreachTestSupport.assertRejected;
import static org.hewei.governance.core.outreach.OutreachTestSupport.errand;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ErrandTest {
  @Test
  void anErrandKeepsWhatWasGivenAndHidesTheDetails() {
    Errand e = errand();
    assertThat(e.details()).contains(SECRET);
    assertThat(e.category()).isEqualTo(ErrandCategory.MEDICAL_INSURANCE);
    assertThat(e.toString()).contains("ZXD-DB-2022-0103").doesNotContain("钱多多").doesNotContain("13800001111");
    assertThat(Errand.builder().from(e).build()).isEqualTo(e);
  }

  @Test
  void detailsMustNotBeBlank() {
    assertRejected(() -> Errand.builder().from(errand()).details(" ").build(), "details", "blank");
  }

  @Test
  void categoriesAreAnOpenTaxonomy() {
    assertThat(ErrandCategory.defaults()).hasSize(10).contains(ErrandCategory.OTHER);
    assertThat(ErrandCategory.defaults().stream().map(ErrandCategory::code).collect(Collectors.toSet())).hasSize(10);
    ErrandCategory custom = ErrandCategory.of("gas-connection", "燃气开户");
    assertThat(custom).hasToString("gas-connection");
    assertRejected(() -> ErrandCategory.of("", "x"), "code", "letters, digits");
    assertRejected(() -> ErrandCategory.of("x", ""), "chineseName", "blank");
  }

  @Test
  void onlyDoneAndDeclinedAreTerminal() {
    assertThat(Arrays.stream(ErrandStatus.values()).filter(ErrandStatus::isTerminal))
        .containsExactly(ErrandStatus.DONE, ErrandStatus.DECLINED);
    assertThat(ErrandStatus.DONE.chineseName()).isEqualTo("已办结");
  }
}
