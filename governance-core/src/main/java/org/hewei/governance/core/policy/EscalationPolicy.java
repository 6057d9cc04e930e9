package org.hewei.governance.core.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 升级响应政策 — an ordered list of {@link EscalationRule}s with an id and a version, plus the
 * sensitive periods (重要时段) its triggers refer to. Data only: governance-rules compiles it into an
 * evaluator, and every decision names the policy id, version and rule.
 *
 * <p>Two policies are equal when all their parts are; {@link #diff(EscalationPolicy)} lists what
 * changed between versions; {@link #describe()} prints the whole policy, one rule per line.
 *
 * <pre>{@code
 * EscalationPolicy p = EscalationPolicy.builder()
 *     .id(PolicyId.of("zxd-escalation")).version(1).title("三级响应")
 *     .addRules(EscalationRule.builder().id("R1").name("村级超期")
 *         .trigger(Trigger.overdueBy(3).and(Trigger.levelIs(JurisdictionLevel.VILLAGE)))
 *         .addActions(EscalationAction.escalateOneLevelUp()).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class EscalationPolicy {
  EscalationPolicy() {}

  /** The policy's id. */
  public abstract PolicyId id();

  /** The version (≥ 1); a changed policy gets a higher version under the same id. */
  public abstract int version();

  /** A title (at most 200 characters). */
  public abstract String title();

  /** The declared sensitive periods (codes unique); {@link Trigger#inSensitivePeriod(String...)} refers to them. */
  public abstract List<SensitivePeriod> sensitivePeriods();

  /** The rules in evaluation order (at least one; ids unique). */
  public abstract List<EscalationRule> rules();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationPolicy}; {@code build()} throws {@code InvalidValueException} for bad or missing values. */
  public static final class Builder extends ImmutableEscalationPolicy.Builder {
    Builder() {}
  }

  /** This policy with another version number. */
  public EscalationPolicy withVersion(int version) {
    return builder().from(this).version(version).build();
  }

  /** The rule with {@code ruleId}, if any. */
  public Optional<EscalationRule> rule(String ruleId) {
    return rules().stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.atLeast("version", version(), 1);
    Checks.text("title", title(), Checks.MAX_LABEL);
    Checks.notEmpty("rules", rules());
    Set<String> ids = new HashSet<>();
    for (EscalationRule r : rules()) {
      Checks.check(ids.add(r.id()), "rules", r.id(), "rule ids must be unique within a policy");
    }
    Set<String> periods = new HashSet<>();
    for (SensitivePeriod p : sensitivePeriods()) {
      Checks.check(periods.add(p.code()), "sensitivePeriods", p.code(), "period codes must be unique");
    }
    for (EscalationRule r : rules()) {
      checkPeriods(r, r.trigger(), periods);
    }
  }

  private static void checkPeriods(EscalationRule rule, Trigger t, Set<String> declared) {
    if (t instanceof Trigger.InSensitivePeriod) {
      Set<String> codes = ((Trigger.InSensitivePeriod) t).periodCodes();
      if (declared.isEmpty()) {
        throw new InvalidValueException(
            "sensitivePeriods", "[]", "rule " + rule.id() + " refers to sensitive periods but the policy declares none");
      }
      for (String code : codes) {
        Checks.check(declared.contains(code), "rules", rule.id(), "refers to undeclared sensitive period " + code);
      }
    } else if (t instanceof Trigger.And) {
      ((Trigger.And) t).operands().forEach(o -> checkPeriods(rule, o, declared));
    } else if (t instanceof Trigger.Or) {
      ((Trigger.Or) t).operands().forEach(o -> checkPeriods(rule, o, declared));
    } else if (t instanceof Trigger.Not) {
      checkPeriods(rule, ((Trigger.Not) t).operand(), declared);
    }
  }

  /**
   * What changed from {@code older} to this policy (ids and versions are not compared).
   *
   * <pre>{@code
   * v2.diff(v1).added(); // rule ids in v2 but not in v1
   * }</pre>
   */
  public EscalationPolicyDiff diff(EscalationPolicy older) {
    Map<String, EscalationRule> before = byId(older.rules());
    Map<String, EscalationRule> after = byId(rules());
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> commonAfter = new ArrayList<>();
    for (EscalationRule r : rules()) {
      EscalationRule old = before.get(r.id());
      if (old == null) {
        added.add(r.id());
      } else {
        commonAfter.add(r.id());
        if (!old.equals(r)) {
          changed.add(r.id());
        }
      }
    }
    List<String> removed = new ArrayList<>();
    List<String> commonBefore = new ArrayList<>();
    for (EscalationRule r : older.rules()) {
      if (after.containsKey(r.id())) {
        commonBefore.add(r.id());
      } else {
        removed.add(r.id());
      }
    }
    return EscalationPolicyDiff.of(
        added,
        removed,
        changed,
        !commonBefore.equals(commonAfter),
        !title().equals(older.title()),
        !sensitivePeriods().equals(older.sensitivePeriods()));
  }

  private static Map<String, EscalationRule> byId(List<EscalationRule> rules) {
    Map<String, EscalationRule> map = new LinkedHashMap<>();
    rules.forEach(r -> map.put(r.id(), r));
    return map;
  }

  /**
   * The whole policy as text: a header line, one line per sensitive period, one line per rule.
   *
   * <pre>{@code
   * Escalation policy zxd-escalation v1 — 三级响应
   *   R1 村级超期: overdue by ≥ 3 days AND level = VILLAGE → escalate one level up
   * }</pre>
   */
  public String describe() {
    StringBuilder s = new StringBuilder();
    s.append("Escalation policy ").append(id()).append(" v").append(version()).append(" — ").append(title());
    for (SensitivePeriod p : sensitivePeriods()) {
      s.append("\n  period ").append(p);
    }
    for (EscalationRule r : rules()) {
      s.append("\n  ").append(r.describe());
    }
    return s.toString();
  }

  /** {@code "EscalationPolicy{zxd-escalation v1, 6 rules}"}; see {@link #describe()} for the full text. */
  @Override
  public String toString() {
    return "EscalationPolicy{" + id() + " v" + version() + ", " + rules().size() + " rules}";
  }
}
