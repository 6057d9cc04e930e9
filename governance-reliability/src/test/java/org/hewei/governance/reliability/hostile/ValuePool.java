package org.hewei.governance.reliability.hostile;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.hewei.governance.reliability.support.ObjectGraph;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 取值池 — valid domain values harvested from the testkit's generators: every value reachable from a
 * generated state, command or fixture through its attribute accessors, grouped by class, so that a
 * fuzzer can fill a parameter of any domain type with a real value.
 *
 * <pre>{@code
 * ValuePool pool = ValuePool.harvest(List.of(state, command));
 * Optional<Object> id = pool.pick(PetitionId.class, random);
 * }</pre>
 */
final class ValuePool {
  private static final int MAX_PER_CLASS = 200;

  private final Map<Class<?>, List<Object>> byClass = new LinkedHashMap<>();
  private final Map<Class<?>, List<Object>> assignable = new ConcurrentHashMap<>();

  private ValuePool() {}

  /** Every domain value reachable from {@code roots}. */
  static ValuePool harvest(Collection<?> roots) {
    ValuePool pool = new ValuePool();
    ObjectGraph.reachable(roots, 50).forEach(pool::add);
    return pool;
  }

  private void add(Object o) {
    List<Object> list = byClass.computeIfAbsent(o.getClass(), k -> new ArrayList<>());
    if (list.size() < MAX_PER_CLASS) {
      list.add(o);
    }
  }

  /** A value of {@code type} (any class assignable to it), if the pool has one. */
  Optional<Object> pick(Class<?> type, SplittableRandom random) {
    List<Object> candidates = assignable.computeIfAbsent(type, t -> {
      List<Object> all = new ArrayList<>();
      byClass.forEach((c, values) -> {
        if (t.isAssignableFrom(c)) {
          all.addAll(values);
        }
      });
      return List.copyOf(all);
    });
    return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(random.nextInt(candidates.size())));
  }

  /** The classes the pool holds values of. */
  Set<Class<?>> classes() {
    return byClass.keySet();
  }

  static List<Method> accessors(Class<?> type) {
    return ObjectGraph.accessors(type);
  }

  static boolean isPublic(Class<?> c) {
    return ObjectGraph.isPublic(c);
  }
}
