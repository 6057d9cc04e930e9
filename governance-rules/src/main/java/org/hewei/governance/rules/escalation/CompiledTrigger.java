package org.hewei.governance.rules.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.policy.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * A trigger compiled into a tree of small predicate objects over a {@link FeatureBlock}: the features of
 * up to 64 states, read once per state into columns. Each node tests the whole block and answers with a
 * bit mask, narrowing the states still in question as it goes (an {@code And} stops when none is left),
 * so a policy costs one virtual call per node per block, no boxing, no streams and no allocation. Only
 * the key-person-category atom reads the states themselves, through the context's look-up.
 */
@SuppressWarnings("EnumOrdinal") // enum sets as bit masks over ordinals: tests read longs, not sets
abstract class CompiledTrigger {
  // Feature slots.
  static final int OVERDUE_MINUTES = 0;
  static final int DUE_IN_DAYS = 1;
  static final int HEADCOUNT = 2;
  static final int REPEAT = 3;
  static final int FLAGS = 4;
  static final int STATUS = 5;
  static final int LEVEL = 6;
  static final int MEDIATION_FAILED = 7;
  static final int DEPARTMENTS = 8;
  static final int KEY_PERSON = 9;
  static final int FIRST_PERIOD = 10;

  /** A feature that is absent (no due date): fails every comparison. */
  static final long NONE = Long.MIN_VALUE;

  /**
   * The states of {@code b} among {@code live} (a mask: bit {@code j} is state {@code j}) for which the
   * trigger holds; never a bit outside {@code live}.
   */
  abstract long test(FeatureBlock b, long live);

  /** Adds the trigger's leaves (its atoms and look-ups) to {@code into}. */
  abstract void leaves(List<CompiledTrigger> into);

  /**
   * Whether the trigger holds when its atoms hold as {@code atom} says (for a {@link TriggerTable}, which
   * is only built when every leaf is an {@link Atom} or a constant).
   */
  abstract boolean holds(Predicate<Atom> atom);

