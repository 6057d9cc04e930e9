package org.hewei.governance.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * 堆占用 — the used heap after full collections, for retained-size deltas (a JOL-free estimate: the
 * difference of two readings around the objects of interest).
 *
 * <pre>{@code
 * long before = Heap.usedAfterGc(); Object kept = build(); long bytes = Heap.usedAfterGc() - before;
 * }</pre>
 */
public final class Heap {
  private Heap() {}

  /** The smallest used-heap reading over four {@code System.gc()} calls. */
  public static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
