package org.hewei.governance.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.rules.calendar.DateOutsideCalendarException;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.escalation.CommandTargets;
import org.hewei.governance.rules.escalation.DefaultEscalationPolicies;
import org.hewei.governance.rules.escalation.EscalationContext;
import org.hewei.governance.rules.escalation.EscalationDecision;
import org.hewei.governance.rules.escalation.EscalationEngine;
import org.hewei.governance.rules.lifecycle.PetitionLifecycle;
import org.hewei.governance.rules.lifecycle.PetitionLifecycleContext;
import org.hewei.governance.testkit.fixture.SampleTown;
import org.hewei.governance.testkit.generate.Gen;
import org.hewei.governance.testkit.generate.PetitionGen;

/**
 * 基准数据 — the fixed-seed fixtures the benchmarks share: the sample county (10 towns) and open petition
 * states generated on it.
 *
 * <pre>{@code
 * List<PetitionState> states = Fixtures.openStates(Fixtures.county(), 1_000_000, 100_000);
 * }</pre>
 */
public final class Fixtures {
  /** The seed of every fixture. */
  public static final long SEED = 20260301L;

  /**
   * The "now" of the escalation benchmark's {@code raw} fixture: 2023-10-03 09:30 in Beijing, in the
   * National Day week (a sensitive period).
   */
  public static final Instant NOW = Instant.parse("2023-10-03T01:30:00Z");

  /**
   * The "now" of the escalation benchmark's {@code settled} fixture: the evening round of Tuesday
   * 2026-12-15, 17:00 in Beijing (an ordinary working day), the day after {@link #SETTLED_AT}.
   */
  public static final Instant SETTLED_NOW = Instant.parse("2026-12-15T09:00:00Z");

  /** The evening round the {@code settled} fixture has carried out: 2026-12-14 17:00 in Beijing. */
  public static final Instant SETTLED_AT = SETTLED_NOW.minus(Duration.ofDays(1));

  /** Rounds per state when settling: an escalation a round, up to village → district → town, and one more. */
  private static final int SETTLE_ROUNDS = 4;

  private static final PetitionStatus[] OPEN = openStatuses();

  private Fixtures() {}

  private static final Map<String, Object> MEMO = new ConcurrentHashMap<>();

  /** The sample county, 10 towns (≈ 2,000 nodes), built from {@link #SEED} (once per JVM). */
  public static SampleTown county() {
    return memo("county", () -> SampleTown.county(SEED, 10));
  }

  /** The sample prefecture of {@code counties} counties (once per JVM and size). */
  public static SampleTown prefecture(int counties) {
    return memo("prefecture-" + counties, () -> SampleTown.prefecture(SEED, counties));
  }

  /**
   * {@code make}'s value, made once per JVM under {@code key}: a forked benchmark run makes each fixture
   * once anyway; the in-process smoke test runs every method's setup in one JVM and reuses them.
   */
  @SuppressWarnings("unchecked")
  static <T> T memo(String key, Supplier<T> make) {
    Object v = MEMO.get(key);
    if (v == null) {
      v = make.get();
      MEMO.put(key, v);
    }
    return (T) v;
  }

  /**
   * {@code count} open petition states: {@code distinct} of them generated (every open status evenly,
   * each with its own petition), the rest copies of those (new state objects sharing the petition and
   * the field values), so a million states fit in a modest heap.
   */
  public static List<PetitionState> openStates(SampleTown town, int count, int distinct) {
    Gen<PetitionState> gen = Gen.elements(OPEN).flatMap(s -> PetitionGen.states(town.tree(), s));
    SplittableRandom random = new SplittableRandom(SEED);
    int d = Math.min(count, distinct);
    List<PetitionState> states = new ArrayList<>(count);
    for (int i = 0; i < d; i++) {
      states.add(gen.generate(random));
    }
    for (int i = d; i < count; i++) {
      states.add(states.get(i % d).toBuilder().build());
    }
    return states;
  }

  /**
   * {@code count} open states like {@link #openStates}, each settled first: the default policy's
   * decisions for it at {@link #SETTLED_AT} (or at its own last update, if later) are carried out through
   * the petition lifecycle, round after round until none is left or {@value #SETTLE_ROUNDS} rounds have
   * run, as the town's evening round does every day. What fires over these states at
   * {@link #SETTLED_NOW} is what a day brings: newly overdue matters, due dates drawing near, cool-downs
   * run out, and the decisions the lifecycle refused yesterday (e.g. a call from a petition not yet
   * accepted), which the engine proposes again. Copies beyond {@code distinct} share the settled values.
   */
  public static List<PetitionState> settledStates(SampleTown town, int count, int distinct) {
    EscalationEngine engine = EscalationEngine.compile(
        DefaultEscalationPolicies.threeLevelResponse(), EscalationContext.chinaMainland(town.tree()));
    PetitionLifecycle lifecycle = PetitionLifecycle.of(PetitionLifecycleContext.of(town.tree()));
    CommandTargets targets = CommandTargets.fixed(
        UnitId.of("BENCH-CENTRE"), Set.of(UnitId.of("BENCH-CENTRE"), UnitId.of("BENCH-XFB")), OfficialId.of("BENCH-HEAD"));
    List<PetitionState> raw = openStates(town, Math.min(count, distinct), distinct);
    PetitionState[] settled = raw.toArray(new PetitionState[0]);
    Instant[] at = new Instant[settled.length];
    boolean[] changing = new boolean[settled.length];
    for (int i = 0; i < settled.length; i++) {
      at[i] = settled[i].updatedAt().isAfter(SETTLED_AT) ? settled[i].updatedAt() : SETTLED_AT;
      changing[i] = true;
    }
    for (int round = 0; round < SETTLE_ROUNDS; round++) {
      // The states still changing, by evaluation time (most share SETTLED_AT), evaluated in batch calls:
      // the engine's code is then compiled for batches like the benchmark's, not for the one-state lists
      // it would see if every state were settled on its own.
      Map<Instant, List<Integer>> groups = new LinkedHashMap<>();
      for (int i = 0; i < settled.length; i++) {
        if (changing[i]) {
          groups.computeIfAbsent(at[i], k -> new ArrayList<>()).add(i);
        }
        changing[i] = false;
      }
      for (Map.Entry<Instant, List<Integer>> group : groups.entrySet()) {
        Map<PetitionId, Integer> batch = new LinkedHashMap<>(); // a decision names its state by petition id
        for (int i : group.getValue()) {
          if (batch.containsKey(settled[i].id())) { // generated ids may repeat: a new batch
            settleBatch(settled, changing, batch, group.getKey(), round, engine, lifecycle, targets);
            batch.clear();
          }
          batch.put(settled[i].id(), i);
        }
        settleBatch(settled, changing, batch, group.getKey(), round, engine, lifecycle, targets);
      }
    }
    List<PetitionState> states = new ArrayList<>(count);
    states.addAll(List.of(settled));
    for (int i = states.size(); i < count; i++) {
      states.add(states.get(i % settled.length).toBuilder().build());
    }
    return states;
  }

