package org.hewei.governance.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.UnitId;
import org.junit.jupiter.api.Test;

/** The shared identifier shape and the two boundary exceptions. */
class TypedIdTest {
  @Test
  void idsOfOneTypeAreEqualByValueAndOrderByValue() {
    UnitId a = UnitId.of("U-1");
    assertThat(a.value()).isEqualTo("U-1");
    assertThat(a).hasToString("U-1").isEqualTo(UnitId.of("U-1")).isNotEqualTo(UnitId.of("U-2"));
    assertThat(a.hashCode()).isEqualTo(UnitId.of("U-1").hashCode()).isNotEqualTo(UnitId.of("U-2").hashCode());
    Object nothing = null;
    assertThat(a.equals(nothing)).isFalse();
    assertThat(a).isNotEqualTo("U-1");
    assertThat(a.compareTo(UnitId.of("U-2"))).isNegative();
    assertThat(UnitId.of("U-2").compareTo(a)).isPositive();
    assertThat(a.compareTo(UnitId.of("U-1"))).isZero();
  }

  @Test
  void idsOfDifferentTypesWithTheSameTextDiffer() {
    UnitId unit = UnitId.of("X-1");
    OfficialId official = OfficialId.of("X-1");
    assertThat((Object) unit).isNotEqualTo(official);
    assertThat(unit.hashCode()).isNotEqualTo(official.hashCode());
    assertThat(unit.hashCode()).isEqualTo(UnitId.class.hashCode() * 31 + "X-1".hashCode());
    Set<Object> both = new HashSet<>(Set.of(unit, official));
    assertThat(both).hasSize(2);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void badIdsNameTheirField() {
    assertThatThrownBy(() -> UnitId.of("no spaces")).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("unitId: 'no spaces' — ");
    assertThatThrownBy(() -> UnitId.of(null)).isInstanceOf(MissingValueException.class)
        .hasMessage("unitId: null — is required");
  }

  @Test
  void exceptionsCarryFieldAndRule() {
    InvalidValueException e = new InvalidValueException("field", "shown", "must be so");
    assertThat(e).hasMessage("field: 'shown' — must be so").isInstanceOf(IllegalArgumentException.class);
    assertThat(e.field()).isEqualTo("field");
    assertThat(e.rule()).isEqualTo("must be so");
    InvalidValueException nullShown = new InvalidValueException("field", null, "must be so");
    assertThat(nullShown).hasMessage("field: null — must be so");
    InvalidValueException whole = new InvalidValueException("Cannot build X, some of required attributes are not set [a]");
    assertThat(whole.field()).isEmpty();
    assertThat(whole.rule()).isEqualTo("Cannot build X, some of required attributes are not set [a]");
    assertThat(whole).hasMessage(whole.rule());
    MissingValueException missing = new MissingValueException("channel");
    assertThat(missing.field()).isEqualTo("channel");
    assertThat(missing.rule()).isEqualTo("is required");
    assertThat(missing).hasMessage("channel: null — is required");
  }
}
