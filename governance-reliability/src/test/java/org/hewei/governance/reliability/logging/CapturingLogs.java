package org.hewei.governance.reliability.logging;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * 日志捕获 — what every logger wrote while the tests ran, at every level including TRACE and DEBUG.
 * The capturing provider is the only SLF4J provider on the test class path, so nothing escapes it.
 *
 * <pre>{@code
 * CapturingLogs.clear();
 * lifecycle.decide(state, command);
 * CapturingLogs.events(); // every call, formatted
 * }</pre>
 */
public final class CapturingLogs {
  private static final ConcurrentLinkedQueue<CapturedEvent> EVENTS = new ConcurrentLinkedQueue<>();

  private CapturingLogs() {}

  static void record(CapturedEvent event) {
    EVENTS.add(event);
  }

  /** The events recorded since the last {@link #clear()}, in order. */
  public static List<CapturedEvent> events() {
    return List.copyOf(EVENTS);
  }

  /** Forgets the events recorded so far. */
  public static void clear() {
    EVENTS.clear();
  }
}
