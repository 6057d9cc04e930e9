package org.hewei.governance.reliability.support;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * 负载 — the figures printed next to a run's wall time so that it can be judged on a shared machine:
 * the JVM's CPU time so far and the system load average.
 *
 * <pre>{@code
 * System.out.println("took 12 s, " + Load.describe());
 * }</pre>
 */
public final class Load {
  private Load() {}

  /** E.g. {@code "JVM CPU 41,200 ms so far, load average 3.10 on 2 CPUs"}. */
  public static String describe() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    long cpu = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : -1;
    return String.format("JVM CPU %,d ms so far, load average %.2f on %d CPUs", cpu, os.getSystemLoadAverage(),
        os.getAvailableProcessors());
  }
}
