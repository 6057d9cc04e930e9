package org.hewei.governance.reliability.logging;

import java.util.List;
import org.slf4j.event.Level;

/**
 * 捕获的日志 — one logging call as the capturing provider recorded it: logger, level, the pattern, its
 * arguments rendered with {@code String.valueOf}, the formatted message and the throwable's text.
 *
 * <pre>{@code
 * CapturedEvent e = CapturingLogs.events().get(0);
 * e.formatted(); // "petition ZXD-XF-1 registered"
 * }</pre>
 */
public record CapturedEvent(
    String logger, Level level, String pattern, List<String> arguments, String formatted, String throwable) {

  /** Everything the event could show to a reader of the log, for scanning. */
  public String allText() {
    return pattern + "\n" + String.join("\n", arguments) + "\n" + formatted + "\n" + throwable;
  }
}
