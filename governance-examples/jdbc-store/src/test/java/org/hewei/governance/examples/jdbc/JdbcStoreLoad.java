package org.hewei.governance.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.spi.CaseSummary;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.StreamId;
import org.hewei.governance.core.spi.SummaryQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * 负载测试 — appends 1,000,000 events (250,000 streams × 4 events, one append of 4 events with its
 * summary per stream, 4 writer threads) to an H2 file database and measures appends/s, then the latency
 * of 2,000 summary queries (subtree, status, due-before, category, flags, combined; first pages of 100)
 * and 2,000 stream loads: p50/p95/p99. Not part of the build (the class name is not a test pattern and
 * it needs a flag); run it with
 *
 * <pre>{@code
 * mvn -o verify -DskipReleaseArtifacts -pl governance-examples/jdbc-store -am \
 *     -Dtest=JdbcStoreLoad -Dsurefire.failIfNoSpecifiedTests=false -Dhewei.load=true [-Dhewei.load.events=1000000]
 * }</pre>
 *
 * The figures go to standard output and {@code target/jdbc-load.txt}.
 */
class JdbcStoreLoad {
  private static final int EVENTS_PER_STREAM = 4;
  private static final int WRITERS = 4;
  private static final String[] STATUSES = {"RECEIVED", "REGISTERED", "ACCEPTED", "ASSIGNED", "REPLIED", "CLOSED"};
  private static final String[] CATEGORIES = {"land", "wages", "housing", "pension", "environment", "traffic", "family", "other"};
  private static final String[] FLAGS = {"collective", "skip-level", "repeat", "key-person"};
  private static final Instant T0 = Instant.parse("2022-07-25T01:30:00Z");
  private static final Actor CLERK = Actor.official(OfficialId.of("OFF-1"), Role.PETITION_OFFICER);

  @Test
  @EnabledIfSystemProperty(named = "hewei.load", matches = "true")
  void millionEvents() throws Exception {
    long events = Long.getLong("hewei.load.events", 1_000_000L);
    int streams = (int) (events / EVENTS_PER_STREAM);
    Path dir = Path.of("target", "jdbc-load");
    Files.createDirectories(dir);
    for (Path p : Files.list(dir).toArray(Path[]::new)) {
      Files.delete(p);
    }
    ReusingDataSource ds = ReusingDataSource.of(
        "jdbc:h2:file:" + dir.toAbsolutePath().resolve("hewei") + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "", WRITERS + 2);
    JdbcGovernanceStore store = JdbcGovernanceStore.create(ds);

    AtomicLong next = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    long start = System.nanoTime();
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      writers.add(pool.submit(() -> {
        for (long i = next.getAndIncrement(); i < streams; i = next.getAndIncrement()) {
          StreamId s = stream(i);
          store.append(s, ExpectedVersion.noStream(), events(s, i), summary(s, new SplittableRandom(i)));
        }
        return null;
      }));
    }
    for (Future<?> f : writers) {
      f.get(2, TimeUnit.HOURS);
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(store.version(stream(streams - 1))).isEqualTo(EVENTS_PER_STREAM);

    SplittableRandom random = new SplittableRandom(42);
    long[] queryNanos = new long[2000];
    long matched = 0;
    for (int i = 0; i < queryNanos.length; i++) {
      SummaryQuery q = query(i % 6, random);
      long t = System.nanoTime();
      matched += store.query(q).items().size();
      queryNanos[i] = System.nanoTime() - t;
    }
    long[] loadNanos = new long[2000];
    for (int i = 0; i < loadNanos.length; i++) {
      StreamId s = stream(random.nextInt(streams));
      long t = System.nanoTime();
      assertThat(store.load(s)).hasSize(EVENTS_PER_STREAM);
      loadNanos[i] = System.nanoTime() - t;
    }
    String report = String.format("JdbcStoreLoad on H2 (file), %d events in %d appends (%d events each, with summary) "
            + "by %d writers: %.1f s, %.0f appends/s, %.0f events/s%n"
            + "summary queries (first page of 100, %d items returned in total): %s%n"
            + "stream loads (%d events): %s%n",
        streams * (long) EVENTS_PER_STREAM, streams, EVENTS_PER_STREAM, WRITERS, seconds, streams / seconds,
        streams * (double) EVENTS_PER_STREAM / seconds, matched, percentiles(queryNanos), EVENTS_PER_STREAM,
        percentiles(loadNanos));
    System.out.print(report);
    Files.writeString(Path.of("target", "jdbc-load.txt"), report, StandardCharsets.UTF_8);
    ds.closeIdle();
  }

  private static SummaryQuery query(int kind, SplittableRandom r) {
    SummaryQuery.Builder b = SummaryQuery.builder().pageSize(100);
    int town = 1 + r.nextInt(10);
    switch (kind) {
      case 0:
        return b.subtree(JurisdictionId.of("T" + town)).build();
      case 1:
        return b.addStatuses(STATUSES[r.nextInt(STATUSES.length)]).build();
      case 2:
        return b.dueBefore(LocalDate.of(2022, 8, 1).plusDays(r.nextInt(5))).build();
      case 3:
        return b.addCategories(CATEGORIES[r.nextInt(CATEGORIES.length)]).build();
      case 4:
        return b.addFlagsAll(FLAGS[r.nextInt(FLAGS.length)]).build();
      default:
        return b.subtree(JurisdictionId.of("T" + town + "-V" + (1 + r.nextInt(10))))
            .addStatuses("ACCEPTED", "ASSIGNED").addFlagsAll("collective").build();
    }
  }

  private static String percentiles(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms", ms(sorted, 0.50), ms(sorted, 0.95),
        ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
  }

  private static double ms(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static StreamId stream(long i) {
    return StreamId.petition(PetitionId.of(String.format("LOAD-%08d", i)));
  }

  private static List<DomainEvent> events(StreamId s, long i) {
    List<DomainEvent> list = new ArrayList<>(EVENTS_PER_STREAM);
    for (int e = 0; e < EVENTS_PER_STREAM; e++) {
      list.add(PetitionEvent.Declined.builder()
          .petitionId(PetitionId.of(s.aggregateId()))
          .eventId(EventId.of("e" + i + "-" + e))
          .occurredAt(T0.plusSeconds(i))
          .actor(CLERK)
          .reason("村民反映土地承包纠纷，第" + e + "次")
          .build());
    }
    return list;
  }

  private static CaseSummary summary(StreamId s, SplittableRandom r) {
    int town = 1 + r.nextInt(10);
    int village = 1 + r.nextInt(10);
    List<JurisdictionId> path = List.of(JurisdictionId.of("C"), JurisdictionId.of("T" + town),
        JurisdictionId.of("T" + town + "-V" + village));
    List<String> flags = new ArrayList<>();
    for (String f : FLAGS) {
      if (r.nextInt(5) == 0) {
        flags.add(f);
      }
    }
    return CaseSummary.builder()
        .stream(s)
        .jurisdiction(path.get(2))
        .jurisdictionPath(path)
        .status(STATUSES[r.nextInt(STATUSES.length)])
        .category(CATEGORIES[r.nextInt(CATEGORIES.length)])
        .flags(Set.copyOf(flags))
        .dueDate(r.nextInt(4) == 0 ? Optional.empty() : Optional.of(LocalDate.of(2022, 7, 1).plusDays(r.nextInt(90))))
        .updatedAt(T0)
        .build();
  }
}
