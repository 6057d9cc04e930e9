package org.hewei.governance.rules.escalation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToIntFunction;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.jspecify.annotations.Nullable;

/**
 * 触发条件真值表 — a policy's triggers as one look-up per petition state: the way {@link EscalationEngine}
 * matches a batch whenever the policy fits. Every distinct {@link CompiledTrigger.Atom} of the policy is a
 * bit of an index. Each feature the atoms read maps a state's value to the bits of its atoms through a
 * small table: a number clamped to the range where some atom changes, an enum by its ordinal, the flags
 * by their bits. The sensitive periods and the due dates are settled once per evaluation ({@link #at}),
 * and a truth table, filled when the policy is compiled, maps the index to the rules whose trigger holds.
 *
 * <p>A state thus costs its field reads, a few table look-ups and no branch per atom; it is read once and
 * matched at once, so a loop over a million states keeps the memory busy while it computes (the 64-state
 * {@link FeatureBlock} columns read 64 states, then compute, and the memory waits in between).
 *
 * <p>A policy fits when it has at most {@value #MAX_ATOMS} distinct atoms and 64 rules, no trigger on
 * key-person categories (a look-up in the context, not a feature), and the values where its atoms change
 * lie within {@value #MAX_RANGE} of each other per feature (the due dates: per evaluation). Otherwise the
 * engine matches over {@link FeatureBlock} columns; both give the same answers.
 *
 * <pre>{@code
 * TriggerTable t = TriggerTable.of(triggers, context, flagsRead);  // null when the policy does not fit
 * long rules = t.at(today, minuteOfDay, periods).rules(state);  // bit i: rule i's trigger holds
 * }</pre>
 */
@SuppressWarnings("EnumOrdinal") // features by ordinal, as in FeatureBlock
final class TriggerTable {
  /** The most distinct atoms a table takes: its truth table has 2^n entries. */
  static final int MAX_ATOMS = 14;
  /** The widest range of values, per feature, between the first and the last change of its atoms. */
  static final int MAX_RANGE = 4096;

  /** The numeric features a {@link Range} maps (the departments only when the context counts them). */
  private static final int[] NUMBERS = {
    CompiledTrigger.HEADCOUNT, CompiledTrigger.REPEAT, CompiledTrigger.MEDIATION_FAILED, CompiledTrigger.DEPARTMENTS
  };

  private final CompiledTrigger.Atom[] atoms;
  /** The truth table: the rules whose trigger holds, by index. */
  private final long[] rulesAt;
  private final long flagsRead;
  /** Index bits by flag bits (of {@link #flagsRead}): the flag, key-person and departments-from-flags atoms. */
  private final int[] flags;
  private final int[] statuses;
  private final int[] levels;
  private final @Nullable Range headcount;
  private final @Nullable Range repeat;
  private final @Nullable Range failed;
  /** The departments as the context counts them; null when counted from the flag (then in {@link #flags}). */
  private final @Nullable Range departments;
  private final boolean readsDue;
  private final EscalationContext context;

  private TriggerTable(
      CompiledTrigger.Atom[] atoms,
      long[] rulesAt,
      long flagsRead,
      EscalationContext context,
      @Nullable Range[] ranges) {
    this.atoms = atoms;
    this.rulesAt = rulesAt;
    this.flagsRead = flagsRead;
    this.context = context;
    this.flags = new int[1 << PetitionFlag.values().length];
    for (int f = 0; f < flags.length; f++) {
      long bits = f & flagsRead;
      flags[f] = bitsOf(CompiledTrigger.FLAGS, bits)
          | bitsOf(CompiledTrigger.KEY_PERSON, FeatureBlock.keyPerson(bits))
          | (context.departmentsFromFlags() ? bitsOf(CompiledTrigger.DEPARTMENTS, FeatureBlock.departmentsOfFlags(bits)) : 0);
    }
    this.statuses = new int[PetitionStatus.values().length];
    for (int o = 0; o < statuses.length; o++) {
      statuses[o] = bitsOf(CompiledTrigger.STATUS, 1L << o);
    }
    this.levels = new int[JurisdictionLevel.values().length];
    for (int o = 0; o < levels.length; o++) {
      levels[o] = bitsOf(CompiledTrigger.LEVEL, 1L << o);
    }
    this.headcount = ranges[CompiledTrigger.HEADCOUNT];
    this.repeat = ranges[CompiledTrigger.REPEAT];
    this.failed = ranges[CompiledTrigger.MEDIATION_FAILED];
    this.departments = ranges[CompiledTrigger.DEPARTMENTS];
    this.readsDue = hasAtomOn(CompiledTrigger.OVERDUE_MINUTES) || hasAtomOn(CompiledTrigger.DUE_IN_DAYS);
  }

