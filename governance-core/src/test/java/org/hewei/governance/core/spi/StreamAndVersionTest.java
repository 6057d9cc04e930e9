package org.hewei.governance.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.mediation.DisputeId;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.petition.PetitionId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StreamAndVersionTest {

  @Test
  @DisplayName("stream ids name type and aggregate, print as TYPE/id and order by type name then id")
  void streamIds() {
    StreamId p = StreamId.petition(PetitionId.of("ZXD-1"));
    assertThat(p).hasToString("PETITION/ZXD-1").isEqualTo(StreamId.of(AggregateType.PETITION, "ZXD-1"));
    assertThat(StreamId.mediationCase(MediationCaseId.of("M-1")).type()).isEqualTo(AggregateType.MEDIATION_CASE);
    assertThat(StreamId.keyPersonRecord(KeyPersonRecordId.of("K-1")).type()).isEqualTo(AggregateType.KEY_PERSON_RECORD);
    assertThat(StreamId.dispute(DisputeId.of("D-1")).type()).isEqualTo(AggregateType.DISPUTE);
    List<StreamId> ids = new ArrayList<>(List.of(
        StreamId.of(AggregateType.PETITION, "b"),
        StreamId.of(AggregateType.PETITION, "B"),
        StreamId.of(AggregateType.KEY_PERSON_RECORD, "z"),
        StreamId.of(AggregateType.ERRAND, "a")));
    ids.sort(null);
    assertThat(ids).extracting(StreamId::toString)
        .containsExactly("ERRAND/a", "KEY_PERSON_RECORD/z", "PETITION/B", "PETITION/b");
    assertThat(AggregateType.PETITION.chineseName()).isEqualTo("信访事项");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  @DisplayName("stream ids reject bad aggregate ids and nulls")
  void streamIdValidation() {
    assertThatThrownBy(() -> StreamId.of(AggregateType.PETITION, "has space")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("aggregateId");
    assertThatThrownBy(() -> StreamId.of(AggregateType.PETITION, "x".repeat(65))).hasMessageContaining("aggregateId");
    assertThatThrownBy(() -> StreamId.of(null, "x")).isInstanceOf(MissingValueException.class).hasMessageContaining("type");
    assertThatThrownBy(() -> StreamId.petition(null)).isInstanceOf(MissingValueException.class);
  }

  @Test
  @DisplayName("S1.4 expected versions: any matches all, noStream matches 0, exactly(n) matches n")
  void expectedVersions() {
    assertThat(ExpectedVersion.any().matches(0)).isTrue();
    assertThat(ExpectedVersion.any().matches(42)).isTrue();
    assertThat(ExpectedVersion.any().isAny()).isTrue();
    assertThat(ExpectedVersion.noStream().matches(0)).isTrue();
    assertThat(ExpectedVersion.noStream().matches(1)).isFalse();
    assertThat(ExpectedVersion.exactly(3).matches(3)).isTrue();
    assertThat(ExpectedVersion.exactly(3).matches(4)).isFalse();
    assertThat(ExpectedVersion.exactly(3).version()).isEqualTo(3);
    assertThat(ExpectedVersion.exactly(0)).isEqualTo(ExpectedVersion.noStream()).isSameAs(ExpectedVersion.noStream());
    assertThat(ExpectedVersion.exactly(7)).isEqualTo(ExpectedVersion.exactly(7)).hasSameHashCodeAs(ExpectedVersion.exactly(7));
    assertThat(ExpectedVersion.any()).hasToString("any");
    assertThat(ExpectedVersion.noStream()).hasToString("no stream");
    assertThat(ExpectedVersion.exactly(7)).hasToString("exactly 7");
    assertThatThrownBy(() -> ExpectedVersion.exactly(-1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("expectedVersion");
  }

  @Test
  @DisplayName("append results: stored or duplicate, consistent counts")
  void appendResults() {
    StreamId s = StreamId.of(AggregateType.PETITION, "ZXD-1");
    AppendResult stored = AppendResult.stored(s, 5, 2);
    assertThat(stored.isDuplicate()).isFalse();
    assertThat(stored.firstVersion()).isEqualTo(4);
    assertThat(stored).hasToString("PETITION/ZXD-1 → v5 (+2)");
    AppendResult dup = AppendResult.duplicate(s, 5, List.of(EventId.of("e1"), EventId.of("e2")));
    assertThat(dup.isDuplicate()).isTrue();
    assertThat(dup.alreadyStored()).hasSize(2);
    assertThat(dup).hasToString("PETITION/ZXD-1 at v5 (duplicate of 2 events)");
    assertThatThrownBy(() -> AppendResult.stored(s, 1, 2)).hasMessageContaining("version");
    assertThatThrownBy(() -> AppendResult.stored(s, 3, 0)).hasMessageContaining("alreadyStored");
    assertThatThrownBy(() -> AppendResult.stored(s, 3, -1)).hasMessageContaining("storedCount");
    assertThatThrownBy(() -> AppendResult.duplicate(s, 3, List.of())).hasMessageContaining("alreadyStored");
  }

  @Test
  @DisplayName("recorded events: version ≥ 1; toString shows stream, version and event id only")
  void recordedEvents() {
    StreamId s = StreamId.of(AggregateType.PETITION, "ZXD-1");
    DomainEvent e = new DomainEvent() {
      @Override
      public EventId eventId() {
        return EventId.of("evt-1");
      }

      @Override
      public Instant occurredAt() {
        return Instant.EPOCH;
      }

      @Override
      public Actor actor() {
        return Actor.system("test");
      }

      @Override
      public String toString() {
        return "张三 370883199001011234";
      }
    };
    RecordedEvent<DomainEvent> r = RecordedEvent.of(s, 1, e);
    assertThat(r.event()).isSameAs(e);
    assertThat(r).hasToString("PETITION/ZXD-1@1 evt-1");
    assertThat(r.toString()).doesNotContain("张三");
    assertThatThrownBy(() -> RecordedEvent.of(s, 0, e)).hasMessageContaining("version");
  }

  @Test
  @DisplayName("store exceptions name the subject, expectation and actual version, and say nothing was written")
  void exceptions() {
    StreamId s = StreamId.of(AggregateType.PETITION, "ZXD-1");
    ConcurrencyConflictException c = new ConcurrencyConflictException(s, ExpectedVersion.exactly(3), 4);
    assertThat(c.subject()).isEqualTo("PETITION/ZXD-1");
    assertThat(c.expected()).isEqualTo(ExpectedVersion.exactly(3));
    assertThat(c.actualVersion()).isEqualTo(4);
    assertThat(c).hasMessage("PETITION/ZXD-1: expected version exactly 3 but it is at version 4; nothing was written")
        .isInstanceOf(StoreException.class);
    DuplicateEventException d = new DuplicateEventException(s, List.of(EventId.of("e1")));
    assertThat(d.stream()).isEqualTo(s);
    assertThat(d.alreadyStored()).containsExactly(EventId.of("e1"));
    assertThat(d).hasMessageContaining("[e1]").hasMessageContaining("S1.6");
    UnsupportedCapabilityException u = new UnsupportedCapabilityException(Capability.REGISTRIES);
    assertThat(u.capability()).isEqualTo(Capability.REGISTRIES);
    assertThat(u).hasMessageContaining("REGISTRIES").isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("S5.4 capabilities: declared set, require() throws for undeclared ones, transactional needs queries")
  void capabilities() {
    StoreCapabilities caps = StoreCapabilities.of(Capability.SUMMARY_QUERIES, Capability.TRANSACTIONAL_SUMMARIES);
    assertThat(caps.has(Capability.SUMMARY_QUERIES)).isTrue();
    assertThat(caps.has(Capability.REGISTRIES)).isFalse();
    caps.require(Capability.SUMMARY_QUERIES);
    assertThatThrownBy(() -> caps.require(Capability.REGISTRIES))
        .isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("REGISTRIES");
    assertThat(StoreCapabilities.none().declared()).isEmpty();
    assertThat(StoreCapabilities.all().declared()).containsExactlyInAnyOrder(Capability.values());
    assertThatThrownBy(() -> StoreCapabilities.of(Capability.TRANSACTIONAL_SUMMARIES))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("S5.4");
  }
}
