package org.hewei.governance.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.spi.ConcurrencyConflictException;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.RecordedEvent;
import org.hewei.governance.core.spi.StreamId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Eight writers race for every version of one stream (all expect the same version, released together
 * by a barrier): the database lets exactly one win each round and the other seven get a {@link
 * ConcurrencyConflictException}; the stream's versions stay gapless, every event stored once.
 */
class JdbcStoreConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 40;
  private static final StreamId STREAM = StreamId.petition(PetitionId.of("RACE-1"));
  private static final String DB = "race";

  private final JdbcGovernanceStore store = JdbcGovernanceStore.create(H2.memory(DB));

  @AfterEach
  void drop() throws Exception {
    try (var c = H2.memory(DB).getConnection(); var s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }

  @Test
  @Timeout(120)
  void exactlyOneWriterWinsEachVersion() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          List<String> outcomes = new ArrayList<>();
          for (int round = 0; round < ROUNDS; round++) {
            start.await(60, TimeUnit.SECONDS);
            try {
              store.append(STREAM, ExpectedVersion.exactly(round), List.of(event("r" + round + "-t" + thread)));
              outcomes.add("won");
            } catch (ConcurrencyConflictException e) {
              assertThat(e.actualVersion()).isEqualTo(round + 1L);
              outcomes.add("conflict");
            }
            start.await(60, TimeUnit.SECONDS); // the round is over for everybody
          }
          return outcomes;
        }));
      }
      List<List<String>> outcomes = new ArrayList<>();
      for (Future<List<String>> f : futures) {
        outcomes.add(f.get(100, TimeUnit.SECONDS));
      }
      for (int round = 0; round < ROUNDS; round++) {
        int r = round;
        List<String> results = outcomes.stream().map(o -> o.get(r)).collect(Collectors.toList());
        assertThat(results).as("round %d", round).containsOnlyOnce("won").filteredOn("conflict"::equals).hasSize(THREADS - 1);
      }
    } finally {
      pool.shutdownNow();
    }
    List<RecordedEvent<DomainEvent>> events = store.load(STREAM);
    assertThat(events.stream().map(RecordedEvent::version))
        .containsExactlyElementsOf(LongStream.rangeClosed(1, ROUNDS).boxed().collect(Collectors.toList()));
    for (int round = 0; round < ROUNDS; round++) {
      assertThat(events.get(round).event().eventId().value()).startsWith("r" + round + "-t");
    }
    assertThat(store.version(STREAM)).isEqualTo(ROUNDS);
  }

  private static DomainEvent event(String id) {
    return registered(STREAM, id);
  }

  /** A {@code Registered} event with id {@code id} on petition stream {@code stream} (for the race tests). */
  static DomainEvent registered(StreamId stream, String id) {
    return PetitionEvent.Registered.builder()
        .petitionId(PetitionId.of(stream.aggregateId()))
        .eventId(EventId.of(id))
        .occurredAt(Instant.parse("2022-07-25T01:30:00Z"))
        .actor(Actor.official(OfficialId.of("OFF-1"), Role.PETITION_OFFICER))
        .build();
  }
}
