package org.hewei.governance.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoutingPolicyTest {
  private static final RoutingPolicy R = RoutingPolicy.defaults();

  @Test
  @DisplayName("条例 Art 15 defaults: rules in order, village for everything else")
  void defaults() {
    assertThat(R.rules()).extracting(RoutingRule::id)
        .containsExactly("multi-department", "collective", "beyond-district", "key-person", "cross-village");
    assertThat(R.defaultLevel()).isEqualTo(JurisdictionLevel.VILLAGE);
    RoutingRule multi = R.rules().get(0);
    assertThat(multi.minDepartments()).contains(2);
    assertThat(multi.jointMeeting()).isTrue();
    assertThat(multi.responsibleLevel()).isEqualTo(JurisdictionLevel.TOWNSHIP);
    assertThat(R.rules().get(1).minHeadcount()).contains(5);
    assertThat(R.rules().get(3).keyPersonInvolved()).contains(true);
    assertThat(R.rules().get(3).responsibleLevel()).isEqualTo(JurisdictionLevel.MANAGEMENT_DISTRICT);
    assertThat(R).hasToString("RoutingPolicy{hewei-routing v1, 5 rules}");
  }

  @Test
  @DisplayName("条例 Art 28, 31: litigation-type categories are diverted (诉访分离) unless diversion is off")
  void litigationDiversion() {
    assertThat(R.isDiverted("litigation")).isTrue();
    assertThat(R.isDiverted("arbitration")).isTrue();
    assertThat(R.isDiverted("land-contract")).isFalse();
    RoutingPolicy off = RoutingPolicy.builder().from(R).litigationDiversion(false).build();
    assertThat(off.isDiverted("litigation")).isFalse();
    assertThat(off.describe()).contains("litigation diversion: off");
  }

  @Test
  @DisplayName("条例 Art 20: the national profile — collective from 5 persons, at most 5 representatives")
  void nationalProfile() {
    CollectiveProfile p = R.collectiveProfile();
    assertThat(p).isEqualTo(CollectiveProfile.national());
    assertThat(p.isCollective(4)).isFalse();
    assertThat(p.isCollective(5)).isTrue();
    assertThat(p.maxRepresentatives(6)).isEqualTo(5);
    assertThat(p.maxRepresentatives(500)).isEqualTo(5);
  }

  @Test
  @DisplayName("Zhejiang profile: at most 3 representatives up to 10 persons, 5 above")
  void zhejiangProfile() {
    CollectiveProfile z = CollectiveProfile.zhejiang();
    assertThat(z.maxRepresentatives(10)).isEqualTo(3);
    assertThat(z.maxRepresentatives(11)).isEqualTo(5);
    assertThat(z.collectiveThreshold()).isEqualTo(5);
    assertThat(z).hasToString("zhejiang 浙江口径: collective from 5 persons; representatives [≤ 10 persons: 3, any size: 5]");
    RoutingPolicy zj = RoutingPolicy.builder().from(R).collectiveProfile(z).version(2).build();
    assertThat(zj.collectiveProfile().maxRepresentatives(8)).isEqualTo(3);
  }

  @Test
  @DisplayName("collective profiles reject bad thresholds and tiers")
  void profileValidation() {
    CollectiveProfile.Builder base = CollectiveProfile.builder().code("x").name("x").collectiveThreshold(5);
    assertThatThrownBy(() -> CollectiveProfile.builder().from(CollectiveProfile.national()).collectiveThreshold(1).build())
        .hasMessageContaining("collectiveThreshold");
    assertThatThrownBy(() -> CollectiveProfile.builder().code("x").name("x").collectiveThreshold(5).build())
        .hasMessageContaining("representativeCaps");
    assertThatThrownBy(() -> base.addRepresentativeCaps(RepresentativeCap.upTo(10, 3)).build())
        .hasMessageContaining("only the last tier");
    assertThatThrownBy(() -> CollectiveProfile.builder().code("x").name("x").collectiveThreshold(5)
            .addRepresentativeCaps(RepresentativeCap.anySize(6)).build())
        .hasMessageContaining("Art 20");
    assertThatThrownBy(() -> CollectiveProfile.builder().code("x").name("x").collectiveThreshold(5)
            .addRepresentativeCaps(RepresentativeCap.upTo(10, 3), RepresentativeCap.upTo(8, 2), RepresentativeCap.anySize(5)).build())
        .hasMessageContaining("ascending");
    assertThatThrownBy(() -> RepresentativeCap.upTo(0, 1)).hasMessageContaining("upToPersons");
    assertThatThrownBy(() -> RepresentativeCap.anySize(0)).hasMessageContaining("maxRepresentatives");
  }

  @Test
  @DisplayName("routing rules print readably and validate their conditions")
  void rules() {
    assertThat(R.rules().get(0).describe()).isEqualTo("multi-department 多部门事项：中心吹哨、部门报到: departments ≥ 2 → TOWNSHIP via joint meeting");
    RoutingRule r = RoutingRule.builder().id("land").name("土地").addCategories("land-contract")
        .addScopes(MatterScope.VILLAGE).keyPersonInvolved(false).responsibleLevel(JurisdictionLevel.VILLAGE).build();
    assertThat(r).hasToString("land 土地: category in [land-contract] AND scope in [VILLAGE] AND no key person → VILLAGE");
    assertThat(RoutingRule.builder().id("all").name("兜底").responsibleLevel(JurisdictionLevel.VILLAGE).build().describe())
        .contains("any matter");
    assertThatThrownBy(() -> RoutingRule.builder().from(r).minDepartments(1).build()).hasMessageContaining("minDepartments");
    assertThatThrownBy(() -> RoutingRule.builder().from(r).minHeadcount(0).build()).hasMessageContaining("minHeadcount");
    assertThatThrownBy(() -> RoutingRule.builder().from(r).addCategories("bad code").build()).hasMessageContaining("categories");
    assertThatThrownBy(() -> RoutingRule.builder().id("x").name("x").build()).hasMessageContaining("responsibleLevel");
    assertThatThrownBy(() -> RoutingPolicy.builder().from(R).addRules(r, r).build()).hasMessageContaining("rule ids must be unique");
    assertThatThrownBy(() -> RoutingPolicy.builder().from(R).addLitigationCategories("a b").build())
        .hasMessageContaining("litigationCategories");
    assertThatThrownBy(() -> RoutingPolicy.builder().from(R).version(0).build()).hasMessageContaining("version");
  }

  @Test
  @DisplayName("the whole routing policy prints one line per rule plus default, diversion and profile")
  void describe() {
    assertThat(R.describe().lines())
        .hasSize(1 + 5 + 3)
        .contains("  otherwise → VILLAGE")
        .anyMatch(l -> l.startsWith("  collective profile: national"));
    assertThat(MatterScope.SEVERAL_VILLAGES.chineseName()).isEqualTo("跨村");
  }
}
