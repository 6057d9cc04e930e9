package org.hewei.governance.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.spi.CaseSummary;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.RecordedEvent;
import org.hewei.governance.core.spi.StreamId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Eight writers append to one stream with {@code any()}, 25 appends each, with a summary, several
 * rounds in a row: none may give up, whatever the interleaving. Regression test for the starvation
 * the compatibility kit's S3.2 concurrency test once hit on PostgreSQL (a writer lost 50 races in a row
 * and the append failed); the kit runs that scenario once, this runs it {@value #ROUNDS} times on each
 * database (PostgreSQL only when configured, see {@link JdbcStorePostgresContractTest}).
 */
class JdbcStoreAnyVersionAppendTest {
  private static final int THREADS = 8;
  private static final int APPENDS = 25;
  private static final int ROUNDS = 6;
  private static final String H2_DB = "any-version";

  @AfterAll
  static void drop() throws Exception {
    try (Connection c = H2.memory(H2_DB).getConnection(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"H2", "PostgreSQL"})
  @Timeout(300)
  void noWriterGivesUp(String database) throws Exception {
    DataSource ds;
    if (database.equals("H2")) {
      ds = H2.memory(H2_DB);
    } else {
      assumeTrue(Postgres.configured(), JdbcStorePostgresContractTest.HOW_TO_RUN);
      ds = Postgres.dataSource();
    }
    JdbcGovernanceStore store = JdbcGovernanceStore.create(ds);
    String run = Long.toString(System.nanoTime(), 36); // fresh streams on a reused PostgreSQL database
    for (int round = 0; round < ROUNDS; round++) {
      StreamId stream = StreamId.petition(PetitionId.of("ANY-" + run + "-" + round));
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          writers.add(pool.submit(() -> {
            gate.await();
            for (int i = 0; i < APPENDS; i++) {
              store.append(stream, ExpectedVersion.any(), List.of(JdbcStoreConcurrencyTest.registered(stream, "t" + thread + "-" + i)),
                  summary(stream, i));
            }
            return null;
          }));
        }
        gate.countDown();
        for (Future<?> w : writers) {
          w.get(120, TimeUnit.SECONDS); // rethrows the append's failure, if any
        }
      } finally {
        pool.shutdownNow();
      }
      long total = (long) THREADS * APPENDS;
      List<RecordedEvent<DomainEvent>> loaded = store.load(stream);
      assertThat(loaded.stream().map(RecordedEvent::version)).as("round %d: gapless versions", round)
          .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().collect(Collectors.toList()));
      Set<String> ids = new HashSet<>();
      loaded.forEach(r -> ids.add(r.event().eventId().value()));
      assertThat(ids).as("round %d: every event once", round).hasSize((int) total);
      assertThat(store.summary(stream).orElseThrow().version()).as("round %d: summary of the last append", round)
          .isEqualTo(total);
    }
  }

  private static CaseSummary summary(StreamId stream, int i) {
    return CaseSummary.builder()
        .stream(stream)
        .jurisdiction(JurisdictionId.of("T1"))
        .addJurisdictionPath(JurisdictionId.of("T1"))
        .status(i % 2 == 0 ? "ACCEPTED" : "ASSIGNED")
        .updatedAt(Instant.parse("2022-07-25T01:30:00Z"))
        .build();
  }
}
