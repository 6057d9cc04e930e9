package org.hewei.governance.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hewei.governance.rules.lifecycle.Decision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RedactedRepresentationTest {
  private final RedactedRepresentation representation = RedactedRepresentation.INSTANCE;

  @Test
  @DisplayName("states, petitions, agreements, decisions and events are shown by id, version and status only")
  void domainValues() {
    assertThat(representation.toStringOf(Values.accepted()))
        .isEqualTo("PetitionState{id=ZXD-2022-000123, version=3, status=ACCEPTED, level=TOWNSHIP}");
    assertThat(representation.toStringOf(Values.petition()))
        .isEqualTo("Petition{id=ZXD-2022-000123, type=GRIEVANCE, channel=WALK_IN}");
    assertThat(representation.toStringOf(Values.settled()))
        .isEqualTo("MediationCaseState{id=ZXD-TJ-2022-031, version=5, status=SETTLED}");
    assertThat(representation.toStringOf(Values.settled().agreement().orElseThrow()))
        .isEqualTo("Agreement{form=WRITTEN, effectiveOn=2022-07-22}");
    assertThat(representation.toStringOf(Values.listedPerson()))
        .isEqualTo("KeyPersonRecordState{id=ZXD-ZD-0008, version=2, listed=true}");
    TestEvent event = TestEvent.of("cmd-1.0", "张三 13800138000");
    assertThat(representation.toStringOf(event)).isEqualTo("TestEvent(cmd-1.0)");
    assertThat(representation.toStringOf(List.of(event))).isEqualTo("[TestEvent(cmd-1.0)]");
    assertThat(representation.toStringOf(Decision.accept(event))).isEqualTo("Decision{accepted [TestEvent(cmd-1.0)]}");
    assertThat(representation.toStringOf(Decision.reject(Values.extensionOnce())))
        .contains("rejected", "petition.extension.once", "信访工作条例 第三十四条");
    assertThat(representation.toStringOf(Values.extensionOnce())).startsWith("Rejection{command=cmd-51b9");
  }

  @Test
  @DisplayName("the type name of an Immutables value is its public type, prefixed by the enclosing type")
  void typeNames() {
    assertThat(RedactedRepresentation.typeName(Values.accepted())).isEqualTo("PetitionState");
    assertThat(RedactedRepresentation.typeName(Values.extensionOnce())).isEqualTo("Rejection");
    assertThat(RedactedRepresentation.typeName(java.util.Map.entry("a", "b"))).isNotBlank();
    assertThat(representation.toStringOf(42)).isEqualTo("42");
    assertThat(representation.toStringOf(null)).isEqualTo("null");
  }
}
