package org.hewei.governance.examples.simulation;

import java.util.Map;

/**
 * JSON 输出 — writes one flat JSON object (string and number members) per line, escaping strings.
 *
 * <pre>{@code
 * Json.object(Map.of("type", "week", "received", 12)); // {"type":"week","received":12}
 * }</pre>
 */
final class Json {
  private Json() {}

  /** {@code members} as a JSON object; numbers stay numbers, everything else becomes a string. */
  static String object(Map<String, ?> members) {
    StringBuilder b = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, ?> e : members.entrySet()) {
      if (!first) {
        b.append(',');
      }
      first = false;
      string(b, e.getKey());
      b.append(':');
      Object v = e.getValue();
      if (v instanceof Long || v instanceof Integer) {
        b.append(v);
      } else {
        string(b, String.valueOf(v));
      }
    }
    return b.append('}').toString();
  }

  private static void string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    b.append('"');
  }
}
