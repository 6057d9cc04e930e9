package org.hewei.governance.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionState;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 内存占用基准 — retained bytes per open petition state, by heap-after-GC delta over {@code states}
 * generated states (each with its own petition): the heap holding the states minus the heap holding
 * only their petitions, divided by the count ({@code stateBytes}: what the state adds to the petition it
 * is about — dates, handling place, counters, records); {@code petitionBytes} is the petition's own
 * share, for scale. The timed op derives the next state ({@code toBuilder().version(v + 1).build()}),
 * whose allocation per op the gc profiler reports.
 *
 * <pre>{@code
 * java -jar target/benchmarks.jar MemoryBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MemoryBenchmark {
  /** How many states are measured. */
  @Param({"1000000"})
  public int states;

  private long stateBytes;
  private long petitionBytes;
  private List<PetitionState> held = new ArrayList<>();
  private int next;

  /** The measured figures, reported as secondary results. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Retained {
    /** Retained bytes per state, its petition excluded. */
    public long stateBytes;
    /** Retained bytes per petition. */
    public long petitionBytes;
  }

  /** Generates the states and measures the heap after GC with and without them. */
  @Setup(Level.Trial)
  public void setUp() {
    long base = Heap.usedAfterGc();
    List<PetitionState> generated = Fixtures.openStates(Fixtures.county(), states, states);
    long withStates = Heap.usedAfterGc();
    Petition[] petitions = new Petition[generated.size()];
    for (int i = 0; i < petitions.length; i++) {
      petitions[i] = generated.get(i).petition();
    }
    held = new ArrayList<>(generated.subList(0, Math.min(1024, generated.size())));
    generated = List.of();
    long withPetitions = Heap.usedAfterGc();
    stateBytes = (withStates - withPetitions) / states;
    petitionBytes = (withPetitions - base) / states;
    if (petitions.length != states) {
      throw new IllegalStateException("lost petitions");
    }
    System.out.println("# retained per state " + stateBytes + " B (petition excluded); per petition " + petitionBytes + " B");
  }

  /** Derives the next version of a state (the allocation of one state). */
  @Benchmark
  public PetitionState nextState(Retained retained) {
    retained.stateBytes = stateBytes;
    retained.petitionBytes = petitionBytes;
    PetitionState s = held.get(next++ % held.size());
    if (next == held.size()) {
      next = 0;
    }
    return s.toBuilder().version(s.version() + 1).build();
  }
}
