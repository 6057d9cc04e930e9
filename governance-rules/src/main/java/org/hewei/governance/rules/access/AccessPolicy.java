package org.hewei.governance.rules.access;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.keyperson.Sensitivity;
import org.hewei.governance.core.organization.Role;
import org.immutables.value.Value;

/**
 * 访问策略 — which roles see which records in full; everything else follows from the rules of {@link
 * AccessControl} (jurisdiction, accused party, recusal, special protection).
 *
 * <p>The defaults ({@link #defaults()}) are local practice, not law, except where an article is named:
 *
 * <table>
 *   <caption>default access policy</caption>
 *   <tr><th>record</th><th>roles that see it in full (besides assigned officials)</th></tr>
 *   <tr><td>petition</td><td>PETITION_OFFICER, SECTION_LEVEL_CADRE, HEAD_OF_BODY, GOVERNANCE_CENTRE_OFFICER</td></tr>
 *   <tr><td>mediation case</td><td>MEDIATOR, JUDICIAL_OFFICER, GOVERNANCE_CENTRE_OFFICER</td></tr>
 *   <tr><td>person</td><td>POLICE_OFFICER, GRID_WORKER, GOVERNANCE_CENTRE_OFFICER, CIVIL_AFFAIRS_OFFICER</td></tr>
 *   <tr><td>key-person record, ORDINARY (places)</td><td>every role</td></tr>
 *   <tr><td>key-person record, SENSITIVE</td><td>POLICE_OFFICER, GRID_WORKER, GOVERNANCE_CENTRE_OFFICER
 *       + the category's responsible role (个人信息保护法 Art 28)</td></tr>
 *   <tr><td>key-person record, SPECIALLY_PROTECTED</td><td>only the category's responsible role
 *       (MENTAL_HEALTH_WORKER, COMMUNITY_CORRECTION_OFFICER); not POLICE_OFFICER — Art 28 ¶2 requires
 *       a specific purpose and sufficient necessity; add it per category with {@link
 *       #withCategoryRoles} where a locality has one</td></tr>
 * </table>
 *
 * <p>The category's responsible role (from the {@code KeyPersonCatalogue}) always sees its category;
 * {@link #categoryRoles()} adds roles for single categories by code.
 *
 * <pre>{@code
 * AccessPolicy policy = AccessPolicy.defaults()
 *     .withCategoryRoles("severe-mental-disorder", Set.of(Role.POLICE_OFFICER)) // local, documented purpose
 *     .withPersonRoles(EnumSet.of(Role.POLICE_OFFICER, Role.GRID_WORKER));
 * policy.keyPersonRoles(Sensitivity.SENSITIVE); // [POLICE_OFFICER, GRID_WORKER, GOVERNANCE_CENTRE_OFFICER]
 * }</pre>
 */
@Value.Immutable(copy = false)
public abstract class AccessPolicy {
  AccessPolicy() {}

  /** The defaults in the table on the class. */
  public static AccessPolicy defaults() {
    return ImmutableAccessPolicy.builder()
          .petitionRoles(EnumSet.of(Role.PETITION_OFFICER, Role.SECTION_LEVEL_CADRE, Role.HEAD_OF_BODY,
              Role.GOVERNANCE_CENTRE_OFFICER))
          .mediationRoles(EnumSet.of(Role.MEDIATOR, Role.JUDICIAL_OFFICER, Role.GOVERNANCE_CENTRE_OFFICER))
          .personRoles(EnumSet.of(Role.POLICE_OFFICER, Role.GRID_WORKER, Role.GOVERNANCE_CENTRE_OFFICER,
              Role.CIVIL_AFFAIRS_OFFICER))
          .putSensitivityRoles(Sensitivity.ORDINARY, EnumSet.allOf(Role.class))
          .putSensitivityRoles(Sensitivity.SENSITIVE,
              EnumSet.of(Role.POLICE_OFFICER, Role.GRID_WORKER, Role.GOVERNANCE_CENTRE_OFFICER))
          .putSensitivityRoles(Sensitivity.SPECIALLY_PROTECTED, EnumSet.noneOf(Role.class))
          .build();
  }

  /** Roles that see petitions of their jurisdiction in full. */
  public abstract Set<Role> petitionRoles();

  /** Roles that see mediation cases of their jurisdiction in full. */
  public abstract Set<Role> mediationRoles();

  /** Roles that see persons (name, ID number, phone, address) of their jurisdiction in full. */
  public abstract Set<Role> personRoles();

