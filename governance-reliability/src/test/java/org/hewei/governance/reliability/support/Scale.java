package org.hewei.governance.reliability.support;

/**
 * 规模 — how big a run is: {@code -Dhewei.hostile.scale=N} multiplies the hostile-input seeds (1 in the
 * default build: 100,000 inputs per family), {@code -Dhewei.stress=true} runs the full store stress test.
 *
 * <pre>{@code
 * int seeds = 400 * Scale.hostile();
 * }</pre>
 */
public final class Scale {
  private Scale() {}

  /** The hostile-input multiplier, at least 1. */
  public static int hostile() {
    try {
      return Math.max(1, Integer.parseInt(System.getProperty("hewei.hostile.scale", "1").trim()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Whether the full stress runs are asked for. */
  public static boolean stress() {
    return Boolean.parseBoolean(System.getProperty("hewei.stress", "false").trim());
  }
}
