package org.hewei.governance.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hewei.governance.core.PropertySeeds;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.petition.PetitionStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TriggerProperties {

  static LongStream seeds() {
    return PropertySeeds.upTo(400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void printedTriggersParseBackEqual(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Trigger t = tree(r, 1 + r.nextInt(7));
    String text = t.toString();
    Trigger back = Trigger.parse(text);
    assertThat(back).as(text).isEqualTo(t);
    assertThat(back.toString()).isEqualTo(text);
    assertThat(back.hashCode()).isEqualTo(t.hashCode());
    assertThat(t.depth()).isBetween(1, Trigger.MAX_DEPTH);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void nestingBeyondTheLimitIsRejected(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Trigger t = atom(r);
    int levels = 1;
    while (levels < Trigger.MAX_DEPTH) {
      t = wrap(r, t);
      levels++;
    }
    assertThat(t.depth()).isEqualTo(Trigger.MAX_DEPTH);
    assertThat(Trigger.parse(t.toString())).isEqualTo(t);
    Trigger full = t;
    assertThatThrownBy(() -> wrap(r, full))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("deeper than 32");
  }

  private static Trigger wrap(SplittableRandom r, Trigger t) {
    switch (r.nextInt(3)) {
      case 0:
        return Trigger.not(t);
      case 1:
        return Trigger.allOf(t, atom(r));
      default:
        return Trigger.anyOf(atom(r), t);
    }
  }

  static Trigger tree(SplittableRandom r, int maxDepth) {
    if (maxDepth <= 1 || r.nextInt(3) == 0) {
      return atom(r);
    }
    switch (r.nextInt(3)) {
      case 0:
        return Trigger.not(tree(r, maxDepth - 1));
      case 1:
        return Trigger.allOf(operands(r, maxDepth - 1));
      default:
        return Trigger.anyOf(operands(r, maxDepth - 1));
    }
  }

  private static List<Trigger> operands(SplittableRandom r, int maxDepth) {
    List<Trigger> list = new ArrayList<>();
    int n = 2 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      list.add(tree(r, maxDepth));
    }
    return list;
  }

  static Trigger atom(SplittableRandom r) {
    switch (r.nextInt(14)) {
      case 0:
        return Trigger.overdueBy(1 + r.nextInt(Trigger.MAX_DAYS));
      case 1:
        return Trigger.overdueBy(Duration.ofMinutes(1 + r.nextInt(100_000)));
      case 2:
        return Trigger.dueWithin(1 + r.nextInt(Trigger.MAX_DAYS));
      case 3:
        return Trigger.headcountAtLeast(1 + r.nextInt(Integer.MAX_VALUE - 1));
      case 4:
        return Trigger.repeatCountAtLeast(1 + r.nextInt(50));
      case 5:
        return Trigger.keyPersonInvolved();
      case 6:
        return Trigger.keyPersonCategoryIn(codes(r, 1));
      case 7:
        return Trigger.mediationFailed();
      case 8:
        return Trigger.departmentsAtLeast(2 + r.nextInt(10));
      case 9:
        return Trigger.statusIn(some(r, PetitionStatus.values()));
      case 10:
        return Trigger.levelIn(some(r, JurisdictionLevel.values()));
      case 11:
        return Trigger.inSensitivePeriod(codes(r, 0).toArray(new String[0]));
      case 12:
        return Trigger.flagPresent(code(r));
      default:
        return Trigger.levelIs(JurisdictionLevel.values()[r.nextInt(JurisdictionLevel.values().length)]);
    }
  }

  private static <T> List<T> some(SplittableRandom r, T[] values) {
    List<T> list = new ArrayList<>();
    int n = 1 + r.nextInt(values.length);
    for (int i = 0; i < n; i++) {
      list.add(values[r.nextInt(values.length)]);
    }
    return list;
  }

  private static List<String> codes(SplittableRandom r, int min) {
    List<String> list = new ArrayList<>();
    int n = min + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      list.add(code(r));
    }
    return list;
  }

  private static final String FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String REST = FIRST + "._:-";

  /** A random identifier, including edge cases such as "AND", "OR", "NOT" and 64-character codes. */
  private static String code(SplittableRandom r) {
    int pick = r.nextInt(10);
    if (pick == 0) {
      return new String[] {"AND", "OR", "NOT", "flag", "x"}[r.nextInt(5)];
    }
    int length = pick == 1 ? 64 : 1 + r.nextInt(20);
    StringBuilder s = new StringBuilder();
    s.append(FIRST.charAt(r.nextInt(FIRST.length())));
    for (int i = 1; i < length; i++) {
      s.append(REST.charAt(r.nextInt(REST.length())));
    }
    return s.toString();
  }
}
