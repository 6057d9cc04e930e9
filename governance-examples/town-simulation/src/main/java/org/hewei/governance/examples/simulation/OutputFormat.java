package org.hewei.governance.examples.simulation;

import java.util.Locale;
import java.util.Optional;

/**
 * 输出格式 — a human-readable table or one JSON object per line.
 *
 * <pre>{@code
 * OutputFormat.parse("jsonl"); // Optional[JSONL]
 * }</pre>
 */
public enum OutputFormat {
  /** Aligned text for people. */
  TABLE,
  /** JSON lines for machines. */
  JSONL;

  /** The format named {@code text} (case-insensitive), or empty. */
  public static Optional<OutputFormat> parse(String text) {
    for (OutputFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
