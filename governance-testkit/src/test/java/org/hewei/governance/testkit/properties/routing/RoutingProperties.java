package org.hewei.governance.testkit.properties.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.hewei.governance.core.jurisdiction.DivisionCode;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.AccusedParty;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Petitioner;
import org.hewei.governance.core.policy.DeadlinePolicy;
import org.hewei.governance.core.policy.MatterScope;
import org.hewei.governance.core.policy.RoutingPolicy;
import org.hewei.governance.core.policy.RoutingRule;
import org.hewei.governance.rules.routing.Router;
import org.hewei.governance.rules.routing.RoutingDecision;
import org.hewei.governance.testkit.generate.Cases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Routing picks the first matching rule (or the default level), sends the matter to the nearest
 * ancestor-or-self of where it arose that is not below that level, carries the departmental limit with
 * every joint meeting, and diverts exactly the litigation-type grievances (条例 Art 31).
 */
class RoutingProperties {
  private static final String SECRET = "赵六 13700137000 身份证 370883199001011234";
  private static final Jurisdiction COUNTY = Jurisdiction.official(DivisionCode.parse("370883"), "县");
  private static final Jurisdiction TOWN =
      Jurisdiction.official(DivisionCode.parse("370883103000"), "镇").withParent(COUNTY.id());
  private static final Jurisdiction D1 = node("GQ-1", JurisdictionLevel.MANAGEMENT_DISTRICT, TOWN);
  private static final Jurisdiction V1 =
      Jurisdiction.official(DivisionCode.parse("370883103201"), "甲村").withParent(D1.id());
  private static final Jurisdiction V2 =
      Jurisdiction.official(DivisionCode.parse("370883103202"), "乙村").withParent(TOWN.id());
  private static final Jurisdiction G1 = node("G-1", JurisdictionLevel.GRID, V1);
  private static final List<Jurisdiction> NODES = List.of(COUNTY, TOWN, D1, V1, V2, G1);
  private static final JurisdictionTree TREE = JurisdictionTree.of(NODES);
  private static final List<String> CATEGORIES =
      List.of("wages", "land", "neighbourhood", "law-related", "litigation", "arbitration", "administrative-reconsideration",
          "party-discipline-appeal", "personnel-appeal");

  private static Jurisdiction node(String id, JurisdictionLevel level, Jurisdiction parent) {
    return Jurisdiction.builder().id(JurisdictionId.of(id)).level(level).name(id).parentId(parent.id()).build();
  }

  record Case(RoutingPolicy policy, Petition petition, MatterScope scope, int departments) {}

  static Stream<Arguments> cases() {
    return Cases.of(RoutingProperties::randomCase, 300);
  }

  private static Case randomCase(SplittableRandom r) {
    List<RoutingRule> rules = new ArrayList<>(RoutingPolicy.defaults().rules());
    Collections.shuffle(rules, new java.util.Random(r.nextLong()));
    rules = rules.subList(0, r.nextInt(rules.size() + 1));
    List<JurisdictionLevel> levels = List.of(JurisdictionLevel.values());
    RoutingPolicy policy =
        RoutingPolicy.builder()
            .from(RoutingPolicy.defaults())
            .rules(rules)
            .defaultLevel(levels.get(r.nextInt(levels.size())))
            .litigationDiversion(r.nextInt(4) != 0)
            .version(1 + r.nextInt(5))
            .build();
    int headcount = 1 + r.nextInt(9);
    Set<PetitionFlag> flags = EnumSet.noneOf(PetitionFlag.class);
    for (PetitionFlag f : PetitionFlag.values()) {
      if (r.nextInt(4) == 0) {
        flags.add(f);
      }
    }
    PetitionType type = List.of(PetitionType.values()).get(r.nextInt(3));
    Jurisdiction arisen = NODES.get(r.nextInt(NODES.size()));
    Petition.Builder p = Petition.builder();
    p.id(PetitionId.of("P-" + r.nextInt(1000)))
        .channel(Channel.LETTER)
        .type(type)
        .category(MatterCategory.of(CATEGORIES.get(r.nextInt(CATEGORIES.size())), "类别"))
        .request(SECRET)
        .addPetitioners(headcount >= 2 ? Petitioner.representative(PersonId.of("X-1")) : Petitioner.of(PersonId.of("X-1")))
        .headcount(headcount)
        .arisenIn(arisen.id())
        .filedWith(HandlingPlace.of(arisen.id(), arisen.level()))
        .receivedAt(Instant.parse("2026-03-02T01:30:00Z"))
        .flags(flags);
    if (type == PetitionType.ACCUSATION) {
      p.accusedParty(AccusedParty.unnamed("某单位"));
    }
    List<MatterScope> scopes = List.of(MatterScope.values());
    MatterScope scope = scopes.get(r.nextInt(scopes.size()));
    return new Case(policy, p.build(), scope, 1 + r.nextInt(4));
  }

