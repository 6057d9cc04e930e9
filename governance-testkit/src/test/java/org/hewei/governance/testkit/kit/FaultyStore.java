package org.hewei.governance.testkit.kit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.TypedId;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.internal.Checks;
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
import org.hewei.governance.core.spi.RegistryName;
import org.hewei.governance.core.spi.StoreCapabilities;
import org.hewei.governance.core.spi.StreamId;
import org.hewei.governance.core.spi.SummaryQuery;
import org.hewei.governance.core.spi.UnsupportedCapabilityException;

/**
 * A second, deliberately simple implementation of the SPI (one monitor, full scans) into which single
 * faults can be switched on, to prove that the kit catches them. With no fault it passes the kit.
 */
final class FaultyStore implements GovernanceStore<DomainEvent> {
  /** The faults. */
  enum Fault {
    /** Silently drops every 1000th event appended (a lost write). */
    LOSES_EVENTS,
    /** Stores each batch sorted by event id instead of in list order. */
    REORDERS,
    /** Never checks the expected version. */
    IGNORES_EXPECTED_VERSION,
    /** No idempotency check: a retried batch is stored again (and a mixed batch too). */
    DUPLICATES_ON_RETRY,
    /** Writes a batch event by event and stops at the first bad one, keeping the ones before. */
    NON_ATOMIC_BATCH,
    /** Summary query cursors are offsets into the current result. */
    UNSTABLE_PAGINATION,
    /** Declares REGISTRIES but registry() throws UnsupportedCapabilityException. */
    DECLARES_REGISTRIES_BUT_THROWS,
    /** Declares no optional capability (a correct events-only store). */
    EVENTS_ONLY
  }

  private final Set<Fault> faults;
  private final Map<StreamId, List<RecordedEvent<DomainEvent>>> streams = new TreeMap<>();
  private final Map<StreamId, CaseSummary> summaries = new TreeMap<>();
  private final Map<RegistryName<?, ?>, TreeMap<String, RegistryEntry<?, ?>>> registries = new java.util.HashMap<>();
  private long appended;

  FaultyStore(Set<Fault> faults) {
    this.faults = faults.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(faults);
  }

  @Override
  public StoreCapabilities capabilities() {
    return faults.contains(Fault.EVENTS_ONLY) ? StoreCapabilities.none() : StoreCapabilities.all();
  }

  @Override
  public synchronized AppendResult append(
      StreamId stream, ExpectedVersion expected, List<? extends DomainEvent> events, Optional<CaseSummary> summary) {
    Checks.required("stream", stream);
    Checks.required("expected", expected);
    Checks.required("events", events);
    events.forEach(e -> Checks.required("events", e));
    Checks.notEmpty("events", events);
    Set<EventId> batchIds = new HashSet<>();
    if (!faults.contains(Fault.NON_ATOMIC_BATCH)) {
      for (DomainEvent e : events) {
        Checks.check(batchIds.add(e.eventId()), "events", e.eventId(), "repeats an id");
      }
    }
    summary.ifPresent(s -> Checks.check(s.stream().equals(stream), "summary", s.stream(), "other stream"));
    if (summary.isPresent()) {
      capabilities().require(Capability.SUMMARY_QUERIES);
    }
    List<RecordedEvent<DomainEvent>> list = streams.computeIfAbsent(stream, k -> new ArrayList<>());
    Set<EventId> stored = list.stream().map(r -> r.event().eventId()).collect(Collectors.toSet());
    List<EventId> found = events.stream().map(DomainEvent::eventId).filter(stored::contains).collect(Collectors.toList());
    if (!faults.contains(Fault.DUPLICATES_ON_RETRY) && found.size() == events.size()) {
      return AppendResult.duplicate(stream, list.size(), found);
    }
    if (!faults.contains(Fault.DUPLICATES_ON_RETRY) && !faults.contains(Fault.NON_ATOMIC_BATCH) && !found.isEmpty()) {
      throw new DuplicateEventException(stream, found);
    }
    if (!faults.contains(Fault.IGNORES_EXPECTED_VERSION) && !expected.matches(list.size())) {
      if (list.isEmpty()) {
        streams.remove(stream);
      }
      throw new ConcurrencyConflictException(stream, expected, list.size());
    }
    List<DomainEvent> batch = new ArrayList<>(events);
    if (faults.contains(Fault.REORDERS)) {
      batch.sort(Comparator.comparing(e -> e.eventId().value()));
    }
    int count = 0;
    for (DomainEvent e : batch) {
      if (faults.contains(Fault.NON_ATOMIC_BATCH)) {
        if (stored.contains(e.eventId())) {
          throw new DuplicateEventException(stream, List.of(e.eventId()));
        }
        if (!batchIds.add(e.eventId())) {
          throw new InvalidValueException("events", e.eventId().value(), "repeats an id");
        }
      }
      if (faults.contains(Fault.LOSES_EVENTS) && ++appended % 1000 == 0) {
        continue;
      }
      list.add(RecordedEvent.of(stream, list.size() + 1, e));
      count++;
    }
    long version = list.size();
    summary.ifPresent(s -> summaries.put(stream, s.withVersion(version)));
    return AppendResult.stored(stream, version, Math.max(count, 1));
  }

  @Override
  public synchronized List<RecordedEvent<DomainEvent>> load(StreamId stream) {
    return load(stream, 1);
  }

