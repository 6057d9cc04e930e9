package org.hewei.governance.testkit.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.hewei.governance.testkit.kit.KitData.COUNTY;
import static org.hewei.governance.testkit.kit.KitData.PERSONS;
import static org.hewei.governance.testkit.kit.KitData.RESIDENTS;
import static org.hewei.governance.testkit.kit.KitData.event;
import static org.hewei.governance.testkit.kit.KitData.events;
import static org.hewei.governance.testkit.kit.KitData.path;
import static org.hewei.governance.testkit.kit.KitData.person;
import static org.hewei.governance.testkit.kit.KitData.stream;
import static org.hewei.governance.testkit.kit.KitData.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.spi.AggregateType;
import org.hewei.governance.core.spi.AppendResult;
import org.hewei.governance.core.spi.Capability;
import org.hewei.governance.core.spi.CaseSummary;
import org.hewei.governance.core.spi.ConcurrencyConflictException;
import org.hewei.governance.core.spi.DuplicateEventException;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.GovernanceStore;
import org.hewei.governance.core.spi.Page;
import org.hewei.governance.core.spi.PageCursor;
import org.hewei.governance.core.spi.RecordedEvent;
import org.hewei.governance.core.spi.Registry;
import org.hewei.governance.core.spi.RegistryEntry;
import org.hewei.governance.core.spi.StoreCapabilities;
import org.hewei.governance.core.spi.StreamId;
import org.hewei.governance.core.spi.SummaryQuery;
import org.hewei.governance.core.spi.UnsupportedCapabilityException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 存储兼容性测试套件 — the compatibility kit of the storage SPI: every numbered clause of
 * {@code org.hewei.governance.core.spi} (S1–S5) as a JUnit 5 test. An integrator subclasses it and
 * implements {@link #createStore()}; that subclass is the whole test of their store.
 *
 * <p>Tests are grouped by part ({@code @Nested}: S1 append, S2 load, S3 summaries, S4 registries, S5
 * capabilities) and named after their clause: {@code required_S1_2_…} must pass for every store,
 * {@code optional_S3_…} only run when the store declares the capability, and are reported as
 * <em>skipped</em> otherwise; then the {@code required_S5_2_…} tests check that the undeclared
 * operations fail cleanly with {@link UnsupportedCapabilityException}. Every test gets a fresh store.
 * The kit stores real Hewei events (petition events with unicode text and personal data) in a
 * {@code GovernanceStore<DomainEvent>}.
 *
 * <pre>{@code
 * class PostgresStoreContractTest extends GovernanceStoreCompatibilityKit {
 *   @Override
 *   protected GovernanceStore<DomainEvent> createStore() {
 *     return new PostgresStore(dataSource);
 *   }
 *
 *   @Override
 *   protected void tearDown(GovernanceStore<DomainEvent> store) {
 *     truncateTables();
 *   }
 * }
 * }</pre>
 */
public abstract class GovernanceStoreCompatibilityKit {
  private static final long TIMEOUT_SECONDS = 60;
  private static final int THREADS = 8;

  private @Nullable GovernanceStore<DomainEvent> current;
  private int eventCounter;

  /** For subclasses. */
  protected GovernanceStoreCompatibilityKit() {}

  /**
   * A new, empty store under test; called once before every test. The capabilities it declares decide
   * which optional tests run.
   *
   * <pre>{@code
   * protected GovernanceStore<DomainEvent> createStore() { return InMemoryGovernanceStore.create(); }
   * }</pre>
   */
  protected abstract GovernanceStore<DomainEvent> createStore();

  /**
   * Called before {@link #createStore()} for every test (e.g. start a container, create a schema).
   *
   * <pre>{@code
   * protected void setUp() { schema.create(); }
   * }</pre>
   *
   * @throws Exception to fail the test
   */
  protected void setUp() throws Exception {}

  /**
   * Called after every test with the store it used (e.g. drop its tables, close connections).
   *
   * <pre>{@code
   * protected void tearDown(GovernanceStore<DomainEvent> store) { ((PostgresStore) store).close(); }
   * }</pre>
   *
   * @throws Exception to fail the test
   */
  protected void tearDown(GovernanceStore<DomainEvent> store) throws Exception {}

  @BeforeEach
  final void kitSetUp() throws Exception {
    setUp();
    current = Objects.requireNonNull(createStore(), "createStore() must return a store");
  }

  @AfterEach
  final void kitTearDown() throws Exception {
    GovernanceStore<DomainEvent> s = current;
    current = null;
    if (s != null) {
      tearDown(s);
    }
  }

  /** The store of the running test. */
  final GovernanceStore<DomainEvent> store() {
    return Objects.requireNonNull(current, "no store: the kit's @BeforeEach did not run");
  }

  final boolean has(Capability c) {
    return store().capabilities().has(c);
  }

  final void assumeCapability(Capability c) {
    assumeTrue(has(c), () -> "skipped: the store does not declare " + c + " (an optional capability, S5)");
  }

  /** Appends one new event with {@code summary} to its stream (expected any()). */
  final AppendResult write(CaseSummary summary) {
    StreamId s = summary.stream();
    return store().append(s, ExpectedVersion.any(), List.of(event(s, "kit-" + (++eventCounter))), summary);
  }

  /** Every page of {@code query}, concatenated. */
  final List<CaseSummary> pageAll(SummaryQuery query) {
    List<CaseSummary> all = new ArrayList<>();
    Page<CaseSummary> page = store().query(query);
    all.addAll(page.items());
    int guard = 0;
    while (page.hasNext()) {
      assertThat(++guard).as("S3.6: paging never ends — check that the next cursor moves forward").isLessThan(100_000);
      page = store().query(query.withCursor(page.next().orElseThrow()));
      all.addAll(page.items());
    }
    return all;
  }

  static List<EventId> ids(List<? extends DomainEvent> events) {
    return events.stream().map(DomainEvent::eventId).collect(Collectors.toList());
  }

  static List<EventId> loadedIds(List<RecordedEvent<DomainEvent>> recorded) {
    return recorded.stream().map(r -> r.event().eventId()).collect(Collectors.toList());
  }

  static List<Long> versions(List<RecordedEvent<DomainEvent>> recorded) {
    return recorded.stream().map(RecordedEvent::version).collect(Collectors.toList());
  }

  static List<Long> oneTo(long n) {
    return java.util.stream.LongStream.rangeClosed(1, n).boxed().collect(Collectors.toList());
  }

  /** Runs {@code task(i)} for i in 0..threads-1 on their own threads, released together; returns results in order. */
  static <T> List<T> concurrently(int threads, IntFunction<Callable<T>> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch gate = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<T> body = task.apply(i);
        futures.add(pool.submit(() -> {
          gate.await();
          return body.call();
        }));
      }
      gate.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  // ------------------------------------------------------------------------------------------------

  /** S1 — append. */
  @Nested
  @DisplayName("S1 append")
  class S1Append {
    @Test
    @DisplayName("S1.1 an append stores all its events or none: a failing 5-event batch leaves the stream as it was")
    void required_S1_1_appendIsAtomic() {
      StreamId s = stream("KIT-S1-1");
      List<DomainEvent> first = events(s, "a", 0, 2);
      store().append(s, ExpectedVersion.noStream(), first);

      List<DomainEvent> mixed = new ArrayList<>(events(s, "b", 0, 4));
      mixed.add(first.get(1));
      assertThat(catchThrowable(() -> store().append(s, ExpectedVersion.any(), mixed)))
          .as("S1.1/S1.6: a batch ending with a stored id must fail").isNotNull();
      List<DomainEvent> repeated = new ArrayList<>(events(s, "c", 0, 4));
      repeated.add(repeated.get(0));
      assertThat(catchThrowable(() -> store().append(s, ExpectedVersion.any(), repeated)))
          .as("S1.1/S1.7: a batch repeating an id must fail").isNotNull();
      assertThat(catchThrowable(() -> store().append(s, ExpectedVersion.exactly(1), events(s, "d", 0, 5))))
          .as("S1.1/S1.4: a batch expecting a stale version must fail").isNotNull();

      assertThat(loadedIds(store().load(s)))
          .as("S1.1: failed appends (a stored id at the end, a repeated id, a stale version) must write none of "
              + "their events — check that the batch is written in one transaction after all checks")
          .isEqualTo(ids(first));
      assertThat(store().version(s)).as("S1.1: the version must not move after failed appends").isEqualTo(2);

      List<DomainEvent> five = events(s, "e", 0, 5);
      AppendResult r = store().append(s, ExpectedVersion.exactly(2), five);
      assertThat(r.storedCount()).as("S1.1: a successful 5-event append stores all 5").isEqualTo(5);
      assertThat(loadedIds(store().load(s, 3))).as("S1.1: all 5 events of the batch must be loaded").isEqualTo(ids(five));
    }

    @Test
    @DisplayName("S1.2 the n events of an append to a stream at version v get versions v+1..v+n; versions run gapless from 1")
    void required_S1_2_versionsRunGaplessFromOne() {
      StreamId s = stream("KIT-S1-2");
      AppendResult a = store().append(s, ExpectedVersion.noStream(), events(s, "a", 0, 3));
      AppendResult b = store().append(s, ExpectedVersion.exactly(3), events(s, "b", 0, 2));
      assertThat(a.version()).as("S1.2: the first append of 3 events must return version 3").isEqualTo(3);
      assertThat(a.storedCount()).as("S1.2: storedCount of the first append").isEqualTo(3);
      assertThat(b.version()).as("S1.2: an append of 2 events at version 3 must return version 5").isEqualTo(5);
      assertThat(b.firstVersion()).as("S1.2: its first event must get version 4").isEqualTo(4);
      assertThat(b.stream()).as("S1.2: the result names the stream").isEqualTo(s);
      assertThat(versions(store().load(s))).as("S1.2: loaded versions must be 1..5 without gaps").isEqualTo(oneTo(5));
    }

    @Test
    @Timeout(TIMEOUT_SECONDS)
    @DisplayName("S1.2 a large stream of 10,000 events (100 appends of 100) keeps every event, in order, versions 1..10000")
    void required_S1_2_largeStreamOf10000Events() {
      StreamId s = stream("KIT-S1-2-LARGE");
      List<EventId> expected = new ArrayList<>();
      for (int batch = 0; batch < 100; batch++) {
        List<DomainEvent> events = events(s, "big", batch * 100, 100);
        AppendResult r = store().append(s, ExpectedVersion.exactly(batch * 100L), events);
        assertThat(r.version()).as("S1.2: append %d of 100 events must end at version %d", batch + 1, (batch + 1) * 100)
            .isEqualTo((batch + 1) * 100L);
        expected.addAll(ids(events));
      }
      List<RecordedEvent<DomainEvent>> loaded = store().load(s);
      assertThat(loaded).as("S1.2: 10,000 events must be loaded — check for limits on rows or batch sizes").hasSize(10_000);
      assertThat(versions(loaded)).as("S1.2: versions must run 1..10000").isEqualTo(oneTo(10_000));
      assertThat(loadedIds(loaded)).as("S1.3: events must come back in append order").isEqualTo(expected);
      assertThat(store().version(s)).as("S2.4: version() of the large stream").isEqualTo(10_000);
      assertThat(versions(store().load(s, 9_990))).as("S2.2: load from 9990 must return versions 9990..10000")
          .isEqualTo(oneTo(10_000).subList(9_989, 10_000));
    }

    @Test
    @DisplayName("S1.3 events are stored and loaded in the order of the appended list, not sorted by id or time")
    void required_S1_3_eventsKeepTheOrderOfTheList() {
      StreamId s = stream("KIT-S1-3");
      List<DomainEvent> batch = new ArrayList<>();
      for (String id : List.of("m", "z", "a", "q", "b", "y", "c", "x", "0", "9")) {
        batch.add(event(s, "ord-" + id));
      }
      store().append(s, ExpectedVersion.noStream(), batch);
      List<DomainEvent> second = List.of(event(s, "ord-00"), event(s, "ord-zz"), event(s, "ord-01"));
      store().append(s, ExpectedVersion.exactly(10), second);
      List<EventId> expected = new ArrayList<>(ids(batch));
      expected.addAll(ids(second));
      assertThat(loadedIds(store().load(s)))
          .as("S1.3: load must return the events in the order of the appended lists — check that the store "
              + "orders by version, not by event id or insertion time")
          .isEqualTo(expected);
    }

    @Test
    @DisplayName("S1.4 noStream() matches only a stream without events; a mismatch throws ConcurrencyConflictException and writes nothing")
    void required_S1_4_noStreamMatchesOnlyAStreamWithoutEvents() {
      StreamId s = stream("KIT-S1-4-NS");
      store().append(s, ExpectedVersion.noStream(), events(s, "a", 0, 1));
      Throwable t = catchThrowable(() -> store().append(s, ExpectedVersion.noStream(), events(s, "b", 0, 1)));
      assertThat(t).as("S1.4: noStream() on a stream at version 1 must throw ConcurrencyConflictException")
          .isInstanceOf(ConcurrencyConflictException.class);
      assertThat(store().version(s)).as("S1.4: nothing may be written on a conflict").isEqualTo(1);
    }

    @Test
    @DisplayName("S1.4 exactly(n) matches only version n; the conflict carries stream, expectation and actual version")
    void required_S1_4_exactlyMatchesOnlyThatVersion() {
      StreamId s = stream("KIT-S1-4-EX");
      store().append(s, ExpectedVersion.noStream(), events(s, "a", 0, 2));
      for (long stale : new long[] {1, 3}) {
        Throwable t = catchThrowable(() -> store().append(s, ExpectedVersion.exactly(stale), events(s, "b", 0, 1)));
        assertThat(t).as("S1.4: exactly(%d) on a stream at version 2 must throw ConcurrencyConflictException", stale)
            .isInstanceOf(ConcurrencyConflictException.class);
        ConcurrencyConflictException c = (ConcurrencyConflictException) t;
        assertThat(c.subject()).as("S1.4: the conflict must name the stream").isEqualTo(s.toString());
        assertThat(c.expected()).as("S1.4: the conflict must carry the expectation").isEqualTo(ExpectedVersion.exactly(stale));
        assertThat(c.actualVersion()).as("S1.4: the conflict must carry the actual version").isEqualTo(2);
      }
      assertThat(store().version(s)).as("S1.4: nothing may be written on a conflict").isEqualTo(2);
      assertThat(store().append(s, ExpectedVersion.exactly(2), events(s, "c", 0, 1)).version())
          .as("S1.4: exactly(2) on a stream at version 2 must succeed").isEqualTo(3);
    }

    @Test
    @DisplayName("S1.4 any() matches every version, including a stream without events")
    void required_S1_4_anyAlwaysMatches() {
      StreamId s = stream("KIT-S1-4-ANY");
      assertThat(store().append(s, ExpectedVersion.any(), events(s, "a", 0, 1)).version())
          .as("S1.4: any() on a new stream must succeed").isEqualTo(1);
      assertThat(store().append(s, ExpectedVersion.any(), events(s, "b", 0, 2)).version())
          .as("S1.4: any() on a stream at version 1 must succeed").isEqualTo(3);
    }

    @Test
    @DisplayName("S1.5 re-appending a batch whose ids are all stored writes nothing, ignores the expected version and returns duplicate")
    void required_S1_5_reappendingAStoredBatchIsANoOp() {
      StreamId s = stream("KIT-S1-5");
      List<DomainEvent> a = events(s, "a", 0, 2);
      store().append(s, ExpectedVersion.noStream(), a);
      AppendResult retry = store().append(s, ExpectedVersion.noStream(), a);
      assertThat(retry.isDuplicate()).as("S1.5: a retry of a stored batch must return a duplicate result, "
          + "not throw — check that the id check comes before the version check").isTrue();
      assertThat(retry.version()).as("S1.5: the duplicate result carries the current version").isEqualTo(2);
      assertThat(retry.alreadyStored()).as("S1.5: the duplicate result lists the batch's ids").containsExactlyInAnyOrderElementsOf(ids(a));

      List<DomainEvent> b = events(s, "b", 0, 2);
      store().append(s, ExpectedVersion.exactly(2), b);
      AppendResult late = store().append(s, ExpectedVersion.exactly(0), a);
      assertThat(late.isDuplicate()).as("S1.5: a late retry of an earlier batch must still be a duplicate").isTrue();
      assertThat(late.version()).as("S1.5: … at the current version").isEqualTo(4);
      AppendResult again = store().append(s, ExpectedVersion.any(), b);
      assertThat(again.isDuplicate()).as("S1.5: a retry with any() must not store the events twice").isTrue();
      assertThat(loadedIds(store().load(s))).as("S1.5: retries must write nothing — check for duplicated events")
          .isEqualTo(ids(List.of(a.get(0), a.get(1), b.get(0), b.get(1))));
    }

    @Test
    @DisplayName("S1.6 a batch mixing stored and new event ids throws DuplicateEventException listing the stored ids and writes nothing")
    void required_S1_6_mixedBatchIsRejectedAndWritesNothing() {
      StreamId s = stream("KIT-S1-6");
      List<DomainEvent> a = events(s, "a", 0, 2);
      store().append(s, ExpectedVersion.noStream(), a);
      DomainEvent fresh = event(s, "new-1");
      Throwable t = catchThrowable(() -> store().append(s, ExpectedVersion.any(), List.of(fresh, a.get(1))));
      assertThat(t).as("S1.6: a mixed batch must throw DuplicateEventException").isInstanceOf(DuplicateEventException.class);
      assertThat(((DuplicateEventException) t).alreadyStored()).as("S1.6: the exception lists the stored ids")
          .containsExactly(a.get(1).eventId());
      Throwable stale = catchThrowable(() -> store().append(s, ExpectedVersion.exactly(7), List.of(a.get(0), fresh)));
      assertThat(stale).as("S1.6: the mixed-batch check comes before the version check").isInstanceOf(DuplicateEventException.class);
      assertThat(loadedIds(store().load(s))).as("S1.6: nothing of a mixed batch may be written").isEqualTo(ids(a));
    }

    @Test
    @SuppressWarnings("NullAway") // passes null on purpose
    @DisplayName("S1.7 null arguments throw MissingValueException; an empty batch or a repeated id throws InvalidValueException; nothing is written")
    void required_S1_7_badArgumentsAreRejected() {
      StreamId s = stream("KIT-S1-7");
      List<DomainEvent> one = events(s, "a", 0, 1);
      List<DomainEvent> withNull = new ArrayList<>(one);
      withNull.add(null);
      assertThatThrownBy(() -> store().append(null, ExpectedVersion.any(), one)).as("S1.7: a null stream")
          .isInstanceOf(MissingValueException.class);
      assertThatThrownBy(() -> store().append(s, null, one)).as("S1.7: a null expected version")
          .isInstanceOf(MissingValueException.class);
      assertThatThrownBy(() -> store().append(s, ExpectedVersion.any(), (List<DomainEvent>) null)).as("S1.7: a null list")
          .isInstanceOf(MissingValueException.class);
      assertThatThrownBy(() -> store().append(s, ExpectedVersion.any(), withNull)).as("S1.7: a null event")
          .isInstanceOf(MissingValueException.class);
      assertThatThrownBy(() -> store().append(s, ExpectedVersion.any(), List.of())).as("S1.7: an empty batch")
          .isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> store().append(s, ExpectedVersion.any(), List.of(one.get(0), one.get(0))))
          .as("S1.7: one id twice in a batch").isInstanceOf(InvalidValueException.class);
      assertThat(store().exists(s)).as("S1.7: nothing may be written by a rejected call").isFalse();
    }

    @Test
    @DisplayName("S1.8 events appended to one stream are loaded only from it; the same event id in two streams is two events")
    void required_S1_8_streamsAreSeparate() {
      StreamId s1 = stream("KIT-S1-8-A");
      StreamId s2 = stream("KIT-S1-8-B");
      StreamId s3 = stream(AggregateType.DISPUTE, "KIT-S1-8-A");
      List<DomainEvent> e1 = events(s1, "same", 0, 3);
      List<DomainEvent> e2 = events(s2, "same", 0, 2);
      store().append(s1, ExpectedVersion.noStream(), e1);
      AppendResult r2 = store().append(s2, ExpectedVersion.noStream(), e2);
      AppendResult r3 = store().append(s3, ExpectedVersion.noStream(), e1.subList(0, 1));
      assertThat(r2.isDuplicate()).as("S1.8: the same ids in another stream are new events, not a retry").isFalse();
      assertThat(r3.version()).as("S1.8: a stream of another aggregate type with the same id is separate").isEqualTo(1);
      assertThat(loadedIds(store().load(s1))).as("S1.8: stream A holds only its events").isEqualTo(ids(e1));
      assertThat(loadedIds(store().load(s2))).as("S1.8: stream B holds only its events").isEqualTo(ids(e2));
      assertThat(store().load(s1)).as("S1.8: loaded events name their own stream").allMatch(r -> r.stream().equals(s1));
    }

    @Test
    @Timeout(TIMEOUT_SECONDS)
    @DisplayName("S1.9 8 threads appending 2-event batches with any() to one stream: no event lost or duplicated, versions gapless, batches contiguous")
    void optional_S1_9_eightThreadsAppendToOneStream() throws Exception {
      assumeCapability(Capability.CONCURRENT_APPENDS);
      StreamId s = stream("KIT-S1-9-ONE");
      int batches = 100;
      List<List<AppendResult>> results = concurrently(THREADS, t -> () -> {
        List<AppendResult> mine = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
          mine.add(store().append(s, ExpectedVersion.any(), events(s, "t" + t + "-b" + b, 0, 2)));
        }
        return mine;
      });
      long total = THREADS * batches * 2L;
      List<RecordedEvent<DomainEvent>> loaded = store().load(s);
      assertThat(versions(loaded)).as("S1.9: versions must run gapless 1..%d — check the store serialises appends to a stream", total)
          .isEqualTo(oneTo(total));
      Set<EventId> expected = new HashSet<>();
      for (int t = 0; t < THREADS; t++) {
        for (int b = 0; b < batches; b++) {
          expected.addAll(ids(events(s, "t" + t + "-b" + b, 0, 2)));
        }
      }
      assertThat(loadedIds(loaded)).as("S1.9: every event exactly once (none lost, none duplicated)")
          .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
      Map<EventId, Long> versionOf = new HashMap<>();
      loaded.forEach(r -> versionOf.put(r.event().eventId(), r.version()));
      for (int t = 0; t < THREADS; t++) {
        for (int b = 0; b < batches; b++) {
          List<DomainEvent> batch = events(s, "t" + t + "-b" + b, 0, 2);
          long first = versionOf.getOrDefault(batch.get(0).eventId(), -1L);
          assertThat(versionOf.get(batch.get(1).eventId())).as("S1.9: a batch must stay contiguous").isEqualTo(first + 1);
          assertThat(results.get(t).get(b).version()).as("S1.9: the result's version is the batch's last version").isEqualTo(first + 1);
        }
      }
    }

    @Test
    @Timeout(TIMEOUT_SECONDS)
    @DisplayName("S1.9 8 threads appending with exactly(v) and retrying on conflict across 16 streams: every stream gapless, no event lost or duplicated")
    void optional_S1_9_eightThreadsAppendToManyStreams() throws Exception {
      assumeCapability(Capability.CONCURRENT_APPENDS);
      int streams = 16;
      int appends = 60;
      concurrently(THREADS, t -> () -> {
        for (int i = 0; i < appends; i++) {
          StreamId s = stream("KIT-S1-9-MANY-" + ((t + i) % streams));
          List<DomainEvent> batch = events(s, "t" + t + "-i" + i, 0, 1 + i % 3);
          while (true) {
            long v = store().version(s);
            try {
              store().append(s, ExpectedVersion.exactly(v), batch);
              break;
            } catch (ConcurrencyConflictException retry) {
              // another thread won: read the version again
            }
          }
        }
        return Boolean.TRUE;
      });
      Map<StreamId, Set<EventId>> expected = new HashMap<>();
      for (int t = 0; t < THREADS; t++) {
        for (int i = 0; i < appends; i++) {
          StreamId s = stream("KIT-S1-9-MANY-" + ((t + i) % streams));
          expected.computeIfAbsent(s, k -> new HashSet<>()).addAll(ids(events(s, "t" + t + "-i" + i, 0, 1 + i % 3)));
        }
      }
      for (Map.Entry<StreamId, Set<EventId>> e : expected.entrySet()) {
        List<RecordedEvent<DomainEvent>> loaded = store().load(e.getKey());
        assertThat(versions(loaded)).as("S1.9: %s must have gapless versions 1..%d", e.getKey(), e.getValue().size())
            .isEqualTo(oneTo(e.getValue().size()));
        assertThat(loadedIds(loaded)).as("S1.9: %s must hold every event exactly once", e.getKey())
            .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(e.getValue());
      }
    }

    @Test
    @Timeout(TIMEOUT_SECONDS)
    @DisplayName("S1.9 of 8 concurrent appends expecting the same exactly(n), exactly one succeeds and 7 get ConcurrencyConflictException")
    void optional_S1_9_exactlyOneOfConcurrentSameVersionAppendsWins() throws Exception {
      assumeCapability(Capability.CONCURRENT_APPENDS);
      StreamId s = stream("KIT-S1-9-RACE");
      for (int round = 0; round < 20; round++) {
        long v = round;
        int r = round;
        List<Boolean> won = concurrently(THREADS, t -> () -> {
          try {
            store().append(s, ExpectedVersion.exactly(v), events(s, "r" + r + "-t" + t, 0, 1));
            return true;
          } catch (ConcurrencyConflictException lost) {
            return false;
          }
        });
        assertThat(won.stream().filter(w -> w).count())
            .as("S1.9: round %d: exactly one of 8 appends expecting version %d may succeed — check the version "
                + "check and the write are one atomic step", round, v)
            .isEqualTo(1);
        assertThat(store().version(s)).as("S1.9: round %d must leave the stream at version %d", round, v + 1).isEqualTo(v + 1);
      }
    }
  }

  /** S2 — load, exists, version. */
  @Nested
  @DisplayName("S2 load")
  class S2Load {
    @Test
    @DisplayName("S2.1 load returns every event equal to the one appended, numbered 1..n; an unknown stream gives an empty list")
    void required_S2_1_loadReturnsTheEventsAppended() {
      StreamId s = stream("KIT-S2-1");
      List<DomainEvent> e = events(s, "a", 0, 4);
      store().append(s, ExpectedVersion.noStream(), e);
      List<RecordedEvent<DomainEvent>> loaded = store().load(s);
      assertThat(loaded.stream().map(RecordedEvent::event).collect(Collectors.toList()))
          .as("S2.1: loaded events must equal the appended ones — check serialisation keeps every field").isEqualTo(e);
      assertThat(versions(loaded)).as("S2.1: numbered 1..n").isEqualTo(oneTo(4));
      assertThat(store().load(stream("KIT-S2-1-NONE"))).as("S2.1: an unknown stream loads as an empty list").isEmpty();
    }

    @Test
    @DisplayName("S2.1 text in any script (CJK incl. extension B, emoji, combining marks, RTL, quotes, line breaks) round-trips unchanged")
    void required_S2_1_unicodeTextRoundTripsUnchanged() {
      StreamId s = stream("KIT-S2-1-UNICODE");
      DomainEvent e = KitData.textEvent(s, "u-1", KitData.UNICODE);
      DomainEvent long20000 = KitData.textEvent(s, "u-2", "𠀋".repeat(10_000));
      store().append(s, ExpectedVersion.noStream(), List.of(e, long20000));
      List<RecordedEvent<DomainEvent>> loaded = store().load(s);
      assertThat(loaded.get(0).event()).as("S2.1: unicode text must round-trip unchanged — check the column "
          + "encoding (UTF-8/utf8mb4) and that no normalisation is applied").isEqualTo(e);
      assertThat(loaded.get(1).event()).as("S2.1: 10,000 supplementary characters must round-trip unchanged").isEqualTo(long20000);
    }

    @Test
    @DisplayName("S2.1 personal data in events (names, ID numbers, phones, addresses in request and facts) round-trips unchanged")
    void required_S2_1_personalDataRoundTripsUnchanged() {
      StreamId s = stream("KIT-S2-1-PI");
      DomainEvent received = KitData.received(s, "pi-1");
      store().append(s, ExpectedVersion.noStream(), List.of(received));
      assertThat(store().load(s).get(0).event())
          .as("S2.1: an event carrying personal data must be stored unchanged — check that no masking or "
              + "truncation is applied on write (masking is for display only)")
          .isEqualTo(received);
    }

    @Test
    @DisplayName("S2.2 load(stream, from) returns versions ≥ from; from below 1 throws InvalidValueException; beyond the end is empty")
    void required_S2_2_loadFromAVersion() {
      StreamId s = stream("KIT-S2-2");
      store().append(s, ExpectedVersion.noStream(), events(s, "a", 0, 5));
      assertThat(versions(store().load(s, 1))).as("S2.2: from 1 is everything").isEqualTo(oneTo(5));
      assertThat(versions(store().load(s, 3))).as("S2.2: from 3").containsExactly(3L, 4L, 5L);
      assertThat(versions(store().load(s, 5))).as("S2.2: from the last version").containsExactly(5L);
      assertThat(store().load(s, 6)).as("S2.2: beyond the last version is empty").isEmpty();
      assertThat(store().load(stream("KIT-S2-2-NONE"), 2)).as("S2.2: an unknown stream is empty").isEmpty();
      assertThatThrownBy(() -> store().load(s, 0)).as("S2.2: from 0 must be rejected").isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> store().load(s, -1)).as("S2.2: from -1 must be rejected").isInstanceOf(InvalidValueException.class);
    }

    @Test
    @Timeout(TIMEOUT_SECONDS)
    @DisplayName("S2.3 once append returns, load, exists and version on another thread see its events")
    void required_S2_3_readYourWritesFromAnotherThread() throws Exception {
      StreamId s = stream("KIT-S2-3");
      for (int i = 1; i <= 20; i++) {
        store().append(s, ExpectedVersion.any(), events(s, "a", i, 1));
        long expected = i;
        List<long[]> seen = concurrently(1, t -> () -> new long[] {store().load(s).size(), store().version(s), store().exists(s) ? 1 : 0});
        assertThat(seen.get(0)).as("S2.3: after append %d another thread must see %d events — check caches and "
            + "replica reads", i, i).containsExactly(expected, expected, 1);
      }
    }

    @Test
    @DisplayName("S2.4 version is the number of events (0 for none) and exists is version > 0")
    void required_S2_4_versionCountsEventsAndExistsFollowsIt() {
      StreamId s = stream("KIT-S2-4");
      assertThat(store().version(s)).as("S2.4: an unknown stream is at version 0").isZero();
      assertThat(store().exists(s)).as("S2.4: an unknown stream does not exist").isFalse();
      store().append(s, ExpectedVersion.noStream(), events(s, "a", 0, 3));
      assertThat(store().version(s)).as("S2.4: version after 3 events").isEqualTo(3);
      assertThat(store().exists(s)).as("S2.4: a stream with events exists").isTrue();
    }

    @Test
    @DisplayName("S2.5 a loaded list is immutable and does not change when events are appended later")
    void required_S2_5_loadedListsAreImmutableSnapshots() {
      StreamId s = stream("KIT-S2-5");
      store().append(s, ExpectedVersion.noStream(), events(s, "a", 0, 2));
      List<RecordedEvent<DomainEvent>> before = store().load(s);
      store().append(s, ExpectedVersion.exactly(2), events(s, "b", 0, 2));
      assertThat(before).as("S2.5: a list returned earlier must not grow with later appends — return a copy").hasSize(2);
      assertThatThrownBy(() -> before.add(before.get(0))).as("S2.5: returned lists must be immutable")
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  /** S3 — summaries and queries (capability SUMMARY_QUERIES). */
  @Nested
  @DisplayName("S3 summaries and queries")
  class S3Summaries {
    @BeforeEach
    void requireSummaries() {
      assumeCapability(Capability.SUMMARY_QUERIES);
    }

    @Test
    @DisplayName("S3.1 a summary appended with events is stored stamped with the stream version after the append")
    void optional_S3_1_summaryIsStoredStampedWithTheStreamVersion() {
      StreamId s = stream("KIT-S3-1");
      CaseSummary given = summary(s, path(1, 2, 1), "ACCEPTED", Optional.of(LocalDate.of(2022, 9, 23)),
          Optional.of("wages"), Set.of("collective")).withVersion(99);
      store().append(s, ExpectedVersion.noStream(), events(s, "a", 0, 3), given);
      assertThat(store().summary(s)).as("S3.1: the summary must be stored with version 3 (the stream's), equal otherwise")
          .contains(given.withVersion(3));
    }

    @Test
    @DisplayName("S3.1 a later append's summary replaces the earlier one")
    void optional_S3_1_laterSummaryReplacesEarlier() {
      StreamId s = stream("KIT-S3-1-R");
      store().append(s, ExpectedVersion.noStream(), events(s, "a", 0, 1), summary(s, "RECEIVED"));
      CaseSummary later = summary(s, path(2, 1, 2), "ASSIGNED", Optional.of(LocalDate.of(2022, 8, 1)), Optional.empty(), Set.of());
      store().append(s, ExpectedVersion.exactly(1), events(s, "b", 0, 2), later);
      assertThat(store().summary(s)).as("S3.1: the latest summary replaces the earlier one").contains(later.withVersion(3));
      assertThat(pageAll(SummaryQuery.builder().addStatuses("RECEIVED").build()))
          .as("S3.1: the replaced summary must no longer be found by its old status — check the indexes are updated").isEmpty();
    }

    @Test
    @DisplayName("S1.7 a summary of another stream is rejected with InvalidValueException and nothing is written")
    void optional_S1_7_summaryOfAnotherStreamIsRejected() {
      StreamId s = stream("KIT-S3-OTHER");
      Throwable t = catchThrowable(() -> store().append(s, ExpectedVersion.any(), events(s, "a", 0, 1),
          summary(stream("KIT-S3-ELSEWHERE"), "RECEIVED")));
      assertThat(t).as("S1.7: a summary of another stream must be rejected").isInstanceOf(InvalidValueException.class);
      assertThat(store().exists(s)).as("S1.7: nothing may be written").isFalse();
      assertThat(store().summary(stream("KIT-S3-ELSEWHERE"))).as("S1.7: no summary may be written").isEmpty();
    }

    @Test
    @DisplayName("S3.2 a failed append and a duplicate retry leave the previous summary unchanged")
    void optional_S3_2_failedAppendOrRetryKeepsThePreviousSummary() {
      StreamId s = stream("KIT-S3-2");
      List<DomainEvent> a = events(s, "a", 0, 2);
      CaseSummary first = summary(s, "RECEIVED");
      store().append(s, ExpectedVersion.noStream(), a, first);
      assertThat(catchThrowable(() -> store().append(s, ExpectedVersion.exactly(1), events(s, "b", 0, 1), summary(s, "CLOSED"))))
          .as("S1.4: the stale append must fail").isInstanceOf(ConcurrencyConflictException.class);
      assertThat(store().summary(s)).as("S3.2: a conflicting append must not write its summary").contains(first.withVersion(2));
      store().append(s, ExpectedVersion.any(), a, summary(s, "CLOSED"));
      assertThat(store().summary(s)).as("S3.2: a duplicate retry must not write its summary").contains(first.withVersion(2));
    }

    @Test
    @DisplayName("S3.3 a stream without a summary (or unknown) has none")
    void optional_S3_3_streamWithoutSummaryHasNone() {
      StreamId s = stream("KIT-S3-3");
      store().append(s, ExpectedVersion.noStream(), events(s, "a", 0, 1));
      assertThat(store().summary(s)).as("S3.3: an append without summary writes none").isEmpty();
      assertThat(store().summary(stream("KIT-S3-3-NONE"))).as("S3.3: an unknown stream has none").isEmpty();
    }

    /** Writes the standard small data set and returns its summaries by stream. */
    private Map<StreamId, CaseSummary> smallSet() {
      Map<StreamId, CaseSummary> set = new LinkedHashMap<>();
      set.put(stream("Q-01"), summary(stream("Q-01"), path(1, 1, 1), "ACCEPTED", Optional.of(LocalDate.of(2022, 8, 1)), Optional.of("wages"), Set.of("collective", "urgent")));
      set.put(stream("Q-02"), summary(stream("Q-02"), path(1, 1, 2), "ASSIGNED", Optional.of(LocalDate.of(2022, 8, 2)), Optional.of("land"), Set.of("collective")));
      set.put(stream("Q-03"), summary(stream("Q-03"), path(1, 2, 0), "ACCEPTED", Optional.empty(), Optional.empty(), Set.of()));
      set.put(stream("Q-04"), summary(stream("Q-04"), path(2, 1, 1), "CLOSED", Optional.of(LocalDate.of(2022, 7, 1)), Optional.of("wages"), Set.of("urgent")));
      set.put(stream("Q-05"), summary(stream("Q-05"), path(2, 0, 0), "ASSIGNED", Optional.of(LocalDate.of(2022, 8, 1)), Optional.of("family"), Set.of()));
      StreamId d = stream(AggregateType.DISPUTE, "Q-06");
      set.put(d, summary(d, path(1, 1, 1), "ACCEPTED", Optional.of(LocalDate.of(2022, 7, 31)), Optional.of("land"), Set.of("collective")));
      set.values().forEach(GovernanceStoreCompatibilityKit.this::write);
      return set;
    }

    private List<String> found(SummaryQuery q) {
      return pageAll(q).stream().map(c -> c.stream().toString()).collect(Collectors.toList());
    }

    @Test
    @DisplayName("S3.4 subtree = the summary's jurisdiction path contains the root (the root itself included)")
    void optional_S3_4_subtreeFilter() {
      smallSet();
      assertThat(found(SummaryQuery.builder().subtree(JurisdictionId.of("C-T1")).build()))
          .as("S3.4: subtree C-T1 — check the path index holds every ancestor, not just the parent")
          .containsExactly("DISPUTE/Q-06", "PETITION/Q-01", "PETITION/Q-02", "PETITION/Q-03");
      assertThat(found(SummaryQuery.builder().subtree(JurisdictionId.of("C-T1-D1")).build()))
          .as("S3.4: subtree C-T1-D1").containsExactly("DISPUTE/Q-06", "PETITION/Q-01", "PETITION/Q-02");
      assertThat(found(SummaryQuery.builder().subtree(JurisdictionId.of("C-T2")).build()))
          .as("S3.4: subtree C-T2 includes the town's own case").containsExactly("PETITION/Q-04", "PETITION/Q-05");
      assertThat(found(SummaryQuery.builder().subtree(COUNTY).build())).as("S3.4: the county root covers all").hasSize(6);
      assertThat(found(SummaryQuery.builder().subtree(JurisdictionId.of("C-T9")).build())).as("S3.4: an unknown root matches none").isEmpty();
    }

    @Test
    @DisplayName("S3.4 statuses = membership in the given set")
    void optional_S3_4_statusFilter() {
      smallSet();
      assertThat(found(SummaryQuery.builder().addStatuses("ASSIGNED").build())).as("S3.4: status ASSIGNED")
          .containsExactly("PETITION/Q-02", "PETITION/Q-05");
      assertThat(found(SummaryQuery.builder().addStatuses("ASSIGNED", "CLOSED").build())).as("S3.4: status ASSIGNED or CLOSED")
          .containsExactly("PETITION/Q-02", "PETITION/Q-04", "PETITION/Q-05");
    }

    @Test
    @DisplayName("S3.4 due-before = a due date strictly before the day; a summary without due date never matches")
    void optional_S3_4_dueBeforeIsStrict() {
      smallSet();
      assertThat(found(SummaryQuery.builder().dueBefore(LocalDate.of(2022, 8, 1)).build()))
          .as("S3.4: due before 2022-08-01 is strict — a case due on 08-01 is not included")
          .containsExactly("DISPUTE/Q-06", "PETITION/Q-04");
      assertThat(found(SummaryQuery.builder().dueBefore(LocalDate.of(2030, 1, 1)).build()))
          .as("S3.4: a summary without due date never matches due-before").doesNotContain("PETITION/Q-03").hasSize(5);
    }

    @Test
    @DisplayName("S3.4 categories = membership; a summary without category never matches a category filter")
    void optional_S3_4_categoryFilter() {
      smallSet();
      assertThat(found(SummaryQuery.builder().addCategories("wages").build())).as("S3.4: category wages")
          .containsExactly("PETITION/Q-01", "PETITION/Q-04");
      assertThat(found(SummaryQuery.builder().addCategories("land", "family").build())).as("S3.4: category land or family")
          .containsExactly("DISPUTE/Q-06", "PETITION/Q-02", "PETITION/Q-05");
    }

    @Test
    @DisplayName("S3.4 flags = all the given flags are present")
    void optional_S3_4_flagsMustAllBePresent() {
      smallSet();
      assertThat(found(SummaryQuery.builder().addFlagsAll("collective").build())).as("S3.4: flag collective")
          .containsExactly("DISPUTE/Q-06", "PETITION/Q-01", "PETITION/Q-02");
      assertThat(found(SummaryQuery.builder().addFlagsAll("collective", "urgent").build()))
          .as("S3.4: flags collective AND urgent (all, not any)").containsExactly("PETITION/Q-01");
    }

    @Test
    @DisplayName("S3.4 aggregate type = equal; filters combine with AND")
    void optional_S3_4_aggregateTypeAndFiltersCombine() {
      smallSet();
      assertThat(found(SummaryQuery.builder().aggregateType(AggregateType.DISPUTE).build())).as("S3.4: type DISPUTE")
          .containsExactly("DISPUTE/Q-06");
      assertThat(found(SummaryQuery.builder().subtree(JurisdictionId.of("C-T1")).addStatuses("ACCEPTED", "ASSIGNED")
              .dueBefore(LocalDate.of(2022, 8, 2)).aggregateType(AggregateType.PETITION).build()))
          .as("S3.4: open petitions in C-T1 due before 08-02 (all filters AND)").containsExactly("PETITION/Q-01");
    }

    @Test
    @Timeout(TIMEOUT_SECONDS)
    @DisplayName("S3.4 random data and 80 random queries: results equal SummaryQuery.matches over the data, in stream order")
    void optional_S3_4_resultsEqualTheReferenceSemantics() {
      SplittableRandom random = new SplittableRandom(20220725L);
      Map<StreamId, CaseSummary> data = new TreeMap<>();
      List<String> statuses = List.of("RECEIVED", "ACCEPTED", "ASSIGNED", "CLOSED");
      List<String> categories = List.of("land", "wages", "family");
      List<String> flags = List.of("collective", "skip-level", "urgent");
      for (int i = 0; i < 200; i++) {
        StreamId s = stream(random.nextInt(4) == 0 ? AggregateType.DISPUTE : AggregateType.PETITION, "R-" + random.nextInt(100_000));
        Set<String> f = new HashSet<>();
        flags.forEach(x -> {
          if (random.nextInt(3) == 0) {
            f.add(x);
          }
        });
        CaseSummary c = summary(s, path(1 + random.nextInt(2), random.nextInt(3), random.nextInt(3)),
            statuses.get(random.nextInt(4)),
            random.nextBoolean() ? Optional.of(LocalDate.of(2022, 8, 1).plusDays(random.nextInt(30))) : Optional.empty(),
            random.nextInt(4) == 0 ? Optional.empty() : Optional.of(categories.get(random.nextInt(3))), f);
        write(c);
        data.put(s, c);
      }
      data.replaceAll((s, c) -> c.withVersion(store().version(s)));
      List<JurisdictionId> roots = List.of(COUNTY, JurisdictionId.of("C-T1"), JurisdictionId.of("C-T2-D1"), JurisdictionId.of("C-T1-D2-V2"));
      for (int q = 0; q < 80; q++) {
        SummaryQuery.Builder b = SummaryQuery.builder().pageSize(1 + random.nextInt(25));
        if (random.nextBoolean()) {
          b.subtree(roots.get(random.nextInt(roots.size())));
        }
        statuses.forEach(x -> {
          if (random.nextInt(3) == 0) {
            b.addStatuses(x);
          }
        });
        if (random.nextBoolean()) {
          b.dueBefore(LocalDate.of(2022, 8, 1).plusDays(random.nextInt(32)));
        }
        if (random.nextInt(3) == 0) {
          b.addCategories(categories.get(random.nextInt(3)));
        }
        if (random.nextInt(3) == 0) {
          b.addFlagsAll(flags.get(random.nextInt(3)));
        }
        if (random.nextInt(4) == 0) {
          b.aggregateType(random.nextBoolean() ? AggregateType.DISPUTE : AggregateType.PETITION);
        }
        SummaryQuery query = b.build();
        List<CaseSummary> expected = data.values().stream().filter(query::matches).collect(Collectors.toList());
        assertThat(pageAll(query)).as("S3.4: query %d (%s) must return exactly the matching summaries in stream order", q, query)
            .isEqualTo(expected);
      }
    }

    @Test
    @DisplayName("S3.5 results come in ascending stream-id order: type name, then aggregate id, as strings")
    void optional_S3_5_resultsComeInStreamIdOrder() {
      List<StreamId> ids = List.of(stream("b-2"), stream("B-10"), stream("a-1"), stream("B-9"), stream(AggregateType.DISPUTE, "z"),
          stream(AggregateType.MEDIATION_CASE, "0"), stream("10"), stream("9"));
      ids.forEach(s -> write(summary(s, "OPEN")));
      List<StreamId> sorted = new ArrayList<>(ids);
      Collections.sort(sorted);
      assertThat(pageAll(SummaryQuery.builder().pageSize(3).build()).stream().map(CaseSummary::stream).collect(Collectors.toList()))
          .as("S3.5: order by type name then aggregate id compared as strings (SQL: COLLATE \"C\"), not numerically "
              + "or case-insensitively")
          .isEqualTo(sorted);
    }

    @Test
    @DisplayName("S3.6 a page holds at most pageSize items and has a next cursor exactly when more matches follow")
    void optional_S3_6_pagesAndCursors() {
      assertThat(store().query(SummaryQuery.all()).items()).as("S3.6: an empty store gives an empty page").isEmpty();
      assertThat(store().query(SummaryQuery.all()).hasNext()).as("S3.6: an empty first page has no cursor").isFalse();
      for (int i = 0; i < 10; i++) {
        write(summary(stream(String.format("P6-%02d", i)), "OPEN"));
      }
      SummaryQuery q = SummaryQuery.builder().pageSize(5).build();
      Page<CaseSummary> first = store().query(q);
      assertThat(first.items()).as("S3.6: the first page of 10 by 5").hasSize(5);
      assertThat(first.hasNext()).as("S3.6: more follow the first page").isTrue();
      Page<CaseSummary> second = store().query(q.withCursor(first.next().orElseThrow()));
      assertThat(second.items()).as("S3.6: the second page").hasSize(5);
      assertThat(second.hasNext()).as("S3.6: no cursor when nothing follows, even when the page is full — check the "
          + "store reads pageSize + 1 rows").isFalse();
      Page<CaseSummary> exact = store().query(SummaryQuery.builder().pageSize(10).build());
      assertThat(exact.items()).as("S3.6: one page of all 10").hasSize(10);
      assertThat(exact.hasNext()).as("S3.6: no cursor on a page holding the last match").isFalse();
      Page<CaseSummary> big = store().query(SummaryQuery.builder().pageSize(1000).build());
      assertThat(big.items()).as("S3.6: fewer than pageSize").hasSize(10);
      assertThat(big.hasNext()).as("S3.6: no cursor after the last match").isFalse();
    }

    @Test
    @DisplayName("S3.7 paging while summaries are added and changed returns each unchanged match once, nothing twice, new items only after the cursor")
    void optional_S3_7_paginationIsStableWhileDataArrives() {
      Map<StreamId, CaseSummary> state = new TreeMap<>();
      for (int i = 10; i < 50; i++) {
        CaseSummary c = summary(stream(String.format("P7-%03d", i * 10)), "OPEN");
        write(c);
        state.put(c.stream(), c);
      }
      SummaryQuery q = SummaryQuery.builder().addStatuses("OPEN").pageSize(7).build();
      List<StreamId> returned = new ArrayList<>();
      Set<StreamId> touched = new HashSet<>();
      Set<StreamId> addedBefore = new HashSet<>();
      Set<StreamId> addedAfter = new HashSet<>();
      Page<CaseSummary> page = store().query(q);
      for (int round = 0; ; round++) {
        for (CaseSummary c : page.items()) {
          assertThat(c).as("S3.7: %s must be returned in the state it had when its page was read", c.stream())
              .isEqualTo(store().summary(c.stream()).orElseThrow());
          returned.add(c.stream());
        }
        if (!page.hasNext()) {
          break;
        }
        StreamId last = page.items().get(page.items().size() - 1).stream();
        // meanwhile: a new match before the cursor, a new match after it, one later match closed, one already read closed
        StreamId before = stream(String.format("P7-%03d", round));
        addedBefore.add(before);
        write(summary(before, "OPEN"));
        StreamId after = stream(String.format("P7-4%d5", round % 10));
        if (after.compareTo(last) > 0) {
          addedAfter.add(after);
          write(summary(after, "OPEN"));
        }
        List<StreamId> later = state.keySet().stream().filter(s -> s.compareTo(last) > 0 && !touched.contains(s)).collect(Collectors.toList());
        if (!later.isEmpty()) {
          StreamId closed = later.get(later.size() - 1);
          touched.add(closed);
          write(summary(closed, "CLOSED"));
        }
        StreamId read = returned.get(0);
        if (touched.add(read)) {
          write(summary(read, "OPEN").withVersion(0));
        }
        page = store().query(q.withCursor(page.next().orElseThrow()));
      }
      assertThat(returned).as("S3.7: no stream may be returned twice — check the cursor is a keyset position "
          + "(the last stream id), not an offset").doesNotHaveDuplicates();
      Set<StreamId> unchanged = new HashSet<>(state.keySet());
      unchanged.removeAll(touched);
      assertThat(returned).as("S3.7: every summary that matched throughout must be returned").containsAll(unchanged);
      assertThat(returned).as("S3.7: summaries added before the cursor must not be returned").doesNotContainAnyElementsOf(addedBefore);
      assertThat(returned).as("S3.7: summaries added after the cursor and matching must be returned").containsAll(addedAfter);
      for (StreamId s : touched) {
        if (store().summary(s).map(c -> c.status().equals("CLOSED")).orElse(false)) {
          assertThat(returned).as("S3.7: a summary closed before its page was read must not be returned").doesNotContain(s);
        }
      }
    }

    @Test
    @DisplayName("S3.8 a cursor can be passed back again later; a token the store did not produce throws InvalidValueException")
    void optional_S3_8_cursorsCanBeReusedAndForgedOnesAreRejected() {
      for (int i = 0; i < 6; i++) {
        write(summary(stream("P8-" + i), "OPEN"));
      }
      SummaryQuery q = SummaryQuery.builder().pageSize(2).build();
      PageCursor c = store().query(q).next().orElseThrow();
      List<CaseSummary> once = store().query(q.withCursor(c)).items();
      assertThat(store().query(q.withCursor(c)).items()).as("S3.8: the same cursor must give the same page again").isEqualTo(once);
      for (String forged : List.of("garbage", "AAAA", "s.x.y", "0")) {
        assertThatThrownBy(() -> store().query(q.withCursor(PageCursor.of(forged))))
            .as("S3.8: the forged cursor '%s' must be rejected with InvalidValueException — check cursor decoding", forged)
            .isInstanceOf(InvalidValueException.class);
      }
    }

    @Test
    @Timeout(TIMEOUT_SECONDS)
    @DisplayName("S3.2 with TRANSACTIONAL_SUMMARIES, after 8 threads append with summaries the summary carries the stream's last version")
    void optional_S3_2_transactionalSummaryKeepsUpWithConcurrentAppends() throws Exception {
      assumeCapability(Capability.TRANSACTIONAL_SUMMARIES);
      assumeCapability(Capability.CONCURRENT_APPENDS);
      StreamId s = stream("KIT-S3-2-TX");
      concurrently(THREADS, t -> () -> {
        for (int i = 0; i < 25; i++) {
          store().append(s, ExpectedVersion.any(), events(s, "t" + t + "-" + i, 0, 1), summary(s, "S" + t));
        }
        return Boolean.TRUE;
      });
      assertThat(store().summary(s).orElseThrow().version())
          .as("S3.2: the summary written with the last append must carry the stream's version — check events and "
              + "summary are written in one transaction").isEqualTo(store().version(s));
    }
  }

  /** S4 — registries (capability REGISTRIES). */
  @Nested
  @DisplayName("S4 registries")
  class S4Registries {
    @BeforeEach
    void requireRegistries() {
      assumeCapability(Capability.REGISTRIES);
    }

    private Registry<PersonId, Person> persons() {
      return store().registry(PERSONS);
    }

    @Test
    @DisplayName("S4.1 put checks the expected version like an append (absent = 0), increments the version, and on a mismatch changes nothing")
    void optional_S4_1_putChecksTheExpectedVersion() {
      PersonId id = PersonId.of("P-1");
      RegistryEntry<PersonId, Person> v1 = persons().put(id, person("P-1", "张三"), ExpectedVersion.noStream());
      assertThat(v1.version()).as("S4.1: the first put gives version 1").isEqualTo(1);
      RegistryEntry<PersonId, Person> v2 = persons().put(id, person("P-1", "张三丰"), ExpectedVersion.exactly(1));
      assertThat(v2.version()).as("S4.1: the second put gives version 2").isEqualTo(2);
      Throwable t = catchThrowable(() -> persons().put(id, person("P-1", "李四"), ExpectedVersion.exactly(1)));
      assertThat(t).as("S4.1: a stale expected version must throw ConcurrencyConflictException").isInstanceOf(ConcurrencyConflictException.class);
      assertThat(((ConcurrencyConflictException) t).subject()).as("S4.1: the subject names registry and key")
          .isEqualTo("registry kit-persons/P-1");
      assertThat(((ConcurrencyConflictException) t).actualVersion()).as("S4.1: the actual version").isEqualTo(2);
      assertThatThrownBy(() -> persons().put(id, person("P-1", "李四"), ExpectedVersion.noStream()))
          .as("S4.1: noStream() on a present key must conflict").isInstanceOf(ConcurrencyConflictException.class);
      assertThat(persons().get(id).orElseThrow().value().name()).as("S4.1: a conflict changes nothing")
          .isEqualTo(person("P-1", "张三丰").name());
    }

    @Test
    @DisplayName("S4.1 any() is last-write-wins")
    void optional_S4_1_anyIsLastWriteWins() {
      PersonId id = PersonId.of("P-2");
      persons().put(id, person("P-2", "甲"), ExpectedVersion.any());
      RegistryEntry<PersonId, Person> e = persons().put(id, person("P-2", "乙"), ExpectedVersion.any());
      assertThat(e.version()).as("S4.1: two puts give version 2").isEqualTo(2);
      assertThat(persons().get(id)).as("S4.1: the last value wins").contains(RegistryEntry.of(id, person("P-2", "乙"), 2));
    }

    @Test
    @DisplayName("S4.2 get returns the last value put, equal with its personal data (name, ID number, phone, address), and its version")
    void optional_S4_2_getReturnsTheLastValueWithPersonalDataUnchanged() {
      PersonId id = PersonId.of("P-3");
      Person p = person("P-3", "欧阳𠀋娜·阿依古丽");
      persons().put(id, p, ExpectedVersion.noStream());
      assertThat(persons().get(id)).as("S4.2: the value must round-trip unchanged, personal data included — check "
          + "no masking is applied on write").contains(RegistryEntry.of(id, p, 1));
      assertThat(persons().get(PersonId.of("P-404"))).as("S4.2: an absent key gives empty").isEmpty();
      assertThat(store().registry(PERSONS).get(id)).as("S4.2: read your writes through another view of the registry")
          .contains(RegistryEntry.of(id, p, 1));
    }

    @Test
    @DisplayName("S4.3 remove checks the expected version, returns whether it removed, and frees the key for noStream()")
    void optional_S4_3_removeChecksTheVersionAndFreesTheKey() {
      PersonId id = PersonId.of("P-4");
      persons().put(id, person("P-4", "王五"), ExpectedVersion.noStream());
      assertThatThrownBy(() -> persons().remove(id, ExpectedVersion.exactly(2)))
          .as("S4.3: a stale remove must conflict").isInstanceOf(ConcurrencyConflictException.class);
      assertThat(persons().get(id)).as("S4.3: a conflicting remove changes nothing").isPresent();
      assertThat(persons().remove(id, ExpectedVersion.exactly(1))).as("S4.3: remove of a present key returns true").isTrue();
      assertThat(persons().get(id)).as("S4.3: after removal the key is absent").isEmpty();
      assertThat(persons().remove(id, ExpectedVersion.noStream())).as("S4.3: remove of an absent key returns false").isFalse();
      assertThat(persons().put(id, person("P-4", "王五"), ExpectedVersion.noStream()).version())
          .as("S4.3: a removed key may be put again with noStream(), at version 1").isEqualTo(1);
    }

    @Test
    @DisplayName("S4.4 list pages through entries in key order (string comparison); pageSize outside 1..1000 and forged cursors are rejected")
    void optional_S4_4_listPagesInKeyOrder() {
      List<String> keys = List.of("P-10", "P-9", "A-1", "P-100", "a-1", "Z");
      keys.forEach(k -> persons().put(PersonId.of(k), person(k, "名" + k), ExpectedVersion.any()));
      List<String> listed = new ArrayList<>();
      Optional<PageCursor> cursor = Optional.empty();
      do {
        Page<RegistryEntry<PersonId, Person>> page = persons().list(4, cursor);
        assertThat(page.items().size()).as("S4.4: at most pageSize entries per page").isLessThanOrEqualTo(4);
        page.items().forEach(e -> listed.add(e.key().value()));
        cursor = page.next();
      } while (cursor.isPresent());
      List<String> sorted = new ArrayList<>(keys);
      Collections.sort(sorted);
      assertThat(listed).as("S4.4: every entry once, in key order by string comparison").isEqualTo(sorted);
      assertThatThrownBy(() -> persons().list(0, Optional.empty())).as("S4.4: pageSize 0").isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> persons().list(1001, Optional.empty())).as("S4.4: pageSize 1001").isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> persons().list(2, Optional.of(PageCursor.of("garbage"))))
          .as("S4.4/S3.8: a forged cursor").isInstanceOf(InvalidValueException.class);
    }

    @Test
    @DisplayName("S4.4 listing while entries are put and removed returns unchanged entries once and never a key twice")
    void optional_S4_4_listIsStableWhileEntriesChange() {
      for (int i = 10; i < 40; i++) {
        persons().put(PersonId.of("K-" + i), person("K-" + i, "人" + i), ExpectedVersion.noStream());
      }
      List<String> listed = new ArrayList<>();
      Set<String> touched = new HashSet<>();
      Page<RegistryEntry<PersonId, Person>> page = persons().list(4, Optional.empty());
      for (int round = 0; ; round++) {
        page.items().forEach(e -> listed.add(e.key().value()));
        if (!page.hasNext()) {
          break;
        }
        persons().put(PersonId.of("K-0" + round), person("K-0" + round, "新"), ExpectedVersion.any());
        String removed = "K-" + (39 - round);
        if (!listed.contains(removed) && touched.add(removed)) {
          persons().remove(PersonId.of(removed), ExpectedVersion.any());
        }
        page = persons().list(4, page.next());
      }
      assertThat(listed).as("S4.4: no key twice — check the cursor is the last key, not an offset").doesNotHaveDuplicates();
      for (int i = 10; i < 40; i++) {
        if (!touched.contains("K-" + i)) {
          assertThat(listed).as("S4.4: an unchanged entry must be listed").contains("K-" + i);
        }
      }
      assertThat(listed).as("S4.4: removed entries are not listed").doesNotContainAnyElementsOf(touched);
    }

    @Test
    @DisplayName("S4.5 registries with different names are independent; the same name asked twice shares its entries")
    void optional_S4_5_registriesWithDifferentNamesAreSeparate() {
      PersonId id = PersonId.of("P-5");
      persons().put(id, person("P-5", "赵六"), ExpectedVersion.noStream());
      Registry<PersonId, Person> residents = store().registry(RESIDENTS);
      assertThat(residents.get(id)).as("S4.5: the same key in another registry is absent").isEmpty();
      assertThat(residents.put(id, person("P-5", "钱七"), ExpectedVersion.noStream()).version())
          .as("S4.5: …and starts at version 1 there").isEqualTo(1);
      assertThat(persons().get(id).orElseThrow().value().name()).as("S4.5: registries must not overwrite each other")
          .isEqualTo(person("P-5", "赵六").name());
      assertThat(residents.name()).as("S4.5: a registry knows its name").isEqualTo(RESIDENTS);
    }

    @Test
    @Timeout(TIMEOUT_SECONDS)
    @DisplayName("S4.6 of 8 concurrent puts to one key expecting the same version, exactly one succeeds")
    void optional_S4_6_concurrentPutsToOneKey() throws Exception {
      assumeCapability(Capability.CONCURRENT_APPENDS);
      PersonId id = PersonId.of("P-6");
      for (int round = 0; round < 20; round++) {
        long v = round;
        List<Boolean> won = concurrently(THREADS, t -> () -> {
          try {
            persons().put(id, person("P-6", "人" + t), ExpectedVersion.exactly(v));
            return true;
          } catch (ConcurrencyConflictException lost) {
            return false;
          }
        });
        assertThat(won.stream().filter(w -> w).count()).as("S4.6: round %d: exactly one put may win", round).isEqualTo(1);
        assertThat(persons().get(id).orElseThrow().version()).as("S4.6: the version moves by one per round").isEqualTo(v + 1);
      }
    }
  }

  /** S5 — capabilities. */
  @Nested
  @DisplayName("S5 capabilities")
  class S5Capabilities {
    @Test
    @DisplayName("S5.1 capabilities() returns the same declaration for the whole life of the store")
    void required_S5_1_capabilitiesStayTheSame() {
      StoreCapabilities before = store().capabilities();
      StreamId s = stream("KIT-S5-1");
      store().append(s, ExpectedVersion.noStream(), events(s, "a", 0, 1));
      assertThat(store().capabilities()).as("S5.1: the declaration must not change").isEqualTo(before);
    }

    @Test
    @DisplayName("S5.2 without SUMMARY_QUERIES, summary, query and an append with a summary throw UnsupportedCapabilityException and write nothing")
    void required_S5_2_undeclaredSummaryQueriesFailCleanly() {
      assumeTrue(!has(Capability.SUMMARY_QUERIES), "skipped: the store declares SUMMARY_QUERIES (S3 tests run instead)");
      StreamId s = stream("KIT-S5-2");
      assertUnsupported(() -> store().summary(s), Capability.SUMMARY_QUERIES, "summary()");
      assertUnsupported(() -> store().query(SummaryQuery.all()), Capability.SUMMARY_QUERIES, "query()");
      assertUnsupported(() -> store().append(s, ExpectedVersion.any(), events(s, "a", 0, 1), summary(s, "OPEN")),
          Capability.SUMMARY_QUERIES, "append(…, summary)");
      assertThat(store().exists(s)).as("S1.10: an append with a summary must write nothing without SUMMARY_QUERIES").isFalse();
    }

    @Test
    @DisplayName("S5.2 without REGISTRIES, registry(name) throws UnsupportedCapabilityException")
    void required_S5_2_undeclaredRegistriesFailCleanly() {
      assumeTrue(!has(Capability.REGISTRIES), "skipped: the store declares REGISTRIES (S4 tests run instead)");
      assertUnsupported(() -> store().registry(PERSONS).get(PersonId.of("P-1")), Capability.REGISTRIES, "registry()");
    }

    private void assertUnsupported(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Capability c, String what) {
      Throwable t = catchThrowable(call);
      assertThat(t).as("S5.2: %s must throw UnsupportedCapabilityException when %s is not declared — never do "
          + "nothing or return an empty result", what, c).isInstanceOf(UnsupportedCapabilityException.class);
      assertThat(((UnsupportedCapabilityException) t).capability()).as("S5.2: the exception names the capability").isEqualTo(c);
    }
  }
}