  /**
   * The table of {@code triggers} (rule by rule) in {@code context}
   * reading the flags {@code flagsRead}, or null when the policy does not fit (see the class comment).
   */
  static @Nullable TriggerTable of(
      CompiledTrigger[] triggers, EscalationContext context, long flagsRead) {
    if (triggers.length > Long.SIZE) {
      return null;
    }
    List<CompiledTrigger> leaves = new ArrayList<>();
    for (CompiledTrigger t : triggers) {
      t.leaves(leaves);
    }
    Map<CompiledTrigger.Atom, Integer> bitOf = new HashMap<>();
    List<CompiledTrigger.Atom> atoms = new ArrayList<>();
    for (CompiledTrigger leaf : leaves) {
      if (!(leaf instanceof CompiledTrigger.Atom a) || !fits(a)) {
        return null; // a look-up in the context, or a bit mask on a number
      }
      if (!bitOf.containsKey(a)) {
        bitOf.put(a, atoms.size());
        atoms.add(a);
      }
    }
    if (atoms.size() > MAX_ATOMS) {
      return null;
    }
    long[] rulesAt = new long[1 << atoms.size()];
    for (int index = 0; index < rulesAt.length; index++) {
      int at = index;
      for (int i = 0; i < triggers.length; i++) {
        if (triggers[i].holds(a -> (at & (1 << bitOf.getOrDefault(a, 0))) != 0)) {
          rulesAt[index] |= 1L << i;
        }
      }
    }
    CompiledTrigger.Atom[] all = atoms.toArray(new CompiledTrigger.Atom[0]);
    @Nullable Range[] ranges = new Range[CompiledTrigger.FIRST_PERIOD];
    try {
      for (int slot : NUMBERS) {
        if (slot == CompiledTrigger.DEPARTMENTS && context.departmentsFromFlags()) {
          continue; // counted from the flag: in the flags' table
        }
        List<Long> breaks = new ArrayList<>();
        for (CompiledTrigger.Atom a : all) {
          if (a.slot == slot) {
            breaks(a, 0, breaks);
          }
        }
        if (!breaks.isEmpty()) {
          ranges[slot] = Range.of(breaks, value -> bitsOf(all, slot, value));
          if (ranges[slot] == null) {
            return null;
          }
        }
      }
    } catch (ArithmeticException e) {
      return null; // a threshold at the end of a long's range
    }
    return new TriggerTable(all, rulesAt, flagsRead, context, ranges);
  }

  /** Whether {@code a} can be a bit: a range on a number, or any atom on a bit-mask feature. */
  private static boolean fits(CompiledTrigger.Atom a) {
    return a.breakpoints() != null
        || a.slot == CompiledTrigger.FLAGS
        || a.slot == CompiledTrigger.STATUS
        || a.slot == CompiledTrigger.LEVEL;
  }

  /** Adds the breakpoints of {@code a}, moved by {@code offset}, to {@code into}. */
  private static void breaks(CompiledTrigger.Atom a, long offset, List<Long> into) {
    for (long b : breakpoints(a)) {
      into.add(Math.addExact(b, offset));
    }
  }

  /** The breakpoints of a range atom (every atom on a number is one: see {@link #fits}). */
  private static long[] breakpoints(CompiledTrigger.Atom a) {
    long[] b = a.breakpoints();
    if (b == null) {
      throw new IllegalStateException("a bit mask on a number has no place in a trigger table: " + a.slot);
    }
    return b;
  }

  private boolean hasAtomOn(int slot) {
    for (CompiledTrigger.Atom a : atoms) {
      if (a.slot == slot) {
        return true;
      }
    }
    return false;
  }

  /** The index bits of this table's atoms on {@code slot} that hold for {@code value}. */
  private int bitsOf(int slot, long value) {
    return bitsOf(atoms, slot, value);
  }

  private static int bitsOf(CompiledTrigger.Atom[] atoms, int slot, long value) {
    int bits = 0;
    for (int k = 0; k < atoms.length; k++) {
      if (atoms[k].slot == slot && atoms[k].holds(value)) {
        bits |= 1 << k;
      }
    }
    return bits;
  }

