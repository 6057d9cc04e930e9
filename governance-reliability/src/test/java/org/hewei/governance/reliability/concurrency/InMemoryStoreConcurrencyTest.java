package org.hewei.governance.reliability.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.spi.AggregateType;
import org.hewei.governance.core.spi.AppendResult;
import org.hewei.governance.core.spi.ConcurrencyConflictException;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.RecordedEvent;
import org.hewei.governance.core.spi.StreamId;
import org.hewei.governance.reliability.support.Scale;
import org.hewei.governance.testkit.store.InMemoryGovernanceStore;
import org.junit.jupiter.api.Test;

/**
 * Concurrency of the in-memory store: 8 writer threads append to 6 shared streams with random expected
 * versions — the version just read (races with the others), {@code any()}, {@code noStream()}, a stale
 * version (certain conflict) — and re-append batches already acknowledged (retries); one reader loads
 * streams meanwhile. Afterwards every stream's versions run gapless from 1, every acknowledged event is
 * stored exactly once at the version its append reported, nothing unacknowledged is stored, batches stay
 * contiguous, each writer's events keep their order, conflicts really happened, and no read ever saw a
 * gap. 8 × 5,000 attempts in the default build, 8 × 100,000 with {@code -Dhewei.stress=true}.
 */
class InMemoryStoreConcurrencyTest {
  static final int WRITERS = 8;
  static final int STREAMS = 6;
  static final Actor ACTOR = Actor.system("stress");

  /** What an acknowledged append stored: the events and their versions. */
  record Ack(StreamId stream, long firstVersion, List<StressEvent> events) {}

  @Test
  void eightWritersLoseDuplicateOrReorderNothing() {
    int attempts = Scale.stress() ? 100_000 : 5_000;
    InMemoryGovernanceStore<StressEvent> store = InMemoryGovernanceStore.create();
    List<StreamId> streams = new ArrayList<>();
    for (int i = 0; i < STREAMS; i++) {
      streams.add(StreamId.of(AggregateType.PETITION, "STRESS-" + i));
    }
    Map<Integer, List<Ack>> acks = new ConcurrentHashMap<>();
    AtomicLong conflicts = new AtomicLong();
    AtomicLong retries = new AtomicLong();
    AtomicLong readerGaps = new AtomicLong();
    long started = System.nanoTime();

    assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
      ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
          int writer = w;
          writers.add(pool.submit(() -> {
            start.await();
            acks.put(writer, write(store, streams, writer, attempts, conflicts, retries));
            return null;
          }));
        }
        Future<?> reader = pool.submit(() -> {
          start.await();
          SplittableRandom random = new SplittableRandom(99);
          while (writers.stream().anyMatch(f -> !f.isDone())) {
            List<RecordedEvent<StressEvent>> seen = store.load(streams.get(random.nextInt(STREAMS)));
            for (int i = 0; i < seen.size(); i++) {
              if (seen.get(i).version() != i + 1) {
                readerGaps.incrementAndGet();
              }
            }
            Thread.onSpinWait();
          }
          return null;
        });
        start.countDown();
        for (Future<?> f : writers) {
          f.get();
        }
        reader.get();
      } finally {
        pool.shutdownNow();
      }
    });

    Map<EventId, Long> acknowledged = new HashMap<>();
    Map<EventId, StreamId> acknowledgedStream = new HashMap<>();
    long ackedEvents = 0;
    for (List<Ack> list : acks.values()) {
      for (Ack a : list) {
        for (int k = 0; k < a.events().size(); k++) {
          assertThat(acknowledged.put(a.events().get(k).eventId(), a.firstVersion() + k)).as("acknowledged once").isNull();
          acknowledgedStream.put(a.events().get(k).eventId(), a.stream());
          ackedEvents++;
        }
      }
    }
    long stored = 0;
    Map<Integer, Map<StreamId, Long>> lastAttemptSeen = new HashMap<>();
    for (StreamId s : streams) {
      List<RecordedEvent<StressEvent>> events = store.load(s);
      Set<EventId> ids = new HashSet<>();
      for (int i = 0; i < events.size(); i++) {
        RecordedEvent<StressEvent> r = events.get(i);
        assertThat(r.version()).as("gapless versions in %s", s).isEqualTo(i + 1L);
        assertThat(r.stream()).isEqualTo(s);
        assertThat(ids.add(r.event().eventId())).as("no duplicate in %s", s).isTrue();
        assertThat(acknowledged.get(r.event().eventId())).as("stored event was acknowledged at this version")
            .isEqualTo(r.version());
        assertThat(acknowledgedStream.get(r.event().eventId())).isEqualTo(s);
        Map<StreamId, Long> last = lastAttemptSeen.computeIfAbsent(r.event().writer(), k -> new HashMap<>());
        Long before = last.put(s, r.event().attempt());
        assertThat(before == null || before <= r.event().attempt()).as("a writer's events keep their order").isTrue();
      }
      assertThat(store.version(s)).isEqualTo(events.size());
      stored += events.size();
    }
    assertThat(stored).as("no acknowledged event lost, nothing unacknowledged stored").isEqualTo(ackedEvents);
    assertThat(conflicts.get()).as("conflicts happened").isPositive();
    assertThat(retries.get()).as("retries happened").isPositive();
    assertThat(readerGaps.get()).as("a reader never sees a gap").isZero();
    System.out.printf("[concurrency] %d writers x %,d attempts: %,d events stored in %d streams, %,d conflicts, %,d retries, %,d ms%n",
        WRITERS, attempts, stored, STREAMS, conflicts.get(), retries.get(), (System.nanoTime() - started) / 1_000_000);
    System.out.println("[concurrency] " + org.hewei.governance.reliability.support.Load.describe());
  }

  private static List<Ack> write(InMemoryGovernanceStore<StressEvent> store, List<StreamId> streams, int writer,
      int attempts, AtomicLong conflicts, AtomicLong retries) {
    SplittableRandom random = new SplittableRandom(writer * 7919L);
    List<Ack> acks = new ArrayList<>();
    for (int attempt = 0; attempt < attempts; attempt++) {
      StreamId s = streams.get(random.nextInt(streams.size()));
      if (!acks.isEmpty() && random.nextInt(20) == 0) {
        Ack old = acks.get(random.nextInt(acks.size()));
        AppendResult again = store.append(old.stream(), ExpectedVersion.any(), old.events());
        assertThat(again.isDuplicate()).as("a retried batch is recognised").isTrue();
        retries.incrementAndGet();
        continue;
      }
      int size = 1 + random.nextInt(3);
      List<StressEvent> batch = new ArrayList<>(size);
      for (int k = 0; k < size; k++) {
        batch.add(new StressEvent(EventId.of("t" + writer + "-" + attempt + "-" + k), Instant.EPOCH, ACTOR, writer, attempt));
      }
      long read = store.version(s);
      ExpectedVersion expected;
      int pick = random.nextInt(10);
      if (pick < 6) {
        expected = ExpectedVersion.exactly(read);
      } else if (pick < 8) {
        expected = ExpectedVersion.any();
      } else if (pick == 8) {
        expected = read == 0 ? ExpectedVersion.noStream() : ExpectedVersion.exactly(read - 1);
      } else {
        expected = ExpectedVersion.noStream();
      }
      try {
        AppendResult r = store.append(s, expected, batch);
        assertThat(r.storedCount()).isEqualTo(size);
        assertThat(r.isDuplicate()).isFalse();
        acks.add(new Ack(s, r.firstVersion(), List.copyOf(batch)));
      } catch (ConcurrencyConflictException e) {
        conflicts.incrementAndGet();
      }
    }
    return acks;
  }
}
