package org.hewei.governance.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hewei.governance.core.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Officials' and units' ids are interned: equal texts give one instance, so millions of states share them. */
class SharedIdsTest {

  @Test
  @DisplayName("equal official ids made separately are one instance, still equal to and ordered like any other")
  void officialIdsAreShared() {
    String text = "ZXD-OFF-" + System.identityHashCode(this); // a fresh String, not a literal
    OfficialId a = OfficialId.of(text);
    OfficialId b = OfficialId.of(new String(text.toCharArray()));
    assertThat(b).isSameAs(a).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(OfficialId.of("ZXD-OFF-1")).isNotSameAs(a).isNotEqualTo(a);
  }

  @Test
  @DisplayName("equal unit ids are one instance; a unit id and an official id with the same text stay different")
  void unitIdsAreShared() {
    UnitId a = UnitId.of("ZXD-PCS");
    assertThat(UnitId.of(new String("ZXD-PCS".toCharArray()))).isSameAs(a);
    assertThat((Object) OfficialId.of("ZXD-PCS")).isNotEqualTo(a);
  }

  @Test
  @DisplayName("interning happens after validation: an invalid text is refused and nothing is shared")
  void invalidIsRefusedFirst() {
    assertThatThrownBy(() -> OfficialId.of("bad id")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> UnitId.of("")).isInstanceOf(InvalidValueException.class);
  }
}