  @Override
  public synchronized List<RecordedEvent<DomainEvent>> load(StreamId stream, long fromVersion) {
    Checks.atLeast("fromVersion", fromVersion, 1L);
    List<RecordedEvent<DomainEvent>> list = streams.getOrDefault(stream, List.of());
    return fromVersion > list.size() ? List.of() : List.copyOf(list.subList((int) fromVersion - 1, list.size()));
  }

  @Override
  public synchronized boolean exists(StreamId stream) {
    return version(stream) > 0;
  }

  @Override
  public synchronized long version(StreamId stream) {
    return streams.getOrDefault(stream, List.of()).size();
  }

  @Override
  public synchronized Optional<CaseSummary> summary(StreamId stream) {
    capabilities().require(Capability.SUMMARY_QUERIES);
    return Optional.ofNullable(summaries.get(stream));
  }

  @Override
  public synchronized Page<CaseSummary> query(SummaryQuery query) {
    capabilities().require(Capability.SUMMARY_QUERIES);
    List<CaseSummary> matching = summaries.values().stream().filter(query::matches).collect(Collectors.toList());
    int from = 0;
    if (query.cursor().isPresent()) {
      String token = query.cursor().get().token();
      if (faults.contains(Fault.UNSTABLE_PAGINATION)) {
        if (!token.matches("o[0-9]{1,9}")) {
          throw new InvalidValueException("cursor", token, "malformed");
        }
        from = Integer.parseInt(token.substring(1));
      } else {
        StreamId after = decode(token);
        from = (int) matching.stream().filter(s -> s.stream().compareTo(after) <= 0).count();
      }
    }
    int to = Math.min(matching.size(), from + query.pageSize());
    List<CaseSummary> items = from >= to ? List.of() : List.copyOf(matching.subList(from, to));
    if (to >= matching.size()) {
      return Page.last(items);
    }
    PageCursor next = faults.contains(Fault.UNSTABLE_PAGINATION)
        ? PageCursor.of("o" + to)
        : PageCursor.of("k:" + items.get(items.size() - 1).stream());
    return Page.of(items, Optional.of(next));
  }

  private static StreamId decode(String token) {
    int slash = token.indexOf('/');
    try {
      if (!token.startsWith("k:") || slash < 0) {
        throw new IllegalArgumentException(token);
      }
      return StreamId.of(AggregateType.valueOf(token.substring(2, slash)), token.substring(slash + 1));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("cursor", token, "malformed");
    }
  }

  @Override
  public synchronized <K extends TypedId<K>, V> Registry<K, V> registry(RegistryName<K, V> name) {
    capabilities().require(Capability.REGISTRIES);
    if (faults.contains(Fault.DECLARES_REGISTRIES_BUT_THROWS)) {
      throw new UnsupportedCapabilityException(Capability.REGISTRIES);
    }
    TreeMap<String, RegistryEntry<?, ?>> entries = registries.computeIfAbsent(name, n -> new TreeMap<>());
    FaultyStore self = this;
    return new Registry<K, V>() {
      @Override
      public RegistryName<K, V> name() {
        return name;
      }

      @Override
      public RegistryEntry<K, V> put(K key, V value, ExpectedVersion expected) {
        synchronized (self) {
          long v = version(key);
          if (!expected.matches(v)) {
            throw new ConcurrencyConflictException("registry " + name.name() + "/" + key.value(), expected, v);
          }
          RegistryEntry<K, V> e = RegistryEntry.of(key, value, v + 1);
          entries.put(key.value(), e);
          return e;
        }
      }

      @Override
      @SuppressWarnings("unchecked")
      public Optional<RegistryEntry<K, V>> get(K key) {
        synchronized (self) {
          return Optional.ofNullable((RegistryEntry<K, V>) entries.get(key.value()));
        }
      }

      @Override
      public boolean remove(K key, ExpectedVersion expected) {
        synchronized (self) {
          long v = version(key);
          if (!expected.matches(v)) {
            throw new ConcurrencyConflictException("registry " + name.name() + "/" + key.value(), expected, v);
          }
          return entries.remove(key.value()) != null;
        }
      }

      @Override
      @SuppressWarnings("unchecked")
      public Page<RegistryEntry<K, V>> list(int pageSize, Optional<PageCursor> cursor) {
        synchronized (self) {
          Checks.inRange("pageSize", pageSize, 1, 1000);
          String after = "";
          if (cursor.isPresent()) {
            String token = cursor.get().token();
            if (!token.startsWith("r:")) {
              throw new InvalidValueException("cursor", token, "malformed");
            }
            after = token.substring(2);
          }
          List<RegistryEntry<K, V>> items = new ArrayList<>();
          for (RegistryEntry<?, ?> e : (after.isEmpty() ? entries : entries.tailMap(after, false)).values()) {
            items.add((RegistryEntry<K, V>) e);
          }
          if (items.size() <= pageSize) {
            return Page.last(items);
          }
          List<RegistryEntry<K, V>> page = List.copyOf(items.subList(0, pageSize));
          return Page.of(page, Optional.of(PageCursor.of("r:" + page.get(pageSize - 1).key().value())));
        }
      }

      private long version(K key) {
        RegistryEntry<?, ?> e = entries.get(key.value());
        return e == null ? 0 : e.version();
      }
    };
  }
}
