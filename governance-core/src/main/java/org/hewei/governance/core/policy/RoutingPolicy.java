package org.hewei.governance.core.policy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.immutables.value.Value;

/**
 * 分流政策 — which level handles a matter: 小事不出村、大事不出镇、矛盾不上交 (条例 Art 15) as data.
 * Ordered {@link RoutingRule}s (the first that matches decides), a default level for the rest,
 * litigation/petition separation (诉访分离, 条例 Art 28, 31) by category, and the
 * {@link CollectiveProfile}. governance-rules evaluates it against the jurisdiction tree.
 *
 * <p>Category codes are plain identifiers (the petition matter taxonomy is open); the default
 * litigation categories name the legal procedures of 条例 Art 31: {@code litigation},
 * {@code arbitration}, {@code administrative-reconsideration}, {@code party-discipline-appeal},
 * {@code personnel-appeal}.
 *
 * <pre>{@code
 * RoutingPolicy p = RoutingPolicy.defaults();
 * p.describe();  // one line per rule, the default level, the diversion categories and the profile
 * RoutingPolicy zj = RoutingPolicy.builder().from(p).collectiveProfile(CollectiveProfile.zhejiang()).version(2).build();
 * }</pre>
 */
@Value.Immutable
public abstract class RoutingPolicy {
  private static final RoutingPolicy DEFAULTS =
      builder()
          .id(PolicyId.of("hewei-routing"))
          .version(1)
          .title("小事不出村、大事不出镇、矛盾不上交（中心店镇默认）")
          .addRules(
              RoutingRule.builder()
                  .id("multi-department")
                  .name("多部门事项：中心吹哨、部门报到")
                  .minDepartments(2)
                  .responsibleLevel(JurisdictionLevel.TOWNSHIP)
                  .jointMeeting(true)
                  .build(),
              RoutingRule.builder()
                  .id("collective")
                  .name("集体访：大事不出镇")
                  .minHeadcount(5)
                  .responsibleLevel(JurisdictionLevel.TOWNSHIP)
                  .build(),
              RoutingRule.builder()
                  .id("beyond-district")
                  .name("镇域及以上事项")
                  .addScopes(MatterScope.TOWNSHIP, MatterScope.BEYOND_TOWNSHIP)
                  .responsibleLevel(JurisdictionLevel.TOWNSHIP)
                  .build(),
              RoutingRule.builder()
                  .id("key-person")
                  .name("涉重点人员：管区与警务室")
                  .keyPersonInvolved(true)
                  .responsibleLevel(JurisdictionLevel.MANAGEMENT_DISTRICT)
                  .build(),
              RoutingRule.builder()
                  .id("cross-village")
                  .name("跨村事项：管区协调")
                  .addScopes(MatterScope.SEVERAL_VILLAGES)
                  .responsibleLevel(JurisdictionLevel.MANAGEMENT_DISTRICT)
                  .build())
          .defaultLevel(JurisdictionLevel.VILLAGE)
          .litigationDiversion(true)
          .addLitigationCategories(
              "litigation", "arbitration", "administrative-reconsideration", "party-discipline-appeal", "personnel-appeal")
          .collectiveProfile(CollectiveProfile.national())
          .build();

  RoutingPolicy() {}

  /** The policy's id. */
  public abstract PolicyId id();

  /** The version (≥ 1). */
  public abstract int version();

  /** A title (at most 200 characters). */
  public abstract String title();

  /** The rules in order; the first that matches decides (ids unique). */
  public abstract List<RoutingRule> rules();

  /** The level for matters no rule matches: 小事不出村 → {@link JurisdictionLevel#VILLAGE} by default. */
  @Value.Default
  public JurisdictionLevel defaultLevel() {
    return JurisdictionLevel.VILLAGE;
  }

  /** Whether litigation-type matters are diverted to their legal procedure (诉访分离); default true. */
  @Value.Default
  public boolean litigationDiversion() {
    return true;
  }

  /** The category codes of litigation-type matters that are diverted when {@link #litigationDiversion()}. */
  public abstract Set<String> litigationCategories();

  /** When a petition is collective and how many representatives it may have; default {@link CollectiveProfile#national()}. */
  @Value.Default
  public CollectiveProfile collectiveProfile() {
    return CollectiveProfile.national();
  }

  /**
   * The seed town's defaults (id {@code hewei-routing}, v1): several departments → town joint meeting;
   * 5 or more persons → town; township-wide scope → town; key persons → management district; several
   * villages → management district; everything else → village.
   */
  public static RoutingPolicy defaults() {
    return DEFAULTS;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoutingPolicy}; {@code build()} throws {@code InvalidValueException} for bad or missing values. */
  public static final class Builder extends ImmutableRoutingPolicy.Builder {
    Builder() {}
  }

  /** Whether {@code categoryCode} is diverted to a legal procedure (诉访分离) under this policy. */
  public boolean isDiverted(String categoryCode) {
    return litigationDiversion() && litigationCategories().contains(categoryCode);
  }

  @Value.Check
  void check() {
    Checks.atLeast("version", version(), 1);
    Checks.text("title", title(), Checks.MAX_LABEL);
    Set<String> ids = new HashSet<>();
    for (RoutingRule r : rules()) {
      Checks.check(ids.add(r.id()), "rules", r.id(), "rule ids must be unique within a policy");
    }
    litigationCategories().forEach(c -> Checks.id("litigationCategories", c));
  }

  /** The whole policy as text, one rule per line. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    s.append("Routing policy ").append(id()).append(" v").append(version()).append(" — ").append(title());
    rules().forEach(r -> s.append("\n  ").append(r.describe()));
    s.append("\n  otherwise → ").append(defaultLevel());
    s.append("\n  litigation diversion: ")
        .append(litigationDiversion() ? "on " + new TreeSet<>(litigationCategories()) : "off");
    s.append("\n  collective profile: ").append(collectiveProfile());
    return s.toString();
  }

  /** {@code "RoutingPolicy{hewei-routing v1, 5 rules}"}. */
  @Override
  public String toString() {
    return "RoutingPolicy{" + id() + " v" + version() + ", " + rules().size() + " rules}";
  }
}
