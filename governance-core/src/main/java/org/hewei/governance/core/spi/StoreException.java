package org.hewei.governance.core.spi;

/**
 * 存储异常 — the base of the exceptions the storage SPI defines for conditions that are not bad
 * arguments (those are {@link org.hewei.governance.core.InvalidValueException}): a concurrency conflict
 * or a partly duplicated batch. Infrastructure failures of an implementation (a lost connection) are
 * its own exceptions, not these.
 *
 * <pre>{@code
 * try { store.append(s, ExpectedVersion.exactly(3), events); }
 * catch (StoreException e) { ... }
 * }</pre>
 */
public abstract class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}; the message never contains personal information. */
  protected StoreException(String message) {
    super(message);
  }
}
