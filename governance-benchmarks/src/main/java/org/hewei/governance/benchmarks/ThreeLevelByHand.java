package org.hewei.governance.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.petition.EscalationRecord;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.policy.SensitivePeriod;
import org.hewei.governance.rules.escalation.EscalationContext;
import org.jspecify.annotations.Nullable;

/**
 * 手写三级响应 — {@code DefaultEscalationPolicies.threeLevelResponse()} inlined by hand (the practical
 * ceiling): one loop over the states, the eight triggers as plain comparisons, and the engine's
 * idempotency rules per rule (fires once unless the state records it; R8 every 7 days; one escalation
 * per petition per evaluation). The per-rule decisions ({@link #r1} …) are also the right-hand sides of
 * the DRL version, so Drools and the loop differ only in how they match.
 *
 * <pre>{@code
 * List<Fired> fired = new ThreeLevelByHand(tree, now, policy.sensitivePeriods()).evaluate(states);
 * }</pre>
 */
@SuppressWarnings("EnumOrdinal")
public final class ThreeLevelByHand {
  /** An absent feature (no due date): fails every comparison. */
  public static final long NONE = Long.MIN_VALUE;

  private static final long KEY_PERSON = PetitionFlag.KEY_PERSON_INVOLVED.bit();
  private static final long SEVERAL_DEPARTMENTS = PetitionFlag.SEVERAL_DEPARTMENTS.bit();
  private static final long COLLECTIVE_OR_THREAT = PetitionFlag.COLLECTIVE.bit() | PetitionFlag.THREAT.bit();
  private static final long WEEK_MILLIS = 7L * 24 * 3600 * 1000;
  private static final int MINUTES_PER_DAY = 1440;

  private final JurisdictionTree tree;
  private final long today;
  private final long minuteOfDay;
  private final long nowMillis;
  private final boolean inPeriod;
  private final List<Fired> out = new ArrayList<>();
  private final Set<PetitionState> escalated = Collections.newSetFromMap(new IdentityHashMap<>());

  /** The rules at {@code now} over {@code tree}, with the policy's sensitive periods. */
  public ThreeLevelByHand(JurisdictionTree tree, Instant now, List<SensitivePeriod> periods) {
    this.tree = tree;
    ZonedDateTime local = now.atZone(EscalationContext.CHINA);
    LocalDate day = local.toLocalDate();
    this.today = day.toEpochDay();
    this.minuteOfDay = local.getHour() * 60L + local.getMinute();
    this.nowMillis = now.toEpochMilli();
    boolean active = false;
    for (SensitivePeriod p : periods) {
      active |= p.contains(day);
    }
    this.inPeriod = active;
  }

  /** The firings for {@code states}, state by state, rule by rule: the hand-written loop. */
  public List<Fired> evaluate(List<PetitionState> states) {
    List<Fired> fired = new ArrayList<>();
    for (int i = 0, n = states.size(); i < n; i++) {
      PetitionState s = states.get(i);
      if (!s.status().isOpen()) {
        continue;
      }
      long dueDay = s.dueEpochDay(); // the allocation-free accessors, as the engine uses them
      long dueIn = dueDay == PetitionState.NO_DUE_DATE ? NONE : dueDay - today;
      long overdue = dueDay == PetitionState.NO_DUE_DATE ? NONE : (-dueIn - 1) * MINUTES_PER_DAY + minuteOfDay;
      JurisdictionLevel level = s.handlingLevel();
      long flags = s.flagBits(); // the flags as bits, as the engine reads them
      boolean esc = false;
      Fired f;
      if (overdue >= MINUTES_PER_DAY && level == JurisdictionLevel.VILLAGE && (f = r1(s, esc)) != null) {
        fired.add(f);
        esc |= f.target() != null;
      }
      if (overdue >= 4 * MINUTES_PER_DAY && level == JurisdictionLevel.MANAGEMENT_DISTRICT && (f = r2(s, esc)) != null) {
        fired.add(f);
        esc |= f.target() != null;
      }
      if (dueIn >= 0 && dueIn <= 3 && (f = r3(s)) != null) {
        fired.add(f);
      }
      if (s.headcount() >= 5 && (f = r4(s, esc)) != null) {
        fired.add(f);
        esc |= f.target() != null;
      }
      if (s.repeatCount() >= 2 && (f = r5(s)) != null) {
        fired.add(f);
      }
      boolean keyPerson = (flags & KEY_PERSON) != 0;
      if (keyPerson && (f = r6(s, esc)) != null) {
        fired.add(f);
      }
      if ((flags & SEVERAL_DEPARTMENTS) != 0 && (f = r7(s)) != null) {
        fired.add(f);
      }
      if (inPeriod && (keyPerson || (flags & COLLECTIVE_OR_THREAT) != 0)
          && (f = r8(s)) != null) {
        fired.add(f);
      }
    }
    return fired;
  }