  /**
   * The table at one evaluation's now: day {@code today} (epoch day in the context's zone), {@code
   * minuteOfDay} there, the policy's sensitive-period atoms active as {@code periods} says (one per
   * period atom of the layout); null when the due dates' atoms change over more than {@value #MAX_RANGE}
   * days (the engine then matches over columns).
   */
  @Nullable AtNow at(long today, long minuteOfDay, boolean[] periods) {
    int constant = 0;
    for (int k = 0; k < periods.length; k++) {
      constant |= bitsOf(CompiledTrigger.FIRST_PERIOD + k, periods[k] ? 1 : 0);
    }
    Range due = null;
    int noDue = 0;
    if (readsDue) {
      noDue = bitsOf(CompiledTrigger.OVERDUE_MINUTES, CompiledTrigger.NONE) | bitsOf(CompiledTrigger.DUE_IN_DAYS, CompiledTrigger.NONE);
      try {
        List<Long> breaks = new ArrayList<>();
        for (CompiledTrigger.Atom a : atoms) {
          if (a.slot == CompiledTrigger.DUE_IN_DAYS) {
            breaks(a, today, breaks); // due in b days: day today + b
          } else if (a.slot == CompiledTrigger.OVERDUE_MINUTES) {
            for (long b : breakpoints(a)) {
              // overdue by b minutes from the first day whose overdue minutes fall below b: today - ceil((b - minute) / 1440)
              long day = Math.subtractExact(today, -Math.floorDiv(Math.subtractExact(minuteOfDay, b), FeatureBlock.MINUTES_PER_DAY));
              breaks.add(day);
              breaks.add(Math.subtractExact(day, 1));
            }
          }
        }
        due = Range.of(breaks, day -> bitsOf(CompiledTrigger.DUE_IN_DAYS, day - today)
            | bitsOf(CompiledTrigger.OVERDUE_MINUTES, FeatureBlock.overdueMinutes(day, today, minuteOfDay)));
      } catch (ArithmeticException e) {
        return null; // a due date beyond the range of a long: the columns compare without a table
      }
      if (due == null) {
        return null;
      }
    }
    return new AtNow(this, constant, due, noDue);
  }

  /**
   * The table at one evaluation's now ({@link TriggerTable#at}): {@link #rules} is the hot path, so it
   * keeps its own references to the tables.
   */
  static final class AtNow {
    private final long[] rulesAt;
    private final long flagsRead;
    private final int[] flags;
    private final int[] statuses;
    private final int[] levels;
    private final int constant;
    private final @Nullable Range due;
    private final int noDue;
    private final @Nullable Range headcount;
    private final @Nullable Range repeat;
    private final @Nullable Range failed;
    private final @Nullable Range departments;
    private final EscalationContext context;

    private AtNow(TriggerTable t, int constant, @Nullable Range due, int noDue) {
      this.rulesAt = t.rulesAt;
      this.flagsRead = t.flagsRead;
      this.flags = t.flags;
      this.statuses = t.statuses;
      this.levels = t.levels;
      this.constant = constant;
      this.due = due;
      this.noDue = noDue;
      this.headcount = t.headcount;
      this.repeat = t.repeat;
      this.failed = t.failed;
      this.departments = t.departments;
      this.context = t.context;
    }

    /** The rules whose trigger holds for {@code s}, as bits (bit {@code i}: rule {@code i}), whatever its status. */
    long rules(PetitionState s) {
      int index = constant
          | flags[(int) (s.flagBits() & flagsRead)]
          | statuses[s.status().ordinal()]
          | levels[s.handlingLevel().ordinal()];
      Range d = due;
      if (d != null) {
        long day = s.dueEpochDay();
        index |= day == PetitionState.NO_DUE_DATE ? noDue : d.at(day);
      }
      Range r = headcount;
      if (r != null) {
        index |= r.at(s.headcount());
      }
      r = repeat;
      if (r != null) {
        index |= r.at(s.repeatCount());
      }
      r = failed;
      if (r != null) {
        index |= r.at(FeatureBlock.mediationFailed(s));
      }
      r = departments;
      if (r != null) {
        index |= r.at(context.departments(s));
      }
      return rulesAt[index];
    }
  }

  /**
   * The index bits of the atoms on one number, by its value: a table over the values from just below
   * the first change of an atom to the last change, the values beyond clamped to its ends.
   */
  private static final class Range {
    private final long low;
    private final long high;
    private final int[] bits;

    private Range(long low, long high, int[] bits) {
      this.low = low;
      this.high = high;
      this.bits = bits;
    }

    /** The range over {@code breaks}, its bits by value from {@code bitsAt}; null when it is wider than {@value #MAX_RANGE}. */
    static @Nullable Range of(List<Long> breaks, LongToIntFunction bitsAt) {
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (long b : breaks) {
        first = Math.min(first, b);
        last = Math.max(last, b);
      }
      long low = Math.subtractExact(first, 1);
      if (Math.subtractExact(last, low) >= MAX_RANGE) {
        return null;
      }
      int[] bits = new int[(int) (last - low + 1)];
      for (int k = 0; k < bits.length; k++) {
        bits[k] = bitsAt.applyAsInt(low + k);
      }
      return new Range(low, last, bits);
    }

    int at(long value) {
      return bits[(int) (Math.min(Math.max(value, low), high) - low)];
    }
  }
}
