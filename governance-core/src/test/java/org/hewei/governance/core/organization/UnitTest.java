package org.hewei.governance.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.junit.jupiter.api.Test;

class UnitTest {
  private static final JurisdictionId TOWN = JurisdictionId.of("370883103");

  @Test
  void unitWithParent() {
    Unit post =
        Unit.builder()
            .id(UnitId.of("ZXD-JWS-1"))
            .kind(UnitKind.POLICE_POST)
            .name("中心店派出所第一警务室")
            .jurisdiction(JurisdictionId.of("ZXD-GQ-1"))
            .parent(UnitId.of("ZXD-PCS"))
            .build();
    assertThat(post.parent()).contains(UnitId.of("ZXD-PCS"));
    assertThat(post.kind().chineseName()).isEqualTo("警务室");
    assertThat(post.toString()).contains("ZXD-JWS-1", "中心店派出所第一警务室");
  }

  @Test
  void unitWithoutParent() {
    Unit office = Unit.of(UnitId.of("ZXD-XFB"), UnitKind.PETITION_OFFICE, "中心店镇信访办", TOWN);
    assertThat(office.parent()).isEmpty();
    assertThat(office).isEqualTo(Unit.of(UnitId.of("ZXD-XFB"), UnitKind.PETITION_OFFICE, "中心店镇信访办", TOWN));
  }

  @Test
  void nameMustBeShortNonBlankText() {
    assertThatThrownBy(() -> Unit.of(UnitId.of("U1"), UnitKind.DEPARTMENT, " ", TOWN))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> Unit.of(UnitId.of("U1"), UnitKind.DEPARTMENT, "局".repeat(201), TOWN))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most 200");
  }

  @Test
  void notItsOwnParent() {
    assertThatThrownBy(
            () -> Unit.builder().id(UnitId.of("U1")).kind(UnitKind.DEPARTMENT).name("局").jurisdiction(TOWN).parent(UnitId.of("U1")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("own parent");
  }

  @Test
  void requiredAttributes() {
    assertThatThrownBy(() -> Unit.builder().kind(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Unit.builder().id(UnitId.of("U1")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("kind");
  }

  @Test
  void everyKindHasAChineseName() {
    assertThat(Arrays.stream(UnitKind.values()).map(UnitKind::chineseName)).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(UnitKind.values()).contains(UnitKind.TOWNSHIP_GOVERNMENT, UnitKind.MEDIATION_COMMITTEE, UnitKind.PATROL_TEAM);
  }
}
