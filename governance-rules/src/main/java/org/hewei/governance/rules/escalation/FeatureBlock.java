package org.hewei.governance.rules.escalation;

import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.petition.MediationResult;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionState;
import org.jspecify.annotations.Nullable;

/**
 * The features of up to {@value #CAPACITY} petition states, one column per feature slot of a
 * {@link CompiledTrigger.Layout}: {@link EscalationEngine} reads each state once into a column position,
 * then every compiled trigger tests the whole block at once and answers with a bit mask (bit {@code j} is
 * state {@code j} of the block). Matching thus costs a few comparisons per state and feature, with one
 * virtual call per trigger node per block instead of per state. Only the features some rule reads are
 * filled; the sensitive-period columns are constant for the evaluation's "now" and filled once. This is
 * how the engine matches a policy that does not fit a {@link TriggerTable} (and how it writes an
 * explanation); a policy that fits is matched state by state through the table.
 *
 * <p>Scratch space of one evaluation call: not thread-safe and never shared between calls.
 */
@SuppressWarnings("EnumOrdinal") // enum sets as bit masks over ordinals, like CompiledTrigger
final class FeatureBlock {
  /** States per block: the bits of a {@code long}. */
  static final int CAPACITY = 64;

  static final int MINUTES_PER_DAY = 1440;
  private static final long KEY_PERSON = PetitionFlag.KEY_PERSON_INVOLVED.bit();
  private static final long SEVERAL_DEPARTMENTS = PetitionFlag.SEVERAL_DEPARTMENTS.bit();

  private final boolean[] used;
  /** The flags some atom reads ({@link PetitionFlag#bit()}s): see {@link #flagsRead}. */
  private final long flagsRead;
  private final boolean departmentsFromFlags;
  private final EscalationContext context;
  private final long today;
  private final long minuteOfDay;
  private final long[][] columns;
  /** The states of the block, when they are not read from {@link #source}. */
  private final PetitionState[] block;
  /**
   * The list the states are read from when it has random access, else null: the block then keeps no
   * copy of them (each store of a reference into an array costs the collector's write barrier, about as
   * much as reading the state's features).
   */
  private @Nullable List<PetitionState> source;
  /** The position of the block's first state in {@link #source}. */
  private int base;
  private int size;

  /**
   * An empty block for up to {@code capacity} states ({@value #CAPACITY} at most) that reads the flags
   * {@code flagsRead} (bits, see {@link #flagsRead}); the sensitive-period columns hold {@code periods} (1 when
   * the period atom is active "today").
   */
  FeatureBlock(
      CompiledTrigger.Layout layout,
      long flagsRead,
      EscalationContext context,
      long today,
      long minuteOfDay,
      boolean[] periods,
      int capacity) {
    this.used = layout.used;
    this.departmentsFromFlags = context.departmentsFromFlags();
    this.flagsRead = flagsRead;
    this.context = context;
    this.today = today;
    this.minuteOfDay = minuteOfDay;
    this.columns = new long[layout.size()][];
    this.block = new PetitionState[capacity];
    for (int slot = 0; slot < CompiledTrigger.FIRST_PERIOD; slot++) {
      columns[slot] = new long[capacity];
    }
    for (int k = 0; k < periods.length; k++) {
      long[] column = new long[capacity];
      Arrays.fill(column, periods[k] ? 1 : 0);
      columns[CompiledTrigger.FIRST_PERIOD + k] = column;
    }
  }

