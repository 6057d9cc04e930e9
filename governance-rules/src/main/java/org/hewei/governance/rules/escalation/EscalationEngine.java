package org.hewei.governance.rules.escalation;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.petition.EscalationRecord;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.policy.EscalationAction;
import org.hewei.governance.core.policy.EscalationPolicy;
import org.hewei.governance.core.policy.EscalationRule;
import org.hewei.governance.core.policy.SensitivePeriod;
import org.hewei.governance.core.jurisdiction.UnknownJurisdictionException;
import org.hewei.governance.rules.routing.Router;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 升级引擎 — an {@link EscalationPolicy} compiled once into a fast evaluator: the triggers become a
 * truth table over the policy's atoms, so that a petition state is matched by a few table look-ups
 * (see {@link TriggerTable}; a policy too large for one is matched 64 states at a time over feature
 * columns instead); evaluating one state or a batch of a million returns the {@link
 * EscalationDecision}s to take now. Immutable and thread-safe (each call has its own scratch space).
 * See the package description for the semantics of every trigger, idempotency and cool-down.
 *
 * <pre>{@code
 * EscalationEngine engine = EscalationEngine.compile(
 *     DefaultEscalationPolicies.threeLevelResponse(), EscalationContext.chinaMainland(tree));
 * List<EscalationDecision> decisions = engine.evaluate(openStates, Instant.parse("2026-03-02T01:00:00Z"));
 * decisions.get(0).explanation(); // "R1: overdue by 3 days at VILLAGE level → escalate to MANAGEMENT_DISTRICT …"
 * }</pre>
 */
@SuppressWarnings("EnumOrdinal") // enum sets as bit masks over ordinals: the hot path reads longs, not sets
public final class EscalationEngine {
  private static final Logger LOG = LoggerFactory.getLogger(EscalationEngine.class);
  private static final long NONE = CompiledTrigger.NONE;
  private static final int MINUTES_PER_DAY = 1440;
  private static final Optional<JurisdictionLevel>[] LEVELS = levels();
  /** In {@link #variantsByLevel}: the nodes of the level differ (or the tree has none), the node decides. */
  private static final byte BY_NODE = -1;
  /** {@link #effects} bits: a call raised, a joint meeting convened, a case-ownership leader, supervised. */
  private static final int CALLED = 1;
  private static final int JOINT = 2;
  private static final int OWNED = 4;
  private static final int SUPERVISED = 8;
  /** How many {@link #effects} values there are. */
  private static final int EFFECTS = 16;
  /** In {@link #settledBy}: nothing to do, whatever the node. */
  private static final byte SETTLED = 0;
  /** In {@link #settledBy}: nothing to do while the cool-down since the state's last update runs. */
  private static final byte COOLING = 1;
  /** In {@link #settledBy}: the level and the effects settle nothing. */
  private static final byte OPEN = 2;

  private final EscalationPolicy policy;
  private final EscalationContext context;
  private final JurisdictionTree tree;
  private final Rule[] rules;
  private final CompiledTrigger.Layout layout;
  /** The flags the compiled triggers read. */
  private final long flagsRead;
  /** The tree's nodes by pre-order number. */
  private final Jurisdiction[] nodes;
  /** Each node's parent; null for the root. */
  private final @Nullable Jurisdiction[] parents;
  /** Each node as a handling place, ready for a decision's {@code escalatesTo}. */
  private final Optional<HandlingPlace>[] places;
  /** Per rule, the number of the node each node escalates to under it (-1: none; empty: not escalating). */
  private final int[][] targets;
  /**
   * Per rule, by {@link JurisdictionLevel} ordinal times {@link #EFFECTS} plus a state's {@link #effects}:
   * what the handling level and the recorded effects alone settle about a firing of the rule, before the
   * node is looked up ({@link #SETTLED}, {@link #COOLING} or {@link #OPEN}; see {@link #settledBy(int)}).
   */
  private final byte[][] settledBy;
  /**
   * By {@link JurisdictionLevel} ordinal times {@link #EFFECTS} plus a state's {@link #effects}: the rules
   * (bit {@code i}: rule {@code i}, for the first 64) that {@link #settledBy} says are {@link #SETTLED}.
   */
  private final long[] settledRules;
  /** The triggers as one look-up per state, when the policy fits (see {@link TriggerTable}); else null. */
  private final @Nullable TriggerTable table;

