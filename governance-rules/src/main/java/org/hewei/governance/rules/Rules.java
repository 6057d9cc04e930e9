package org.hewei.governance.rules;

/**
 * 规则 — facts about this version of governance-rules.
 *
 * <pre>{@code
 * Rules.VERSION; // "0.1.0"
 * }</pre>
 */
public final class Rules {
  /** The version of the rules this library implements; decisions and reports can cite it. */
  public static final String VERSION = "0.1.0";

  private Rules() {}
}
