package org.hewei.governance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, in-process, at tiny sizes: proves that they compile, that each setup's
 * agreement check passes (a setup that finds the implementations disagreeing fails the run), and that
 * each method returns a score. Timing is not asserted; the figures come from run-benchmarks.sh.
 */
class BenchmarksSmokeTest {

  @Test
  void everyBenchmarkRunsOnceAndItsImplementationsAgree() throws RunnerException {
    // another JMH run on the machine (a developer's, a parallel CI job) holds /tmp/jmh.lock
    System.setProperty("jmh.ignoreLock", "true");
    Options options = new OptionsBuilder()
        .include(BenchmarksSmokeTest.class.getPackageName() + "\\.[A-Za-z]+Benchmark\\.")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(50))
        .param("cases", "2000")
        .param("days", "5", "365")
        .param("counties", "1")
        .param("streams", "50")
        .param("events", "20000")
        .param("states", "2000")
        .shouldFailOnError(true)
        .build();

    Collection<RunResult> results = new Runner(options).run();

    // Escalation 3×2 fixtures, Deadline 2×2, Jurisdiction 4×2, Replay 2, Store 4, Memory 1
    assertThat(results).hasSize(3 * 2 + 4 + 8 + 2 + 4 + 1);
    assertThat(results)
        .allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
  }
}