  private EscalationEngine(EscalationPolicy policy, EscalationContext context) {
    this.policy = policy;
    this.context = context;
    this.tree = context.tree();
    this.layout = new CompiledTrigger.Layout();
    List<EscalationRule> list = policy.rules();
    this.rules = new Rule[list.size()];
    for (int i = 0; i < rules.length; i++) {
      layout.ruleUsed = new boolean[CompiledTrigger.FIRST_PERIOD + 1];
      EscalationRule rule = list.get(i);
      rules[i] = new Rule(this, i, rule, CompiledTrigger.compile(rule.trigger(), layout), layout.ruleUsed);
    }
    this.flagsRead = FeatureBlock.flagsRead(layout, context);
    CompiledTrigger[] triggers = new CompiledTrigger[rules.length];
    for (int i = 0; i < rules.length; i++) {
      triggers[i] = rules[i].trigger;
    }
    this.table = TriggerTable.of(triggers, context, flagsRead);
    this.nodes = tree.jurisdictions().toArray(new Jurisdiction[0]);
    this.parents = new Jurisdiction[nodes.length];
    this.places = placesOf(nodes);
    this.targets = new int[rules.length][];
    for (int k = 0; k < nodes.length; k++) {
      parents[k] = tree.parent(nodes[k].id()).orElse(null);
    }
    for (int i = 0; i < rules.length; i++) {
      targets[i] = new int[rules[i].escalating ? nodes.length : 0];
      for (int k = 0; k < targets[i].length; k++) {
        Jurisdiction t = escalationTarget(rules[i].rule, nodes[k]);
        targets[i][k] = t == null ? -1 : tree.indexOf(t.id());
      }
    }
    this.settledBy = new byte[rules.length][];
    this.settledRules = new long[JurisdictionLevel.values().length * EFFECTS];
    for (int i = 0; i < rules.length; i++) {
      settledBy[i] = settledBy(i);
      for (int k = 0; k < settledRules.length && i < Long.SIZE; k++) {
        settledRules[k] |= settledBy[i][k] == SETTLED ? 1L << i : 0;
      }
    }
  }

  /**
   * Rule {@code i}'s row of {@link #settledBy}: at a level where every node gives the rule's firing the
   * same action variant with no escalation target ({@link #variantsByLevel}), {@link #nothingToDo} with no
   * escalation time, the effects as a state with those {@link #effects} records them — settled when the
   * variant issues nothing a state records, or the effects are recorded and the rule fires once; cooling
   * when they are recorded and it repeats; else open.
   */
  private byte[] settledBy(int i) {
    Rule r = rules[i];
    byte[] variants = variantsByLevel(i);
    byte[] row = new byte[variants.length * EFFECTS];
    for (int level = 0; level < variants.length; level++) {
      int v = variants[level];
      for (int e = 0; e < EFFECTS; e++) {
        byte settled = OPEN;
        if (v != BY_NODE && (v & Rule.TARGET) == 0) {
          if (!r.traceable[v]) {
            settled = SETTLED;
          } else if (effectsRecorded(r, e, (v & Rule.PARENT) != 0)) {
            settled = r.cooldownMillis < 0 ? SETTLED : COOLING;
          }
        }
        row[level * EFFECTS + e] = settled;
      }
    }
    return row;
  }

  /** The effects {@code s} records, as {@link #CALLED}, {@link #JOINT}, {@link #OWNED} and {@link #SUPERVISED} bits. */
  private static int effects(PetitionState s) {
    return (s.callsRaised() > 0 ? CALLED : 0)
        | (s.jointMeetingConvened() ? JOINT : 0)
        | (s.hasCaseOwnershipLeader() ? OWNED : 0)
        | (s.supervisionCount() > 0 ? SUPERVISED : 0);
  }

  /** Per {@link JurisdictionLevel} ordinal, the variant of rule {@code i}'s firing at every node of the level, or {@link #BY_NODE}. */
  private byte[] variantsByLevel(int i) {
    Rule r = rules[i];
    byte[] byLevel = new byte[JurisdictionLevel.values().length];
    Arrays.fill(byLevel, r.nodeFree ? 0 : BY_NODE); // a node-free rule has variant 0 anywhere
    boolean[] seen = new boolean[byLevel.length];
    for (int k = 0; k < nodes.length && !r.nodeFree; k++) {
      int level = nodes[k].level().ordinal();
      byte v = (byte) Rule.variant(r.escalating && targets[i][k] >= 0, r.call && parents[k] != null);
      byLevel[level] = !seen[level] || byLevel[level] == v ? v : BY_NODE;
      seen[level] = true;
    }
    return byLevel;
  }

