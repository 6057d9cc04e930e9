package org.hewei.governance.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MediationEnumsTest {
  @Test
  void disputeSourcesNameScreeningAndReferrals() {
    assertThat(DisputeSource.values()).extracting(DisputeSource::chineseName)
        .containsExactly("常规排查", "专项排查", "警调对接", "访调对接", "群众来访", "网格巡查");
  }

  @Test
  void riskLevelsAreOrdered() {
    assertThat(RiskLevel.HIGH.isAtLeast(RiskLevel.MEDIUM)).isTrue();
    assertThat(RiskLevel.HIGH.isAtLeast(RiskLevel.HIGH)).isTrue();
    assertThat(RiskLevel.LOW.isAtLeast(RiskLevel.MEDIUM)).isFalse();
    assertThat(RiskLevel.values()).extracting(RiskLevel::chineseName).doesNotContainNull().hasSize(4);
  }

  @Test
  @DisplayName("only a settlement counts as success (the seed's 29 of 32)")
  void onlySettledIsASuccess() {
    assertThat(Arrays.stream(MediationOutcome.values()).filter(MediationOutcome::isSuccess))
        .containsExactly(MediationOutcome.SETTLED);
    assertThat(MediationOutcome.FAILED.chineseName()).isEqualTo("调解不成");
  }

  @Test
  void onlyClosedIsTerminal() {
    assertThat(Arrays.stream(MediationStatus.values()).filter(MediationStatus::isTerminal))
        .containsExactly(MediationStatus.CLOSED);
    for (MediationStatus s : MediationStatus.values()) {
      assertThat(s.chineseName()).isNotBlank();
    }
  }

  @Test
  @DisplayName("the court procedure ends with a decision or a withdrawal (司法确认规定 Art 4, 5, 7, 8)")
  void decidedJudicialStatuses() {
    assertThat(Arrays.stream(JudicialConfirmationStatus.values()).filter(JudicialConfirmationStatus::isDecided))
        .containsExactlyInAnyOrder(
            JudicialConfirmationStatus.NOT_ACCEPTED,
            JudicialConfirmationStatus.CONFIRMED,
            JudicialConfirmationStatus.NOT_CONFIRMED,
            JudicialConfirmationStatus.WITHDRAWN);
    assertThat(JudicialConfirmationStatus.CONFIRMED.chineseName()).isEqualTo("确认有效");
  }
}
