package org.hewei.governance.reliability.hostile;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.hewei.governance.core.event.DomainCommand;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.rules.lifecycle.Decider;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.testkit.generate.Gen;
import org.jspecify.annotations.Nullable;

/**
 * 生命周期模糊测试 — feeds one lifecycle (a {@link Decider}) commands of every kind against generated
 * states and against no state: commands from the testkit's generators, commands built reflectively
 * for every permitted command type (so a new command is covered automatically) with the aggregate id
 * right or wrong, issue times out of order or outside the 2020–2026 calendar, accepted commands replayed
 * and their events applied twice.
 *
 * <p>Checked for every decision: it is a value or a documented exception; a rejection carries no event
 * and names the command; the events of an acceptance fold onto the state without any exception and
 * raise its version by their number; and the state given to {@code decide} is unchanged afterwards
 * (equal to the same state generated again from the same seed).
 *
 * <pre>{@code
 * LifecycleFuzz<ErrandState, ErrandCommand, ErrandEvent> fuzz = new LifecycleFuzz<>(...);
 * fuzz.run(seed, 250, outcomes);
 * }</pre>
 */
final class LifecycleFuzz<S, C extends DomainCommand, E extends DomainEvent> {
  private final Function<Long, Decider<S, C, E>> lifecycles;
  private final BiFunction<Long, Long, S> states;
  private final @Nullable BiFunction<Long, S, Gen<? extends C>> testkitCommands;
  private final Class<C> commandType;
  private final Class<?> idType;
  private final HostileValues values;

  /**
   * @param lifecycles the lifecycle for a seed (e.g. over the seed's tree)
   * @param states the state for (seed, state seed): the same arguments always give an equal state
   * @param testkitCommands the testkit's command generator for a state, if it has one
   */
  LifecycleFuzz(Function<Long, Decider<S, C, E>> lifecycles, BiFunction<Long, Long, S> states,
      @Nullable BiFunction<Long, S, Gen<? extends C>> testkitCommands, Class<C> commandType, Class<?> idType,
      HostileValues values) {
    this.lifecycles = lifecycles;
    this.states = states;
    this.testkitCommands = testkitCommands;
    this.commandType = commandType;
    this.idType = idType;
    this.values = values;
  }

  /** {@code count} decisions for {@code seed}, checked as described above. */
  void run(long seed, int count, Outcomes outcomes, Outcomes building) {
    SplittableRandom random = new SplittableRandom(seed);
    Decider<S, C, E> lifecycle = lifecycles.apply(seed);
    Class<?>[] kinds = commandType.getPermittedSubclasses();
    int done = 0;
    while (done < count) {
      long stateSeed = random.nextLong();
      S origin = states.apply(seed, stateSeed);
      Optional<S> state = random.nextInt(10) == 0 ? Optional.empty() : Optional.of(origin);
      int group = Math.min(count - done, 40 + random.nextInt(40));
      for (int i = 0; i < group; i++, done++) {
        C command = null;
        for (int attempt = 0; command == null && attempt < 100; attempt++) {
          command = command(seed, random, state, kinds, building);
        }
        if (command == null) {
          outcomes.violation("command", seed, "no command could be built in 100 attempts");
          return;
        }
        C issued = command;
        String target = command.getClass().getSimpleName().replace("Immutable", "");
        Optional<S> before = state;
        @SuppressWarnings("unchecked")
        Decision<E> decision = (Decision<E>) outcomes.call(target, seed, () -> lifecycle.decide(before, issued));
        if (decision == null) {
          continue;
        }
        Exercise.value(outcomes, target + " decision", seed, decision);
        outcomes.decided(decision.isAccepted());
        if (!decision.isAccepted()) {
          if (!decision.events().isEmpty()) {
            outcomes.violation(target, seed, "a rejected decision carries events");
          }
          if (!decision.rejection().orElseThrow().commandId().equals(command.commandId())) {
            outcomes.violation(target, seed, "a rejection names another command");
          }
          continue;
        }
        if (decision.events().isEmpty()) {
          outcomes.violation(target, seed, "an accepted decision without events");
          continue;
        }
        Optional<S> after = before;
        try {
          for (E e : decision.events()) {
            after = Optional.of(lifecycle.evolve(after, e));
          }
        } catch (RuntimeException | StackOverflowError e) {
          outcomes.undocumented(target + " evolve(own events)", seed, e);
          continue;
        }
        long was = before.map(LifecycleFuzz::version).orElse(0L);
        if (version(after.orElseThrow()) != was + decision.events().size()) {
          outcomes.violation(target, seed, "version " + version(after.orElseThrow()) + " after " + was + " + " + decision.events().size());
        }
        // replayed: the same command again, and the same events applied twice
        Optional<S> replayState = after;
        outcomes.call(target + " replayed", seed, () -> lifecycle.decide(replayState, issued));
        E first = decision.events().get(0);
        outcomes.call(target + " event applied twice", seed, () -> lifecycle.evolve(replayState, first));
        if (random.nextBoolean()) {
          state = after;
        }
      }
      S again = states.apply(seed, stateSeed);
      if (!again.equals(origin)) {
        outcomes.violation("state", seed, "decide changed the state it was given");
      }
    }
  }

  private @Nullable C command(long seed, SplittableRandom random, Optional<S> state, Class<?>[] kinds, Outcomes building) {
    if (testkitCommands != null && state.isPresent() && random.nextBoolean()) {
      C c = testkitCommands.apply(seed, state.get()).generate(random);
      return random.nextInt(10) == 0 ? withIssuedAt(c, outsideCalendar(random)) : c;
    }
    Class<?> kind = kinds[random.nextInt(kinds.length)];
    Map<String, Object> override = new HashMap<>();
    if (state.isPresent() && random.nextInt(10) != 0) {
      Object id = id(state.get());
      for (Method m : ValuePool.accessors(kind)) {
        if (m.getReturnType() == idType) {
          override.put(m.getName(), id);
        }
      }
    }
    override.put("issuedAt", random.nextInt(10) == 0 ? outsideCalendar(random) : (Instant) values.value(Instant.class, random, 0.0));
    Object built = Builders.of(kind).build(values, random, random.nextInt(5) == 0 ? 0.3 : 0.0, building, seed,
        kind.getSimpleName(), override);
    return commandType.isInstance(built) ? commandType.cast(built) : null;
  }

  private static Instant outsideCalendar(SplittableRandom random) {
    return (random.nextBoolean() ? HostileValues.CALENDAR_FIRST.minusDays(1 + random.nextInt(3000))
        : HostileValues.CALENDAR_LAST.plusDays(1 + random.nextInt(3000))).atStartOfDay(ZoneOffset.ofHours(8)).toInstant();
  }

  private C withIssuedAt(C command, Instant at) {
    try {
      Method with = command.getClass().getMethod("withIssuedAt", Instant.class);
      with.setAccessible(true);
      return commandType.cast(with.invoke(command, at));
    } catch (ReflectiveOperationException e) {
      return command;
    }
  }

  private static Object id(Object state) {
    return invoke(state, "id");
  }

  static long version(Object state) {
    return (Long) invoke(state, "version");
  }

  private static Object invoke(Object target, String name) {
    Class<?> type = target.getClass();
    while (!ValuePool.isPublic(type)) {
      type = type.getSuperclass();
    }
    try {
      return type.getMethod(name).invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no " + name + "() on " + type, e);
    }
  }

}
