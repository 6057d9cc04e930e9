package org.hewei.governance.core.spi;

import org.hewei.governance.core.TypedId;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 名录条目 — a value stored in a {@link Registry} under its key, with its version (1 after the first
 * put, +1 per put). {@code toString} shows key and version only: values such as persons carry personal
 * data.
 *
 * <pre>{@code
 * RegistryEntry<OfficialId, Official> e = officials.get(id).orElseThrow();
 * e.value(); e.version();
 * }</pre>
 *
 * @param <K> the key type
 * @param <V> the value type
 */
@Value.Immutable
public abstract class RegistryEntry<K extends TypedId<K>, V> {
  RegistryEntry() {}

  /** The key. */
  @Value.Parameter
  public abstract K key();

  /** The value, equal to the one put. */
  @Value.Parameter
  public abstract V value();

  /** The version (≥ 1). */
  @Value.Parameter
  public abstract long version();

  /** An entry (store implementations create these). */
  public static <K extends TypedId<K>, V> RegistryEntry<K, V> of(K key, V value, long version) {
    return ImmutableRegistryEntry.of(key, value, version);
  }

  @Value.Check
  void check() {
    Checks.atLeast("version", version(), 1L);
  }

  /** {@code "OFF-17@3"}: key and version, never the value. */
  @Override
  public String toString() {
    return key() + "@" + version();
  }
}
