package org.hewei.governance.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.mediation.MediationCommandTest.assertRejected;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DisputeTypeTest {
  @Test
  void defaultsCoverTheUsualVillageDisputesWithDistinctCodes() {
    assertThat(DisputeType.defaults())
        .hasSize(9)
        .contains(DisputeType.NEIGHBOURHOOD, DisputeType.MARRIAGE_FAMILY, DisputeType.LAND_BOUNDARY,
            DisputeType.CONTRACT_DEBT, DisputeType.LABOUR, DisputeType.DAMAGE_COMPENSATION,
            DisputeType.TRAFFIC_ACCIDENT, DisputeType.PROPERTY_MANAGEMENT, DisputeType.OTHER);
    assertThat(DisputeType.defaults().stream().map(DisputeType::code).collect(Collectors.toSet())).hasSize(9);
    assertThat(DisputeType.NEIGHBOURHOOD.chineseName()).isEqualTo("邻里纠纷");
  }

  @Test
  void theTaxonomyIsOpen() {
    DisputeType custom = DisputeType.of("mining-subsidence", "采煤塌陷纠纷");
    assertThat(custom).hasToString("mining-subsidence");
    assertThat(custom).isEqualTo(DisputeType.of("mining-subsidence", "采煤塌陷纠纷"));
    assertThat(DisputeType.defaults()).doesNotContain(custom);
  }

  @Test
  void codeAndNameAreValidated() {
    assertRejected(() -> DisputeType.of("has space", "x"), "code", "letters, digits");
    assertRejected(() -> DisputeType.of("ok", " "), "chineseName", "blank");
    assertRejected(() -> DisputeType.of("ok", "名".repeat(201)), "chineseName", "at most 200");
  }
}