  private static Optional<RoutingRule> firstMatch(Case c) {
    Petition p = c.petition();
    boolean key = p.flags().contains(PetitionFlag.KEY_PERSON_INVOLVED);
    for (RoutingRule rule : c.policy().rules()) {
      boolean ok =
          (rule.categories().isEmpty() || rule.categories().contains(p.category().code()))
              && (rule.scopes().isEmpty() || rule.scopes().contains(c.scope()))
              && rule.minHeadcount().map(n -> p.headcount() >= n).orElse(true)
              && rule.keyPersonInvolved().map(k -> k == key).orElse(true)
              && rule.minDepartments().map(n -> c.departments() >= n).orElse(true);
      if (ok) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("cases")
  void routesToTheNearestNodeNotBelowTheLevelOfTheFirstMatchingRule(long seed, Case c) {
    RoutingDecision d = Router.of(c.policy(), DeadlinePolicy.defaults(), TREE).route(c.petition(), c.scope(), c.departments());
    Optional<RoutingRule> rule = firstMatch(c);
    JurisdictionLevel level = rule.map(RoutingRule::responsibleLevel).orElse(c.policy().defaultLevel());
    assertThat(d.responsibleLevel()).isEqualTo(level);
    assertThat(d.policyId()).isEqualTo(c.policy().id());
    assertThat(d.policyVersion()).isEqualTo(c.policy().version());

    JurisdictionId responsible = d.responsible().jurisdiction();
    JurisdictionId arisen = c.petition().arisenIn();
    assertThat(responsible.equals(arisen) || TREE.isAncestorOf(responsible, arisen)).isTrue();
    assertThat(d.responsible().level()).isEqualTo(TREE.level(responsible));
    assertThat(!d.responsible().level().isBelow(level) || responsible.equals(TREE.root().id())).isTrue();
    // nearest: every node strictly between arisen and responsible is below the level
    for (Jurisdiction j : TREE.pathToRoot(arisen)) {
      if (j.id().equals(responsible)) {
        break;
      }
      assertThat(j.level().isBelow(level)).isTrue();
    }

    boolean litigation =
        c.petition().type() == PetitionType.GRIEVANCE
            && c.policy().litigationDiversion()
            && (c.policy().litigationCategories().contains(c.petition().category().code())
                || c.petition().flags().contains(PetitionFlag.LITIGATION_RELATED));
    assertThat(d.isDiverted()).isEqualTo(litigation);
    d.divertedTo().ifPresent(proc -> assertThat(d.explanation()).contains(proc.article()));
    if (!litigation) {
      assertThat(d.ruleId()).isEqualTo(rule.map(RoutingRule::id));
      assertThat(d.jointMeeting()).isEqualTo(rule.map(RoutingRule::jointMeeting).orElse(false));
    } else {
      assertThat(d.jointMeeting()).isFalse();
    }
    assertThat(d.jointMeeting()).isEqualTo(d.departmentLimit().isPresent());
    d.departmentLimit().ifPresent(l -> assertThat(l.length()).isEqualTo(15));
    assertThat(d.explanation()).doesNotContain(SECRET).doesNotContain("X-1");
    assertThat(d.toString()).doesNotContain(SECRET).doesNotContain("X-1");
  }
}
