package org.hewei.governance.rules.lifecycle;

/**
 * 指令被驳回 — thrown by {@link Decision#eventsOrThrow()} when the caller prefers an exception to a
 * {@link Rejection} value.
 *
 * <pre>{@code
 * try { lifecycle.decide(state, cmd).eventsOrThrow(); }
 * catch (RejectedCommandException e) { e.rejection().rule(); }
 * }</pre>
 */
public final class RejectedCommandException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient Rejection rejection;

  RejectedCommandException(Rejection rejection) {
    super(rejection.toString());
    this.rejection = rejection;
  }

  /** The rejection. */
  public Rejection rejection() {
    return rejection;
  }
}