  /**
   * Roles that see key-person records of each sensitivity class in full (a class missing from the
   * map: no role by class; the category's responsible role still sees its category).
   */
  public abstract Map<Sensitivity, Set<Role>> sensitivityRoles();

  /** Further roles that see one category in full, by category code; may be empty. */
  public abstract Map<String, Set<Role>> categoryRoles();

  /** The roles that see key-person records of {@code sensitivity} in full by class. */
  public final Set<Role> keyPersonRoles(Sensitivity sensitivity) {
    return sensitivityRoles().getOrDefault(Checks.required("sensitivity", sensitivity), Set.of());
  }

  /** The roles added for the category with {@code code}. */
  public final Set<Role> rolesForCategory(String code) {
    return categoryRoles().getOrDefault(Checks.required("code", code), Set.of());
  }

  /** A copy in which {@code roles} (replacing the old set) see petitions in full. */
  public final AccessPolicy withPetitionRoles(Set<Role> roles) {
    return ImmutableAccessPolicy.builder().from(this).petitionRoles(Checks.required("roles", roles)).build();
  }

  /** A copy in which {@code roles} (replacing the old set) see mediation cases in full. */
  public final AccessPolicy withMediationRoles(Set<Role> roles) {
    return ImmutableAccessPolicy.builder().from(this).mediationRoles(Checks.required("roles", roles)).build();
  }

  /** A copy in which {@code roles} (replacing the old set) see persons in full. */
  public final AccessPolicy withPersonRoles(Set<Role> roles) {
    return ImmutableAccessPolicy.builder().from(this).personRoles(Checks.required("roles", roles)).build();
  }

  /** A copy in which {@code sensitivity} is seen in full by {@code roles} (replacing the old set). */
  public final AccessPolicy withSensitivityRoles(Sensitivity sensitivity, Set<Role> roles) {
    Map<Sensitivity, Set<Role>> copy = new EnumMap<>(Sensitivity.class);
    copy.putAll(sensitivityRoles());
    copy.put(Checks.required("sensitivity", sensitivity), Set.copyOf(Checks.required("roles", roles)));
    return ImmutableAccessPolicy.builder().from(this).sensitivityRoles(copy).build();
  }

  /**
   * A copy in which the category with {@code code} is also seen in full by {@code roles} (replacing
   * the roles added for it before; an empty set removes the addition).
   */
  public final AccessPolicy withCategoryRoles(String code, Set<Role> roles) {
    Map<String, Set<Role>> copy = new LinkedHashMap<>(categoryRoles());
    String checked = Checks.id("code", code);
    if (Checks.required("roles", roles).isEmpty()) {
      copy.remove(checked);
    } else {
      copy.put(checked, Set.copyOf(roles));
    }
    return ImmutableAccessPolicy.builder().from(this).categoryRoles(copy).build();
  }

  /** Checks the category codes and makes the nested role sets immutable. */
  @Value.Check
  @SuppressWarnings("ReferenceEquality") // Set.copyOf returns an already immutable set itself
  AccessPolicy normalize() {
    categoryRoles().keySet().forEach(code -> Checks.id("categoryRoles", code));
    sensitivityRoles().values().forEach(roles -> roles.forEach(role -> Checks.required("sensitivityRoles role", role)));
    categoryRoles().values().forEach(roles -> roles.forEach(role -> Checks.required("categoryRoles role", role)));
    boolean immutable =
        sensitivityRoles().values().stream().allMatch(roles -> Set.copyOf(roles) == roles)
            && categoryRoles().values().stream().allMatch(roles -> Set.copyOf(roles) == roles);
    if (immutable) {
      return this;
    }
    Map<Sensitivity, Set<Role>> bySensitivity = new EnumMap<>(Sensitivity.class);
    sensitivityRoles().forEach((k, v) -> bySensitivity.put(k, Set.copyOf(v)));
    Map<String, Set<Role>> byCategory = new LinkedHashMap<>();
    categoryRoles().forEach((k, v) -> byCategory.put(k, Set.copyOf(v)));
    return ImmutableAccessPolicy.builder()
        .from(this)
        .sensitivityRoles(bySensitivity)
        .categoryRoles(byCategory)
        .build();
  }

  /** Builds a policy from scratch; start from {@link #defaults()} and its {@code with…} methods instead. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccessPolicy}; unset role sets are empty. */
  public static final class Builder extends ImmutableAccessPolicy.Builder {
    Builder() {}
  }
}
