package org.hewei.governance.core.policy;

import java.util.List;
import java.util.stream.Collectors;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 升级规则 — one rule of an {@link EscalationPolicy}: when its {@link Trigger} holds, take its
 * {@link EscalationAction}s, once or again after each cool-down ({@link RepeatPolicy}).
 *
 * <pre>{@code
 * EscalationRule r1 = EscalationRule.builder()
 *     .id("R1").name("村级超期上提")
 *     .trigger(Trigger.overdueBy(3).and(Trigger.levelIs(JurisdictionLevel.VILLAGE)))
 *     .addActions(EscalationAction.escalateOneLevelUp())
 *     .build();
 * r1.describe(); // "R1 村级超期上提: overdue by ≥ 3 days AND level = VILLAGE → escalate one level up"
 * }</pre>
 */
@Value.Immutable
public abstract class EscalationRule {
  EscalationRule() {}

  /** The rule's id, unique within its policy (an identifier, e.g. {@code "R1"}). */
  public abstract String id();

  /** A short name (at most 200 characters). */
  public abstract String name();

  /** When the rule fires. */
  public abstract Trigger trigger();

  /** What it does, in order (at least one). */
  public abstract List<EscalationAction> actions();

  /** Whether it fires once per matter or again after a cool-down; default {@link RepeatPolicy#once()}. */
  @Value.Default
  public RepeatPolicy repeat() {
    return RepeatPolicy.once();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationRule}; {@code build()} throws {@code InvalidValueException} for bad or missing values. */
  public static final class Builder extends ImmutableEscalationRule.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.text("name", name(), Checks.MAX_LABEL);
    Checks.notEmpty("actions", actions());
  }

  /**
   * The rule as one line: {@code "R1 name: trigger → action; action"}, followed by {@code " (repeat
   * every 3 days)"} when it repeats.
   */
  public String describe() {
    return id()
        + " "
        + name()
        + ": "
        + trigger()
        + " → "
        + actions().stream().map(Object::toString).collect(Collectors.joining("; "))
        + (repeat().isOnce() ? "" : " (repeat " + repeat() + ")");
  }

  /** Same as {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }
}
