package org.hewei.governance.reliability.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 对象图 — every value reachable from some roots through the attribute accessors of Hewei's public
 * types (their public abstract zero-argument methods), through optionals, collections and maps.
 *
 * <pre>{@code
 * List<Object> all = ObjectGraph.reachable(List.of(petitionState), 50);
 * }</pre>
 */
public final class ObjectGraph {
  private static final String PREFIX = "org.hewei.governance.";

  private ObjectGraph() {}

  /** The distinct (by identity) non-container values reachable from {@code roots}, roots included. */
  public static List<Object> reachable(Collection<?> roots, int perCollection) {
    List<Object> out = new ArrayList<>();
    IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    Deque<Object> todo = new ArrayDeque<>();
    roots.forEach(r -> {
      if (r != null) {
        todo.push(r);
      }
    });
    while (!todo.isEmpty()) {
      Object o = todo.pop();
      if (seen.put(o, Boolean.TRUE) != null) {
        continue;
      }
      if (o instanceof Optional<?> opt) {
        opt.ifPresent(todo::push);
        continue;
      }
      if (o instanceof Collection<?> c) {
        c.stream().limit(perCollection).forEach(todo::push);
        continue;
      }
      if (o instanceof Map<?, ?> m) {
        m.entrySet().stream().limit(perCollection).forEach(e -> {
          todo.push(e.getKey());
          todo.push(e.getValue());
        });
        continue;
      }
      out.add(o);
      if (isDomain(o.getClass())) {
        for (Method m : accessors(o.getClass())) {
          try {
            Object value = m.invoke(o);
            if (value != null) {
              todo.push(value);
            }
          } catch (IllegalAccessException | InvocationTargetException e) {
            // not an attribute that can be read here
          }
        }
      }
    }
    return out;
  }

  /** Whether {@code type} is one of Hewei's own (not an enum). */
  public static boolean isDomain(Class<?> type) {
    return type.getName().startsWith(PREFIX) && !type.isEnum();
  }

  /** The public abstract zero-argument methods of the public Hewei types of {@code type}: its attributes. */
  public static List<Method> accessors(Class<?> type) {
    List<Method> out = new ArrayList<>();
    Deque<Class<?>> types = new ArrayDeque<>();
    types.push(type);
    Set<String> names = new HashSet<>();
    while (!types.isEmpty()) {
      Class<?> t = types.pop();
      if (t.getSuperclass() != null) {
        types.push(t.getSuperclass());
      }
      for (Class<?> i : t.getInterfaces()) {
        types.push(i);
      }
      if (!isPublic(t) || !t.getName().startsWith(PREFIX)) {
        continue;
      }
      for (Method m : t.getDeclaredMethods()) {
        int mod = m.getModifiers();
        if (Modifier.isPublic(mod) && Modifier.isAbstract(mod) && !Modifier.isStatic(mod)
            && m.getParameterCount() == 0 && m.getReturnType() != void.class && names.add(m.getName())) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** Whether {@code c} and all its enclosing classes are public. */
  public static boolean isPublic(Class<?> c) {
    for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
