package org.hewei.governance.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.spi.AppendResult;
import org.hewei.governance.core.spi.CaseSummary;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.RecordedEvent;
import org.hewei.governance.core.spi.StreamId;
import org.hewei.governance.core.spi.SummaryQuery;
import org.hewei.governance.examples.jdbc.FaultyDataSource.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A connection dropped in the middle of an append loses nothing and duplicates nothing: the failed
 * append leaves no trace, and retrying the very same call stores the batch exactly once (or, when the
 * commit went through and only its acknowledgement was lost, answers as an idempotent retry, S1.5).
 */
class JdbcStoreFaultTest {
  private static final Instant T0 = Instant.parse("2022-07-25T01:30:00Z");
  private static final Actor CLERK = Actor.official(OfficialId.of("OFF-1"), Role.PETITION_OFFICER);
  private static final StreamId STREAM = StreamId.petition(PetitionId.of("ZXD-1"));
  private static final String DB = "faults";

  private final FaultyDataSource faulty = new FaultyDataSource(H2.memory(DB));
  private final JdbcGovernanceStore store = JdbcGovernanceStore.create(faulty.dataSource());

  @AfterEach
  void drop() throws Exception {
    try (var c = H2.memory(DB).getConnection(); var s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }

  @Test
  void killedAfterTheEventInsertBeforeCommit() {
    appendFailsThenRetryStoresOnce(Fault.BEFORE_COMMIT, "", false);
  }

  @Test
  void killedBeforeTheSummaryUpdate() {
    appendFailsThenRetryStoresOnce(Fault.BEFORE_STATEMENT, "DELETE FROM hewei_summary", false);
  }

  @Test
  void killedBetweenTheDuplicateCheckAndTheEventInsert() {
    appendFailsThenRetryStoresOnce(Fault.BEFORE_STATEMENT, "INSERT INTO hewei_event", false);
  }

  @Test
  void acknowledgementLostAfterTheCommit() {
    appendFailsThenRetryStoresOnce(Fault.AFTER_COMMIT, "", true);
  }

  /**
   * Stream at version 1 (summary REGISTERED); the armed fault kills the append of e2, e3 (expected
   * version 1, summary ACCEPTED); checks what is stored, then retries the same call.
   */
  private void appendFailsThenRetryStoresOnce(Fault fault, String sqlPrefix, boolean committed) {
    store.append(STREAM, ExpectedVersion.noStream(), List.of(event("e1")), summary("REGISTERED"));
    faulty.arm(fault, sqlPrefix);

    assertThatThrownBy(() -> store.append(STREAM, ExpectedVersion.exactly(1), batch(), summary("ACCEPTED")))
        .isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("SQLState 08006")
        .hasMessageNotContaining("理由");
    assertThat(faulty.fired()).as("the fault was injected").isTrue();
    if (committed) {
      assertThat(ids(store.load(STREAM))).containsExactly("e1", "e2", "e3");
      assertThat(store.summary(STREAM).orElseThrow().status()).isEqualTo("ACCEPTED");
    } else {
      assertThat(ids(store.load(STREAM))).as("nothing half-written").containsExactly("e1");
      assertThat(store.summary(STREAM).orElseThrow().status()).isEqualTo("REGISTERED");
      assertThat(store.summary(STREAM).orElseThrow().version()).isEqualTo(1);
    }

    AppendResult retry = store.append(STREAM, ExpectedVersion.exactly(1), batch(), summary("ACCEPTED"));

    assertThat(retry.version()).isEqualTo(3);
    assertThat(retry.isDuplicate()).as("a retry after a lost acknowledgement is an idempotent duplicate (S1.5)")
        .isEqualTo(committed);
    assertThat(ids(store.load(STREAM))).as("no loss, no duplicate").containsExactly("e1", "e2", "e3");
    assertThat(store.load(STREAM).stream().map(RecordedEvent::version)).containsExactly(1L, 2L, 3L);
    CaseSummary s = store.summary(STREAM).orElseThrow();
    assertThat(s.status()).isEqualTo("ACCEPTED");
    assertThat(s.version()).isEqualTo(3);
    assertThat(store.query(SummaryQuery.builder().subtree(JurisdictionId.of("C")).build()).items()).containsExactly(s);
  }

  private static List<DomainEvent> batch() {
    return List.of(event("e2"), event("e3"));
  }

  private static DomainEvent event(String id) {
    return PetitionEvent.Declined.builder()
        .petitionId(PetitionId.of(STREAM.aggregateId()))
        .eventId(EventId.of(id))
        .occurredAt(T0)
        .actor(CLERK)
        .reason("理由 " + id)
        .build();
  }

  private static CaseSummary summary(String status) {
    return CaseSummary.builder()
        .stream(STREAM)
        .jurisdiction(JurisdictionId.of("V1"))
        .jurisdictionPath(List.of(JurisdictionId.of("C"), JurisdictionId.of("V1")))
        .status(status)
        .updatedAt(T0)
        .build();
  }

  static List<String> ids(List<RecordedEvent<DomainEvent>> events) {
    return events.stream().map(r -> r.event().eventId().value()).collect(Collectors.toList());
  }

}
