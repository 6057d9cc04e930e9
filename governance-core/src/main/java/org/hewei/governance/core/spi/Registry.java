package org.hewei.governance.core.spi;

import java.util.Optional;
import org.hewei.governance.core.TypedId;

/**
 * 名录 — a keyed store of current values (jurisdictions, officials, persons…) with optimistic
 * concurrency per key. Unlike event streams it keeps only the latest value.
 *
 * <h2>Contract S4 — registries</h2>
 *
 * <ul>
 *   <li><b>S4.1 Put.</b> An absent key has version 0. {@link #put} checks {@code expected} against the key's
 *       version exactly as S1.4 (so {@code any()} is last-write-wins), stores the value, increments the
 *       version and returns the new entry; on a mismatch it throws {@link ConcurrencyConflictException}
 *       (subject {@code "registry <name>/<key>"}) and changes nothing.
 *   <li><b>S4.2 Get.</b> {@link #get} returns the last value put ({@code equals}, personal data unchanged)
 *       with its version, or empty when absent or removed. Read-your-writes as S2.3.
 *   <li><b>S4.3 Remove.</b> {@link #remove} checks {@code expected} as S4.1; it returns true when it removed
 *       an entry and false when the key was absent (and {@code expected} matched version 0). After removal
 *       the key is absent (version 0) and may be put again with {@code noStream()}.
 *   <li><b>S4.4 List.</b> {@link #list} pages through the entries in ascending key order ({@link
 *       TypedId#value()} by string comparison) with the pagination guarantees of S3.6–S3.8 (keyset on the
 *       key); {@code pageSize} outside 1..1000 throws {@code InvalidValueException}.
 *   <li><b>S4.5 Separate.</b> Registries with different names are independent: the same key in two
 *       registries is two entries.
 *   <li><b>S4.6 Concurrency.</b> With {@link Capability#CONCURRENT_APPENDS}, concurrent writes to one key
 *       behave as in S1.9.
 * </ul>
 *
 * <pre>{@code
 * RegistryEntry<OfficialId, Official> e = officials.put(id, official, ExpectedVersion.noStream()); // v1
 * officials.put(id, promoted, ExpectedVersion.exactly(e.version()));                              // v2
 * }</pre>
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface Registry<K extends TypedId<K>, V> {
  /** The registry's name. */
  RegistryName<K, V> name();

  /** Stores {@code value} under {@code key} if its version matches {@code expected} (S4.1). */
  RegistryEntry<K, V> put(K key, V value, ExpectedVersion expected);

  /** The current entry under {@code key} (S4.2). */
  Optional<RegistryEntry<K, V>> get(K key);

  /** Removes the entry under {@code key} if its version matches {@code expected} (S4.3). */
  boolean remove(K key, ExpectedVersion expected);

  /** One page of entries in key order, continuing after {@code cursor} when given (S4.4). */
  Page<RegistryEntry<K, V>> list(int pageSize, Optional<PageCursor> cursor);
}