  // ---- features, for the loop and the DRL constraints -----------------------------------------

  /** Minutes past the end of the due day; {@link #NONE} without a due date. */
  public long overdueMinutes(PetitionState s) {
    long due = s.dueEpochDay();
    return due != PetitionState.NO_DUE_DATE ? (today - due - 1) * MINUTES_PER_DAY + minuteOfDay : NONE;
  }

  /** Days until the due day; {@link #NONE} without a due date. */
  public long dueInDays(PetitionState s) {
    long due = s.dueEpochDay();
    return due != PetitionState.NO_DUE_DATE ? due - today : NONE;
  }

  /** Whether the state is open (for the DRL). */
  public boolean open(PetitionState s) {
    return s.status().isOpen();
  }

  /** The handling level (for the DRL). */
  public JurisdictionLevel level(PetitionState s) {
    return s.handlingLevel();
  }

  /** The headcount (for the DRL). */
  public int headcount(PetitionState s) {
    return s.headcount();
  }

  /** The repeat count (for the DRL). */
  public int repeatCount(PetitionState s) {
    return s.repeatCount();
  }

  /** Whether the state carries {@code flag} (for the DRL). */
  public boolean hasFlag(PetitionState s, PetitionFlag flag) {
    return (s.flagBits() & flag.bit()) != 0;
  }

  /** Whether "now" lies in a sensitive period. */
  public boolean isInPeriod() {
    return inPeriod;
  }

  // ---- the per-rule decisions (the engine's idempotency rules for this policy) -----------------

  /** R1: escalate a village matter to its management district, once. */
  public @Nullable Fired r1(PetitionState s, boolean escalatedAlready) {
    return escalateOnce("R1", s, JurisdictionLevel.MANAGEMENT_DISTRICT, escalatedAlready, 1);
  }

  /** R2: escalate a district matter to the township, once. */
  public @Nullable Fired r2(PetitionState s, boolean escalatedAlready) {
    return escalateOnce("R2", s, JurisdictionLevel.TOWNSHIP, escalatedAlready, 1);
  }

  /** R3: notify and supervise, unless already supervised. */
  public @Nullable Fired r3(PetitionState s) {
    return s.supervisionCount() == 0 ? new Fired(s, "R3", null, null, 2) : null;
  }

  /** R4: raise a call to the level above and escalate to the township, once. */
  public @Nullable Fired r4(PetitionState s, boolean escalatedAlready) {
    if (!s.handlingLevel().isBelow(JurisdictionLevel.TOWNSHIP) && s.callsRaised() > 0) {
      return null; // at the township or above only the call is left, and it is raised (no records read)
    }
    if (recorded(s, "R4")) {
      return null;
    }
    Jurisdiction node = tree.get(s.handlingJurisdiction());
    Jurisdiction target = above(node, JurisdictionLevel.TOWNSHIP);
    if (target != null && escalatedAlready) {
      return null;
    }
    Jurisdiction parent = tree.parent(node.id()).orElse(null);
    if (target == null) {
      return parent == null || s.callsRaised() > 0 ? null : new Fired(s, "R4", null, parent.level(), 1);
    }
    return new Fired(s, "R4", target, parent == null ? null : parent.level(), parent == null ? 1 : 2);
  }

