package org.hewei.governance.examples.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.TypedId;
import org.hewei.governance.core.spi.ConcurrencyConflictException;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.Page;
import org.hewei.governance.core.spi.PageCursor;
import org.hewei.governance.core.spi.Registry;
import org.hewei.governance.core.spi.RegistryEntry;
import org.hewei.governance.core.spi.RegistryName;
import org.hewei.governance.core.spi.SummaryQuery;
import org.hewei.governance.examples.json.HeweiJson;

/**
 * One registry of a {@link JdbcGovernanceStore}: rows of {@code hewei_registry_entry} under its name,
 * values as Hewei JSON. Versions per key are checked in SQL: an insert relies on the primary key
 * (registry, key) for {@code noStream()}, an update on {@code WHERE version = n} for {@code exactly(n)}.
 */
final class JdbcRegistry<K extends TypedId<K>, V> implements Registry<K, V> {
  private final RegistryName<K, V> name;
  private final JdbcGovernanceStore store;
  private final HeweiJson json;
  private final Method keyFactory;

  JdbcRegistry(RegistryName<K, V> name, JdbcGovernanceStore store, HeweiJson json) {
    this.name = name;
    this.store = store;
    this.json = json;
    try {
      this.keyFactory = name.keyType().getMethod("of", String.class);
    } catch (NoSuchMethodException e) {
      throw new InvalidValueException("name", name.toString(), "needs a key type with a static of(String)");
    }
  }

  @Override
  public RegistryName<K, V> name() {
    return name;
  }

  @Override
  public RegistryEntry<K, V> put(K key, V value, ExpectedVersion expected) {
    JdbcGovernanceStore.required("key", key);
    JdbcGovernanceStore.required("value", value);
    JdbcGovernanceStore.required("expected", expected);
    String payload = json.write(value);
    for (int attempt = 1; ; attempt++) {
      try {
        long version = store.transaction(c -> putOnce(c, key, payload, expected));
        return RegistryEntry.of(key, value, version);
      } catch (SQLException e) {
        boolean keyTaken = SqlErrors.uniqueViolation(e).equals(Optional.of(SqlErrors.Unique.REGISTRY_KEY));
        if (keyTaken && !expected.isAny()) {
          throw conflict(key, expected, currentVersion(key)); // another writer created the key first
        }
        if (!(keyTaken || SqlErrors.isTransientConflict(e)) || attempt >= JdbcGovernanceStore.MAX_ATTEMPTS) {
          throw JdbcStoreException.of("put", subject(key), e);
        }
        JdbcGovernanceStore.backOff(attempt);
      }
    }
  }

