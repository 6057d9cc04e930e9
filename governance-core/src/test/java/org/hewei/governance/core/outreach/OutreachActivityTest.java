package org.hewei.governance.core.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.outreach.OutreachTestSupport.CADRE;
import static org.hewei.governance.core.outreach.OutreachTestSupport.D0;
import static org.hewei.governance.core.outreach.OutreachTestSupport.SECRET;
import static org.hewei.governance.core.outreach.OutreachTestSupport.VILLAGE;
import static org.hewei.governance.core.outreach.OutreachTestSupport.assertRejected;

import java.util.ArrayList;
import java.util.List;
import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.organization.OfficialId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutreachActivityTest {
  static OutreachActivity.Builder visit() {
    return OutreachActivity.builder()
        .id(OutreachId.of("ZXD-ZF-2022-0725-01"))
        .kind(OutreachKind.JOINT_LISTENING_VISIT)
        .where(VILLAGE)
        .heldOn(D0)
        .addOfficials(CADRE, OfficialId.of("ZXD-VC-201-1"));
  }

  @Test
  @DisplayName("民意5来听 on the 25th: who, where, when, what was found (seed)")
  void aJointVisitRecordsWhoWhereWhenAndFindings() {
    OutreachActivity a =
        visit()
            .householdsVisited(23)
            .addFindings(Finding.request(SECRET), Finding.keyPersonSighting(KeyPersonRecordId.of("KP-1")))
            .build();
    assertThat(a.officials()).hasSize(2);
    assertThat(a.householdsVisited()).isEqualTo(23);
    assertThat(a.attendance()).isZero();
    assertThat(a.findings()).hasSize(2);
    assertThat(a.toString()).contains("ZXD-ZF-2022-0725-01").doesNotContain("钱多多").doesNotContain("13800001111");
  }

  @Test
  void atLeastOneOfficial() {
    assertRejected(
        () ->
            OutreachActivity.builder()
                .id(OutreachId.of("A-1"))
                .kind(OutreachKind.HOME_VISIT)
                .where(VILLAGE)
                .heldOn(D0)
                .build(),
        "officials",
        "must not be empty");
  }

  @Test
  void countsAreWithinBounds() {
    assertRejected(() -> visit().householdsVisited(-1).build(), "householdsVisited", "between 0 and 100000");
    assertRejected(() -> visit().attendance(100_001).build(), "attendance", "between 0 and 100000");
    assertThat(visit().attendance(100_000).build().attendance()).isEqualTo(100_000);
  }

  @Test
  void atMostAThousandFindings() {
    List<Finding> many = new ArrayList<>();
    for (int i = 0; i <= OutreachActivity.MAX_FINDINGS; i++) {
      many.add(Finding.keyPersonSighting(KeyPersonRecordId.of("KP-" + i)));
    }
    assertRejected(() -> visit().findings(many).build(), "findings", "at most 1000");
  }

  @Test
  void idsAndKinds() {
    assertRejected(() -> OutreachId.of("bad id"), "outreachId", "letters, digits");
    assertRejected(() -> ErrandId.of(""), "errandId", "letters, digits");
    assertThat(OutreachKind.values()).extracting(OutreachKind::chineseName)
        .containsExactly("民意5来听", "警民恳谈", "案件回访", "入户走访", "警情通报会", "网格巡查");
  }
}
