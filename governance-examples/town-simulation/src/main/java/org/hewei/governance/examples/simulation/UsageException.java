package org.hewei.governance.examples.simulation;

/**
 * 用法错误 — an unknown or invalid command-line option; the message says which.
 *
 * <pre>{@code
 * SimulationOptions.parse(new String[] {"--bogus"}); // throws UsageException
 * }</pre>
 */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  /** An error described by {@code message}. */
  public UsageException(String message) {
    super(message);
  }
}
