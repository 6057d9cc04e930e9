package org.hewei.governance.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.spi.AppendResult;
import org.hewei.governance.core.spi.Capability;
import org.hewei.governance.core.spi.CaseSummary;
import org.hewei.governance.core.spi.ConcurrencyConflictException;
import org.hewei.governance.core.spi.DuplicateEventException;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.RecordedEvent;
import org.hewei.governance.core.spi.StoreCapabilities;
import org.hewei.governance.core.spi.StreamId;
import org.hewei.governance.core.spi.SummaryQuery;
import org.hewei.governance.core.spi.UnsupportedCapabilityException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Results, versions, loads and the usage record of the in-memory store at their edges. */
class InMemoryStoreEdgesTest {
  private static final Instant T0 = Instant.parse("2022-07-25T01:30:00Z");
  private static final StreamId S = StreamId.petition(PetitionId.of("ZXD-1"));
  private static final StreamId OTHER = StreamId.petition(PetitionId.of("ZXD-2"));

  private final InMemoryGovernanceStore<DomainEvent> store = InMemoryGovernanceStore.create();

  private static DomainEvent event(String id) {
    return PetitionEvent.Declined.builder()
        .petitionId(PetitionId.of(S.aggregateId()))
        .eventId(EventId.of(id))
        .occurredAt(T0)
        .actor(Actor.official(OfficialId.of("OFF-1"), Role.PETITION_OFFICER))
        .reason("r")
        .build();
  }

  private static CaseSummary summary(StreamId stream, String status) {
    JurisdictionId town = JurisdictionId.of("T");
    return CaseSummary.builder().stream(stream).jurisdiction(town).jurisdictionPath(List.of(town)).status(status)
        .updatedAt(T0).build();
  }