  @SuppressWarnings("unchecked") // an array of one parameterised type, filled here
  private static Optional<HandlingPlace>[] placesOf(Jurisdiction[] nodes) {
    Optional<HandlingPlace>[] places = new Optional[nodes.length];
    for (int k = 0; k < nodes.length; k++) {
      places[k] = Optional.of(HandlingPlace.of(nodes[k].id(), nodes[k].level()));
    }
    return places;
  }

  @SuppressWarnings("unchecked") // an array of one parameterised type, filled here
  private static Optional<JurisdictionLevel>[] levels() {
    JurisdictionLevel[] all = JurisdictionLevel.values();
    Optional<JurisdictionLevel>[] levels = new Optional[all.length];
    for (JurisdictionLevel l : all) {
      levels[l.ordinal()] = Optional.of(l);
    }
    return levels;
  }

  /**
   * Compiles {@code policy} for evaluation in {@code context}.
   *
   * @throws InvalidValueException if a rule has no action that a petition state records (escalate, raise
   *     a call, joint meeting, case owner, supervise): its firing could not be kept idempotent
   */
  public static EscalationEngine compile(EscalationPolicy policy, EscalationContext context) {
    Checks.required("policy", policy);
    Checks.required("context", context);
    for (EscalationRule rule : policy.rules()) {
      boolean recorded = false;
      for (EscalationAction a : rule.actions()) {
        recorded |= !(a instanceof EscalationAction.NotifyRole || a instanceof EscalationAction.FlagRisk);
      }
      Checks.check(
          recorded,
          "rules",
          rule.id(),
          "has no action a petition state records (escalate, raise a call, joint meeting, case owner, supervise),"
              + " so its firing could not be kept idempotent; notify and flag-risk actions travel with one of these");
    }
    return new EscalationEngine(policy, context);
  }

  /** The compiled policy. */
  public EscalationPolicy policy() {
    return policy;
  }

  /** The context it evaluates in. */
  public EscalationContext context() {
    return context;
  }

  /**
   * The decisions for one state at {@code now}; empty when the state is not open.
   *
   * @throws UnknownJurisdictionException if a matching rule needs the tree (see {@link
   *     #evaluate(List, Instant)}) and the state's handling jurisdiction is not in the tree, or is at
   *     another level there
   */
  public List<EscalationDecision> evaluate(PetitionState state, Instant now) {
    Checks.required("state", state);
    Checks.required("now", now);
    List<EscalationDecision> out = new ArrayList<>(2);
    evaluateInto(List.of(state), now, out);
    return Collections.unmodifiableList(out);
  }

  /**
   * The decisions for every open state of {@code states} at {@code now}, state by state in list order,
   * rule by rule in policy order. The batch path allocates nothing per state except the decisions it
   * returns: "today", the sensitive periods and the due-date table are computed once per call, each
   * state is read once and matched by table look-ups (see {@link TriggerTable}), the firings its handling
   * level and recorded effects settle are dropped by one more look-up, and the nodes a decision names
   * were looked up when the policy was compiled.
   *
   * <pre>{@code
   * engine.evaluate(List.of(s1, s2, s3), now).size(); // 0 when nothing is due
   * }</pre>
   *
   * <p>The handling jurisdiction is checked against the tree once per state, before the first matching
   * rule whose outcome depends on the node. A matching rule is passed over without the check when the
   * state records its escalation and its cool-down has not run out (or it fires once), or when the
   * state's handling level settles it: no node of that level in the tree has an escalation target for
   * it, all of them have a parent to call or none does, and what the rule would then do the state
   * records already (or it would only notify or flag). A rule that neither escalates nor raises a call
   * is settled by any level; the default policy's rules at the level where the escalation stops (R4's
   * call from a township, R6 above the management district) are settled by theirs. Every other matching
   * rule needs the node, so no decision is ever made for a jurisdiction outside the tree.
   *
   * @throws UnknownJurisdictionException if a rule that needs the node matches a state whose handling
   *     jurisdiction is not in the tree, or is at another level there
   */
  public List<EscalationDecision> evaluate(List<PetitionState> states, Instant now) {
    Checks.required("states", states);
    Checks.required("now", now);
    List<EscalationDecision> out = new DecisionList();
    evaluateInto(states, now, out);
    return Collections.unmodifiableList(out);
  }

