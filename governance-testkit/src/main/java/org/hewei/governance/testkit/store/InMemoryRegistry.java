package org.hewei.governance.testkit.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.TypedId;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.spi.ConcurrencyConflictException;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.Page;
import org.hewei.governance.core.spi.PageCursor;
import org.hewei.governance.core.spi.Registry;
import org.hewei.governance.core.spi.RegistryEntry;
import org.hewei.governance.core.spi.RegistryName;
import org.hewei.governance.core.spi.SummaryQuery;

/**
 * 内存名录 — a view of one registry of an {@link InMemoryGovernanceStore} (S4): entries in a map
 * sorted by key text, guarded by the store's lock; several views of one name share the entries.
 */
final class InMemoryRegistry<K extends TypedId<K>, V> implements Registry<K, V> {
  private final RegistryName<K, V> name;
  private final TreeMap<String, RegistryEntry<?, ?>> entries;
  private final InMemoryGovernanceStore<?> store;

  InMemoryRegistry(RegistryName<K, V> name, TreeMap<String, RegistryEntry<?, ?>> entries, InMemoryGovernanceStore<?> store) {
    this.name = name;
    this.entries = entries;
    this.store = store;
  }

  @Override
  public RegistryName<K, V> name() {
    return name;
  }

  @Override
  public RegistryEntry<K, V> put(K key, V value, ExpectedVersion expected) {
    store.checked(subject(name.name()), () -> {
      Checks.required("key", key);
      Checks.required("value", value);
      Checks.required("expected", expected);
    });
    return store.write(() -> {
      long current = versionOf(key);
      if (!expected.matches(current)) {
        throw store.record(UsageIssue.Kind.STALE_EXPECTED_VERSION, subject(key),
            new ConcurrencyConflictException(subject(key), expected, current));
      }
      RegistryEntry<K, V> entry = RegistryEntry.of(key, value, current + 1);
      entries.put(key.value(), entry);
      return entry;
    });
  }

  @Override
  public Optional<RegistryEntry<K, V>> get(K key) {
    store.checked(subject(name.name()), () -> Checks.required("key", key));
    return store.read(() -> {
      RegistryEntry<?, ?> e = entries.get(key.value());
      return e == null ? Optional.<RegistryEntry<K, V>>empty() : Optional.of(typed(e));
    });
  }

  @Override
  public boolean remove(K key, ExpectedVersion expected) {
    store.checked(subject(name.name()), () -> {
      Checks.required("key", key);
      Checks.required("expected", expected);
    });
    return store.write(() -> {
      long current = versionOf(key);
      if (!expected.matches(current)) {
        throw store.record(UsageIssue.Kind.STALE_EXPECTED_VERSION, subject(key),
            new ConcurrencyConflictException(subject(key), expected, current));
      }
      return entries.remove(key.value()) != null;
    });
  }

  @Override
  public Page<RegistryEntry<K, V>> list(int pageSize, Optional<PageCursor> cursor) {
    Optional<String> after = store.checked(subject(name.name()), () -> {
      Checks.required("cursor", cursor);
      if (pageSize < 1 || pageSize > SummaryQuery.MAX_PAGE_SIZE) {
        throw new InvalidValueException("pageSize", Integer.toString(pageSize),
            "must be between 1 and " + SummaryQuery.MAX_PAGE_SIZE + " (S4.4)");
      }
      return cursor.map(PageCursor::key);
    });
    return store.read(() -> {
      Map<String, RegistryEntry<?, ?>> from = after.isPresent() ? entries.tailMap(after.get(), false) : entries;
      List<RegistryEntry<K, V>> found = new ArrayList<>();
      for (RegistryEntry<?, ?> e : from.values()) {
        found.add(typed(e));
        if (found.size() > pageSize) {
          break;
        }
      }
      if (found.size() <= pageSize) {
        return Page.last(found);
      }
      List<RegistryEntry<K, V>> items = found.subList(0, pageSize);
      return Page.of(items, Optional.of(PageCursor.afterKey(items.get(pageSize - 1).key().value())));
    });
  }

  private long versionOf(K key) {
    RegistryEntry<?, ?> e = entries.get(key.value());
    return e == null ? 0 : e.version();
  }

  @SuppressWarnings("unchecked") // entries of this map are only ever put through this typed name
  private RegistryEntry<K, V> typed(RegistryEntry<?, ?> e) {
    return (RegistryEntry<K, V>) e;
  }

  private String subject(K key) {
    return subject(name.name() + "/" + key.value());
  }

  private static String subject(String what) {
    return "registry " + what;
  }
}
