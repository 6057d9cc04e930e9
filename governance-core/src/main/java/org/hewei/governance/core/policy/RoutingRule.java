package org.hewei.governance.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.immutables.value.Value;

/**
 * 分流规则 — one rule of a {@link RoutingPolicy}: when a matter meets every condition that is set
 * (category, scope, headcount, key persons, several departments), it is handled at
 * {@link #responsibleLevel()}, through the joint meeting (联席会议) when {@link #jointMeeting()}.
 * Unset conditions match every matter.
 *
 * <pre>{@code
 * RoutingRule multi = RoutingRule.builder().id("RT1").name("多部门事项")
 *     .minDepartments(2).responsibleLevel(JurisdictionLevel.TOWNSHIP).jointMeeting(true).build();
 * multi.describe(); // "RT1 多部门事项: departments ≥ 2 → TOWNSHIP via joint meeting"
 * }</pre>
 */
@Value.Immutable
public abstract class RoutingRule {
  RoutingRule() {}

  /** The rule's id, unique within its policy. */
  public abstract String id();

  /** A short name (at most 200 characters). */
  public abstract String name();

  /** Matter category codes; empty matches every category. */
  public abstract Set<String> categories();

  /** Scopes; empty matches every scope. */
  public abstract Set<MatterScope> scopes();

  /** The smallest headcount that matches (≥ 1), if set. */
  public abstract Optional<Integer> minHeadcount();

  /** Whether a key person must be involved (true) or must not be (false), if set. */
  public abstract Optional<Boolean> keyPersonInvolved();

  /** The smallest number of units involved that matches (≥ 2), if set. */
  public abstract Optional<Integer> minDepartments();

  /** The level that handles a matching matter. */
  public abstract JurisdictionLevel responsibleLevel();

  /** Whether a matching matter goes to the joint meeting (中心吹哨、部门报到; 条例 Art 24); default false. */
  @Value.Default
  public boolean jointMeeting() {
    return false;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoutingRule}; {@code build()} throws {@code InvalidValueException} for bad or missing values. */
  public static final class Builder extends ImmutableRoutingRule.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.text("name", name(), Checks.MAX_LABEL);
    categories().forEach(c -> Checks.id("categories", c));
    minHeadcount().ifPresent(n -> Checks.atLeast("minHeadcount", n, 1));
    minDepartments().ifPresent(n -> Checks.atLeast("minDepartments", n, 2));
  }

  /** The rule as one line: {@code "RT1 name: conditions → LEVEL[ via joint meeting]"}. */
  public String describe() {
    List<String> conditions = new ArrayList<>();
    if (!categories().isEmpty()) {
      conditions.add("category in " + new TreeSet<>(categories()));
    }
    if (!scopes().isEmpty()) {
      conditions.add("scope in " + new TreeSet<>(scopes()));
    }
    minHeadcount().ifPresent(n -> conditions.add("headcount ≥ " + n));
    keyPersonInvolved().ifPresent(k -> conditions.add(k ? "key person involved" : "no key person"));
    minDepartments().ifPresent(n -> conditions.add("departments ≥ " + n));
    return id()
        + " "
        + name()
        + ": "
        + (conditions.isEmpty() ? "any matter" : String.join(" AND ", conditions))
        + " → "
        + responsibleLevel()
        + (jointMeeting() ? " via joint meeting" : "");
  }

  /** Same as {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }
}
