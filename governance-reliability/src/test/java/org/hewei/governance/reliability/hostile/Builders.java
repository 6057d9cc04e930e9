package org.hewei.governance.reliability.hostile;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 构建器驱动 — drives the builder of a public value type reflectively: {@code builder()}, then setters
 * (each attribute's overloads: plain, {@code Optional}, {@code add…}, {@code addAll…}, {@code put…},
 * {@code from}) with values from {@link HostileValues}, then {@code build()}.
 *
 * <pre>{@code
 * Object value = Builders.of(Person.class).build(values, random, 0.8, outcomes, seed);
 * }</pre>
 */
final class Builders {
  private static final Map<Class<?>, Builders> CACHE = new ConcurrentHashMap<>();

  private final Class<?> type;
  private final Method factory;
  private final Method build;
  /** Setter overloads by attribute-ish name, e.g. "petitioners" → [petitioners(Iterable)], "addPetitioners" → [...]. */
  private final Map<String, List<Method>> setters;

  private Builders(Class<?> type) throws NoSuchMethodException {
    this.type = type;
    this.factory = type.getDeclaredMethod("builder");
    Class<?> builderClass = factory.getReturnType();
    Map<String, List<Method>> found = new LinkedHashMap<>();
    Method buildMethod = null;
    List<Method> all = new ArrayList<>(List.of(builderClass.getMethods()));
    all.sort(Comparator.comparing(Method::toGenericString));
    for (Method m : all) {
      if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class || m.isBridge()) {
        continue;
      }
      m.setAccessible(true);
      if (m.getName().equals("build") && m.getParameterCount() == 0) {
        buildMethod = m;
      } else if (m.getParameterCount() >= 1 && m.getReturnType().isAssignableFrom(builderClass)) {
        found.computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(m);
      }
    }
    if (buildMethod == null) {
      throw new NoSuchMethodException(type.getName() + ".Builder.build()");
    }
    this.build = buildMethod;
    this.setters = found;
  }

  static Builders of(Class<?> type) {
    return CACHE.computeIfAbsent(type, t -> {
      try {
        return new Builders(t);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  Class<?> type() {
    return type;
  }

  /** The setter names, for reports. */
  List<String> setterNames() {
    return List.copyOf(setters.keySet());
  }

  /**
   * A fresh builder filled with values and built: the built value, or null when a setter or
   * {@code build()} refused (documented) or answered otherwise (recorded in {@code outcomes}).
   *
   * @param override values for setters by name (e.g. the aggregate id), used instead of generated ones
   */
  Object build(HostileValues values, SplittableRandom random, double hostility, Outcomes outcomes, long seed,
      String target, Map<String, Object> override) {
    Object builder;
    try {
      builder = factory.invoke(null);
    } catch (IllegalAccessException | InvocationTargetException e) {
      outcomes.undocumented(target + ".builder()", seed, e.getCause() == null ? e : e.getCause());
      return null;
    }
    boolean plausible = hostility == 0.0;
    for (Map.Entry<String, List<Method>> entry : setters.entrySet()) {
      String name = entry.getKey();
      if (plausible ? (name.startsWith("add") || name.startsWith("put") || name.equals("from")) && !override.containsKey(name)
          : random.nextInt(3) == 0) {
        continue;
      }
      List<Method> overloads = entry.getValue();
      Method setter = overloads.get(random.nextInt(overloads.size()));
      Object[] args;
      if (override.containsKey(name) && setter.getParameterCount() == 1
          && HostileValues.raw(setter.getGenericParameterTypes()[0]).isInstance(override.get(name))) {
        args = new Object[] {override.get(name)};
      } else {
        if (plausible && overloads.size() > 1) {
          setter = plainest(overloads);
        }
        Type[] types = setter.getGenericParameterTypes();
        args = new Object[types.length];
        for (int k = 0; k < types.length; k++) {
          args[k] = values.value(types[k], random, hostility);
        }
      }
      try {
        setter.invoke(builder, args);
      } catch (IllegalAccessException e) {
        outcomes.undocumented(target + "." + name, seed, e);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (!Outcomes.documented(cause)) {
          outcomes.undocumented(target + "." + name + "(" + setter.getParameterTypes()[0].getSimpleName() + ")", seed, cause);
        }
      }
    }
    return outcomes.call(target, seed, () -> build.invoke(builder));
  }

  /** The overload taking the attribute's own type (not Optional, not an array), when there is one. */
  private static Method plainest(List<Method> overloads) {
    for (Method m : overloads) {
      Class<?> p = m.getParameterTypes()[0];
      if (m.getParameterCount() == 1 && p != java.util.Optional.class && !p.isArray()) {
        return m;
      }
    }
    return overloads.get(0);
  }
}