  /**
   * Reads {@code size} states of {@code states} from {@code base} into the block: the open ones only, or
   * all of them when {@code openOnly} is false, each state's features in one pass (its due date as a day
   * number and its flags as bits, so without an {@code Optional}, a date object or a set to read). A
   * list with random access is read again by {@link #state}, so it must not change until the block is
   * filled anew (the evaluation's caller owns it for the call, as for any method taking a list).
   *
   * @return the mask of the states read
   * @throws org.hewei.governance.core.MissingValueException if one of them is null
   */
  long fill(List<PetitionState> states, int base, int size, boolean openOnly) {
    this.size = size;
    this.base = base;
    boolean direct = states instanceof RandomAccess;
    this.source = direct ? states : null;
    PetitionState[] b = block;
    long[][] c = columns;
    boolean due = used[CompiledTrigger.OVERDUE_MINUTES] || used[CompiledTrigger.DUE_IN_DAYS];
    boolean headcount = used[CompiledTrigger.HEADCOUNT];
    boolean level = used[CompiledTrigger.LEVEL];
    boolean failed = used[CompiledTrigger.MEDIATION_FAILED];
    boolean departments = used[CompiledTrigger.DEPARTMENTS];
    boolean keyPerson = used[CompiledTrigger.KEY_PERSON];
    long read = 0;
    // One pass: each state is read once, while it is in the cache (a second pass over the block, even
    // from the list, measured 1.7x the time of this one over a million states).
    for (int j = 0; j < size; j++) {
      PetitionState s = Checks.required("states", states.get(base + j));
      if (!direct) {
        b[j] = s;
      }
      if (openOnly && !s.status().isOpen()) {
        continue;
      }
      read |= 1L << j;
      if (due) {
        long day = s.dueEpochDay();
        if (day == PetitionState.NO_DUE_DATE) {
          c[CompiledTrigger.DUE_IN_DAYS][j] = CompiledTrigger.NONE;
          c[CompiledTrigger.OVERDUE_MINUTES][j] = CompiledTrigger.NONE;
        } else {
          c[CompiledTrigger.DUE_IN_DAYS][j] = day - today;
          c[CompiledTrigger.OVERDUE_MINUTES][j] = overdueMinutes(day, today, minuteOfDay);
        }
      }
      if (headcount) {
        c[CompiledTrigger.HEADCOUNT][j] = s.headcount();
      }
      c[CompiledTrigger.REPEAT][j] = s.repeatCount();
      c[CompiledTrigger.STATUS][j] = 1L << s.status().ordinal();
      long flags = s.flagBits() & flagsRead;
      c[CompiledTrigger.FLAGS][j] = flags;
      if (keyPerson) {
        c[CompiledTrigger.KEY_PERSON][j] = keyPerson(flags);
      }
      if (level) {
        c[CompiledTrigger.LEVEL][j] = 1L << s.handlingLevel().ordinal();
      }
      if (failed) {
        c[CompiledTrigger.MEDIATION_FAILED][j] = mediationFailed(s);
      }
      if (departments) {
        c[CompiledTrigger.DEPARTMENTS][j] = departmentsFromFlags ? departmentsOfFlags(flags) : context.departments(s);
      }
    }
    return read;
  }

  /**
   * The flags a policy's atoms read in {@code context}, as bits: its flag atoms, plus key person and
   * several departments when a rule needs them (the latter only when departments are counted from the
   * flag).
   */
  static long flagsRead(CompiledTrigger.Layout layout, EscalationContext context) {
    long read = layout.flagMask;
    if (layout.used[CompiledTrigger.KEY_PERSON]) {
      read |= KEY_PERSON;
    }
    if (layout.used[CompiledTrigger.DEPARTMENTS] && context.departmentsFromFlags()) {
      read |= SEVERAL_DEPARTMENTS;
    }
    return read;
  }

  /** The overdue feature: minutes past the end of due day {@code day} at {@code minuteOfDay} of {@code today}. */
  static long overdueMinutes(long day, long today, long minuteOfDay) {
    return (today - day - 1) * MINUTES_PER_DAY + minuteOfDay;
  }

  /** The key-person feature of a state with flag bits {@code flags}: 1 when a key person is involved. */
  static long keyPerson(long flags) {
    return (flags & KEY_PERSON) != 0 ? 1 : 0;
  }

  /** The departments feature counted from flag bits {@code flags}: 2 with the several-departments flag, else 1. */
  static long departmentsOfFlags(long flags) {
    return (flags & SEVERAL_DEPARTMENTS) != 0 ? 2 : 1;
  }

  /** The mediation-failed feature: 1 when the state's mediation failed or was refused. */
  static long mediationFailed(PetitionState s) {
    MediationResult r = s.mediationResult().orElse(null);
    return r == MediationResult.FAILED || r == MediationResult.REFUSED ? 1 : 0;
  }

  /** How many states the block holds now. */
  int size() {
    return size;
  }

  /** The column of feature {@code slot}: position {@code j} is state {@code j}'s value. */
  long[] column(int slot) {
    return columns[slot];
  }

  /** The value of feature {@code slot} for state {@code j} (read when it was open). */
  long value(int slot, int j) {
    return columns[slot][j];
  }

  /** State {@code j} of the block. */
  PetitionState state(int j) {
    List<PetitionState> s = source;
    return s != null ? s.get(base + j) : block[j];
  }

  /** The context, for the atoms that ask it about a state. */
  EscalationContext context() {
    return context;
  }
}
