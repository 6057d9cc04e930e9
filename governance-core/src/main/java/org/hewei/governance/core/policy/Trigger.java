package org.hewei.governance.core.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.keyperson.KeyPersonCategory;
import org.hewei.governance.core.petition.PetitionStatus;
import org.immutables.value.Value;

/**
 * 触发条件 — the condition under which an {@link EscalationRule} fires: a small sealed algebra of
 * atoms (overdue by, due within, headcount, repeat count, key persons, mediation failed, several
 * departments, status, level, sensitive period, flag) combined with {@code AND}, {@code OR} and
 * {@code NOT}.
 *
 * <p>A trigger is data: governance-rules evaluates it. Every trigger prints as readable text
 * ({@code toString()}), and {@link #parse(String)} reads that text back into an equal trigger, so a
 * policy can be stored and shown as text. Composite triggers nest at most {@link #MAX_DEPTH} levels
 * (an atom has depth 1); {@code AND} and {@code OR} take at least two operands.
 *
 * <p>Flags and matter codes are plain identifier strings here (the petition flags are an open set of
 * codes such as {@code "collective"}, {@code "skip-level"}, {@code "repeat"}, {@code "threat"}).
 *
 * <pre>{@code
 * Trigger t = Trigger.overdueBy(3).and(Trigger.levelIs(JurisdictionLevel.VILLAGE));
 * t.toString();                          // "overdue by ≥ 3 days AND level = VILLAGE"
 * Trigger.parse(t.toString()).equals(t); // true
 * }</pre>
 */
