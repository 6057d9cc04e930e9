package org.hewei.governance.reliability.hostile;

/**
 * 值的体检 — a value a fuzzed call returned must behave: {@code toString}, {@code hashCode} and
 * {@code equals} never throw.
 *
 * <pre>{@code
 * Exercise.value(outcomes, "CitizenId.parse", seed, id);
 * }</pre>
 */
final class Exercise {
  private Exercise() {}

  static void value(Outcomes outcomes, String target, long seed, Object value) {
    try {
      String s = value.toString();
      if (s == null) {
        outcomes.violation(target, seed, "toString returned null");
      }
      int unused = value.hashCode();
      Object stranger = new Object();
      if (value.equals(stranger)) {
        outcomes.violation(target, seed, "a value equals a plain Object");
      }
    } catch (RuntimeException | StackOverflowError e) {
      outcomes.undocumented(target + "#toString/hashCode/equals", seed, e);
    }
  }
}
