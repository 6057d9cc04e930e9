package org.hewei.governance.core.spi;

import java.util.List;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 追加结果 — what an append did: the stream's version afterwards, how many events it stored, and the
 * ids it recognised as already stored (an idempotent retry, clause S1.5).
 *
 * <pre>{@code
 * AppendResult r = store.append(stream, ExpectedVersion.noStream(), events);
 * r.version();       // 3 after the first append of 3 events
 * r.isDuplicate();   // false; true when the whole batch was already stored
 * }</pre>
 */
@Value.Immutable
public abstract class AppendResult {
  AppendResult() {}

  /** The stream appended to. */
  public abstract StreamId stream();

  /** The stream's version after the call (the version of its last event). */
  public abstract long version();

  /** How many events the call stored (0 for a retry of a batch already stored). */
  public abstract int storedCount();

  /** The ids of the batch found already stored in the stream (empty unless the call was a retry). */
  public abstract List<EventId> alreadyStored();

  /** The result of storing {@code count} (≥ 1) new events, the stream now being at {@code version}. */
  public static AppendResult stored(StreamId stream, long version, int count) {
    return ImmutableAppendResult.builder().stream(stream).version(version).storedCount(count).build();
  }

  /** The result of a retry whose every event id was already stored; the stream is at {@code version}. */
  public static AppendResult duplicate(StreamId stream, long version, List<EventId> alreadyStored) {
    return ImmutableAppendResult.builder().stream(stream).version(version).storedCount(0)
        .alreadyStored(alreadyStored).build();
  }

  /** Whether the call stored nothing because the whole batch was already stored. */
  public boolean isDuplicate() {
    return storedCount() == 0;
  }

  /** The version of the first event stored by this call (version − storedCount + 1); meaningless for a duplicate. */
  public long firstVersion() {
    return version() - storedCount() + 1;
  }

  @Value.Check
  void check() {
    Checks.atLeast("storedCount", storedCount(), 0);
    Checks.check(version() >= storedCount() && version() >= 1, "version", version(),
        "must be at least 1 and at least storedCount (" + storedCount() + ")");
    Checks.check((storedCount() == 0) != alreadyStored().isEmpty(), "alreadyStored", alreadyStored().size(),
        "either events were stored or the whole batch was already stored");
  }

  /** {@code "PETITION/ZXD-1 → v3 (+3)"} or {@code "PETITION/ZXD-1 at v3 (duplicate of 3 events)"}. */
  @Override
  public String toString() {
    return isDuplicate()
        ? stream() + " at v" + version() + " (duplicate of " + alreadyStored().size() + " events)"
        : stream() + " → v" + version() + " (+" + storedCount() + ")";
  }
}
