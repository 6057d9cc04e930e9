package org.hewei.governance.testkit.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.TypedId;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.internal.Checks;
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
import org.hewei.governance.core.spi.RegistryName;
import org.hewei.governance.core.spi.StoreCapabilities;
import org.hewei.governance.core.spi.StreamId;
import org.hewei.governance.core.spi.SummaryQuery;
import org.hewei.governance.core.spi.UnsupportedCapabilityException;

/**
 * 内存治理数据存储 — the reference implementation of the storage SPI: every clause S1–S5, every
 * capability, thread-safe, for tests, examples and the simulation. It also records how it was used
 * ({@link #usage()}): stale expected versions, re-appended and mixed batches, bad arguments and calls
 * to undeclared capabilities, so a test can check that the code under test uses the SPI correctly.
 *
 * <p>One read–write lock guards the store (writes serialised, reads parallel). Summary queries use
 * sorted indexes (by every ancestor of the jurisdiction path, status, category, flag, type, due date,
 * and ancestor+status by due date), never a scan of all summaries. It passes the whole
 * {@code GovernanceStoreCompatibilityKit}.
 *
 * <pre>{@code
 * InMemoryGovernanceStore<DomainEvent> store = InMemoryGovernanceStore.create();
 * StreamId s = StreamId.petition(PetitionId.of("ZXD-1"));
 * store.append(s, ExpectedVersion.noStream(), List.of(received), summary);
 * store.query(SummaryQuery.builder().subtree(town).addStatuses("ACCEPTED").build()).items();
 * store.usage().assertNoMistakes();
 * store.reset();
 * }</pre>
 *
 * @param <E> the event type stored (usually {@link DomainEvent})
 */
public final class InMemoryGovernanceStore<E extends DomainEvent> implements GovernanceStore<E> {
  /** One stream: its events in version order and their ids. */
  private static final class StreamData<E extends DomainEvent> {
    final List<RecordedEvent<E>> events = new ArrayList<>();
    final Set<EventId> ids = new HashSet<>();
  }

  private final StoreCapabilities capabilities;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<StreamId, StreamData<E>> streams = new HashMap<>();
  private SummaryIndex summaries = new SummaryIndex(); // replaced by reset(), under the write lock
  private final Map<RegistryName<?, ?>, TreeMap<String, RegistryEntry<?, ?>>> registries = new LinkedHashMap<>();
  private final List<UsageIssue> issues = new ArrayList<>();

  private InMemoryGovernanceStore(StoreCapabilities capabilities) {
    this.capabilities = capabilities;
  }

  /** An empty store declaring every capability ({@link StoreCapabilities#all()}). */
  public static <E extends DomainEvent> InMemoryGovernanceStore<E> create() {
    return create(StoreCapabilities.all());
  }

  /**
   * An empty store declaring only {@code capabilities}: the operations of the others throw
   * {@link UnsupportedCapabilityException} (S5.2), to test code written for smaller stores.
   */
  public static <E extends DomainEvent> InMemoryGovernanceStore<E> create(StoreCapabilities capabilities) {
    return new InMemoryGovernanceStore<>(Checks.required("capabilities", capabilities));
  }

  @Override
  public StoreCapabilities capabilities() {
    return capabilities;
  }

  @Override
  public AppendResult append(
      StreamId stream, ExpectedVersion expected, List<? extends E> events, Optional<CaseSummary> summary) {
    String subject = stream == null ? "append" : stream.toString();
    List<E> batch = checked(subject, () -> validAppend(stream, expected, events, summary));
    if (summary.isPresent()) {
      require(Capability.SUMMARY_QUERIES, subject);
    }
    return write(() -> {
      StreamData<E> data = streams.get(stream);
      long current = data == null ? 0 : data.events.size();
      List<EventId> stored = new ArrayList<>();
      if (data != null) {
        batch.stream().map(DomainEvent::eventId).filter(data.ids::contains).forEach(stored::add);
      }
      if (stored.size() == batch.size()) {
        AppendResult retry = AppendResult.duplicate(stream, current, stored);
        issues.add(UsageIssue.of(UsageIssue.Kind.REAPPENDED_BATCH, subject,
            "the whole batch of " + stored.size() + " events was already stored; nothing was written (S1.5)"));
        return retry;
      }
      if (!stored.isEmpty()) {
        throw record(UsageIssue.Kind.MIXED_BATCH, subject, new DuplicateEventException(stream, stored));
      }
      if (!expected.matches(current)) {
        throw record(UsageIssue.Kind.STALE_EXPECTED_VERSION, subject,
            new ConcurrencyConflictException(stream, expected, current));
      }
      StreamData<E> target = data == null ? new StreamData<>() : data;
      long version = current;
      for (E event : batch) {
        target.events.add(RecordedEvent.of(stream, ++version, event));
        target.ids.add(event.eventId());
      }
      streams.put(stream, target);
      long last = version;
      summary.ifPresent(s -> summaries.put(s.withVersion(last)));
      return AppendResult.stored(stream, version, batch.size());
    });
  }

