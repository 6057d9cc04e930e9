package org.hewei.governance.reliability.hostile;

import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.hewei.governance.testkit.generate.TextGen;

/**
 * 对抗性取值 — a value for a reflected parameter type: with probability {@code hostility} an adversarial
 * one (null, an adversarial string, a boundary number, a date far outside the 2020–2026 calendar, a huge
 * collection, collections with null elements), otherwise a plausible one (a pooled domain value, a short
 * text, a small number, a date inside the calendar).
 *
 * <pre>{@code
 * Object arg = new HostileValues(pool).value(method.getGenericParameterTypes()[0], random, 0.5);
 * }</pre>
 */
final class HostileValues {
  static final LocalDate CALENDAR_FIRST = LocalDate.of(2020, 1, 1);
  static final LocalDate CALENDAR_LAST = LocalDate.of(2026, 12, 31);
  private static final int HUGE = 10_001;

  private static final LocalDate[] ODD_DATES = {
    LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH, LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 1),
    LocalDate.of(2019, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2100, 2, 28), LocalDate.of(-5, 1, 1),
    LocalDate.of(2024, 2, 29), LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)
  };
  private static final int[] ODD_INTS = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1000, -1, 0, 1, 2, 99, 101, 366, 10_001, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
  private static final long[] ODD_LONGS = {Long.MIN_VALUE, -1, 0, 1, 2, Integer.MAX_VALUE + 1L, Long.MAX_VALUE};
  private static final double[] ODD_DOUBLES = {
    Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, Double.MIN_VALUE, Double.MAX_VALUE,
    -Double.MAX_VALUE, 180.0, 180.0000001, -180.0000001, 90.0, 90.0000001, -90.0000001, 1e-300, 73.5, 135.1, 3.8, 53.6
  };

  private final ValuePool pool;

  HostileValues(ValuePool pool) {
    this.pool = pool;
  }

  /** A value for {@code type}; {@code null} is possible only when hostile. */
  Object value(Type type, SplittableRandom random, double hostility) {
    boolean hostile = random.nextDouble() < hostility;
    Class<?> raw = raw(type);
    if (hostile && !raw.isPrimitive() && !isContainer(raw) && random.nextInt(8) == 0) {
      return null;
    }
    if (raw == String.class || raw == CharSequence.class || raw == Object.class) {
      return hostile ? AdversarialStrings.any().generate(random) : TextGen.label(12).generate(random);
    }
    if (raw == int.class || raw == Integer.class) {
      return hostile ? ODD_INTS[random.nextInt(ODD_INTS.length)] : random.nextInt(1, 30);
    }
    if (raw == long.class || raw == Long.class) {
      return hostile ? ODD_LONGS[random.nextInt(ODD_LONGS.length)] : (long) random.nextInt(0, 30);
    }
    if (raw == double.class || raw == Double.class) {
      return hostile ? ODD_DOUBLES[random.nextInt(ODD_DOUBLES.length)] : 100 + random.nextDouble() * 20;
    }
    if (raw == float.class || raw == Float.class) {
      return hostile ? Float.NaN : 1.0f;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return random.nextBoolean();
    }
    if (raw == short.class || raw == Short.class) {
      return (short) random.nextInt(-2, 3);
    }
    if (raw == char.class || raw == Character.class) {
      return hostile ? '\uD800' : 'X';
    }
    if (raw == byte.class || raw == Byte.class) {
      return (byte) random.nextInt(-2, 3);
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    if (raw == LocalDate.class) {
      return hostile ? oddDate(random) : calendarDate(random);
    }
    if (raw == Instant.class) {
      if (hostile) {
        switch (random.nextInt(4)) {
          case 0:
            return random.nextBoolean() ? Instant.MIN : Instant.MAX;
          case 1:
            return Instant.EPOCH;
          default:
            LocalDate d = oddDate(random);
            return d.getYear() > -100_000 && d.getYear() < 100_000 ? d.atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.EPOCH;
        }
      }
      return calendarDate(random).atTime(LocalTime.of(random.nextInt(24), random.nextInt(60))).toInstant(ZoneOffset.ofHours(8));
    }
    if (raw == Duration.class) {
      return hostile ? Duration.ofSeconds(random.nextBoolean() ? Long.MAX_VALUE : -1) : Duration.ofDays(random.nextInt(1, 30));
    }
    if (raw == ZoneId.class) {
      return hostile && random.nextBoolean() ? ZoneId.of("Pacific/Kiritimati") : ZoneId.of("Asia/Shanghai");
    }
    if (raw == Optional.class) {
      if (random.nextInt(3) == 0) {
        return Optional.empty();
      }
      return Optional.ofNullable(value(typeArg(type, 0), random, hostility));
    }
    if (raw.isArray()) {
      Class<?> component = raw.getComponentType();
      Type componentType = type instanceof GenericArrayType g ? g.getGenericComponentType() : component;
      int n = size(random, hostile);
      Object array = Array.newInstance(component, Math.min(n, 1000));
      for (int i = 0; i < Array.getLength(array); i++) {
        Object v = value(componentType, random, hostility);
        if (v != null || !component.isPrimitive()) {
          Array.set(array, i, v);
        }
      }
      return array;
    }
    if (raw == Map.Entry.class) {
      return new java.util.AbstractMap.SimpleEntry<>(value(typeArg(type, 0), random, hostility), value(typeArg(type, 1), random, hostility));
    }
    if (Map.class.isAssignableFrom(raw)) {
      int n = Math.min(size(random, hostile), 2000);
      Map<Object, Object> map = new HashMap<>();
      for (int i = 0; i < n; i++) {
        map.put(value(typeArg(type, 0), random, hostility), value(typeArg(type, 1), random, hostility));
      }
      return map;
    }
    if (Iterable.class.isAssignableFrom(raw) || Collection.class.isAssignableFrom(raw)) {
      int n = size(random, hostile);
      Type element = typeArg(type, 0);
      Collection<Object> values = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
      if (n >= HUGE) {
        Object one = value(element, random, 0.0);
        return Set.class.isAssignableFrom(raw) ? Collections.singleton(one) : Collections.nCopies(n, one);
      }
      for (int i = 0; i < n; i++) {
        values.add(value(element, random, hostility));
      }
      return values;
    }
    Optional<Object> pooled = pool.pick(raw, random);
    if (pooled.isPresent()) {
      return pooled.get();
    }
    return null; // functional parameters and types without values: the null check is what we exercise
  }

  /**
   * Optionals, iterables, maps, map entries and arrays are never passed as null themselves (their elements are): the
   * generated Immutables 2.12 builders dereference such an argument without a check, so a null container
   * throws NullPointerException there (a known gap, docs/reliability.md); NullAway rejects such calls at
   * compile time in null-checked code.
   */
  static boolean isContainer(Class<?> raw) {
    return raw == Optional.class || raw == Map.Entry.class || Iterable.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw.isArray();
  }

  private static int size(SplittableRandom random, boolean hostile) {
    if (hostile) {
      int pick = random.nextInt(40);
      if (pick == 0) {
        return HUGE + random.nextInt(2_000);
      }
      if (pick == 1) {
        return 0;
      }
      return random.nextInt(0, 60);
    }
    return random.nextInt(1, 4);
  }

  static LocalDate oddDate(SplittableRandom random) {
    if (random.nextBoolean()) {
      return ODD_DATES[random.nextInt(ODD_DATES.length)];
    }
    return random.nextBoolean()
        ? CALENDAR_FIRST.minusDays(1 + random.nextInt(100_000))
        : CALENDAR_LAST.plusDays(1 + random.nextInt(100_000));
  }

  static LocalDate calendarDate(SplittableRandom random) {
    return LocalDate.of(2022, 1, 1).plusDays(random.nextInt(365 * 4));
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    if (type instanceof TypeVariable<?> v) {
      return raw(v.getBounds()[0]);
    }
    if (type instanceof GenericArrayType g) {
      return Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
    }
    return Object.class;
  }

  static Type typeArg(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      Type arg = p.getActualTypeArguments()[index];
      if (arg instanceof WildcardType w) {
        return w.getLowerBounds().length > 0 ? w.getLowerBounds()[0] : w.getUpperBounds()[0];
      }
      return arg;
    }
    return Object.class;
  }

}
