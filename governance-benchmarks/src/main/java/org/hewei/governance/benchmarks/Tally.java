package org.hewei.governance.benchmarks;

import java.util.Map;
import java.util.TreeMap;

/**
 * 结果核对 — what two implementations must agree on: how many results of each type, and an
 * order-independent checksum of their content. {@link #agree} fails the benchmark's setup otherwise.
 *
 * <pre>{@code
 * Tally a = new Tally(); a.add("R1", 42L);
 * Tally.agree("escalation", "hewei", a, "drools", b); // throws when they differ
 * }</pre>
 */
public final class Tally {
  private final Map<String, Long> counts = new TreeMap<>();
  private long checksum;

  /** Counts one result of {@code type} whose content hashes to {@code hash}. */
  public void add(String type, long hash) {
    counts.merge(type, 1L, Long::sum);
    checksum += mix(hash);
  }

  /** The counts per type. */
  public Map<String, Long> counts() {
    return counts;
  }

  /** The checksum. */
  public long checksum() {
    return checksum;
  }

  /** The total count. */
  public long total() {
    long n = 0;
    for (long c : counts.values()) {
      n += c;
    }
    return n;
  }

  /** A 64-bit mix of {@code h} (SplitMix64's finaliser). */
  public static long mix(long h) {
    long z = h + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Fails unless {@code a} and {@code b} have the same counts and checksum.
   *
   * @throws IllegalStateException naming both and what differs
   */
  public static void agree(String what, String nameA, Tally a, String nameB, Tally b) {
    if (!a.counts.equals(b.counts) || a.checksum != b.checksum) {
      throw new IllegalStateException(
          what + ": " + nameA + " " + a + " but " + nameB + " " + b + " — the implementations disagree");
    }
  }

  @Override
  public String toString() {
    return counts + " checksum " + Long.toHexString(checksum);
  }
}