  /** The code of a petition flag as triggers name it: {@code SKIP_LEVEL} → {@code "skip-level"}. */
  static String flagCode(PetitionFlag flag) {
    return flag.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Which features the compiled triggers of one policy read; filled while compiling. */
  static final class Layout {
    final boolean[] used = new boolean[FIRST_PERIOD];
    /** The slots the rule being compiled reads (reset per rule), for its explanation. */
    boolean[] ruleUsed = new boolean[FIRST_PERIOD + 1];
    long flagMask;
    final List<Set<String>> periodAtoms = new ArrayList<>();

    int periodSlot(Set<String> codes) {
      ruleUsed[FIRST_PERIOD] = true;
      periodAtoms.add(codes);
      return FIRST_PERIOD + periodAtoms.size() - 1;
    }

    int size() {
      return FIRST_PERIOD + periodAtoms.size();
    }
  }

  static CompiledTrigger compile(Trigger trigger, Layout layout) {
    return trigger.accept(new Compiler(layout));
  }

  private static final class Compiler implements Trigger.Visitor<CompiledTrigger> {
    private final Layout layout;

    Compiler(Layout layout) {
      this.layout = layout;
    }

    private int use(int slot) {
      layout.used[slot] = true;
      layout.ruleUsed[slot] = true;
      return slot;
    }

    @Override
    public CompiledTrigger overdueBy(Trigger.OverdueBy t) {
      return new AtLeast(use(OVERDUE_MINUTES), t.threshold().toMinutes());
    }

    @Override
    public CompiledTrigger dueWithin(Trigger.DueWithin t) {
      return new Between(use(DUE_IN_DAYS), 0, t.days());
    }

    @Override
    public CompiledTrigger headcountAtLeast(Trigger.HeadcountAtLeast t) {
      return new AtLeast(use(HEADCOUNT), t.headcount());
    }

    @Override
    public CompiledTrigger repeatCountAtLeast(Trigger.RepeatCountAtLeast t) {
      return new AtLeast(use(REPEAT), t.count());
    }

    @Override
    public CompiledTrigger keyPersonCategoryInvolved(Trigger.KeyPersonCategoryInvolved t) {
      if (t.categoryCodes().isEmpty()) {
        return new AtLeast(use(KEY_PERSON), 1);
      }
      layout.ruleUsed[KEY_PERSON] = true;
      return new Categories(t.categoryCodes().toArray(new String[0]));
    }

    @Override
    public CompiledTrigger mediationFailed(Trigger.MediationFailed t) {
      return new AtLeast(use(MEDIATION_FAILED), 1);
    }

    @Override
    public CompiledTrigger severalDepartments(Trigger.SeveralDepartments t) {
      return new AtLeast(use(DEPARTMENTS), t.units());
    }

    @Override
    public CompiledTrigger statusIn(Trigger.StatusIn t) {
      long mask = 0;
      for (PetitionStatus s : t.statuses()) {
        mask |= 1L << s.ordinal();
      }
      return new AnyBit(use(STATUS), mask);
    }

    @Override
    public CompiledTrigger levelIn(Trigger.LevelIn t) {
      long mask = 0;
      for (JurisdictionLevel l : t.levels()) {
        mask |= 1L << l.ordinal();
      }
      return new AnyBit(use(LEVEL), mask);
    }

    @Override
    public CompiledTrigger inSensitivePeriod(Trigger.InSensitivePeriod t) {
      return new AtLeast(layout.periodSlot(t.periodCodes()), 1);
    }

    @Override
    public CompiledTrigger flagPresent(Trigger.FlagPresent t) {
      for (PetitionFlag flag : PetitionFlag.values()) {
        if (flagCode(flag).equals(t.flagCode())) {
          layout.flagMask |= flag.bit();
          return new AnyBit(use(FLAGS), flag.bit());
        }
      }
      return Const.FALSE; // a code no petition state carries (e.g. a risk label)
    }

    @Override
    public CompiledTrigger and(Trigger.And t) {
      return new And(operands(t.operands()));
    }

    @Override
    public CompiledTrigger or(Trigger.Or t) {
      return new Or(operands(t.operands()));
    }

    @Override
    public CompiledTrigger not(Trigger.Not t) {
      return new Not(t.operand().accept(this));
    }

    private CompiledTrigger[] operands(List<Trigger> operands) {
      CompiledTrigger[] compiled = new CompiledTrigger[operands.size()];
      for (int i = 0; i < compiled.length; i++) {
        compiled[i] = operands.get(i).accept(this);
      }
      return compiled;
    }
  }

  /**
   * A comparison of one feature slot with constants: the leaves a {@link TriggerTable} turns into bits of
   * its index. Two atoms are equal when they test the same slot the same way, so that a policy reading
   * one fact in several rules gives it one bit.
   */
  abstract static class Atom extends CompiledTrigger {
    final int slot;

    Atom(int slot) {
      this.slot = slot;
    }

    /** Whether the atom holds for a state whose feature {@link #slot} is {@code value}. */
    abstract boolean holds(long value);

    /**
     * The values at which {@link #holds} may change from the value below (a range atom holds on one
     * interval, so it changes at no other value); null for a bit-mask atom, which is not a range.
     */
    abstract long @Nullable [] breakpoints();

    @Override
    final void leaves(List<CompiledTrigger> into) {
      into.add(this);
    }

    @Override
    final boolean holds(Predicate<Atom> atom) {
      return atom.test(this);
    }
  }

  static final class AtLeast extends Atom {
    private final long min;

    AtLeast(int slot, long min) {
      super(slot);
      this.min = min;
    }

    @Override
    long test(FeatureBlock b, long live) {
      long[] v = b.column(slot);
      long bits = 0;
      for (int j = 0, n = b.size(); j < n; j++) {
        bits |= (v[j] >= min ? 1L : 0L) << j;
      }
      return bits & live;
    }

    @Override
    boolean holds(long value) {
      return value >= min;
    }

    @Override
    long[] breakpoints() {
      return new long[] {min};
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof AtLeast a && a.slot == slot && a.min == min;
    }

    @Override
    public int hashCode() {
      return 31 * slot + Long.hashCode(min);
    }
  }

  static final class Between extends Atom {
    private final long min;
    private final long max;

    Between(int slot, long min, long max) {
      super(slot);
      this.min = min;
      this.max = max;
    }

    @Override
    long test(FeatureBlock b, long live) {
      long[] v = b.column(slot);
      long bits = 0;
      for (int j = 0, n = b.size(); j < n; j++) {
        long x = v[j];
        bits |= (x >= min && x <= max ? 1L : 0L) << j;
      }
      return bits & live;
    }

    @Override
    boolean holds(long value) {
      return value >= min && value <= max;
    }

    @Override
    long[] breakpoints() {
      return max == Long.MAX_VALUE ? new long[] {min} : new long[] {min, max + 1};
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Between a && a.slot == slot && a.min == min && a.max == max;
    }

    @Override
    public int hashCode() {
      return (31 * slot + Long.hashCode(min)) * 31 + Long.hashCode(max);
    }
  }

  static final class AnyBit extends Atom {
    private final long mask;

    AnyBit(int slot, long mask) {
      super(slot);
      this.mask = mask;
    }

    @Override
    long test(FeatureBlock b, long live) {
      long[] v = b.column(slot);
      long bits = 0;
      for (int j = 0, n = b.size(); j < n; j++) {
        bits |= ((v[j] & mask) != 0 ? 1L : 0L) << j;
      }
      return bits & live;
    }

    @Override
    boolean holds(long value) {
      return (value & mask) != 0;
    }

    @Override
    long @Nullable [] breakpoints() {
      return null;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof AnyBit a && a.slot == slot && a.mask == mask;
    }

    @Override
    public int hashCode() {
      return 31 * slot + Long.hashCode(mask) + 7;
    }
  }

  /** Asks the context state by state, for the live states only (a look-up, not a column). */
  static final class Categories extends CompiledTrigger {
    private final String[] codes;

    Categories(String[] codes) {
      this.codes = codes;
    }

    @Override
    long test(FeatureBlock b, long live) {
      long bits = 0;
      for (long rest = live; rest != 0; rest &= rest - 1) {
        int j = Long.numberOfTrailingZeros(rest);
        if (involves(b.context().keyPersonCategories(b.state(j)))) {
          bits |= 1L << j;
        }
      }
      return bits;
    }

    @Override
    void leaves(List<CompiledTrigger> into) {
      into.add(this);
    }

    @Override
    boolean holds(Predicate<Atom> atom) {
      throw new IllegalStateException("a look-up of the context has no place in a trigger table");
    }

    private boolean involves(Set<String> involved) {
      if (involved.isEmpty()) {
        return false;
      }
      for (String code : codes) {
        if (involved.contains(code)) {
          return true;
        }
      }
      return false;
    }
  }

  static final class Const extends CompiledTrigger {
    static final Const FALSE = new Const();

    private Const() {}

    @Override
    long test(FeatureBlock b, long live) {
      return 0;
    }

    @Override
    void leaves(List<CompiledTrigger> into) {}

    @Override
    boolean holds(Predicate<Atom> atom) {
      return false;
    }
  }

  /** An {@link And} or an {@link Or}: its operands. */
  abstract static class Composite extends CompiledTrigger {
    final CompiledTrigger[] operands;

    Composite(CompiledTrigger[] operands) {
      this.operands = operands;
    }

    @Override
    void leaves(List<CompiledTrigger> into) {
      for (CompiledTrigger o : operands) {
        o.leaves(into);
      }
    }
  }

  /** Narrows the live states operand by operand; stops when none is left. */
  static final class And extends Composite {
    And(CompiledTrigger[] operands) {
      super(operands);
    }

    @Override
    long test(FeatureBlock b, long live) {
      long bits = live;
      for (int i = 0; i < operands.length && bits != 0; i++) {
        bits = operands[i].test(b, bits);
      }
      return bits;
    }

    @Override
    boolean holds(Predicate<Atom> atom) {
      for (CompiledTrigger o : operands) {
        if (!o.holds(atom)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Tests each operand only on the live states no earlier operand matched; stops when all match. */
  static final class Or extends Composite {
    Or(CompiledTrigger[] operands) {
      super(operands);
    }

    @Override
    long test(FeatureBlock b, long live) {
      long bits = 0;
      for (int i = 0; i < operands.length && bits != live; i++) {
        bits |= operands[i].test(b, live & ~bits);
      }
      return bits;
    }

    @Override
    boolean holds(Predicate<Atom> atom) {
      for (CompiledTrigger o : operands) {
        if (o.holds(atom)) {
          return true;
        }
      }
      return false;
    }
  }

  static final class Not extends CompiledTrigger {
    private final CompiledTrigger operand;

    Not(CompiledTrigger operand) {
      this.operand = operand;
    }

    @Override
    long test(FeatureBlock b, long live) {
      return live & ~operand.test(b, live);
    }

    @Override
    void leaves(List<CompiledTrigger> into) {
      operand.leaves(into);
    }

    @Override
    boolean holds(Predicate<Atom> atom) {
      return !operand.holds(atom);
    }
  }
}
