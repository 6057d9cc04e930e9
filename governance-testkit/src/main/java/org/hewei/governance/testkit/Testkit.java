package org.hewei.governance.testkit;

/**
 * 测试工具包 — facts about this version of the testkit.
 *
 * <pre>{@code
 * Testkit.VERSION; // "0.1.0"
 * }</pre>
 */
public final class Testkit {
  /** The version of the testkit. */
  public static final String VERSION = "0.1.0";

  private Testkit() {}
}
