package org.hewei.governance.rules.escalation;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.petition.EscalationRecord;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.MediationResult;
import org.hewei.governance.core.petition.PetitionFlag;
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
 * 升级引擎 — an {@link EscalationPolicy} compiled once into a fast evaluator: triggers become small
 * predicate objects over a flat array of features read once per petition state; evaluating one state
 * or a batch of a million returns the {@link EscalationDecision}s to take now. Immutable and
 * thread-safe (each call has its own scratch array). See the package description for the semantics of
 * every trigger, idempotency and cool-down.
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

  private final EscalationPolicy policy;
  private final EscalationContext context;
  private final JurisdictionTree tree;
  private final Rule[] rules;
  private final CompiledTrigger.Layout layout;
  private final boolean[] used;
  private final PetitionFlag[] flagsUsed;

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
      rules[i] = new Rule(rule, CompiledTrigger.compile(rule.trigger(), layout), layout.ruleUsed);
    }
    this.used = layout.used.clone();
    List<PetitionFlag> flags = new ArrayList<>();
    for (PetitionFlag flag : PetitionFlag.values()) {
      if ((layout.flagMask & (1L << flag.ordinal())) != 0) {
        flags.add(flag);
      }
    }
    this.flagsUsed = flags.toArray(new PetitionFlag[0]);
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
   * @throws UnknownJurisdictionException if a rule fires and the state's handling jurisdiction is not
   *     in the tree, or is at another level there
   */
  public List<EscalationDecision> evaluate(PetitionState state, Instant now) {
    Checks.required("state", state);
    Batch batch = batch(Checks.required("now", now));
    List<EscalationDecision> out = new ArrayList<>(2);
    evaluateInto(state, batch, out);
    return Collections.unmodifiableList(out);
  }

  /**
   * The decisions for every open state of {@code states} at {@code now}, state by state in list order,
   * rule by rule in policy order. The batch path allocates nothing per state except the decisions it
   * returns: "today", the sensitive periods and the scratch features are computed once per call.
   *
   * <pre>{@code
   * engine.evaluate(List.of(s1, s2, s3), now).size(); // 0 when nothing is due
   * }</pre>
   *
   * @throws UnknownJurisdictionException if a rule fires for a state whose handling jurisdiction is not
   *     in the tree, or is at another level there
   */
  public List<EscalationDecision> evaluate(List<PetitionState> states, Instant now) {
    Checks.required("states", states);
    Batch batch = batch(Checks.required("now", now));
    List<EscalationDecision> out = new ArrayList<>();
    for (int i = 0, n = states.size(); i < n; i++) {
      evaluateInto(Checks.required("states", states.get(i)), batch, out);
    }
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
    Batch batch = batch(Checks.required("now", now));
    extract(state, batch);
    List<String> ids = new ArrayList<>();
    for (Rule r : rules) {
      if (r.trigger.test(batch.f, state, context)) {
        ids.add(r.id);
      }
    }
    return List.copyOf(ids);
  }

  // ---- the hot path -----------------------------------------------------------------------------

  private void evaluateInto(PetitionState s, Batch b, List<EscalationDecision> out) {
    if (!s.status().isOpen()) {
      return;
    }
    extract(s, b);
    boolean escalated = false;
    for (Rule r : rules) {
      if (r.trigger.test(b.f, s, context)) {
        EscalationDecision d = decide(r, s, b, escalated);
        if (d != null) {
          out.add(d);
          escalated |= d.escalatesTo().isPresent();
          if (LOG.isDebugEnabled()) {
            LOG.debug("escalation {} v{} {} {}: {}", policy.id(), policy.version(), d.petitionId(), r.id, d.explanation());
          }
        }
      }
    }
  }

  private void extract(PetitionState s, Batch b) {
    long[] f = b.f;
    if (used[CompiledTrigger.OVERDUE_MINUTES] || used[CompiledTrigger.DUE_IN_DAYS]) {
      LocalDate due = s.dueDate().orElse(null);
      if (due == null) {
        f[CompiledTrigger.OVERDUE_MINUTES] = NONE;
        f[CompiledTrigger.DUE_IN_DAYS] = NONE;
      } else {
        long day = due.toEpochDay();
        f[CompiledTrigger.DUE_IN_DAYS] = day - b.today;
        f[CompiledTrigger.OVERDUE_MINUTES] = (b.today - day - 1) * MINUTES_PER_DAY + b.minuteOfDay;
      }
    }
    if (used[CompiledTrigger.HEADCOUNT]) {
      f[CompiledTrigger.HEADCOUNT] = s.petition().headcount();
    }
    if (used[CompiledTrigger.REPEAT]) {
      f[CompiledTrigger.REPEAT] = s.repeatCount();
    }
    if (used[CompiledTrigger.FLAGS]) {
      Set<PetitionFlag> flags = s.flags();
      long mask = 0;
      for (PetitionFlag flag : flagsUsed) {
        if (flags.contains(flag)) {
          mask |= 1L << flag.ordinal();
        }
      }
      f[CompiledTrigger.FLAGS] = mask;
    }
    if (used[CompiledTrigger.STATUS]) {
      f[CompiledTrigger.STATUS] = 1L << s.status().ordinal();
    }
    if (used[CompiledTrigger.LEVEL]) {
      f[CompiledTrigger.LEVEL] = 1L << s.handlingLevel().ordinal();
    }
    if (used[CompiledTrigger.MEDIATION_FAILED]) {
      MediationResult r = s.mediationResult().orElse(null);
      f[CompiledTrigger.MEDIATION_FAILED] = r == MediationResult.FAILED || r == MediationResult.REFUSED ? 1 : 0;
    }
    if (used[CompiledTrigger.DEPARTMENTS]) {
      f[CompiledTrigger.DEPARTMENTS] = context.departments(s);
    }
    if (used[CompiledTrigger.KEY_PERSON]) {
      f[CompiledTrigger.KEY_PERSON] = s.flags().contains(PetitionFlag.KEY_PERSON_INVOLVED) ? 1 : 0;
    }
  }

  // ---- the slow path: a trigger holds -----------------------------------------------------------

  private @Nullable EscalationDecision decide(Rule r, PetitionState s, Batch b, boolean escalatedAlready) {
    long recorded = NONE;
    if (r.escalating) {
      recorded = lastEscalationMillis(s, r.id);
      if (recorded != NONE && !r.repeatDue(recorded, b.nowMillis)) {
        return null;
      }
    }
    Jurisdiction node = handlingNode(s);
    Jurisdiction target = r.escalating ? escalationTarget(r.rule, node) : null;
    if (target != null && escalatedAlready) {
      return null; // one escalation per petition per evaluation; this rule sees the new level next time
    }
    Jurisdiction parent = r.call ? tree.parent(node.id()).orElse(null) : null;
    int variant = Rule.variant(target != null, parent != null);
    if (!r.traceable[variant]) {
      return null; // notify and flag-risk actions are not issued alone
    }
    List<EscalationAction> actions = r.actions.get(variant);
    if (target == null) {
      if (effectsRecorded(r, s, parent != null)) {
        recorded = Math.max(recorded, s.updatedAt().toEpochMilli()); // the later of escalation and effects
      }
      if (recorded != NONE && !r.repeatDue(recorded, b.nowMillis)) {
        return null;
      }
    }
    Instant now = b.now;
    // The generated constructor, not the builder: the hot path allocates the decision and nothing else
    // (the action list is shared per rule and variant; the explanation is written on first use).
    return ImmutableEscalationDecision.of(
        s.id(),
        r.id,
        r.rule.name(),
        policy.id(),
        policy.version(),
        now,
        s.handling(),
        actions,
        target == null ? Optional.empty() : Optional.of(HandlingPlace.of(target.id(), target.level())),
        parent == null ? Optional.empty() : Optional.of(parent.level()),
        () -> explain(r, s, now, actions, target, parent));
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

  private static boolean effectsRecorded(Rule r, PetitionState s, boolean callApplies) {
    boolean any = false;
    if (r.call && callApplies) {
      if (s.callsRaised() == 0) {
        return false;
      }
      any = true;
    }
    if (r.joint) {
      if (s.jointMeetingConvenedAt().isEmpty()) {
        return false;
      }
      any = true;
    }
    if (r.owner) {
      if (s.caseOwnershipLeader().isEmpty()) {
        return false;
      }
      any = true;
    }
    if (r.supervise) {
      if (s.supervisionCount() == 0) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static long lastEscalationMillis(PetitionState s, String ruleId) {
    List<EscalationRecord> records = s.escalations();
    for (int i = records.size() - 1; i >= 0; i--) {
      EscalationRecord record = records.get(i);
      if (ruleId.equals(record.ruleId().orElse(null))) {
        return record.at().toEpochMilli();
      }
    }
    return NONE;
  }

  private Jurisdiction handlingNode(PetitionState s) {
    JurisdictionId id = s.handling().jurisdiction();
    Optional<Jurisdiction> node = tree.find(id);
    if (node.isEmpty()) {
      throw new UnknownJurisdictionException(
          "handling", id, "petition " + s.id() + " is handled at a jurisdiction that is not in the tree (root "
              + tree.root().id() + ")");
    }
    if (node.get().level() != s.handlingLevel()) {
      throw new UnknownJurisdictionException(
          "handling", id, "petition " + s.id() + " says level " + s.handlingLevel() + " but the tree has "
              + node.get().level());
    }
    return node.get();
  }

  private String explain(
      Rule r,
      PetitionState s,
      Instant now,
      List<EscalationAction> actions,
      @Nullable Jurisdiction target,
      @Nullable Jurisdiction parent) {
    Batch b = batch(now);
    extract(s, b);
    long[] f = b.f;
    boolean[] u = r.used;
    List<String> facts = new ArrayList<>();
    long overdue = f[CompiledTrigger.OVERDUE_MINUTES];
    if (u[CompiledTrigger.OVERDUE_MINUTES] && overdue != NONE) {
      facts.add(overdue >= 0 ? "overdue by " + duration(overdue) : "not overdue");
    }
    long dueIn = f[CompiledTrigger.DUE_IN_DAYS];
    if (u[CompiledTrigger.DUE_IN_DAYS] && dueIn != NONE) {
      facts.add(dueIn < 0 ? "due date passed" : dueIn == 0 ? "due today" : "due in " + plural(dueIn, "day"));
    }
    if (u[CompiledTrigger.HEADCOUNT]) {
      facts.add("headcount " + s.petition().headcount());
    }
    if (u[CompiledTrigger.REPEAT]) {
      facts.add("repeat count " + s.repeatCount());
    }
    if (u[CompiledTrigger.DEPARTMENTS]) {
      facts.add(plural(f[CompiledTrigger.DEPARTMENTS], "department"));
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
    for (EscalationAction a : actions) {
      e.append(sep);
      sep = "; ";
      if (isEscalation(a) && target != null) {
        e.append("escalate to ").append(target.level()).append(' ').append(target.id().value());
      } else if (a instanceof EscalationAction.RaiseCall && parent != null) {
        e.append("raise a call to ").append(parent.level());
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

  private Batch batch(Instant now) {
    ZonedDateTime local = now.atZone(context.zone());
    LocalDate today = local.toLocalDate();
    long[] f = new long[layout.size()];
    for (int k = 0; k < layout.periodAtoms.size(); k++) {
      Set<String> codes = layout.periodAtoms.get(k);
      boolean active = false;
      for (SensitivePeriod p : policy.sensitivePeriods()) {
        active |= (codes.isEmpty() || codes.contains(p.code())) && p.contains(today);
      }
      f[CompiledTrigger.FIRST_PERIOD + k] = active ? 1 : 0;
    }
    return new Batch(now, today.toEpochDay(), local.getHour() * 60L + local.getMinute(), f);
  }

  /** What one evaluation call computes once: now, today, the minute of the day, the scratch features. */
  private static final class Batch {
    final Instant now;
    final long nowMillis;
    final long today;
    final long minuteOfDay;
    final long[] f;

    Batch(Instant now, long today, long minuteOfDay, long[] f) {
      this.now = now;
      this.nowMillis = now.toEpochMilli();
      this.today = today;
      this.minuteOfDay = minuteOfDay;
      this.f = f;
    }
  }

  /** A compiled rule. */
  private static final class Rule {
    final EscalationRule rule;
    final String id;
    final CompiledTrigger trigger;
    final boolean[] used;
    final boolean escalating;
    final boolean call;
    final boolean joint;
    final boolean owner;
    final boolean supervise;
    /** The cool-down in milliseconds; -1 when the rule fires once. */
    final long cooldownMillis;
    /** The actions that apply, by {@link #variant}: an escalation target found, a parent to call. */
    final List<List<EscalationAction>> actions;
    /** Whether those actions include one a state records (not only notify and flag-risk), by variant. */
    final boolean[] traceable = new boolean[4];

    Rule(EscalationRule rule, CompiledTrigger trigger, boolean[] used) {
      this.rule = rule;
      this.id = rule.id();
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
      this.cooldownMillis = rule.repeat().interval().map(d -> d.toMillis()).orElse(-1L);
      List<List<EscalationAction>> variants = new ArrayList<>(4);
      for (int v = 0; v < 4; v++) {
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
        variants.add(ImmutableList.copyOf(applying));
      }
      this.actions = List.copyOf(variants);
    }

    /** The index of the action variant for a firing. */
    static int variant(boolean targetFound, boolean parentFound) {
      return (targetFound ? 1 : 0) | (parentFound ? 2 : 0);
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
