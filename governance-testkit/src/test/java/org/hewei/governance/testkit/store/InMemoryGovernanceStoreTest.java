package org.hewei.governance.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.spi.Capability;
import org.hewei.governance.core.spi.CaseSummary;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.PageCursor;
import org.hewei.governance.core.spi.RegistryName;
import org.hewei.governance.core.spi.StoreCapabilities;
import org.hewei.governance.core.spi.StreamId;
import org.hewei.governance.core.spi.SummaryQuery;
import org.hewei.governance.core.spi.UnsupportedCapabilityException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InMemoryGovernanceStoreTest {
  private static final Instant T0 = Instant.parse("2022-07-25T01:30:00Z");
  private static final StreamId S = StreamId.petition(PetitionId.of("ZXD-1"));
  private static final RegistryName<PersonId, String> NOTES = RegistryName.of("notes", PersonId.class, String.class);

  private final InMemoryGovernanceStore<DomainEvent> store = InMemoryGovernanceStore.create();

  private static DomainEvent event(String id, String reason) {
    return PetitionEvent.Declined.builder()
        .petitionId(PetitionId.of(S.aggregateId()))
        .eventId(EventId.of(id))
        .occurredAt(T0)
        .actor(Actor.official(OfficialId.of("OFF-1"), Role.PETITION_OFFICER))
        .reason(reason)
        .build();
  }

  private static CaseSummary summary(String status) {
    JurisdictionId town = JurisdictionId.of("T");
    return CaseSummary.builder().stream(S).jurisdiction(town).jurisdictionPath(List.of(town)).status(status).updatedAt(T0).build();
  }

  @Test
  @DisplayName("create() declares every capability; create(caps) only those")
  void capabilities() {
    assertThat(store.capabilities()).isEqualTo(StoreCapabilities.all());
    assertThat(InMemoryGovernanceStore.create(StoreCapabilities.of(Capability.REGISTRIES)).capabilities().has(Capability.SUMMARY_QUERIES))
        .isFalse();
  }

  @Test
  @DisplayName("a correct caller leaves a clean usage record")
  void cleanUsage() {
    store.append(S, ExpectedVersion.noStream(), List.of(event("e1", "x")), summary("OPEN"));
    store.append(S, ExpectedVersion.exactly(1), List.of(event("e2", "x")));
    assertThat(store.usage().isClean()).isTrue();
    store.usage().assertNoMistakes();
  }

  @Test
  @DisplayName("usage records stale versions, re-appends, mixed batches, bad arguments and undeclared capabilities, in order")
  void usageRecordsMistakes() {
    store.append(S, ExpectedVersion.noStream(), List.of(event("e1", "x")));
    assertThat(catchThrowable(() -> store.append(S, ExpectedVersion.noStream(), List.of(event("e2", "x"))))).isNotNull();
    store.append(S, ExpectedVersion.noStream(), List.of(event("e1", "x")));
    assertThat(catchThrowable(() -> store.append(S, ExpectedVersion.any(), List.of(event("e1", "x"), event("e3", "x"))))).isNotNull();
    assertThat(catchThrowable(() -> store.append(S, ExpectedVersion.any(), List.of()))).isNotNull();
    assertThat(catchThrowable(() -> InMemoryGovernanceStore.<DomainEvent>create(StoreCapabilities.none()).query(SummaryQuery.all())))
        .isInstanceOf(UnsupportedCapabilityException.class);
    assertThat(store.usage().issues()).extracting(UsageIssue::kind).containsExactly(
        UsageIssue.Kind.STALE_EXPECTED_VERSION, UsageIssue.Kind.REAPPENDED_BATCH, UsageIssue.Kind.MIXED_BATCH,
        UsageIssue.Kind.INVALID_ARGUMENT);
    assertThat(store.usage().issues(UsageIssue.Kind.STALE_EXPECTED_VERSION).get(0).subject()).isEqualTo("PETITION/ZXD-1");
    assertThatThrownBy(() -> store.usage().assertNoMistakes()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("4 time(s)").hasMessageContaining("MIXED_BATCH");
  }

  @Test
  @DisplayName("registry conflicts and undeclared capabilities are recorded too")
  void usageRecordsRegistryAndCapabilityMistakes() {
    store.registry(NOTES).put(PersonId.of("P-1"), "a", ExpectedVersion.noStream());
    assertThat(catchThrowable(() -> store.registry(NOTES).put(PersonId.of("P-1"), "b", ExpectedVersion.noStream()))).isNotNull();
    InMemoryGovernanceStore<DomainEvent> small = InMemoryGovernanceStore.create(StoreCapabilities.none());
    assertThat(catchThrowable(() -> small.registry(NOTES))).isInstanceOf(UnsupportedCapabilityException.class);
    assertThat(store.usage().issues()).extracting(UsageIssue::subject).containsExactly("registry notes/P-1");
    assertThat(small.usage().issues()).extracting(UsageIssue::kind).containsExactly(UsageIssue.Kind.UNSUPPORTED_CAPABILITY);
  }

  @Test
  @DisplayName("the usage record and issues never print the events' personal text")
  void usageHidesPersonalData() {
    store.append(S, ExpectedVersion.noStream(), List.of(event("e1", "张三 13812345678")));
    store.append(S, ExpectedVersion.noStream(), List.of(event("e1", "张三 13812345678")));
    assertThat(store.usage().issues().toString()).doesNotContain("张三").doesNotContain("13812345678");
    assertThat(store.snapshot().toString()).doesNotContain("张三");
    assertThat(store.toString()).doesNotContain("张三");
  }

  @Test
  @DisplayName("a snapshot is immutable and does not follow later writes")
  void snapshotIsImmutable() {
    store.append(S, ExpectedVersion.noStream(), List.of(event("e1", "x")), summary("OPEN"));
    store.registry(NOTES).put(PersonId.of("P-1"), "note", ExpectedVersion.noStream());
    StoreSnapshot<DomainEvent> snap = store.snapshot();
    store.append(S, ExpectedVersion.exactly(1), List.of(event("e2", "y")), summary("CLOSED"));
    store.registry(NOTES).put(PersonId.of("P-2"), "note", ExpectedVersion.noStream());
    assertThat(snap.eventCount()).isEqualTo(1);
    assertThat(snap.streamCount()).isEqualTo(1);
    assertThat(snap.streams().get(S)).hasSize(1);
    assertThat(snap.summaries()).hasEntrySatisfying(S, c -> assertThat(c.status()).isEqualTo("OPEN"));
    assertThat(snap.registry(NOTES)).extracting(e -> e.key().value()).containsExactly("P-1");
    assertThat(snap.registryNames()).containsExactly(NOTES);
    assertThat(snap.registry(RegistryName.of("other", PersonId.class, String.class))).isEmpty();
    assertThatThrownBy(() -> snap.streams().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> snap.summaries().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(snap.toString()).isEqualTo("StoreSnapshot{1 streams, 1 events, 1 summaries, 1 registries}");
  }

  @Test
  @DisplayName("reset empties streams, summaries, registries and the usage record but keeps the capabilities")
  void resetEmptiesTheStore() {
    store.append(S, ExpectedVersion.noStream(), List.of(event("e1", "x")), summary("OPEN"));
    store.append(S, ExpectedVersion.noStream(), List.of(event("e1", "x")));
    store.registry(NOTES).put(PersonId.of("P-1"), "note", ExpectedVersion.noStream());
    store.reset();
    assertThat(store.exists(S)).isFalse();
    assertThat(store.summary(S)).isEmpty();
    assertThat(store.query(SummaryQuery.all()).items()).isEmpty();
    assertThat(store.registry(NOTES).get(PersonId.of("P-1"))).isEmpty();
    assertThat(store.usage().isClean()).isTrue();
    assertThat(store.capabilities()).isEqualTo(StoreCapabilities.all());
    assertThat(store.append(S, ExpectedVersion.noStream(), List.of(event("e1", "x"))).version()).isEqualTo(1);
  }

  @Test
  @DisplayName("a cursor of a registry listing is not accepted by a summary query, nor a tampered one")
  void cursorsAreCheckedByKindAndChecksum() {
    for (int i = 0; i < 3; i++) {
      store.registry(NOTES).put(PersonId.of("P-" + i), "n", ExpectedVersion.noStream());
    }
    PageCursor registryCursor = store.registry(NOTES).list(1, Optional.empty()).next().orElseThrow();
    assertThatThrownBy(() -> store.query(SummaryQuery.all().withCursor(registryCursor))).isInstanceOf(InvalidValueException.class);
    String token = registryCursor.token();
    String tampered = token.substring(0, token.length() - 1) + (token.endsWith("0") ? "1" : "0");
    assertThatThrownBy(() -> store.registry(NOTES).list(1, Optional.of(PageCursor.of(tampered))))
        .isInstanceOf(InvalidValueException.class);
    assertThat(store.registry(NOTES).list(1, Optional.of(registryCursor)).items()).extracting(e -> e.key().value())
        .containsExactly("P-1");
  }
}
