package org.hewei.governance.testkit.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * 生成器 — a seeded generator of values of type {@code T}.
 *
 * <pre>{@code
 * Gen<Integer> headcount = Gen.ints(1, 50);                   // biased to 1, 2, 49, 50
 * Gen<List<String>> names = Gen.elements("张三", "李四").list(0, 5);
 * Integer h = headcount.sample(42L);                           // always the same for seed 42
 * }</pre>
 *
 * @param <T> the generated type
 */
@FunctionalInterface
public interface Gen<T> {
  /** How many times {@link #filter} retries before it gives up. */
  int MAX_FILTER_TRIES = 10_000;

  /** A value drawn from {@code random}; the same random state always gives the same value. */
  T generate(SplittableRandom random);

  /** The value for {@code seed}: reproduce a failing property case with the seed in its name. */
  default T sample(long seed) {
    return generate(new SplittableRandom(seed));
  }

  /** Values transformed by {@code f}. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return random -> f.apply(generate(random));
  }

  /** Values of a generator chosen from each value of this one. */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    return random -> f.apply(generate(random)).generate(random);
  }

  /**
   * Only values that satisfy {@code p}.
   *
   * @throws IllegalStateException (when generating) if {@value #MAX_FILTER_TRIES} tries in a row fail
   */
  default Gen<T> filter(Predicate<? super T> p) {
    return random -> {
      for (int i = 0; i < MAX_FILTER_TRIES; i++) {
        T value = generate(random);
        if (p.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException(
          "filter rejected " + MAX_FILTER_TRIES + " values in a row: generate valid values directly");
    };
  }

  /** Lists of {@code min..max} values; the bounds themselves come up often. */
  default Gen<List<T>> list(int min, int max) {
    Gen<Integer> sizes = ints(min, max);
    return random -> {
      int size = sizes.generate(random);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(generate(random));
      }
      return List.copyOf(values);
    };
  }

  /** Always {@code value}. */
  static <T> Gen<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return random -> value;
  }

  /** Integers in {@code [min, max]}, with the bounds and their neighbours one time in five. */
  static Gen<Integer> ints(int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException("ints: min " + min + " > max " + max);
    }
    return random -> {
      if (random.nextInt(5) == 0) {
        int[] edges = {min, max, (int) Math.min((long) min + 1, max), (int) Math.max((long) max - 1, min)};
        return edges[random.nextInt(edges.length)];
      }
      return (int) (min + (long) (random.nextDouble() * ((long) max - min + 1)));
    };
  }

  /** Longs in {@code [min, max]}, with the bounds one time in five. */
  static Gen<Long> longs(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("longs: min " + min + " > max " + max);
    }
    return random -> {
      if (random.nextInt(5) == 0) {
        return random.nextBoolean() ? min : max;
      }
      long span = max - min + 1; // overflows to <= 0 only when the range is wider than a long
      return span > 0 ? min + random.nextLong(span) : random.nextLong();
    };
  }

  /** {@code true} or {@code false}, evenly. */
  static Gen<Boolean> booleans() {
    return SplittableRandom::nextBoolean;
  }

  /** One of {@code values}, evenly. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or exposed
  static <T> Gen<T> elements(T... values) {
    return elements(Arrays.asList(values));
  }

  /** One of {@code values}, evenly. */
  static <T> Gen<T> elements(Collection<? extends T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("elements: no values to choose from");
    }
    List<T> copy = List.copyOf(values);
    return random -> copy.get(random.nextInt(copy.size()));
  }

  /** A value of one of {@code gens}, chosen evenly. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or exposed
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    if (gens.length == 0) {
      throw new IllegalArgumentException("oneOf: no generators to choose from");
    }
    List<Gen<? extends T>> copy = List.of(gens);
    return random -> copy.get(random.nextInt(copy.size())).generate(random);
  }

  /** A value of one of the weighted generators, chosen in proportion to the weights. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or exposed
  static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    List<Weighted<? extends T>> copy = List.of(choices);
    long total = copy.stream().mapToLong(Weighted::weight).sum();
    if (total <= 0) {
      throw new IllegalArgumentException("frequency: the weights must add up to more than 0");
    }
    return random -> {
      long pick = random.nextLong(total);
      for (Weighted<? extends T> choice : copy) {
        pick -= choice.weight();
        if (pick < 0) {
          return choice.gen().generate(random);
        }
      }
      throw new AssertionError("unreachable: weights add up to " + total);
    };
  }

  /** Dates in {@code [from, to]}, with both bounds one time in five. */
  static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    return longs(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /**
   * 加权选项 — a generator with its weight, for {@link Gen#frequency}.
   *
   * <pre>{@code
   * Gen.frequency(Weighted.of(9, Gen.constant("walk-in")), Weighted.of(1, Gen.constant("fax")));
   * }</pre>
   *
   * @param weight how often, relative to the others (at least 0)
   * @param gen the generator
   * @param <T> the generated type
   */
  record Weighted<T>(int weight, Gen<T> gen) {
    /** Checks the weight. */
    public Weighted {
      if (weight < 0) {
        throw new IllegalArgumentException("weight: " + weight + " must be at least 0");
      }
      Objects.requireNonNull(gen, "gen");
    }

    /** A weighted choice. */
    public static <T> Weighted<T> of(int weight, Gen<T> gen) {
      return new Weighted<>(weight, gen);
    }
  }
}
