package org.hewei.governance.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

class GenTest {
  @Test
  void sameSeedSameValueDifferentSeedsVary() {
    Gen<List<Integer>> gen = Gen.ints(-1000, 1000).list(0, 20);
    assertThat(gen.sample(7)).isEqualTo(gen.sample(7));
    Set<List<Integer>> distinct = IntStream.range(0, 50).mapToObj(gen::sample).collect(Collectors.toSet());
    assertThat(distinct).hasSizeGreaterThan(30);
  }

  @Test
  void intsStayInRangeAndHitTheBoundsOften() {
    Gen<Integer> gen = Gen.ints(4, 6);
    List<Integer> values = IntStream.range(0, 2000).mapToObj(gen::sample).collect(Collectors.toList());
    assertThat(values).allMatch(v -> v >= 4 && v <= 6).contains(4, 5, 6);
    Gen<Integer> wide = Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE);
    List<Integer> wideValues = IntStream.range(0, 2000).mapToObj(wide::sample).collect(Collectors.toList());
    assertThat(wideValues).contains(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  @Test
  void longsAndDatesStayInRangeIncludingBothBounds() {
    Gen<LocalDate> dates = Gen.dates(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 3));
    Set<LocalDate> seen = new HashSet<>();
    IntStream.range(0, 500).forEach(i -> seen.add(dates.sample(i)));
    assertThat(seen).containsExactlyInAnyOrder(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 2), LocalDate.of(2022, 1, 3));
    Gen<Long> all = Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE);
    assertThat(IntStream.range(0, 200).mapToObj(all::sample).collect(Collectors.toSet())).hasSizeGreaterThan(100);
  }

  @Test
  void listsRespectSizeBoundsAndReachThem() {
    Gen<List<Boolean>> gen = Gen.booleans().list(2, 5);
    List<Integer> sizes = IntStream.range(0, 500).mapToObj(i -> gen.sample(i).size()).collect(Collectors.toList());
    assertThat(sizes).allMatch(s -> s >= 2 && s <= 5).contains(2, 5);
  }

  @Test
  void mapFlatMapFilterCompose() {
    Gen<String> gen = Gen.ints(1, 3).flatMap(n -> Gen.constant("x".repeat(n))).map(s -> s + "!").filter(s -> s.length() > 2);
    IntStream.range(0, 200).forEach(i -> assertThat(gen.sample(i)).matches("x{2,3}!"));
  }

  @Test
  void filterThatNeverMatchesFailsClearly() {
    Gen<Integer> impossible = Gen.ints(0, 10).filter(v -> v > 10);
    assertThatThrownBy(() -> impossible.sample(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("filter rejected");
  }

  @Test
  void frequencyFollowsWeightsAndOneOfUsesEveryGenerator() {
    Gen<String> weighted = Gen.frequency(Gen.Weighted.of(9, Gen.constant("a")), Gen.Weighted.of(1, Gen.constant("b")), Gen.Weighted.of(0, Gen.constant("never")));
    List<String> values = IntStream.range(0, 2000).mapToObj(weighted::sample).collect(Collectors.toList());
    long bs = values.stream().filter("b"::equals).count();
    assertThat(values).doesNotContain("never");
    assertThat(bs).isBetween(100L, 320L);
    Gen<String> either = Gen.oneOf(Gen.constant("p"), Gen.constant("q"));
    assertThat(IntStream.range(0, 100).mapToObj(either::sample).collect(Collectors.toSet())).containsExactlyInAnyOrder("p", "q");
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> Gen.ints(2, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min 2 > max 1");
    assertThatThrownBy(() -> Gen.elements(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gen.oneOf()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gen.Weighted.of(-1, Gen.constant(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cases.of(Gen.constant(1), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void casesCarryTheSeedAndTheValueForThatSeed() {
    Gen<Integer> gen = Gen.ints(0, 1_000_000);
    List<Arguments> cases = Cases.of(gen, 5, 100).collect(Collectors.toList());
    assertThat(cases).hasSize(5);
    for (int i = 0; i < 5; i++) {
      Object[] args = cases.get(i).get();
      assertThat(args[0]).isEqualTo(100L + i);
      assertThat(args[1]).isEqualTo(gen.sample(100L + i));
    }
  }
}