  /** The S1.7 checks, before anything else; returns the batch as a list of E. */
  private List<E> validAppend(
      StreamId stream, ExpectedVersion expected, List<? extends E> events, Optional<CaseSummary> summary) {
    Checks.required("stream", stream);
    Checks.required("expected", expected);
    Checks.required("events", events);
    Checks.required("summary", summary);
    List<E> batch = new ArrayList<>(events.size());
    Set<EventId> ids = new HashSet<>();
    for (E event : events) {
      Checks.required("events", event);
      EventId id = Checks.required("eventId", event.eventId());
      if (!ids.add(id)) {
        throw new InvalidValueException("events", id.value(), "must not repeat an event id within one batch (S1.7)");
      }
      batch.add(event);
    }
    if (batch.isEmpty()) {
      throw new InvalidValueException("events", "[]", "must hold at least one event (S1.7)");
    }
    summary.ifPresent(s -> Checks.check(s.stream().equals(stream), "summary", s.stream().toString(),
        "must summarise the stream appended to, " + stream + " (S1.7)"));
    return batch;
  }

  @Override
  public List<RecordedEvent<E>> load(StreamId stream) {
    return load(stream, 1);
  }

  @Override
  public List<RecordedEvent<E>> load(StreamId stream, long fromVersion) {
    checked("load", () -> {
      Checks.required("stream", stream);
      Checks.atLeast("fromVersion", fromVersion, 1L);
    });
    return read(() -> {
      StreamData<E> data = streams.get(stream);
      if (data == null || fromVersion > data.events.size()) {
        return List.of();
      }
      return List.copyOf(data.events.subList((int) fromVersion - 1, data.events.size()));
    });
  }

  @Override
  public boolean exists(StreamId stream) {
    return version(stream) > 0;
  }

  @Override
  public long version(StreamId stream) {
    checked("version", () -> Checks.required("stream", stream));
    return read(() -> {
      StreamData<E> data = streams.get(stream);
      return data == null ? 0L : (long) data.events.size();
    });
  }

  @Override
  public Optional<CaseSummary> summary(StreamId stream) {
    checked("summary", () -> Checks.required("stream", stream));
    require(Capability.SUMMARY_QUERIES, "summary");
    return read(() -> summaries.get(stream));
  }

  @Override
  public Page<CaseSummary> query(SummaryQuery query) {
    Optional<StreamId> after = checked("query", () -> Checks.required("query", query).cursor().map(PageCursor::stream));
    require(Capability.SUMMARY_QUERIES, "query");
    return read(() -> summaries.page(query, after));
  }

  @Override
  public <K extends TypedId<K>, V> Registry<K, V> registry(RegistryName<K, V> name) {
    checked("registry", () -> Checks.required("name", name));
    require(Capability.REGISTRIES, "registry " + name.name());
    return write(() -> new InMemoryRegistry<>(name, registries.computeIfAbsent(name, n -> new TreeMap<>()), this));
  }

  /** What this store noticed about how it was used so far (immutable). */
  public StoreUsage usage() {
    return read(() -> new StoreUsage(issues));
  }

  /** An immutable copy of the whole store. */
  public StoreSnapshot<E> snapshot() {
    return read(() -> {
      Map<StreamId, List<RecordedEvent<E>>> copy = new TreeMap<>();
      streams.forEach((id, data) -> copy.put(id, List.copyOf(data.events)));
      Map<RegistryName<?, ?>, List<RegistryEntry<?, ?>>> regs = new LinkedHashMap<>();
      registries.forEach((name, entries) -> regs.put(name, List.copyOf(entries.values())));
      return new StoreSnapshot<>(
          Collections.unmodifiableMap(copy), summaries.copy(), Collections.unmodifiableMap(regs));
    });
  }

  /** Empties the store: streams, summaries, registries and the usage record. Capabilities stay. */
  public void reset() {
    write(() -> {
      streams.clear();
      summaries = new SummaryIndex();
      registries.clear();
      issues.clear();
      return null;
    });
  }

  /** {@code "InMemoryGovernanceStore{3 streams, [SUMMARY_QUERIES, …]}"}. */
  @Override
  public String toString() {
    return "InMemoryGovernanceStore{" + read(streams::size) + " streams, " + capabilities + "}";
  }

  // ---- shared with InMemoryRegistry ----

  /** Runs argument checks, recording an invalid argument before rethrowing it. */
  <T> T checked(String subject, Supplier<T> checks) {
    try {
      return checks.get();
    } catch (InvalidValueException e) {
      throw record(UsageIssue.Kind.INVALID_ARGUMENT, subject, e);
    }
  }

  void checked(String subject, Runnable checks) {
    try {
      checks.run();
    } catch (InvalidValueException e) {
      throw record(UsageIssue.Kind.INVALID_ARGUMENT, subject, e);
    }
  }

  private void require(Capability capability, String subject) {
    if (!capabilities.has(capability)) {
      throw record(UsageIssue.Kind.UNSUPPORTED_CAPABILITY, subject, new UnsupportedCapabilityException(capability));
    }
  }

  /** Records {@code e} as an issue of {@code kind} and returns it, for the caller to throw. */
  <X extends RuntimeException> X record(UsageIssue.Kind kind, String subject, X e) {
    lock.writeLock().lock();
    try {
      issues.add(UsageIssue.of(kind, subject, String.valueOf(e.getMessage())));
    } finally {
      lock.writeLock().unlock();
    }
    return e;
  }

  <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  <T> T write(Supplier<T> action) {
    lock.writeLock().lock();
    try {
      return action.get();
    } finally {
      lock.writeLock().unlock();
    }
  }
}
