package org.hewei.governance.testkit.store;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hewei.governance.core.TypedId;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.spi.CaseSummary;
import org.hewei.governance.core.spi.RecordedEvent;
import org.hewei.governance.core.spi.RegistryEntry;
import org.hewei.governance.core.spi.RegistryName;
import org.hewei.governance.core.spi.StreamId;

/**
 * 存储快照 — an immutable copy of everything an {@link InMemoryGovernanceStore} held at one moment:
 * its streams, summaries and registries, for assertions in tests. Later writes do not change it.
 * {@code toString} shows counts only (events and values may carry personal data).
 *
 * <pre>{@code
 * StoreSnapshot<DomainEvent> s = store.snapshot();
 * s.eventCount();                       // 12
 * s.streams().get(stream).size();       // 3
 * s.summaries().get(stream).status();   // "ASSIGNED"
 * s.registry(OFFICIALS);                // entries in key order
 * }</pre>
 *
 * @param <E> the event type
 */
public final class StoreSnapshot<E extends DomainEvent> {
  private final Map<StreamId, List<RecordedEvent<E>>> streams;
  private final Map<StreamId, CaseSummary> summaries;
  private final Map<RegistryName<?, ?>, List<RegistryEntry<?, ?>>> registries;

  StoreSnapshot(
      Map<StreamId, List<RecordedEvent<E>>> streams,
      Map<StreamId, CaseSummary> summaries,
      Map<RegistryName<?, ?>, List<RegistryEntry<?, ?>>> registries) {
    this.streams = streams;
    this.summaries = summaries;
    this.registries = registries;
  }

  /** Every stream with its events in version order, streams in {@link StreamId} order. */
  public Map<StreamId, List<RecordedEvent<E>>> streams() {
    return streams;
  }

  /** Every stored summary, in {@link StreamId} order. */
  public Map<StreamId, CaseSummary> summaries() {
    return summaries;
  }

  /** The names of the registries that were asked for. */
  public Set<RegistryName<?, ?>> registryNames() {
    return registries.keySet();
  }

  /** The entries of registry {@code name} in key order; empty when it was never used. */
  @SuppressWarnings("unchecked") // entries are stored under their typed name only
  public <K extends TypedId<K>, V> List<RegistryEntry<K, V>> registry(RegistryName<K, V> name) {
    List<RegistryEntry<?, ?>> entries = registries.getOrDefault(name, List.of());
    return Collections.unmodifiableList(
        entries.stream().map(e -> (RegistryEntry<K, V>) e).collect(Collectors.toList()));
  }

  /** The number of streams that have events. */
  public int streamCount() {
    return streams.size();
  }

  /** The number of events in all streams. */
  public long eventCount() {
    return streams.values().stream().mapToLong(List::size).sum();
  }

  /** {@code "StoreSnapshot{3 streams, 12 events, 3 summaries, 1 registries}"}. */
  @Override
  public String toString() {
    return "StoreSnapshot{" + streamCount() + " streams, " + eventCount() + " events, " + summaries.size()
        + " summaries, " + registries.size() + " registries}";
  }
}
