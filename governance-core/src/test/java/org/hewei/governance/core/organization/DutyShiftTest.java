package org.hewei.governance.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.junit.jupiter.api.Test;

class DutyShiftTest {
  private static DutyShift.Builder reception() {
    return DutyShift.builder()
        .official(OfficialId.of("ZXD-OFF-003"))
        .role(Role.SECTION_LEVEL_CADRE)
        .date(LocalDate.of(2022, 7, 25))
        .unit(UnitId.of("ZXD-XFB"))
        .kind(DutyShift.Kind.RECEPTION);
  }

  @Test
  void receptionShift() {
    DutyShift shift = reception().venue("和为贵服务中心一楼接待室").build();
    assertThat(shift.kind().chineseName()).isEqualTo("接访");
    assertThat(shift.venue()).contains("和为贵服务中心一楼接待室");
    assertThat(reception().build().venue()).isEmpty();
    assertThat(reception().build()).isEqualTo(reception().build());
  }

  @Test
  void venueMustBeShortNonBlankText() {
    assertThatThrownBy(() -> reception().venue(" ").build()).isInstanceOf(InvalidValueException.class).hasMessageContaining("venue");
    assertThatThrownBy(() -> reception().venue("室".repeat(201)).build()).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void requiredAttributes() {
    assertThatThrownBy(() -> reception().role(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> DutyShift.builder().official(OfficialId.of("X")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("date");
  }

  @Test
  void everyKindHasAChineseName() {
    assertThat(Arrays.stream(DutyShift.Kind.values()).map(DutyShift.Kind::chineseName)).doesNotHaveDuplicates().hasSize(5);
  }
}
