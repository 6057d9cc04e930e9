package org.hewei.governance.examples.simulation;

/**
 * 模拟结果 — what a run printed to standard output and error, and its exit status.
 *
 * <pre>{@code
 * SimulationResult r = TownSimulation.run(new String[] {"--days", "0"});
 * r.exitCode(); // 2
 * r.stdout();   // ""
 * }</pre>
 *
 * @param exitCode 0 on success, 2 for a usage error
 * @param stdout the text for standard output
 * @param stderr the text for standard error
 */
public record SimulationResult(int exitCode, String stdout, String stderr) {}
