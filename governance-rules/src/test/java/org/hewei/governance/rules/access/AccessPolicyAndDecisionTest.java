package org.hewei.governance.rules.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.keyperson.Sensitivity;
import org.hewei.governance.core.organization.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The policy's role tables stay whole and immutable through its copies; decisions compare by level, reason and view. */
class AccessPolicyAndDecisionTest {
  @Test
  @DisplayName("the default sensitivity table: sensitive records for police, grid workers and the centre; specially protected for nobody")
  void defaultSensitivityTable() {
    AccessPolicy p = AccessPolicy.defaults();
    assertThat(p.keyPersonRoles(Sensitivity.SENSITIVE))
        .containsExactlyInAnyOrder(Role.POLICE_OFFICER, Role.GRID_WORKER, Role.GOVERNANCE_CENTRE_OFFICER);
    assertThat(p.keyPersonRoles(Sensitivity.ORDINARY)).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Role.class));
    assertThat(p.keyPersonRoles(Sensitivity.SPECIALLY_PROTECTED)).isEmpty();
  }

  @Test
  @DisplayName("the role sets inside a policy cannot be changed, even when it was built from mutable sets")
  void nestedSetsAreImmutable() {
    AccessPolicy p = AccessPolicy.defaults();
    assertThatThrownBy(() -> p.keyPersonRoles(Sensitivity.SENSITIVE).add(Role.MEDIATOR))
        .isInstanceOf(UnsupportedOperationException.class);
    Set<Role> mutable = EnumSet.of(Role.MEDIATOR);
    AccessPolicy q = AccessPolicy.builder().from(p).putCategoryRoles("drug-related", mutable).build();
    mutable.add(Role.HEAD_OF_BODY);
    assertThat(q.rolesForCategory("drug-related")).containsExactly(Role.MEDIATOR);
    assertThatThrownBy(() -> q.rolesForCategory("drug-related").add(Role.JUDICIAL_OFFICER))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("replacing one sensitivity's roles keeps the others")
  void withSensitivityRolesKeepsTheRest() {
    AccessPolicy p = AccessPolicy.defaults().withSensitivityRoles(Sensitivity.SPECIALLY_PROTECTED, Set.of(Role.POLICE_OFFICER));
    assertThat(p.keyPersonRoles(Sensitivity.SPECIALLY_PROTECTED)).containsExactly(Role.POLICE_OFFICER);
    assertThat(p.keyPersonRoles(Sensitivity.SENSITIVE)).contains(Role.GRID_WORKER);
    assertThat(p.keyPersonRoles(Sensitivity.ORDINARY)).contains(Role.MEDIATOR);
  }

  @Test
  @DisplayName("a category code that is no identifier is refused, however the policy is built")
  void categoryCodesAreChecked() {
    assertThatThrownBy(() -> AccessPolicy.builder().from(AccessPolicy.defaults()).putCategoryRoles("no code!", Set.of(Role.MEDIATOR))
        .build()).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("categoryRoles");
  }

  @Test
  @DisplayName("a decision is visible unless NONE; equal decisions have equal hash codes")
  void decisions() {
    AccessDecision<String> none = AccessDecision.none(AccessReason.RECUSED);
    AccessDecision<String> full = AccessDecision.full(AccessReason.ROLE_ENTITLED, "v");
    AccessDecision<String> redacted = AccessDecision.redacted(AccessReason.ROLE_NOT_ENTITLED, "v");
    assertThat(none.isVisible()).isFalse();
    assertThat(full.isVisible()).isTrue();
    assertThat(redacted.isVisible()).isTrue();
    assertThat(full).isEqualTo(AccessDecision.full(AccessReason.ROLE_ENTITLED, "v"))
        .hasSameHashCodeAs(AccessDecision.full(AccessReason.ROLE_ENTITLED, "v"));
    assertThat(full.hashCode()).isNotEqualTo(redacted.hashCode()).isNotEqualTo(none.hashCode());
    assertThat(full).isNotEqualTo(AccessDecision.full(AccessReason.ROLE_ENTITLED, "w"))
        .isNotEqualTo(AccessDecision.full(AccessReason.ASSIGNED, "v"));
  }

  @Test
  @DisplayName("a person living at the tree's root is seen by an entitled official of the root; the view prints id and residence only")
  void personAtTheRoot() {
    Viewer countyPolice = AccessFixtures.viewer("OFF-C", AccessFixtures.COUNTY, Role.POLICE_OFFICER);
    AccessDecision<PersonView> d = AccessFixtures.CONTROL.person(countyPolice, AccessFixtures.person(AccessFixtures.COUNTY));
    assertThat(d.level()).isEqualTo(AccessLevel.FULL);
    assertThat(d.reason()).isEqualTo(AccessReason.ROLE_ENTITLED);
    String shown = d.view().orElseThrow().toString();
    assertThat(shown).startsWith("PersonView{id=").endsWith(", residence=ZC}").doesNotContain(AccessFixtures.NAME);
  }
}