public sealed interface Trigger
    permits Trigger.OverdueBy,
        Trigger.DueWithin,
        Trigger.HeadcountAtLeast,
        Trigger.RepeatCountAtLeast,
        Trigger.KeyPersonCategoryInvolved,
        Trigger.MediationFailed,
        Trigger.SeveralDepartments,
        Trigger.StatusIn,
        Trigger.LevelIn,
        Trigger.InSensitivePeriod,
        Trigger.FlagPresent,
        Trigger.And,
        Trigger.Or,
        Trigger.Not {

  /** The deepest nesting allowed: 32 levels (an atom is 1 level, {@code NOT x} is 2). */
  int MAX_DEPTH = 32;

  /** Longest threshold or window in days: 3650 (ten years). */
  int MAX_DAYS = 3650;

  /**
   * Calls the {@code visitor} method for this trigger's kind: an exhaustive alternative to
   * {@code instanceof} chains on Java 17 (adding a kind breaks every visitor at compile time).
   *
   * <pre>{@code
   * int atoms = t.accept(new Trigger.Visitor<Integer>() { ... });
   * }</pre>
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of trigger, for {@link #accept(Visitor)}.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /** An {@link OverdueBy}. */
    R overdueBy(OverdueBy t);

    /** A {@link DueWithin}. */
    R dueWithin(DueWithin t);

    /** A {@link HeadcountAtLeast}. */
    R headcountAtLeast(HeadcountAtLeast t);

    /** A {@link RepeatCountAtLeast}. */
    R repeatCountAtLeast(RepeatCountAtLeast t);

    /** A {@link KeyPersonCategoryInvolved}. */
    R keyPersonCategoryInvolved(KeyPersonCategoryInvolved t);

    /** The {@link MediationFailed} trigger. */
    R mediationFailed(MediationFailed t);

    /** A {@link SeveralDepartments}. */
    R severalDepartments(SeveralDepartments t);

    /** A {@link StatusIn}. */
    R statusIn(StatusIn t);

    /** A {@link LevelIn}. */
    R levelIn(LevelIn t);

    /** An {@link InSensitivePeriod}. */
    R inSensitivePeriod(InSensitivePeriod t);

    /** A {@link FlagPresent}. */
    R flagPresent(FlagPresent t);

    /** An {@link And}. */
    R and(And t);

    /** An {@link Or}. */
    R or(Or t);

    /** A {@link Not}. */
    R not(Not t);
  }

  /** How deep this trigger nests: 1 for an atom, 1 + the deepest operand for a composite. */
  default int depth() {
    return 1;
  }

  /**
   * This trigger and {@code other}; when this is already an {@code AND}, {@code other} is appended to
   * its operands, so {@code a.and(b).and(c)} is one {@code AND} of three.
   *
   * @throws org.hewei.governance.core.InvalidValueException if the result nests deeper than {@link #MAX_DEPTH}
   */
  default Trigger and(Trigger other) {
    List<Trigger> operands = new ArrayList<>();
    if (this instanceof And) {
      operands.addAll(((And) this).operands());
    } else {
      operands.add(this);
    }
    operands.add(Checks.required("other", other));
    return allOf(operands);
  }

  /** This trigger or {@code other}; {@code a.or(b).or(c)} is one {@code OR} of three. */
  default Trigger or(Trigger other) {
    List<Trigger> operands = new ArrayList<>();
    if (this instanceof Or) {
      operands.addAll(((Or) this).operands());
    } else {
      operands.add(this);
    }
    operands.add(Checks.required("other", other));
    return anyOf(operands);
  }

  /** {@code NOT} this trigger. */
  default Trigger negate() {
    return not(this);
  }

  // ---- factories ----------------------------------------------------------------------------

  /** 超期: the matter is overdue by at least {@code days} days (1..3650). */
  static Trigger overdueBy(int days) {
    return OverdueBy.of(Duration.ofDays(Checks.inRange("overdueBy", days, 1, MAX_DAYS)));
  }

  /** 超期: the matter is overdue by at least {@code threshold} (whole minutes, up to 3650 days). */
  static Trigger overdueBy(Duration threshold) {
    return OverdueBy.of(threshold);
  }

  /** 临期: the deadline falls within the next {@code days} days (1..3650). */
  static Trigger dueWithin(int days) {
    return ImmutableDueWithin.of(Checks.inRange("dueWithin", days, 1, MAX_DAYS));
  }

  /** 人数: at least {@code n} persons (n ≥ 1), e.g. 5 for a collective petition. */
  static Trigger headcountAtLeast(int n) {
    return ImmutableHeadcountAtLeast.of(Checks.atLeast("headcountAtLeast", n, 1));
  }

  /** 重复访: the matter has been petitioned at least {@code n} times (n ≥ 1). */
  static Trigger repeatCountAtLeast(int n) {
    return ImmutableRepeatCountAtLeast.of(Checks.atLeast("repeatCountAtLeast", n, 1));
  }

  /** 涉及重点人员: any key person is involved. */
  static Trigger keyPersonInvolved() {
    return ImmutableKeyPersonCategoryInvolved.of(Set.of());
  }

  /** 涉及重点人员: a key person of one of the categories with these codes is involved. */
  static Trigger keyPersonCategoryIn(String... categoryCodes) {
    Checks.required("categoryCodes", categoryCodes);
    return keyPersonCategoryIn(Arrays.asList(categoryCodes));
  }

  /** 涉及重点人员: a key person of one of these categories is involved (compared by code). */
  static Trigger keyPersonCategoryIn(KeyPersonCategory... categories) {
    Checks.required("categories", categories);
    List<String> codes = new ArrayList<>();
    for (KeyPersonCategory c : categories) {
      codes.add(Checks.required("categories", c).code());
    }
    return keyPersonCategoryIn(codes);
  }

  /** 涉及重点人员: a key person of one of the categories with these codes (at least one) is involved. */
  static Trigger keyPersonCategoryIn(Collection<String> categoryCodes) {
    return ImmutableKeyPersonCategoryInvolved.of(
        Checks.notEmpty("categoryCodes", ids("categoryCodes", categoryCodes)));
  }

  /** 调解失败: a mediation attempt on the matter failed. */
  static Trigger mediationFailed() {
    return MediationFailed.INSTANCE;
  }

  /** 涉及多部门: at least {@code n} units (n ≥ 2) are involved. */
  static Trigger departmentsAtLeast(int n) {
    return ImmutableSeveralDepartments.of(Checks.atLeast("departmentsAtLeast", n, 2));
  }

  /** 状态: the petition's status is one of {@code statuses} (at least one). */
  static Trigger statusIn(PetitionStatus... statuses) {
    Checks.required("statuses", statuses);
    return statusIn(Arrays.asList(statuses));
  }

  /** 状态: the petition's status is one of {@code statuses} (at least one). */
  static Trigger statusIn(Collection<PetitionStatus> statuses) {
    return ImmutableStatusIn.of(Checks.notEmpty("statuses", nonNull("statuses", statuses)));
  }

  /** 层级: the matter is handled at {@code level}. */
  static Trigger levelIs(JurisdictionLevel level) {
    return ImmutableLevelIn.of(Set.of(Checks.required("level", level)));
  }

  /** 层级: the matter is handled at one of {@code levels} (at least one). */
  static Trigger levelIn(JurisdictionLevel... levels) {
    Checks.required("levels", levels);
    return levelIn(Arrays.asList(levels));
  }

  /** 层级: the matter is handled at one of {@code levels} (at least one). */
  static Trigger levelIn(Collection<JurisdictionLevel> levels) {
    return ImmutableLevelIn.of(Checks.notEmpty("levels", nonNull("levels", levels)));
  }

  /**
   * 重要时段: the evaluation day lies in one of the policy's declared periods with these codes, or in
   * any declared period when no code is given.
   */
  static Trigger inSensitivePeriod(String... periodCodes) {
    Checks.required("periodCodes", periodCodes);
    return ImmutableInSensitivePeriod.of(ids("periodCodes", Arrays.asList(periodCodes)));
  }

  /** 标记: the petition carries the flag with this code (e.g. {@code "collective"}, {@code "threat"}). */
  static Trigger flagPresent(String flagCode) {
    return ImmutableFlagPresent.of(Checks.id("flagCode", flagCode));
  }

  /** All of {@code operands} (at least two). */
  static Trigger allOf(Trigger... operands) {
    Checks.required("operands", operands);
    return allOf(Arrays.asList(operands));
  }

  /** All of {@code operands} (at least two). */
  static Trigger allOf(List<Trigger> operands) {
    return ImmutableAnd.of(nonNull("operands", operands));
  }

  /** Any of {@code operands} (at least two). */
  static Trigger anyOf(Trigger... operands) {
    Checks.required("operands", operands);
    return anyOf(Arrays.asList(operands));
  }

  /** Any of {@code operands} (at least two). */
  static Trigger anyOf(List<Trigger> operands) {
    return ImmutableOr.of(nonNull("operands", operands));
  }

  /** Not {@code operand}. */
  static Trigger not(Trigger operand) {
    return ImmutableNot.of(Checks.required("operand", operand));
  }

  /**
   * Reads a trigger from the text its {@code toString()} prints.
   *
   * <p>The grammar: {@code expr := and (" OR " and)*}, {@code and := unary (" AND " unary)*},
   * {@code unary := "NOT " unary | "(" expr ")" | atom}; {@code >=} is accepted for {@code ≥}.
   *
   * @throws org.hewei.governance.core.InvalidValueException naming the position when the text is not a
   *     trigger, or nests deeper than {@link #MAX_DEPTH}
   */
  static Trigger parse(String text) {
    return new TriggerParser(Checks.text("trigger", text, Checks.MAX_TEXT)).parse();
  }

  private static <T> List<T> nonNull(String field, Collection<T> values) {
    Checks.required(field, values);
    List<T> copy = new ArrayList<>(values.size());
    for (T v : values) {
      copy.add(Checks.required(field, v));
    }
    return copy;
  }

  private static Set<String> ids(String field, Collection<String> values) {
    Checks.required(field, values);
    Set<String> copy = new TreeSet<>();
    for (String v : values) {
      copy.add(Checks.id(field, v));
    }
    return copy;
  }

  private static String braces(Collection<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining(", ", "{", "}"));
  }

  private static String parenthesized(Trigger t) {
    return t instanceof And || t instanceof Or ? "(" + t + ")" : t.toString();
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  // ---- atoms --------------------------------------------------------------------------------

  /** 超期: overdue by at least a threshold (whole minutes, at most 3650 days). */
  @Value.Immutable
  abstract non-sealed class OverdueBy implements Trigger {
    OverdueBy() {}

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.overdueBy(this);
    }

    /** The smallest overdue time that fires the trigger. */
    @Value.Parameter
    public abstract Duration threshold();

    static OverdueBy of(Duration threshold) {
      return ImmutableOverdueBy.of(threshold);
    }

    @Value.Check
    void check() {
      Duration d = threshold();
      Checks.check(
          !d.isNegative() && !d.isZero() && d.compareTo(Duration.ofDays(MAX_DAYS)) <= 0,
          "overdueBy",
          d,
          "must be positive and at most " + MAX_DAYS + " days");
      Checks.check(d.toSecondsPart() == 0 && d.toNanosPart() == 0, "overdueBy", d, "must be whole minutes");
    }

    /** {@code "overdue by ≥ 3 days"} (or hours, or minutes when not whole days). */
    @Override
    public String toString() {
      Duration d = threshold();
      String amount;
      if (d.toHoursPart() == 0 && d.toMinutesPart() == 0) {
        amount = plural(d.toDays(), "day");
      } else if (d.toMinutesPart() == 0) {
        amount = plural(d.toHours(), "hour");
      } else {
        amount = plural(d.toMinutes(), "minute");
      }
      return "overdue by ≥ " + amount;
    }
  }

  /** 临期: the deadline falls within a number of days. */
  @Value.Immutable
  abstract non-sealed class DueWithin implements Trigger {
    DueWithin() {}

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.dueWithin(this);
    }

    /** The window in days (1..3650). */
    @Value.Parameter
    public abstract int days();

    @Value.Check
    void check() {
      Checks.inRange("dueWithin", days(), 1, MAX_DAYS);
    }

    /** {@code "due within 2 days"}. */
    @Override
    public String toString() {
      return "due within " + plural(days(), "day");
    }
  }

  /** 人数: at least a number of persons. */
  @Value.Immutable
  abstract non-sealed class HeadcountAtLeast implements Trigger {
    HeadcountAtLeast() {}

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.headcountAtLeast(this);
    }

    /** The smallest headcount that fires (≥ 1). */
    @Value.Parameter
    public abstract int headcount();

    @Value.Check
    void check() {
      Checks.atLeast("headcountAtLeast", headcount(), 1);
    }

    /** {@code "headcount ≥ 5"}. */
    @Override
    public String toString() {
      return "headcount ≥ " + headcount();
    }
  }

  /** 重复访: petitioned at least a number of times. */
  @Value.Immutable
  abstract non-sealed class RepeatCountAtLeast implements Trigger {
    RepeatCountAtLeast() {}

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.repeatCountAtLeast(this);
    }

    /** The smallest repeat count that fires (≥ 1). */
    @Value.Parameter
    public abstract int count();

    @Value.Check
    void check() {
      Checks.atLeast("repeatCountAtLeast", count(), 1);
    }

    /** {@code "repeat count ≥ 2"}. */
    @Override
    public String toString() {
      return "repeat count ≥ " + count();
    }
  }

  /** 涉及重点人员: a key person (of given categories, or of any category) is involved. */
  @Value.Immutable
  abstract non-sealed class KeyPersonCategoryInvolved implements Trigger {
    KeyPersonCategoryInvolved() {}

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.keyPersonCategoryInvolved(this);
    }

    /** The category codes; empty means any key person. */
    @Value.Parameter
    public abstract Set<String> categoryCodes();

    @Value.Check
    void check() {
      categoryCodes().forEach(c -> Checks.id("categoryCodes", c));
    }

    /** {@code "key person involved"} or {@code "key-person category in {drug-related, petition-focus}"}. */
    @Override
    public String toString() {
      return categoryCodes().isEmpty()
          ? "key person involved"
          : "key-person category in " + braces(new TreeSet<>(categoryCodes()));
    }
  }

  /** 调解失败: a mediation attempt failed. */
  final class MediationFailed implements Trigger {
    static final MediationFailed INSTANCE = new MediationFailed();

    private MediationFailed() {}

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.mediationFailed(this);
    }

    /** {@code "mediation failed"}. */
    @Override
    public String toString() {
      return "mediation failed";
    }
  }

  /** 涉及多部门: at least a number of units are involved. */
  @Value.Immutable
  abstract non-sealed class SeveralDepartments implements Trigger {
    SeveralDepartments() {}

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.severalDepartments(this);
    }

    /** The smallest number of units that fires (≥ 2). */
    @Value.Parameter
    public abstract int units();

    @Value.Check
    void check() {
      Checks.atLeast("departmentsAtLeast", units(), 2);
    }

    /** {@code "departments ≥ 2"}. */
    @Override
    public String toString() {
      return "departments ≥ " + units();
    }
  }

  /** 状态: the petition's status is one of a set. */
  @Value.Immutable
  abstract non-sealed class StatusIn implements Trigger {
    StatusIn() {}

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.statusIn(this);
    }

    /** The statuses (at least one). */
    @Value.Parameter
    public abstract Set<PetitionStatus> statuses();

    @Value.Check
    void check() {
      Checks.notEmpty("statuses", statuses());
    }

    /** {@code "status in {ASSIGNED, ACCEPTED}"} (in the order of the enum). */
    @Override
    public String toString() {
      return "status in " + braces(new TreeSet<>(statuses()));
    }
  }

  /** 层级: the matter is handled at one of a set of levels. */
  @Value.Immutable
  abstract non-sealed class LevelIn implements Trigger {
    LevelIn() {}

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.levelIn(this);
    }

    /** The levels (at least one). */
    @Value.Parameter
    public abstract Set<JurisdictionLevel> levels();

    @Value.Check
    void check() {
      Checks.notEmpty("levels", levels());
    }

    /** {@code "level = VILLAGE"} or {@code "level in {MANAGEMENT_DISTRICT, VILLAGE}"}. */
    @Override
    public String toString() {
      return levels().size() == 1
          ? "level = " + levels().iterator().next()
          : "level in " + braces(new TreeSet<>(levels()));
    }
  }

  /** 重要时段: the day lies in a declared sensitive period (given codes, or any). */
  @Value.Immutable
  abstract non-sealed class InSensitivePeriod implements Trigger {
    InSensitivePeriod() {}

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.inSensitivePeriod(this);
    }

    /** The codes of the periods; empty means any period the policy declares. */
    @Value.Parameter
    public abstract Set<String> periodCodes();

    @Value.Check
    void check() {
      periodCodes().forEach(c -> Checks.id("periodCodes", c));
    }

    /** {@code "in sensitive period"} or {@code "in sensitive period {npc-2026}"}. */
    @Override
    public String toString() {
      return periodCodes().isEmpty()
          ? "in sensitive period"
          : "in sensitive period " + braces(new TreeSet<>(periodCodes()));
    }
  }

  /** 标记: the petition carries a flag (an open set of codes, e.g. {@code "collective"}). */
  @Value.Immutable
  abstract non-sealed class FlagPresent implements Trigger {
    FlagPresent() {}

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.flagPresent(this);
    }

    /** The flag code. */
    @Value.Parameter
    public abstract String flagCode();

    @Value.Check
    void check() {
      Checks.id("flagCode", flagCode());
    }

    /** {@code "flag collective"}. */
    @Override
    public String toString() {
      return "flag " + flagCode();
    }
  }

  // ---- composites ---------------------------------------------------------------------------

  /** 且: all operands hold (at least two). */
  @Value.Immutable
  abstract non-sealed class And implements Trigger {
    And() {}

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.and(this);
    }

    /** The operands, in order. */
    @Value.Parameter
    public abstract List<Trigger> operands();

    @Override
    public int depth() {
      return 1 + operands().stream().mapToInt(Trigger::depth).max().orElse(0);
    }

    @Value.Check
    void check() {
      checkComposite("operands", operands(), depth());
    }

    /** {@code "a AND b AND (c OR d)"}. */
    @Override
    public String toString() {
      return operands().stream().map(Trigger::parenthesized).collect(Collectors.joining(" AND "));
    }
  }

  /** 或: at least one operand holds (at least two operands). */
  @Value.Immutable
  abstract non-sealed class Or implements Trigger {
    Or() {}

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.or(this);
    }

    /** The operands, in order. */
    @Value.Parameter
    public abstract List<Trigger> operands();

    @Override
    public int depth() {
      return 1 + operands().stream().mapToInt(Trigger::depth).max().orElse(0);
    }

    @Value.Check
    void check() {
      checkComposite("operands", operands(), depth());
    }

    /** {@code "a OR (b AND c)"}. */
    @Override
    public String toString() {
      return operands().stream().map(Trigger::parenthesized).collect(Collectors.joining(" OR "));
    }
  }

  /** 非: the operand does not hold. */
  @Value.Immutable
  abstract non-sealed class Not implements Trigger {
    Not() {}

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.not(this);
    }

    /** The negated trigger. */
    @Value.Parameter
    public abstract Trigger operand();

    @Override
    public int depth() {
      return 1 + operand().depth();
    }

    @Value.Check
    void check() {
      checkComposite("operand", List.of(operand()), depth());
    }

    /** {@code "NOT a"} or {@code "NOT (a AND b)"}. */
    @Override
    public String toString() {
      return "NOT " + Trigger.parenthesized(operand());
    }
  }

  private static void checkComposite(String field, List<Trigger> operands, int depth) {
    Checks.check(
        operands.size() >= 2 || field.equals("operand"),
        field,
        operands.size() + " operands",
        "AND and OR need at least 2 operands");
    Checks.check(
        depth <= MAX_DEPTH, field, "depth " + depth, "must not nest deeper than " + MAX_DEPTH + " levels");
  }
}