  private long putOnce(Connection c, K key, String payload, ExpectedVersion expected) throws SQLException {
    if (expected.isAny() || expected.version() > 0) {
      String sql = "UPDATE hewei_registry_entry SET version = version + 1, payload = ? WHERE registry = ? AND entry_key = ?"
          + (expected.isAny() ? "" : " AND version = ?");
      try (PreparedStatement p = c.prepareStatement(sql)) {
        p.setString(1, payload);
        p.setString(2, name.name());
        p.setString(3, key.value());
        if (!expected.isAny()) {
          p.setLong(4, expected.version());
        }
        if (p.executeUpdate() == 1) {
          return versionOf(c, key);
        }
      }
      if (!expected.isAny()) {
        throw conflict(key, expected, versionOf(c, key));
      }
    } else if (versionOf(c, key) != 0) {
      throw conflict(key, expected, versionOf(c, key));
    }
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO hewei_registry_entry (registry, entry_key, version, payload) VALUES (?, ?, 1, ?)")) {
      p.setString(1, name.name());
      p.setString(2, key.value());
      p.setString(3, payload);
      p.executeUpdate(); // a concurrent creator makes this fail with 23505 on the primary key
    }
    return 1;
  }

  @Override
  public Optional<RegistryEntry<K, V>> get(K key) {
    JdbcGovernanceStore.required("key", key);
    return store.read("get", subject(key), c -> {
      try (PreparedStatement p = c.prepareStatement(
          "SELECT version, payload FROM hewei_registry_entry WHERE registry = ? AND entry_key = ?")) {
        p.setString(1, name.name());
        p.setString(2, key.value());
        try (ResultSet r = p.executeQuery()) {
          return r.next()
              ? Optional.of(RegistryEntry.of(key, json.read(r.getString(2), name.valueType()), r.getLong(1)))
              : Optional.<RegistryEntry<K, V>>empty();
        }
      }
    });
  }

  @Override
  public boolean remove(K key, ExpectedVersion expected) {
    JdbcGovernanceStore.required("key", key);
    JdbcGovernanceStore.required("expected", expected);
    try {
      return store.transaction(c -> {
        String sql = "DELETE FROM hewei_registry_entry WHERE registry = ? AND entry_key = ?"
            + (expected.isAny() ? "" : " AND version = ?");
        try (PreparedStatement p = c.prepareStatement(sql)) {
          p.setString(1, name.name());
          p.setString(2, key.value());
          if (!expected.isAny()) {
            p.setLong(3, expected.version());
          }
          if (p.executeUpdate() == 1) {
            return true;
          }
        }
        long current = versionOf(c, key);
        if (!expected.matches(current)) {
          throw conflict(key, expected, current);
        }
        return false; // absent, and the expectation was version 0 (or any)
      });
    } catch (SQLException e) {
      throw JdbcStoreException.of("remove", subject(key), e);
    }
  }

  @Override
  public Page<RegistryEntry<K, V>> list(int pageSize, Optional<PageCursor> cursor) {
    JdbcGovernanceStore.required("cursor", cursor);
    if (pageSize < 1 || pageSize > SummaryQuery.MAX_PAGE_SIZE) {
      throw new InvalidValueException("pageSize", Integer.toString(pageSize), "must be 1 to " + SummaryQuery.MAX_PAGE_SIZE + " (S4.4)");
    }
    Optional<String> after = cursor.map(PageCursor::key);
    return store.read("list", "registry " + name.name(), c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT entry_key, version, payload FROM hewei_registry_entry "
          + "WHERE registry = ?" + (after.isPresent() ? " AND entry_key > ?" : "") + " ORDER BY entry_key LIMIT ?")) {
        int i = 1;
        p.setString(i++, name.name());
        if (after.isPresent()) {
          p.setString(i++, after.get());
        }
        p.setInt(i, pageSize + 1);
        List<RegistryEntry<K, V>> items = new ArrayList<>();
        boolean more = false;
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            if (items.size() == pageSize) {
              more = true;
              break;
            }
            items.add(RegistryEntry.of(key(r.getString(1)), json.read(r.getString(3), name.valueType()), r.getLong(2)));
          }
        }
        Optional<PageCursor> next = more ? Optional.of(PageCursor.afterKey(items.get(items.size() - 1).key().value()))
            : Optional.empty();
        return Page.of(List.copyOf(items), next);
      }
    });
  }

  private long currentVersion(K key) {
    return store.read("get", subject(key), c -> versionOf(c, key));
  }

  private long versionOf(Connection c, K key) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "SELECT version FROM hewei_registry_entry WHERE registry = ? AND entry_key = ?")) {
      p.setString(1, name.name());
      p.setString(2, key.value());
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getLong(1) : 0L;
      }
    }
  }

  private K key(String text) {
    try {
      return name.keyType().cast(keyFactory.invoke(null, text));
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new JdbcStoreException("cannot rebuild a key of registry " + name.name());
    }
  }

  private ConcurrencyConflictException conflict(K key, ExpectedVersion expected, long actual) {
    return new ConcurrencyConflictException(subject(key), expected, actual);
  }

  private String subject(K key) {
    return "registry " + name.name() + "/" + key.value();
  }

  /** {@code "JdbcRegistry{officials<OfficialId, Official>}"}. */
  @Override
  public String toString() {
    return "JdbcRegistry{" + name + "}";
  }
}
