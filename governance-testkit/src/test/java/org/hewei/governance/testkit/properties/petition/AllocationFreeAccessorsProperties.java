package org.hewei.governance.testkit.properties.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.petition.EscalationRecord;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.testkit.fixture.SampleTown;
import org.hewei.governance.testkit.generate.Cases;
import org.hewei.governance.testkit.generate.Gen;
import org.hewei.governance.testkit.generate.PetitionGen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The allocation-free accessors the escalation engine reads ({@code PetitionState.dueEpochDay},
 * {@code jointMeetingConvened}, {@code hasCaseOwnershipLeader}, {@code flagBits}, {@code headcount},
 * {@code handlingLevel}, {@code escalationRuleBits}, {@code EscalationRecord.decidedBy}) say
 * exactly what their {@code Optional} counterparts say, for generated states of every status, after a
 * copy through the builder too, and stay out of equality.
 */
class AllocationFreeAccessorsProperties {
  private static final SampleTown TOWN = SampleTown.town(20260301L);

  static Stream<Arguments> states() {
    Gen<PetitionState> gen = Gen.elements(PetitionStatus.values()).flatMap(s -> PetitionGen.states(TOWN.tree(), s));
    return Cases.of(gen, 400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("states")
  void agreeWithTheOptionalAccessors(long seed, PetitionState s) {
    for (PetitionState state : new PetitionState[] {s, s.toBuilder().build()}) {
      assertThat(state.dueEpochDay())
          .isEqualTo(state.dueDate().map(LocalDate::toEpochDay).orElse(PetitionState.NO_DUE_DATE));
      assertThat(state.jointMeetingConvened()).isEqualTo(state.jointMeetingConvenedAt().isPresent());
      assertThat(state.hasCaseOwnershipLeader()).isEqualTo(state.caseOwnershipLeader().isPresent());
      for (PetitionFlag flag : PetitionFlag.values()) {
        assertThat((state.flagBits() & flag.bit()) != 0).as("%s", flag).isEqualTo(state.flags().contains(flag));
      }
      assertThat(Long.bitCount(state.flagBits())).isEqualTo(state.flags().size());
      assertThat(state.headcount()).isEqualTo(state.petition().headcount());
      assertThat(state.handlingLevel()).isEqualTo(state.handling().level());
      assertThat(state.handlingJurisdiction()).isEqualTo(state.handling().jurisdiction());
      long named = 0;
      for (EscalationRecord r : state.escalations()) {
        named |= r.ruleId().map(EscalationRecord::ruleBit).orElse(0L);
      }
      assertThat(state.escalationRuleBits()).isEqualTo(named);
      for (String id : new String[] {"R1", "R4", "R8", "overdue", "no-such-rule"}) {
        if ((state.escalationRuleBits() & EscalationRecord.ruleBit(id)) == 0) {
          assertThat(state.lastEscalationBy(id)).isEmpty();
          assertThat(state.escalations()).noneMatch(r -> r.decidedBy(id));
        }
      }
      for (EscalationRecord r : state.escalations()) {
        String id = r.ruleId().orElse("R-none");
        assertThat(r.decidedBy(id)).isEqualTo(r.ruleId().isPresent());
        assertThat(r.decidedBy(id + "x")).isFalse();
        assertThat(state.lastEscalationBy(id).isPresent()).isEqualTo(r.ruleId().isPresent());
      }
    }
    assertThat(s.toBuilder().build()).isEqualTo(s).hasSameHashCodeAs(s);
    assertThat(s.toString()).doesNotContain("dueEpochDay").doesNotContain("jointMeetingConvened=")
        .doesNotContain("handlingLevel").doesNotContain("handlingJurisdiction").doesNotContain("escalationRuleBits");
    assertThat(s.toString().replace(s.petition().toString(), "")).doesNotContain("headcount"); // the petition's own
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("states")
  void aChangedDueDateChangesTheDayNumber(long seed, PetitionState s) {
    EscalationRecord record = EscalationRecord.of(
        s.updatedAt(), JurisdictionLevel.VILLAGE, JurisdictionLevel.TOWNSHIP, Optional.of("R1"));
    assertThatThrownBy(() -> record.decidedBy(null)).isInstanceOf(MissingValueException.class);
    LocalDate next = s.dueDate().orElse(LocalDate.of(2026, 3, 2)).plusDays(1 + seed % 30);
    PetitionState moved;
    try {
      moved = s.toBuilder().dueDate(next).build();
    } catch (RuntimeException e) {
      assertThat(s.dueDate()).isEmpty(); // only a status that may not have a due date refuses one
      return;
    }
    assertThat(moved.dueEpochDay()).isEqualTo(next.toEpochDay());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("states")
  void aChangedFlagSetChangesTheBits(long seed, PetitionState s) {
    PetitionFlag flag = PetitionFlag.values()[(int) Math.floorMod(seed, PetitionFlag.values().length)];
    Set<PetitionFlag> toggled = EnumSet.noneOf(PetitionFlag.class);
    toggled.addAll(s.flags());
    if (!toggled.remove(flag)) {
      toggled.add(flag);
    }
    PetitionState changed = s.toBuilder().flags(toggled).build();
    assertThat(changed.flagBits() ^ s.flagBits()).isEqualTo(flag.bit());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("states")
  void aNewRecordSetsItsRuleBit(long seed, PetitionState s) {
    String id = "R" + Math.floorMod(seed, 100);
    PetitionState escalated = s.toBuilder()
        .addEscalations(EscalationRecord.of(s.updatedAt(), JurisdictionLevel.VILLAGE, JurisdictionLevel.TOWNSHIP, Optional.of(id)))
        .build();
    assertThat(escalated.escalationRuleBits()).isEqualTo(s.escalationRuleBits() | EscalationRecord.ruleBit(id));
    assertThat(escalated.lastEscalationBy(id)).isPresent();
    PetitionState byHand = s.toBuilder()
        .addEscalations(EscalationRecord.of(s.updatedAt(), JurisdictionLevel.VILLAGE, JurisdictionLevel.TOWNSHIP, Optional.empty()))
        .build();
    assertThat(byHand.escalationRuleBits()).isEqualTo(s.escalationRuleBits());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("states")
  void aNewHandlingPlaceChangesTheLevelAndJurisdiction(long seed, PetitionState s) {
    JurisdictionLevel level = JurisdictionLevel.values()[(int) Math.floorMod(seed, JurisdictionLevel.values().length)];
    PetitionState moved = s.toBuilder().handling(HandlingPlace.of(s.handling().jurisdiction(), level)).build();
    assertThat(moved.handlingLevel()).isEqualTo(level);
    assertThat(moved.headcount()).isEqualTo(s.headcount());
    JurisdictionId elsewhere = JurisdictionId.of(s.handling().jurisdiction().value() + "9");
    PetitionState forwarded = s.toBuilder().handling(HandlingPlace.of(elsewhere, level)).build();
    assertThat(forwarded.handlingJurisdiction()).isEqualTo(elsewhere).isNotEqualTo(s.handlingJurisdiction());
  }
}
