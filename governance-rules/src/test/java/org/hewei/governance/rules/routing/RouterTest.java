package org.hewei.governance.rules.routing;

import org.hewei.governance.core.jurisdiction.UnknownJurisdictionException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hewei.governance.rules.routing.SeedTown.*;

import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.petition.LegalProcedure;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.AccusedParty;
import org.hewei.governance.core.policy.DeadlinePolicy;
import org.hewei.governance.core.policy.MatterScope;
import org.hewei.governance.core.policy.RoutingPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RouterTest {
  private final Router router = Router.of(RoutingPolicy.defaults(), DeadlinePolicy.defaults(), TREE);

  @Test
  @DisplayName("小事不出村: a one-person village matter stays in the village where it arose (条例 Art 15)")
  void villageMatterStaysInTheVillage() {
    Petition p = petition("ZXD-1").category(MatterCategory.NEIGHBOURHOOD).build();
    RoutingDecision d = router.route(p, MatterScope.VILLAGE);
    assertThat(d.responsible()).isEqualTo(at(VILLAGE_1));
    assertThat(d.responsibleLevel()).isEqualTo(JurisdictionLevel.VILLAGE);
    assertThat(d.ruleId()).isEmpty();
    assertThat(d.jointMeeting()).isFalse();
    assertThat(d.isDiverted()).isFalse();
    assertThat(d.departmentLimit()).isEmpty();
    assertThat(d.policyId()).isEqualTo(RoutingPolicy.defaults().id());
    assertThat(d.policyVersion()).isEqualTo(1);
    assertThat(d.explanation()).contains("default").contains("Art 15").contains("VILLAGE:370883103201");
  }

  @Test
  @DisplayName("大事不出镇: a 6-person collective petition goes to the town (seed; collective profile 5 persons, 条例 Art 20)")
  void sixPersonCollectiveGoesToTheTown() {
    RoutingDecision d = router.route(collective("ZXD-2", 6), MatterScope.VILLAGE);
    assertThat(d.responsible()).isEqualTo(at(TOWN));
    assertThat(d.ruleId()).contains("collective");
    assertThat(d.explanation()).startsWith("collective: headcount 6 → TOWNSHIP:370883103000");
  }

  @Test
  @DisplayName("4 persons are not collective: the matter stays in the village")
  void fourPersonsStayInTheVillage() {
    RoutingDecision d = router.route(collective("ZXD-3", 4), MatterScope.VILLAGE);
    assertThat(d.responsible()).isEqualTo(at(VILLAGE_1));
  }

  @Test
  @DisplayName("中心吹哨、部门报到: a multi-department matter goes to the town joint meeting with the 15-day departmental limit (seed)")
  void multiDepartmentMatterGoesToTheJointMeeting() {
    Petition p = petition("ZXD-4").addFlags(PetitionFlag.SEVERAL_DEPARTMENTS).build();
    RoutingDecision d = router.route(p, MatterScope.VILLAGE);
    assertThat(d.jointMeeting()).isTrue();
    assertThat(d.responsible()).isEqualTo(at(TOWN));
    assertThat(d.ruleId()).contains("multi-department");
    assertThat(d.departmentLimit()).hasValueSatisfying(l -> {
      assertThat(l.length()).isEqualTo(15);
      assertThat(l.key()).isEqualTo(DeadlinePolicy.DEPARTMENT_LIMIT);
      assertThat(l.statutory()).isFalse();
    });
    assertThat(d.explanation()).contains("joint meeting").contains("15");
  }

  @Test
  @DisplayName("the departmental limit follows the deadline policy (local practice, configurable)")
  void departmentalLimitIsConfigurable() {
    DeadlinePolicy local = DeadlinePolicy.defaults()
        .withPeriod(DeadlinePolicy.defaults().period(DeadlinePolicy.DEPARTMENT_LIMIT).withLength(10)).withVersion(2);
    RoutingDecision d = Router.of(RoutingPolicy.defaults(), local, TREE).route(petition("ZXD-5").build(), MatterScope.VILLAGE, 3);
    assertThat(d.jointMeeting()).isTrue();
    assertThat(d.departmentLimit().orElseThrow().length()).isEqualTo(10);
    assertThat(d.explanation()).contains("3 departments");
  }

  @Test
  @DisplayName("a joint-meeting rule needs the departmental limit in the deadline policy")
  void jointMeetingNeedsTheDepartmentalLimit() {
    DeadlinePolicy none = DeadlinePolicy.builder().id(DeadlinePolicy.defaults().id()).version(1).title("empty").build();
    assertThatThrownBy(() -> Router.of(RoutingPolicy.defaults(), none, TREE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(DeadlinePolicy.DEPARTMENT_LIMIT);
    RoutingPolicy noJoint = RoutingPolicy.builder().from(RoutingPolicy.defaults()).rules(RoutingPolicy.defaults().rules().subList(1, 5)).build();
    assertThat(Router.of(noJoint, none, TREE).route(petition("ZXD-6").build(), MatterScope.VILLAGE).responsible())
        .isEqualTo(at(VILLAGE_1));
  }

  @Test
  @DisplayName("诉访分离: a litigation-type grievance is diverted to its legal procedure (条例 Art 31)")
  void litigationTypeMatterIsDiverted() {
    Petition p = petition("ZXD-7").category(MatterCategory.of("arbitration", "劳动仲裁")).build();
    RoutingDecision d = router.route(p, MatterScope.VILLAGE);
    assertThat(d.divertedTo()).contains(LegalProcedure.ARBITRATION);
    assertThat(d.isDiverted()).isTrue();
    assertThat(d.jointMeeting()).isFalse();
    assertThat(d.explanation()).contains("诉访分离").contains("Art 31(2)");
  }

  @Test
  @DisplayName("诉访分离: the LITIGATION_RELATED flag diverts a grievance to the judicial procedure (条例 Art 31(1))")
  void litigationFlagDiverts() {
    Petition p = petition("ZXD-8").category(MatterCategory.LAW_RELATED).addFlags(PetitionFlag.LITIGATION_RELATED).build();
    RoutingDecision d = router.route(p, MatterScope.VILLAGE);
    assertThat(d.divertedTo()).contains(LegalProcedure.JUDICIAL);
    assertThat(d.explanation()).contains("Art 31(1)");
  }

  @Test
  @DisplayName("diversion applies to grievance matters only (条例 Art 31 concerns 申诉求决类) and can be switched off")
  void diversionOnlyForGrievances() {
    Petition suggestion = petition("ZXD-9").type(PetitionType.SUGGESTION).category(MatterCategory.of("litigation", "诉讼")).build();
    assertThat(router.route(suggestion, MatterScope.VILLAGE).isDiverted()).isFalse();
    Petition grievance = petition("ZXD-10").category(MatterCategory.of("litigation", "诉讼")).build();
    RoutingPolicy off = RoutingPolicy.builder().from(RoutingPolicy.defaults()).litigationDiversion(false).build();
    assertThat(Router.of(off, DeadlinePolicy.defaults(), TREE).route(grievance, MatterScope.VILLAGE).isDiverted()).isFalse();
    assertThat(router.route(grievance, MatterScope.VILLAGE).divertedTo()).contains(LegalProcedure.JUDICIAL);
  }

  @Test
  @DisplayName("Art 31 procedures by category code")
  void procedureByCategory() {
    assertThat(Router.procedureFor("litigation")).isEqualTo(LegalProcedure.JUDICIAL);
    assertThat(Router.procedureFor("arbitration")).isEqualTo(LegalProcedure.ARBITRATION);
    assertThat(Router.procedureFor("party-discipline-appeal")).isEqualTo(LegalProcedure.PARTY_APPEAL);
    assertThat(Router.procedureFor("personnel-appeal")).isEqualTo(LegalProcedure.PARTY_APPEAL);
    assertThat(Router.procedureFor("administrative-reconsideration")).isEqualTo(LegalProcedure.ADMINISTRATIVE);
  }

  @Test
  @DisplayName("a key person involved: the management district with its police post handles it (seed: 警务室 in each 管区)")
  void keyPersonGoesToTheManagementDistrict() {
    Petition p = petition("ZXD-11").addFlags(PetitionFlag.KEY_PERSON_INVOLVED).build();
    RoutingDecision d = router.route(p, MatterScope.VILLAGE);
    assertThat(d.responsible()).isEqualTo(at(DISTRICT_1));
    assertThat(d.ruleId()).contains("key-person");
  }

  @Test
  @DisplayName("a cross-village matter goes to the management district; a township-wide one to the town")
  void scopes() {
    assertThat(router.route(petition("ZXD-12").build(), MatterScope.SEVERAL_VILLAGES).responsible()).isEqualTo(at(DISTRICT_1));
    assertThat(router.route(petition("ZXD-13").build(), MatterScope.TOWNSHIP).responsible()).isEqualTo(at(TOWN));
    assertThat(router.route(petition("ZXD-14").build(), MatterScope.BEYOND_TOWNSHIP).responsible()).isEqualTo(at(TOWN));
  }

  @Test
  @DisplayName("a skipped management-district level resolves to the town above")
  void skippedLevelResolvesUpward() {
    Petition p = petition("ZXD-15").arisenIn(VILLAGE_DIRECT.id()).addFlags(PetitionFlag.KEY_PERSON_INVOLVED).build();
    RoutingDecision d = router.route(p, MatterScope.VILLAGE);
    assertThat(d.responsibleLevel()).isEqualTo(JurisdictionLevel.MANAGEMENT_DISTRICT);
    assertThat(d.responsible()).isEqualTo(at(TOWN));
  }

  @Test
  @DisplayName("a matter that arose at the town is never sent down to a village")
  void neverBelowWhereItArose() {
    Petition p = petition("ZXD-16").arisenIn(TOWN.id()).build();
    assertThat(router.route(p, MatterScope.VILLAGE).responsible()).isEqualTo(at(TOWN));
    assertThat(Router.responsibleNode(TREE, TOWN.id(), JurisdictionLevel.PROVINCE)).isEqualTo(COUNTY);
  }

  @Test
  @DisplayName("a petition arisen outside the tree fails fast with UnknownJurisdictionException")
  void unknownJurisdictionFailsFast() {
    Petition p = petition("ZXD-17").arisenIn(JurisdictionId.of("370883199201")).build();
    assertThatThrownBy(() -> router.route(p, MatterScope.VILLAGE))
        .isInstanceOf(UnknownJurisdictionException.class)
        .hasMessageContaining("370883199201")
        .satisfies(e -> assertThat(((UnknownJurisdictionException) e).jurisdiction().value()).isEqualTo("370883199201"));
    assertThatThrownBy(() -> Router.responsibleNode(TREE, JurisdictionId.of("X-1"), JurisdictionLevel.TOWNSHIP))
        .isInstanceOf(UnknownJurisdictionException.class);
  }

  @Test
  @DisplayName("departments below 1 are rejected")
  void departmentsAtLeastOne() {
    assertThatThrownBy(() -> router.route(petition("ZXD-18").build(), MatterScope.VILLAGE, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("departments");
  }

  @Test
  @DisplayName("explanations and toString carry no personal information")
  void noPersonalInformation() {
    Petition p = petition("ZXD-19").type(PetitionType.ACCUSATION).accusedParty(AccusedParty.unnamed("村干部")).build();
    RoutingDecision d = router.route(p, MatterScope.VILLAGE);
    assertThat(d.explanation()).doesNotContain(SECRET_REQUEST).doesNotContain("P-000042");
    assertThat(d.toString()).doesNotContain(SECRET_REQUEST).doesNotContain("P-000042").contains("ZXD-19");
  }
}
