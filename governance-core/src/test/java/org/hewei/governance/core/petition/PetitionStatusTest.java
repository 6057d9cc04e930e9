package org.hewei.governance.core.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Which statuses are still open, and their Chinese names. */
class PetitionStatusTest {
  @Test
  void onlyTheFiveEndStatusesAreClosed() {
    EnumSet<PetitionStatus> closed = EnumSet.of(
        PetitionStatus.DECLINED, PetitionStatus.DIVERTED, PetitionStatus.CONCLUDED, PetitionStatus.FINAL,
        PetitionStatus.WITHDRAWN);
    for (PetitionStatus s : PetitionStatus.values()) {
      assertThat(s.isOpen()).as(s.name()).isEqualTo(!closed.contains(s));
    }
  }

  @Test
  void chineseNames() {
    assertThat(PetitionStatus.RECEIVED.chineseName()).isEqualTo("收到");
    assertThat(PetitionStatus.FINAL.chineseName()).isEqualTo("不再受理");
  }
}