  /**
   * {@code states} as a batch freshly read from a store would lie in memory: each state copied anew in
   * list order (sharing its petition and field values), after and before a full collection, so that the
   * copies are allocated one after the other and the collection, which keeps the order of the objects
   * it moves, leaves them so. The fixtures are built over several rounds (settling replaces states), and
   * the young collections in between scatter the survivors in an order that differs from JVM to JVM;
   * a loop over such a batch then waits on a cache miss per state more or less often depending on the
   * fork. Every implementation reads the same copies.
   */
  public static List<PetitionState> inLoadOrder(List<PetitionState> states) {
    Heap.usedAfterGc();
    List<PetitionState> copies = new ArrayList<>(states.size());
    for (PetitionState s : states) {
      copies.add(s.toBuilder().build());
    }
    Heap.usedAfterGc();
    return copies;
  }

  /** Carries out the decisions at {@code at} for the states {@code batch} names (ids unique in it). */
  private static void settleBatch(PetitionState[] settled, boolean[] changing, Map<PetitionId, Integer> batch,
      Instant at, int round, EscalationEngine engine, PetitionLifecycle lifecycle, CommandTargets targets) {
    List<PetitionState> states = new ArrayList<>(batch.size());
    batch.values().forEach(i -> states.add(settled[i]));
    for (EscalationDecision d : engine.evaluate(states, at)) {
      int i = Objects.requireNonNull(batch.get(d.petitionId()), "a decision about a state of the batch");
      CommandId id = CommandId.of("settle-" + i + "-" + round + "-" + d.ruleId());
      for (PetitionCommand c : d.toCommands(id, at, targets)) {
        try {
          Decision<PetitionEvent> decided = lifecycle.decide(Optional.of(settled[i]), c);
          for (PetitionEvent e : decided.events()) {
            settled[i] = lifecycle.evolve(Optional.of(settled[i]), e);
            changing[i] = true;
          }
        } catch (DateOutsideCalendarException e) {
          // a state last updated beyond the built-in calendar (2027): left as it is
        }
      }
    }
  }

  /**
   * {@code count} petition event streams of {@code minEvents} to {@code maxEvents} events, made by driving
   * {@code lifecycle} with generated commands (only accepted ones) from a generated Receive.
   */
  public static List<List<PetitionEvent>> petitionStreams(
      SampleTown town, PetitionLifecycle lifecycle, int count, int minEvents, int maxEvents) {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    List<List<PetitionEvent>> made = new ArrayList<>(count);
    while (made.size() < count) {
      List<PetitionEvent> stream = stream(random, town, lifecycle, minEvents + random.nextInt(maxEvents - minEvents + 1));
      if (stream.size() >= minEvents) {
        made.add(stream);
      }
    }
    return made;
  }

  private static List<PetitionEvent> stream(
      SplittableRandom random, SampleTown town, PetitionLifecycle lifecycle, int length) {
    PetitionCommand.Receive receive = PetitionGen.receives(town.tree()).generate(random);
    List<PetitionEvent> out = new ArrayList<>(lifecycle.decide(Optional.empty(), receive).eventsOrThrow());
    PetitionState state = lifecycle.fold(out).orElseThrow();
    for (int tries = 0; tries < 400 && out.size() < length; tries++) {
      PetitionCommand c = PetitionGen.commands(state, town.tree()).generate(random);
      Decision<PetitionEvent> d;
      try {
        d = lifecycle.decide(Optional.of(state), c);
      } catch (DateOutsideCalendarException e) {
        continue; // a generated command dated beyond the built-in calendar (2027 and later)
      }
      if (d.isAccepted()) {
        for (PetitionEvent e : d.events()) {
          if (out.size() < length) {
            state = lifecycle.evolve(Optional.of(state), e);
            out.add(e);
          }
        }
      }
    }
    return out;
  }

  private static PetitionStatus[] openStatuses() {
    List<PetitionStatus> open = new ArrayList<>();
    for (PetitionStatus s : PetitionStatus.values()) {
      if (s.isOpen()) {
        open.add(s);
      }
    }
    return open.toArray(new PetitionStatus[0]);
  }
}