  /** R5: assign a case owner, unless one is assigned. */
  public @Nullable Fired r5(PetitionState s) {
    return !s.hasCaseOwnershipLeader() ? new Fired(s, "R5", null, null, 1) : null;
  }

  /** R6: escalate to the management district (with a police notice), once. */
  public @Nullable Fired r6(PetitionState s, boolean escalatedAlready) {
    return escalateOnce("R6", s, JurisdictionLevel.MANAGEMENT_DISTRICT, escalatedAlready, 2);
  }

  /** R7: convene a joint meeting, unless one was convened. */
  public @Nullable Fired r7(PetitionState s) {
    return !s.jointMeetingConvened() ? new Fired(s, "R7", null, null, 1) : null;
  }

  /** R8: supervise, again every 7 days. */
  public @Nullable Fired r8(PetitionState s) {
    return s.supervisionCount() == 0 || nowMillis >= s.updatedAt().toEpochMilli() + WEEK_MILLIS
        ? new Fired(s, "R8", null, null, 1)
        : null;
  }

  private @Nullable Fired escalateOnce(
      String rule, PetitionState s, JurisdictionLevel level, boolean escalatedAlready, int actions) {
    if (!s.handlingLevel().isBelow(level)) {
      return null; // handled at that level or above: nothing to escalate (no records read)
    }
    if (recorded(s, rule)) {
      return null;
    }
    Jurisdiction node = tree.get(s.handlingJurisdiction());
    Jurisdiction target = above(node, level);
    return target == null || escalatedAlready ? null : new Fired(s, rule, target, null, actions);
  }

  private static boolean recorded(PetitionState s, String rule) {
    if ((s.escalationRuleBits() & EscalationRecord.ruleBit(rule)) == 0) {
      return false; // the allocation-free summary, as the engine reads it
    }
    List<EscalationRecord> records = s.escalations();
    for (int i = records.size() - 1; i >= 0; i--) {
      if (records.get(i).decidedBy(rule)) {
        return true;
      }
    }
    return false;
  }

  /** The node responsible at {@code level} on the way up from {@code node}, when it is above it. */
  private @Nullable Jurisdiction above(Jurisdiction node, JurisdictionLevel level) {
    Jurisdiction j = node;
    while (j.level().isBelow(level)) {
      Optional<Jurisdiction> parent = tree.parent(j.id());
      if (parent.isEmpty()) {
        break;
      }
      j = parent.get();
    }
    return j.level().isAbove(node.level()) ? j : null;
  }

  // ---- the Drools side: the global the DRL calls ---------------------------------------------

  /** Forgets the previous run's firings (before a Drools session runs). */
  public void reset() {
    out.clear();
    escalated.clear();
  }

  /** The firings the DRL recorded through {@link #fire}. */
  public List<Fired> fired() {
    return out;
  }

  /** The DRL's right-hand side: decides rule {@code rule} for {@code s} like the loop does. */
  public void fire(String rule, PetitionState s) {
    boolean esc = escalated.contains(s);
    Fired f;
    switch (rule) {
      case "R1": f = r1(s, esc); break;
      case "R2": f = r2(s, esc); break;
      case "R3": f = r3(s); break;
      case "R4": f = r4(s, esc); break;
      case "R5": f = r5(s); break;
      case "R6": f = r6(s, esc); break;
      case "R7": f = r7(s); break;
      default: f = r8(s); break;
    }
    if (f != null) {
      out.add(f);
      if (f.target() != null) {
        escalated.add(s);
      }
    }
  }
}