  /**
   * The ids of the rules whose trigger holds for {@code state} at {@code now}, in policy order, whatever
   * the status and whether or not the firing is already recorded (a diagnostic: "which rules match?").
   *
   * <pre>{@code
   * engine.matchingRules(state, now); // [R1, R4]
   * }</pre>
   */
  public List<String> matchingRules(PetitionState state, Instant now) {
    Checks.required("state", state);
    Checks.required("now", now);
    TriggerTable.AtNow t = tableAt(now);
    FeatureBlock b = t == null ? readAlways(state, now) : null;
    long byTable = t == null ? 0 : t.rules(state);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < rules.length; i++) {
      if (b == null ? (byTable & 1L << i) != 0 : rules[i].trigger.test(b, 1L) != 0) {
        ids.add(rules[i].id);
      }
    }
    return List.copyOf(ids);
  }

  // ---- the hot path -----------------------------------------------------------------------------

  private void evaluateInto(List<PetitionState> states, Instant now, List<EscalationDecision> out) {
    TriggerTable.AtNow t = tableAt(now);
    if (t != null) {
      evaluateRows(t, states, now, out);
    } else {
      evaluateBlocks(states, now, out);
    }
  }

  /** The trigger table at {@code now}, or null when the policy (or, for the due dates, now) does not fit one. */
  private TriggerTable.@Nullable AtNow tableAt(Instant now) {
    TriggerTable t = table;
    if (t == null) {
      return null;
    }
    ZonedDateTime local = now.atZone(context.zone());
    LocalDate today = local.toLocalDate();
    return t.at(today.toEpochDay(), minuteOfDay(local), periodsAt(today));
  }

  /**
   * The states matched one at a time through {@code t}: each is read once and its rules are decided
   * while it is in the cache (see {@link TriggerTable}).
   */
  private void evaluateRows(TriggerTable.AtNow t, List<PetitionState> states, Instant now, List<EscalationDecision> out) {
    long nowMillis = now.toEpochMilli();
    long[] pending = new long[rules.length]; // decideAll's form: bit 0 of pending[i] when rule i is to decide
    for (int k = 0, n = states.size(); k < n; k++) {
      PetitionState s = Checks.required("states", states.get(k));
      if (!s.status().isOpen()) {
        continue;
      }
      // The rules the level and the effects settle are dropped at once: on a day's states most matches are.
      int effects = effects(s);
      long matched = t.rules(s) & ~settledRules[s.handlingLevel().ordinal() * EFFECTS + effects];
      if (matched == 0) {
        continue;
      }
      boolean any = false;
      for (; matched != 0; matched &= matched - 1) {
        int i = Long.numberOfTrailingZeros(matched);
        if (!carriedOut(i, s, effects, nowMillis)) {
          pending[i] = 1L;
          any = true;
        }
      }
      if (any) {
        decideAll(s, 1L, pending, now, nowMillis, out);
        Arrays.fill(pending, 0L);
      }
    }
  }

  /** Package-private for the tests: whether an evaluation at {@code now} matches through the trigger table. */
  boolean matchesThroughTable(Instant now) {
    return tableAt(now) != null;
  }

  /**
   * Package-private for the tests: the states matched 64 at a time over {@link FeatureBlock} columns, the
   * way taken when the policy does not fit a {@link TriggerTable}.
   */
  List<EscalationDecision> evaluateByBlocks(List<PetitionState> states, Instant now) {
    List<EscalationDecision> out = new DecisionList();
    evaluateBlocks(states, now, out);
    return out;
  }

  private void evaluateBlocks(List<PetitionState> states, Instant now, List<EscalationDecision> out) {
    int n = states.size();
    FeatureBlock block = block(now, Math.min(n, FeatureBlock.CAPACITY));
    long nowMillis = now.toEpochMilli();
    long[] matched = new long[rules.length];
    for (int base = 0; base < n; base += FeatureBlock.CAPACITY) {
      long open = block.fill(states, base, Math.min(FeatureBlock.CAPACITY, n - base), true);
      long any = 0;
      for (int i = 0; i < rules.length && open != 0; i++) {
        long m = rules[i].trigger.test(block, open);
        matched[i] = m == 0 ? 0 : notYetCarriedOut(i, block, m, nowMillis);
        any |= matched[i];
      }
      for (; any != 0; any &= any - 1) {
        int j = Long.numberOfTrailingZeros(any);
        decideAll(block.state(j), 1L << j, matched, now, nowMillis, out);
      }
    }
  }

  /**
   * The states of {@code matched} (a mask over {@code b}) for which rule {@code i} may have something to
   * do, as far as that is known without the tree node (see {@link #carriedOut}): the same checks {@link
   * #decide} would reach, done one rule at a time over the block rather than state by state.
   */
  private long notYetCarriedOut(int i, FeatureBlock b, long matched, long nowMillis) {
    long pending = matched;
    for (long rest = matched; rest != 0; rest &= rest - 1) {
      int j = Long.numberOfTrailingZeros(rest);
      PetitionState s = b.state(j);
      if (carriedOut(i, s, effects(s), nowMillis)) {
        pending &= ~(1L << j);
      }
    }
    return pending;
  }

  /**
   * Whether rule {@code i}, whose trigger holds for {@code s} (which records {@code effects}), is known to
   * decide nothing without the handling node: the handling level and the effects settle it ({@link
   * #settledBy}) — or {@code s} records the rule's escalation and the cool-down has not run out (or it
   * fires once).
   *
   * <p>The level is asked first, with no escalation time, because it needs only the state while the
   * escalation time needs its records. That order changes no answer. {@link #nothingToDo} is monotone in
   * the time (a later last escalation can only keep a cool-down running), so "nothing to do" without the
   * time stays true with it. And when it is false without the time, it is false with a time whose
   * cool-down has run out too: then the effects' time (when they are recorded) has run out as well, and
   * the later of the two has.
   */
  private boolean carriedOut(int i, PetitionState s, int effects, long nowMillis) {
    Rule r = rules[i];
    byte settled = settledBy[i][s.handlingLevel().ordinal() * EFFECTS + effects];
    if (settled == SETTLED || settled == COOLING && !r.repeatDue(s.updatedAt().toEpochMilli(), nowMillis)) {
      return true;
    }
    if (!r.escalating) {
      return false;
    }
    EscalationRecord last = lastEscalation(s, r);
    if (last == null) {
      return false; // the level was asked with no escalation time already
    }
    if (r.cooldownMillis < 0) {
      return true; // fires once: its time is not needed
    }
    return !r.repeatDue(last.at().toEpochMilli(), nowMillis);
  }

  /** The decisions for one state whose bit is {@code bit} in {@code matched}, rule by rule. */
  private void decideAll(
      PetitionState s, long bit, long[] matched, Instant now, long nowMillis, List<EscalationDecision> out) {
    boolean escalated = false;
    int node = -1; // looked up once per state, when a matching rule needs it
    for (int i = 0; i < rules.length; i++) {
      if ((matched[i] & bit) != 0) {
        Rule r = rules[i];
        // notYetCarriedOut has dropped the firings the state records; a repeating escalation's time is
        // still needed (decide takes the later of it and the effects)
        long recorded = r.escalating && r.cooldownMillis >= 0 ? lastEscalationMillis(s, r) : NONE;
        if (node < 0) {
          node = handlingNode(s);
        }
        EscalationDecision d = decide(i, s, node, recorded, now, nowMillis, escalated);
        if (d != null) {
          out.add(d);
          escalated |= d.escalatesTo().isPresent();
          if (LOG.isDebugEnabled()) {
            LOG.debug("escalation {} v{} {} {}: {}", policy.id(), policy.version(), d.petitionId(), rules[i].id, d.explanation());
          }
        }
      }
    }
  }

  /** A block for {@code now}'s evaluation of up to {@code capacity} states at a time. */
  private FeatureBlock block(Instant now, int capacity) {
    ZonedDateTime local = now.atZone(context.zone());
    LocalDate today = local.toLocalDate();
    return new FeatureBlock(layout, flagsRead, context, today.toEpochDay(), minuteOfDay(local), periodsAt(today), capacity);
  }

  private static long minuteOfDay(ZonedDateTime local) {
    return local.getHour() * 60L + local.getMinute();
  }

  /** Whether each period atom of the layout is active on {@code today}. */
  private boolean[] periodsAt(LocalDate today) {
    boolean[] periods = new boolean[layout.periodAtoms.size()];
    for (int k = 0; k < periods.length; k++) {
      Set<String> codes = layout.periodAtoms.get(k);
      for (SensitivePeriod p : policy.sensitivePeriods()) {
        periods[k] |= (codes.isEmpty() || codes.contains(p.code())) && p.contains(today);
      }
    }
    return periods;
  }

  /** A block holding {@code s}'s features at {@code now}, whatever its status. */
  private FeatureBlock readAlways(PetitionState s, Instant now) {
    FeatureBlock b = block(now, 1);
    b.fill(List.of(s), 0, 1, false);
    return b;
  }

  // ---- the slow path: a trigger holds -----------------------------------------------------------

  /**
   * Rule {@code ruleIndex}'s decision for {@code s}, handled at tree node {@code node}, whose last
   * escalation by this rule was at {@code recordedEscalation} ({@code NONE}: never, or not an escalating
   * rule); null when nothing is to be done now.
   */
  private @Nullable EscalationDecision decide(
      int ruleIndex,
      PetitionState s,
      int node,
      long recordedEscalation,
      Instant now,
      long nowMillis,
      boolean escalatedAlready) {
    Rule r = rules[ruleIndex];
    int targetNode = r.escalating ? targets[ruleIndex][node] : -1;
    Jurisdiction target = targetNode < 0 ? null : nodes[targetNode];
    if (target != null && escalatedAlready) {
      return null; // one escalation per petition per evaluation; this rule sees the new level next time
    }
    Jurisdiction parent = r.call ? parents[node] : null;
    int variant = Rule.variant(target != null, parent != null);
    if (target == null && nothingToDo(r, s, variant, recordedEscalation, nowMillis)) {
      return null;
    }
    // The decision is the only object made: what the rule issues in this variant is shared (its firing),
    // the target and the call level per tree node, and the explanation is written on first use.
    return new EscalationDecision(
        r.firings[variant],
        s,
        now,
        targetNode < 0 ? Optional.empty() : places[targetNode],
        parent == null ? Optional.empty() : LEVELS[parent.level().ordinal()]);
  }

  private static boolean isEscalation(EscalationAction a) {
    return a instanceof EscalationAction.EscalateToLevel || a instanceof EscalationAction.EscalateOneLevelUp;
  }

  private @Nullable Jurisdiction escalationTarget(EscalationRule rule, Jurisdiction node) {
    for (EscalationAction a : rule.actions()) {
      if (a instanceof EscalationAction.EscalateToLevel to) {
        Jurisdiction t = Router.responsibleNode(tree, node.id(), to.level());
        if (t.level().isAbove(node.level())) {
          return t;
        }
      } else if (a instanceof EscalationAction.EscalateOneLevelUp) {
        Optional<Jurisdiction> p = tree.parent(node.id());
        if (p.isPresent()) {
          return p.get();
        }
      }
    }
    return null;
  }

  /**
   * Whether rule {@code r} decides nothing for {@code s} when its firing has no escalation target and
   * the action variant {@code variant}, the rule's last escalation of {@code s} being at {@code
   * recordedEscalation} ({@code NONE}: never, or not looked up): it would issue only notify and
   * flag-risk actions, which are not issued alone; or {@code s} records its effects and the rule fires
   * once; or the later of that escalation and those effects is within the cool-down.
   */
  private static boolean nothingToDo(Rule r, PetitionState s, int variant, long recordedEscalation, long nowMillis) {
    if (!r.traceable[variant]) {
      return true;
    }
    long recorded = recordedEscalation;
    if (effectsRecorded(r, effects(s), (variant & Rule.PARENT) != 0)) {
      if (r.cooldownMillis < 0) {
        return true; // carried out, and the rule fires once
      }
      recorded = Math.max(recorded, s.updatedAt().toEpochMilli()); // the later of escalation and effects
    }
    return recorded != NONE && !r.repeatDue(recorded, nowMillis);
  }

  /**
   * Whether a state recording {@code effects} records every effect rule {@code r} has (its call only
   * where {@code callApplies}), and it has at least one.
   */
  private static boolean effectsRecorded(Rule r, int effects, boolean callApplies) {
    int needed = (r.call && callApplies ? CALLED : 0)
        | (r.joint ? JOINT : 0)
        | (r.owner ? OWNED : 0)
        | (r.supervise ? SUPERVISED : 0);
    return needed != 0 && (effects & needed) == needed;
  }

  /**
   * The latest escalation {@code s} records by rule {@code r}, or null (no {@code Optional} made; the
   * records are not read when the state's {@link PetitionState#escalationRuleBits()} rule them out).
   */
  private static @Nullable EscalationRecord lastEscalation(PetitionState s, Rule r) {
    if ((s.escalationRuleBits() & r.idBit) == 0) {
      return null;
    }
    List<EscalationRecord> records = s.escalations();
    for (int i = records.size() - 1; i >= 0; i--) {
      if (records.get(i).decidedBy(r.id)) {
        return records.get(i);
      }
    }
    return null;
  }

  private static long lastEscalationMillis(PetitionState s, Rule r) {
    EscalationRecord record = lastEscalation(s, r);
    return record == null ? NONE : record.at().toEpochMilli();
  }

  /** The pre-order number of the node handling {@code s}, checked against the tree (one look-up). */
  private int handlingNode(PetitionState s) {
    JurisdictionId id = s.handlingJurisdiction(); // on the state: no read of its handling place
    int k;
    try {
      k = tree.indexOf(id);
    } catch (UnknownJurisdictionException e) {
      UnknownJurisdictionException named = new UnknownJurisdictionException(
          "handling", id, "petition " + s.id() + " is handled at a jurisdiction that is not in the tree (root "
              + tree.root().id() + ")");
      named.initCause(e);
      throw named;
    }
    if (nodes[k].level() != s.handlingLevel()) {
      throw new UnknownJurisdictionException(
          "handling", id, "petition " + s.id() + " says level " + s.handlingLevel() + " but the tree has "
              + nodes[k].level());
    }
    return k;
  }

  /** The explanation of {@code d}, a decision of rule {@code ruleIndex} for {@code s} (see {@link Firing}). */
  String explain(int ruleIndex, EscalationDecision d, PetitionState s) {
    Rule r = rules[ruleIndex];
    Instant now = d.decidedAt();
    FeatureBlock b = readAlways(s, now);
    boolean[] u = r.used;
    List<String> facts = new ArrayList<>();
    long overdue = b.value(CompiledTrigger.OVERDUE_MINUTES, 0);
    if (u[CompiledTrigger.OVERDUE_MINUTES] && overdue != NONE) {
      facts.add(overdue >= 0 ? "overdue by " + duration(overdue) : "not overdue");
    }
    long dueIn = b.value(CompiledTrigger.DUE_IN_DAYS, 0);
    if (u[CompiledTrigger.DUE_IN_DAYS] && dueIn != NONE) {
      facts.add(dueIn < 0 ? "due date passed" : dueIn == 0 ? "due today" : "due in " + plural(dueIn, "day"));
    }
    if (u[CompiledTrigger.HEADCOUNT]) {
      facts.add("headcount " + s.headcount());
    }
    if (u[CompiledTrigger.REPEAT]) {
      facts.add("repeat count " + s.repeatCount());
    }
    if (u[CompiledTrigger.DEPARTMENTS]) {
      facts.add(plural(b.value(CompiledTrigger.DEPARTMENTS, 0), "department"));
    }
    if (u[CompiledTrigger.KEY_PERSON]) {
      facts.add("key person involved");
    }
    if (u[CompiledTrigger.MEDIATION_FAILED]) {
      facts.add("mediation " + s.mediationResult().map(Object::toString).orElse("none"));
    }
    if (u[CompiledTrigger.STATUS]) {
      facts.add("status " + s.status());
    }
    if (u[CompiledTrigger.FIRST_PERIOD]) {
      facts.add("in a sensitive period");
    }
    if (facts.isEmpty()) {
      facts.add(r.rule.trigger().toString());
    }
    StringBuilder e = new StringBuilder(r.id).append(": ").append(String.join(", ", facts));
    e.append(" at ").append(s.handlingLevel()).append(" level →");
    String sep = " ";
    Optional<HandlingPlace> target = d.escalatesTo();
    Optional<JurisdictionLevel> callLevel = d.callLevel();
    for (EscalationAction a : d.actions()) {
      e.append(sep);
      sep = "; ";
      if (isEscalation(a) && target.isPresent()) {
        e.append("escalate to ").append(target.get().level()).append(' ').append(target.get().jurisdiction().value());
      } else if (a instanceof EscalationAction.RaiseCall && callLevel.isPresent()) {
        e.append("raise a call to ").append(callLevel.get());
      } else {
        e.append(a);
      }
    }
    return e.append(" (").append(r.rule.name()).append(")").toString();
  }

  private static String duration(long minutes) {
    long days = minutes / MINUTES_PER_DAY;
    long hours = (minutes % MINUTES_PER_DAY) / 60;
    if (days == 0) {
      return hours == 0 ? plural(minutes, "minute") : plural(hours, "hour");
    }
    return plural(days, "day") + (hours == 0 ? "" : " " + plural(hours, "hour"));
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  /** A compiled rule. */
  private static final class Rule {
    final EscalationRule rule;
    final String id;
    /** {@link EscalationRecord#ruleBit} of {@link #id}. */
    final long idBit;
    final CompiledTrigger trigger;
    final boolean[] used;
    final boolean escalating;
    final boolean call;
    final boolean joint;
    final boolean owner;
    final boolean supervise;
    /**
     * Whether the rule's decision never depends on the handling node (it neither escalates nor raises
     * a call), so that a settled firing is recognised before the node is looked up.
     */
    final boolean nodeFree;
    /** The cool-down in milliseconds; -1 when the rule fires once. */
    final long cooldownMillis;
    /**
     * What the rule issues, by {@link #variant} (an escalation target found, a parent to call): the actions
     * that apply then, shared by all its decisions of that variant.
     */
    final Firing[] firings = new Firing[4];
    /** Whether those actions include one a state records (not only notify and flag-risk), by variant. */
    final boolean[] traceable = new boolean[4];

    /** Rule number {@code index} of {@code engine}'s policy (the engine's explanations are asked through its firings). */
    Rule(EscalationEngine engine, int index, EscalationRule rule, CompiledTrigger trigger, boolean[] used) {
      this.rule = rule;
      this.id = rule.id();
      this.idBit = EscalationRecord.ruleBit(id);
      this.trigger = trigger;
      this.used = used;
      boolean esc = false;
      boolean c = false;
      boolean j = false;
      boolean o = false;
      boolean sv = false;
      for (EscalationAction a : rule.actions()) {
        esc |= isEscalation(a);
        c |= a instanceof EscalationAction.RaiseCall;
        j |= a instanceof EscalationAction.ConveneJointMeeting;
        o |= a instanceof EscalationAction.AssignCaseOwner;
        sv |= a instanceof EscalationAction.Supervise;
      }
      this.escalating = esc;
      this.call = c;
      this.joint = j;
      this.owner = o;
      this.supervise = sv;
      this.nodeFree = !esc && !c;
      this.cooldownMillis = rule.repeat().interval().map(d -> d.toMillis()).orElse(-1L);
      for (int v = 0; v < firings.length; v++) {
        boolean target = (v & 1) != 0;
        boolean parent = (v & 2) != 0;
        List<EscalationAction> applying = new ArrayList<>(rule.actions().size());
        boolean escalationAdded = false;
        for (EscalationAction a : rule.actions()) {
          if (isEscalation(a)) {
            if (target && !escalationAdded) {
              applying.add(a);
              escalationAdded = true;
              traceable[v] = true;
            }
          } else if (a instanceof EscalationAction.RaiseCall) {
            if (parent) {
              applying.add(a);
              traceable[v] = true;
            }
          } else {
            applying.add(a);
            traceable[v] |= !(a instanceof EscalationAction.NotifyRole || a instanceof EscalationAction.FlagRisk);
          }
        }
        firings[v] = new Firing(engine, index, id, rule.name(), engine.policy.id(), engine.policy.version(),
            ImmutableList.copyOf(applying));
      }
    }

    /** The bit of {@link #variant} for an escalation target found. */
    static final int TARGET = 1;
    /** The bit of {@link #variant} for a parent to call found. */
    static final int PARENT = 2;

    /** The index of the action variant for a firing. */
    static int variant(boolean targetFound, boolean parentFound) {
      return (targetFound ? TARGET : 0) | (parentFound ? PARENT : 0);
    }

    boolean repeatDue(long recordedMillis, long nowMillis) {
      return cooldownMillis >= 0 && nowMillis >= recordedMillis + cooldownMillis;
    }
  }

  /** {@code "EscalationEngine{hewei-three-level-response v1, 8 rules}"}. */
  @Override
  public String toString() {
    return "EscalationEngine{" + policy.id() + " v" + policy.version() + ", " + rules.length + " rules}";
  }
}
