package org.hewei.governance.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.organization.Unit;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.person.PersonId;
import org.junit.jupiter.api.Test;

/** equals, hashCode and toString of the hand-written SPI value types. */
class ValueContractsTest {
  @Test
  void onlyAnyIsAny() {
    assertThat(ExpectedVersion.any().isAny()).isTrue();
    assertThat(ExpectedVersion.noStream().isAny()).isFalse();
    assertThat(ExpectedVersion.exactly(3).isAny()).isFalse();
    assertThat(ExpectedVersion.any().version()).isEqualTo(-1);
  }

  @Test
  void expectedVersionsAreEqualByVersion() {
    assertThat(ExpectedVersion.exactly(3)).isNotEqualTo(ExpectedVersion.exactly(4));
    assertThat(ExpectedVersion.any()).isNotEqualTo(ExpectedVersion.noStream());
    assertThat(ExpectedVersion.exactly(3)).isNotEqualTo("exactly 3");
    assertThat(ExpectedVersion.exactly(3).hashCode())
        .isEqualTo(ExpectedVersion.exactly(3).hashCode())
        .isNotEqualTo(ExpectedVersion.exactly(4).hashCode())
        .isEqualTo(Long.hashCode(3));
  }

  @Test
  void registryNamesAreEqualByNameAndTypes() {
    RegistryName<UnitId, Unit> units = RegistryName.of("units", UnitId.class, Unit.class);
    assertThat(units).isEqualTo(RegistryName.UNITS).hasSameHashCodeAs(RegistryName.UNITS);
    assertThat(units).hasToString("units<UnitId, Unit>");
    assertThat(units.name()).isEqualTo("units");
    assertThat(units.keyType()).isEqualTo(UnitId.class);
    assertThat(units.valueType()).isEqualTo(Unit.class);
    assertThat((Object) RegistryName.of("other", UnitId.class, Unit.class)).isNotEqualTo(units);
    assertThat((Object) RegistryName.of("units", PersonId.class, Unit.class)).isNotEqualTo(units);
    assertThat((Object) RegistryName.of("units", UnitId.class, Person.class)).isNotEqualTo(units);
    assertThat((Object) units).isNotEqualTo("units");
    assertThat(units.hashCode()).isNotEqualTo(RegistryName.PERSONS.hashCode());
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void capabilitiesRejectNullElementsAndPrintTheirSet() {
    assertThatThrownBy(() -> StoreCapabilities.of(Capability.REGISTRIES, null))
        .isInstanceOf(MissingValueException.class)
        .hasMessage("capabilities: null — is required");
    assertThat(StoreCapabilities.of(Capability.REGISTRIES)).hasToString("[REGISTRIES]");
    assertThat(StoreCapabilities.none()).hasToString("[]");
  }

  @Test
  void appendResultVersionMustCoverTheStoredEvents() {
    StreamId s = StreamId.of(AggregateType.PETITION, "ZXD-1");
    assertThat(AppendResult.stored(s, 2, 2).firstVersion()).isEqualTo(1);
    assertThatThrownBy(() -> AppendResult.stored(s, 1, 2))
        .hasMessage("version: '1' — must be at least 1 and at least storedCount (2)");
    assertThatThrownBy(() -> AppendResult.duplicate(s, 0, java.util.List.of(org.hewei.governance.core.event.EventId.of("e"))))
        .hasMessage("version: '0' — must be at least 1 and at least storedCount (0)");
    assertThat(AppendResult.duplicate(s, 1, java.util.List.of(org.hewei.governance.core.event.EventId.of("e"))).version())
        .isEqualTo(1);
  }
}