  @Test
  @DisplayName("appends number the events from the stream's version; the result says how many were stored")
  void appendNumbersEvents() {
    AppendResult first = store.append(S, ExpectedVersion.noStream(), List.of(event("e1"), event("e2")));
    assertThat(first.version()).isEqualTo(2);
    assertThat(first.storedCount()).isEqualTo(2);
    assertThat(first.isDuplicate()).isFalse();
    AppendResult second = store.append(S, ExpectedVersion.exactly(2), List.of(event("e3")));
    assertThat(second.version()).isEqualTo(3);
    assertThat(second.storedCount()).isEqualTo(1);
    assertThat(store.load(S)).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L);
    assertThat(store.load(S)).extracting(r -> r.event().eventId().value()).containsExactly("e1", "e2", "e3");
    assertThat(store.load(S)).allSatisfy(r -> assertThat(r.stream()).isEqualTo(S));
    assertThat(store.version(S)).isEqualTo(3);
    assertThat(store.exists(S)).isTrue();
    assertThat(store.exists(OTHER)).isFalse();
    assertThat(store.version(OTHER)).isZero();
    assertThat(store.load(OTHER)).isEmpty();
  }

  @Test
  @DisplayName("load from a version returns that version onwards; past the end nothing; below 1 is rejected and recorded")
  void loadFromVersion() {
    store.append(S, ExpectedVersion.noStream(), List.of(event("e1"), event("e2"), event("e3")));
    assertThat(store.load(S, 1)).hasSize(3);
    assertThat(store.load(S, 2)).extracting(RecordedEvent::version).containsExactly(2L, 3L);
    assertThat(store.load(S, 3)).extracting(RecordedEvent::version).containsExactly(3L);
    assertThat(store.load(S, 4)).isEmpty();
    assertThat(store.load(OTHER, 1)).isEmpty();
    assertThatThrownBy(() -> store.load(S, 0)).isInstanceOf(InvalidValueException.class);
    assertThat(store.usage().issues()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(UsageIssue.Kind.INVALID_ARGUMENT);
      assertThat(i.subject()).isEqualTo("load");
    });
  }

  @Test
  @DisplayName("a re-appended batch answers a duplicate at the current version and records it with its size")
  void reappendAnswersDuplicate() {
    store.append(S, ExpectedVersion.noStream(), List.of(event("e1"), event("e2")));
    store.append(S, ExpectedVersion.exactly(2), List.of(event("e3")));
    AppendResult retry = store.append(S, ExpectedVersion.noStream(), List.of(event("e1"), event("e2")));
    assertThat(retry.isDuplicate()).isTrue();
    assertThat(retry.version()).isEqualTo(3);
    assertThat(retry.stream()).isEqualTo(S);
    assertThat(retry.alreadyStored()).extracting(EventId::value).containsExactly("e1", "e2");
    assertThat(store.version(S)).isEqualTo(3);
    assertThat(store.usage().issues()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(UsageIssue.Kind.REAPPENDED_BATCH);
      assertThat(i.subject()).isEqualTo("PETITION/ZXD-1");
      assertThat(i.detail()).contains("batch of 2 events");
      assertThat(i.toString()).startsWith("REAPPENDED_BATCH PETITION/ZXD-1: the whole batch of 2 events");
    });
  }

  @Test
  @DisplayName("a mixed batch and a stale version are rejected, write nothing and are recorded with the exception's message")
  void mixedAndStaleWriteNothing() {
    store.append(S, ExpectedVersion.noStream(), List.of(event("e1")));
    assertThatThrownBy(() -> store.append(S, ExpectedVersion.exactly(1), List.of(event("e1"), event("e2"))))
        .isInstanceOfSatisfying(DuplicateEventException.class,
            e -> assertThat(e.alreadyStored()).extracting(EventId::value).containsExactly("e1"));
    ConcurrencyConflictException stale = (ConcurrencyConflictException) org.assertj.core.api.Assertions.catchThrowable(
        () -> store.append(S, ExpectedVersion.exactly(5), List.of(event("e2"))));
    assertThat(stale.actualVersion()).isEqualTo(1);
    assertThat(store.version(S)).isEqualTo(1);
    assertThat(store.load(S)).hasSize(1);
    assertThat(store.usage().issues()).extracting(UsageIssue::kind)
        .containsExactly(UsageIssue.Kind.MIXED_BATCH, UsageIssue.Kind.STALE_EXPECTED_VERSION);
    assertThat(store.usage().issues(UsageIssue.Kind.STALE_EXPECTED_VERSION).get(0).detail()).isEqualTo(stale.getMessage());
    assertThat(store.usage().issues(UsageIssue.Kind.REAPPENDED_BATCH)).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // a null on purpose
  @DisplayName("invalid appends are rejected before anything is written; a null stream is recorded under 'append'")
  void invalidAppends() {
    assertThatThrownBy(() -> store.append(null, ExpectedVersion.any(), List.of(event("e1")), Optional.empty()))
        .isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> store.append(S, ExpectedVersion.any(), List.of(event("e1"), event("e1"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("within one batch");
    assertThatThrownBy(() -> store.append(S, ExpectedVersion.any(), List.of(event("e1")), summary(OTHER, "OPEN")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("PETITION/ZXD-1");
    assertThatThrownBy(() -> store.append(S, ExpectedVersion.any(), List.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least one event");
    assertThat(store.exists(S)).isFalse();
    assertThat(store.summary(S)).isEmpty();
    assertThat(store.usage().issues()).extracting(UsageIssue::subject)
        .containsExactly("append", "PETITION/ZXD-1", "PETITION/ZXD-1", "PETITION/ZXD-1");
    assertThat(store.usage().issues(UsageIssue.Kind.INVALID_ARGUMENT)).hasSize(4);
  }

  @Test
  @DisplayName("a summary's version is the stream's version after the append; a later summary replaces it")
  void summaryCarriesVersion() {
    store.append(S, ExpectedVersion.noStream(), List.of(event("e1"), event("e2")), summary(S, "OPEN"));
    assertThat(store.summary(S)).hasValueSatisfying(c -> assertThat(c.version()).isEqualTo(2));
    store.append(S, ExpectedVersion.exactly(2), List.of(event("e3")));
    assertThat(store.summary(S)).hasValueSatisfying(c -> assertThat(c.version()).isEqualTo(2));
    store.append(S, ExpectedVersion.exactly(3), List.of(event("e4")), summary(S, "CLOSED"));
    assertThat(store.summary(S)).hasValueSatisfying(c -> {
      assertThat(c.version()).isEqualTo(4);
      assertThat(c.status()).isEqualTo("CLOSED");
    });
    assertThat(store.query(SummaryQuery.builder().addStatuses("OPEN").build()).items()).isEmpty();
    assertThat(store.query(SummaryQuery.builder().addStatuses("CLOSED").build()).items()).hasSize(1);
  }

  @Test
  @DisplayName("without SUMMARY_QUERIES an append with a summary, summary() and query() throw and are recorded; nothing is written")
  void summariesNeedTheirCapability() {
    InMemoryGovernanceStore<DomainEvent> small = InMemoryGovernanceStore.create(StoreCapabilities.of(Capability.REGISTRIES));
    assertThatThrownBy(() -> small.append(S, ExpectedVersion.noStream(), List.of(event("e1")), summary(S, "OPEN")))
        .isInstanceOf(UnsupportedCapabilityException.class);
    assertThat(small.exists(S)).isFalse();
    assertThatThrownBy(() -> small.summary(S)).isInstanceOf(UnsupportedCapabilityException.class);
    assertThatThrownBy(() -> small.query(SummaryQuery.all())).isInstanceOf(UnsupportedCapabilityException.class);
    assertThat(small.append(S, ExpectedVersion.noStream(), List.of(event("e1"))).version()).isEqualTo(1);
    assertThat(small.usage().issues()).extracting(UsageIssue::subject)
        .containsExactly("PETITION/ZXD-1", "summary", "query");
    assertThat(small.usage().issues(UsageIssue.Kind.UNSUPPORTED_CAPABILITY)).hasSize(3);
  }

  @Test
  @DisplayName("toString counts streams and names the capabilities; the usage record counts its issues")
  void toStrings() {
    store.append(S, ExpectedVersion.noStream(), List.of(event("e1")));
    store.append(OTHER, ExpectedVersion.noStream(), List.of(event("e2")));
    assertThat(store.toString()).startsWith("InMemoryGovernanceStore{2 streams, ")
        .endsWith(StoreCapabilities.all() + "}");
    store.append(S, ExpectedVersion.noStream(), List.of(event("e1")));
    assertThat(store.usage().toString()).isEqualTo("StoreUsage{1 issues}");
    assertThat(store.usage().isClean()).isFalse();
    assertThat(InMemoryGovernanceStore.create().usage().toString()).isEqualTo("StoreUsage{0 issues}");
  }

  @Test
  @DisplayName("a snapshot counts the events of every stream and orders streams and summaries by stream id")
  void snapshotCounts() {
    store.append(OTHER, ExpectedVersion.noStream(), List.of(event("e1"), event("e2")), summary(OTHER, "OPEN"));
    store.append(S, ExpectedVersion.noStream(), List.of(event("e3")), summary(S, "OPEN"));
    StoreSnapshot<DomainEvent> snap = store.snapshot();
    assertThat(snap.eventCount()).isEqualTo(3);
    assertThat(snap.streamCount()).isEqualTo(2);
    assertThat(snap.streams().keySet()).containsExactly(S, OTHER);
    assertThat(snap.summaries().keySet()).containsExactly(S, OTHER);
    assertThat(snap.registryNames()).isEmpty();
    assertThat(snap.toString()).isEqualTo("StoreSnapshot{2 streams, 3 events, 2 summaries, 0 registries}");
    List<RecordedEvent<DomainEvent>> events = snap.streams().getOrDefault(S, List.of());
    assertThat(events).hasSize(1);
    assertThatThrownBy(() -> events.clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
