package org.hewei.governance.benchmarks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.policy.EscalationPolicy;
import org.hewei.governance.rules.escalation.DefaultEscalationPolicies;
import org.hewei.governance.rules.escalation.EscalationContext;
import org.hewei.governance.rules.escalation.EscalationDecision;
import org.hewei.governance.rules.escalation.EscalationEngine;
import org.hewei.governance.testkit.fixture.SampleTown;
import org.jspecify.annotations.Nullable;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * 升级评估基准 — the default escalation policy over {@code cases} open petition states of the sample
 * county at a fixed now: {@code hewei} (the compiled policy's batch evaluation), {@code drools} (the
 * same rules in DRL) and {@code handWritten} (inlined by hand: the ceiling). One op is one evaluation of
 * all cases; divide by {@code cases} for the cost per case. Setup fails unless the implementations
 * return the same firings (counts per rule and a checksum): hewei and the loop in every fork, all three
 * in the {@code drools} fork.
 *
 * <pre>{@code
 * java -jar target/benchmarks.jar EscalationBenchmark -p cases=1000000 -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// AlwaysPreTouch: the heap's pages are touched when the JVM starts, not the first time an allocation
// reaches them. Without it, on a freshly booted virtual machine every op that allocates (Drools always;
// hewei and the loop on raw, 75-140 MB of results per op) paid the kernel's first-touch page faults: in a
// run where the young generation was never collected, hewei on raw grew from 1.0 to 1.4 s per op over
// the measurement while the settled figures were unaffected.
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class EscalationBenchmark {
  /** How many open petition states one op evaluates. */
  @Param({"10000", "1000000"})
  public int cases;

  /**
   * Which states: {@code settled} (the evening round of the day before has been carried out, so what
   * fires is what one day brings — the steady state of a county that runs the policy every evening; see
   * {@link Fixtures#settledStates}) at {@link Fixtures#SETTLED_NOW}, or {@code raw} (straight from the
   * generator, every state seen by the policy for the first time, about 1.2 firings per state) at
   * {@link Fixtures#NOW} in the National Day week: the worst case, where building decisions dominates.
   */
  @Param({"settled", "raw"})
  public String fixture = "settled";

  /** The Drools session mode (the fastest measured is the default). */
  @Param({"STATELESS_SEQUENTIAL"})
  public String droolsMode = "STATELESS_SEQUENTIAL";

  /** Generated states (distinct petitions); the rest of {@link #cases} are copies. */
  static final int DISTINCT = 100_000;

  private List<PetitionState> states = List.of();
  private EscalationEngine engine = EscalationEngine.compile(
      DefaultEscalationPolicies.threeLevelResponse(), EscalationContext.chinaMainland(Fixtures.county().tree()));
  private Instant now = Fixtures.NOW;
  private ThreeLevelByHand byHand = new ThreeLevelByHand(Fixtures.county().tree(), Fixtures.NOW, List.of());
  private ThreeLevelByHand droolsRun = byHand;
  private @Nullable DroolsThreeLevel drools;

  /**
   * Builds the fixture and the engine; checks that hewei and the hand-written loop agree. Only the
   * {@code drools} fork builds the KieBase and checks all three: loading and running Drools in the other
   * forks slowed hewei and the loop there by 15-45 % (its classes, its background threads and the heap it
   * leaves behind; measured in one JVM with and without a Drools run before), so each implementation is
   * measured in a JVM that ran only it, as JMH's forks intend.
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    SampleTown county = Fixtures.county();
    EscalationPolicy policy = DefaultEscalationPolicies.threeLevelResponse();
    boolean settled = "settled".equals(fixture);
    now = settled ? Fixtures.SETTLED_NOW : Fixtures.NOW;
    states = Fixtures.inLoadOrder(Fixtures.memo(fixture + "-states-" + cases, () -> settled
        ? Fixtures.settledStates(county, cases, DISTINCT)
        : Fixtures.openStates(county, cases, DISTINCT)));
    engine = EscalationEngine.compile(policy, EscalationContext.chinaMainland(county.tree()));
    byHand = new ThreeLevelByHand(county.tree(), now, policy.sensitivePeriods());
    droolsRun = new ThreeLevelByHand(county.tree(), now, policy.sensitivePeriods());
    Tally h = tally(hewei());
    Tally w = Fired.tally(handWritten());
    String what = "escalation over " + cases + " " + fixture + " cases";
    Tally.agree(what, "hewei", h, "handWritten", w);
    if (params.getBenchmark().endsWith(".drools")) {
      drools = DroolsThreeLevel.build(DroolsThreeLevel.Mode.valueOf(droolsMode));
      Tally.agree(what, "hewei", h, "drools", Fired.tally(drools()));
    }
    long before = Heap.usedAfterGc();
    List<EscalationDecision> kept = hewei();
    long decisionBytes = Heap.usedAfterGc() - before;
    System.out.println("# agreed over " + cases + " " + fixture + " cases: " + kept.size() + " decisions, " + decisionBytes
        + " B of decisions (retained, with their list) " + h);
  }

  /** The compiled policy's batch evaluation. */
  @Benchmark
  public List<EscalationDecision> hewei() {
    return engine.evaluate(states, now);
  }

  /** The same rules in DRL on Drools. */
  @Benchmark
  @Warmup(iterations = 5, time = 2)
  public List<Fired> drools() {
    return Objects.requireNonNull(drools, "setUp builds it").evaluate(states, droolsRun);
  }

  /** The same rules inlined by hand in one loop. */
  @Benchmark
  public List<Fired> handWritten() {
    return byHand.evaluate(states);
  }

  static Tally tally(List<EscalationDecision> decisions) {
    Tally t = new Tally();
    for (EscalationDecision d : decisions) {
      t.add(d.ruleId(), Fired.hash(
          d.petitionId().value(),
          d.ruleId(),
          d.escalatesTo().map(p -> p.jurisdiction().value()).orElse(""),
          d.callLevel().orElse(null),
          d.actions().size()));
    }
    return t;
  }
}
