package org.hewei.governance.core.spi;

/**
 * 并发冲突 — an append or registry write whose expected version did not match the current version;
 * nothing was written (clauses S1.4, S4.1). Reload, decide again, retry.
 *
 * <pre>{@code
 * catch (ConcurrencyConflictException e) {
 *   e.subject();        // "PETITION/ZXD-1"
 *   e.expected();       // exactly 3
 *   e.actualVersion();  // 4
 * }
 * }</pre>
 */
public class ConcurrencyConflictException extends StoreException {
  private static final long serialVersionUID = 1L;

  private final String subject;
  private final transient ExpectedVersion expected;
  private final long actualVersion;

  /**
   * A conflict on {@code subject}.
   *
   * @param subject what was written: a stream id ({@code "PETITION/ZXD-1"}) or a registry key
   *     ({@code "registry officials/OFF-17"})
   * @param expected the caller's expectation
   * @param actualVersion the current version (0 when absent)
   */
  public ConcurrencyConflictException(String subject, ExpectedVersion expected, long actualVersion) {
    super(subject + ": expected version " + expected + " but it is at version " + actualVersion + "; nothing was written");
    this.subject = subject;
    this.expected = expected;
    this.actualVersion = actualVersion;
  }

  /** A conflict on a stream. */
  public ConcurrencyConflictException(StreamId stream, ExpectedVersion expected, long actualVersion) {
    this(stream.toString(), expected, actualVersion);
  }

  /** The stream or registry key written. */
  public String subject() {
    return subject;
  }

  /** The caller's expectation. */
  public ExpectedVersion expected() {
    return expected;
  }

  /** The version found (0 when absent). */
  public long actualVersion() {
    return actualVersion;
  }
}
