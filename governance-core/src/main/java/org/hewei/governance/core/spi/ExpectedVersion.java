package org.hewei.governance.core.spi;

import org.hewei.governance.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * 期望版本 — the optimistic-concurrency condition of an append or a registry write: any version, no
 * stream yet (version 0), or exactly version n.
 *
 * <pre>{@code
 * ExpectedVersion.noStream();   // first append
 * ExpectedVersion.exactly(7);   // the stream must be at version 7
 * ExpectedVersion.any();        // no check
 * ExpectedVersion.exactly(0).equals(ExpectedVersion.noStream()); // true
 * }</pre>
 */
public final class ExpectedVersion {
  private static final ExpectedVersion ANY = new ExpectedVersion(-1);
  private static final ExpectedVersion NO_STREAM = new ExpectedVersion(0);

  private final long version;

  private ExpectedVersion(long version) {
    this.version = version;
  }

  /** Matches every current version (no concurrency check). */
  public static ExpectedVersion any() {
    return ANY;
  }

  /** Matches only when the stream (or registry key) does not exist yet: version 0. */
  public static ExpectedVersion noStream() {
    return NO_STREAM;
  }

  /**
   * Matches only version {@code version} (≥ 0; 0 is {@link #noStream()}).
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code version} is negative
   */
  public static ExpectedVersion exactly(long version) {
    Checks.atLeast("expectedVersion", version, 0L);
    return version == 0 ? NO_STREAM : new ExpectedVersion(version);
  }

  /** Whether this is {@link #any()}. */
  public boolean isAny() {
    return version < 0;
  }

  /** Whether a stream (or key) at {@code currentVersion} (0 = absent) satisfies this expectation. */
  public boolean matches(long currentVersion) {
    return version < 0 || version == currentVersion;
  }

  /** The exact version expected; -1 for {@link #any()}. */
  public long version() {
    return version;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ExpectedVersion && ((ExpectedVersion) o).version == version;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(version);
  }

  /** {@code "any"}, {@code "no stream"} or {@code "exactly 7"}. */
  @Override
  public String toString() {
    return version < 0 ? "any" : version == 0 ? "no stream" : "exactly " + version;
  }
}
