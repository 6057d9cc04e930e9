package org.hewei.governance.rules.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.policy.Trigger;

/**
 * A trigger compiled into a tree of small predicate objects over a flat {@code long[]} of features that
 * {@link EscalationEngine} extracts once per state (no boxing, no streams, no allocation). Only the
 * key-person-category atom reads the state itself, through the context's look-up.
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

  abstract boolean test(long[] f, PetitionState s, EscalationContext ctx);

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
          layout.flagMask |= 1L << flag.ordinal();
          return new AnyBit(use(FLAGS), 1L << flag.ordinal());
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

  static final class AtLeast extends CompiledTrigger {
    private final int slot;
    private final long min;

    AtLeast(int slot, long min) {
      this.slot = slot;
      this.min = min;
    }

    @Override
    boolean test(long[] f, PetitionState s, EscalationContext ctx) {
      return f[slot] >= min;
    }
  }

  static final class Between extends CompiledTrigger {
    private final int slot;
    private final long min;
    private final long max;

    Between(int slot, long min, long max) {
      this.slot = slot;
      this.min = min;
      this.max = max;
    }

    @Override
    boolean test(long[] f, PetitionState s, EscalationContext ctx) {
      long v = f[slot];
      return v >= min && v <= max;
    }
  }

  static final class AnyBit extends CompiledTrigger {
    private final int slot;
    private final long mask;

    AnyBit(int slot, long mask) {
      this.slot = slot;
      this.mask = mask;
    }

    @Override
    boolean test(long[] f, PetitionState s, EscalationContext ctx) {
      return (f[slot] & mask) != 0;
    }
  }

  static final class Categories extends CompiledTrigger {
    private final String[] codes;

    Categories(String[] codes) {
      this.codes = codes;
    }

    @Override
    boolean test(long[] f, PetitionState s, EscalationContext ctx) {
      Set<String> involved = ctx.keyPersonCategories(s);
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
    boolean test(long[] f, PetitionState s, EscalationContext ctx) {
      return false;
    }
  }

  static final class And extends CompiledTrigger {
    private final CompiledTrigger[] operands;

    And(CompiledTrigger[] operands) {
      this.operands = operands;
    }

    @Override
    boolean test(long[] f, PetitionState s, EscalationContext ctx) {
      for (CompiledTrigger o : operands) {
        if (!o.test(f, s, ctx)) {
          return false;
        }
      }
      return true;
    }
  }

  static final class Or extends CompiledTrigger {
    private final CompiledTrigger[] operands;

    Or(CompiledTrigger[] operands) {
      this.operands = operands;
    }

    @Override
    boolean test(long[] f, PetitionState s, EscalationContext ctx) {
      for (CompiledTrigger o : operands) {
        if (o.test(f, s, ctx)) {
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
    boolean test(long[] f, PetitionState s, EscalationContext ctx) {
      return !operand.test(f, s, ctx);
    }
  }
}
