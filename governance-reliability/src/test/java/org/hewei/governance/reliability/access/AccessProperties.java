package org.hewei.governance.reliability.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.keyperson.CategoryProfile;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.keyperson.Sensitivity;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.organization.Official;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.petition.AccusedParty;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.Petitioner;
import org.hewei.governance.rules.access.AccessControl;
import org.hewei.governance.rules.access.AccessDecision;
import org.hewei.governance.rules.access.AccessLevel;
import org.hewei.governance.rules.access.AccessPolicy;
import org.hewei.governance.rules.access.KeyPersonRecordView;
import org.hewei.governance.rules.access.PetitionView;
import org.hewei.governance.rules.access.Viewer;
import org.hewei.governance.testkit.generate.JurisdictionGen;
import org.hewei.governance.testkit.generate.KeyPersonGen;
import org.hewei.governance.testkit.generate.MediationGen;
import org.hewei.governance.testkit.generate.OrganizationGen;
import org.hewei.governance.testkit.generate.PersonGen;
import org.hewei.governance.testkit.generate.PetitionGen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Access over generated viewers × records (the testkit's shared generators: officials of every role at
 * every node, petitions including accusations, key-person records of every category, mediation cases,
 * persons), checked against oracles written from the rules, not from {@code AccessControl}'s code:
 * (a) nothing visible outside the viewer's jurisdiction subtree; (b) the accused person or unit of an
 * accusation sees nothing, and no view shown to anyone else of an accusation below FULL names a
 * petitioner; (c) recused handlers — officials in the recusal set, viewers who are a petitioner — see
 * nothing; (d) a SPECIALLY_PROTECTED category reaches only the category's responsible role or roles the
 * policy adds for it, and a view showing any sensitive category is only given to its roles or the
 * responsible official. Counters make sure each rule was actually exercised.
 */
class AccessProperties {
  static final List<JurisdictionTree> TREES =
      IntStream.range(0, 6).mapToObj(i -> JurisdictionGen.trees().sample(11_000L + i)).toList();
  static final KeyPersonCatalogue CATALOGUE = KeyPersonCatalogue.defaults();
  static final AccessPolicy POLICY = AccessPolicy.defaults();
  static final AtomicLong DECISIONS = new AtomicLong();
  static final AtomicLong VISIBLE = new AtomicLong();
  static final AtomicLong ACCUSED_TRIED = new AtomicLong();
  static final AtomicLong RECUSED_TRIED = new AtomicLong();
  static final AtomicLong PROTECTED_SEEN = new AtomicLong();
  static final AtomicLong PROTECTED_DENIED = new AtomicLong();

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void viewersSeeOnlyWhatTheRulesAllow(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    JurisdictionTree tree = TREES.get((int) (seed % TREES.size()));
    AccessControl access = AccessControl.of(POLICY, tree, CATALOGUE);
    List<Viewer> viewers = new ArrayList<>();
    for (Official o : OrganizationGen.officials(tree).list(6, 6).generate(random)) {
      viewers.add(Viewer.of(o));
    }
    // responsible roles of the protected categories, so that "only their roles" is tested positively too
    for (CategoryProfile p : CATALOGUE.profiles()) {
      if (p.sensitivity() == Sensitivity.SPECIALLY_PROTECTED) {
        viewers.add(Viewer.of(OrganizationGen.officials(tree, p.responsibleRole()).generate(random)));
      }
    }
    List<PetitionState> petitions = new ArrayList<>(PetitionGen.states(tree).list(3, 3).generate(random));
    List<KeyPersonRecordState> records = KeyPersonGen.records(tree).list(4, 4).generate(random);
    List<MediationCaseState> cases = MediationGen.caseStates(tree).list(2, 2).generate(random);
    List<Person> persons = PersonGen.persons(tree).list(3, 3).generate(random);

    for (Viewer v : viewers) {
      Set<OfficialId> recused = random.nextInt(4) == 0 ? Set.of(v.official()) : Set.of();
      for (PetitionState p : petitions) {
        AccessDecision<PetitionView> d = access.petition(v, p, recused);
        checkScope(tree, v, d, p.petition().arisenIn(), p.handling().jurisdiction());
        checkRecused(recused, v, d);
        checkAccusationPetitioners(p.petition(), d);
      }
      for (KeyPersonRecordState r : records) {
        AccessDecision<KeyPersonRecordView> d = access.keyPersonRecord(v, r);
        checkScope(tree, v, d, r.jurisdiction());
        checkCategory(v, r, d);
      }
      for (MediationCaseState c : cases) {
        AccessDecision<?> d = access.mediationCase(v, c, recused);
        checkScope(tree, v, d, c.dispute().arose(), c.venue().jurisdiction());
        checkRecused(recused, v, d);
      }
      for (Person person : persons) {
        AccessDecision<?> d = access.person(v, person, recused);
        if (person.residence().isPresent()) {
          checkScope(tree, v, d, person.residence().get());
        } else {
          assertThat(d.level()).as("a person without residence is shown to nobody").isEqualTo(AccessLevel.NONE);
        }
        checkRecused(recused, v, d);
      }
    }
    // the accused person and a member of the accused unit see nothing of an accusation
    PetitionState state = PetitionGen.states(tree).filter(s -> s.petition().type() == org.hewei.governance.core.petition.PetitionType.ACCUSATION && s.petition().accusedParty().isPresent()).generate(random);
    Petition accusation = state.petition();
    AccusedParty party = accusation.accusedParty().orElseThrow();
    for (Viewer v : viewers) {
      Viewer asAccused = accusedViewer(v, party);
      if (asAccused != null) {
        ACCUSED_TRIED.incrementAndGet();
        AccessDecision<PetitionView> d = access.petition(asAccused, state);
        assertThat(d.level()).as("the accused sees nothing of the accusation (信访工作条例 Art 30)").isEqualTo(AccessLevel.NONE);
        assertThat(d.view()).isEmpty();
      }
      // a viewer who is one of the petitioners handles nothing of it
      Petitioner first = state.petition().petitioners().get(0);
      AccessDecision<PetitionView> own = access.petition(Viewer.builder().from(v).person(first.person()).build(), state);
      RECUSED_TRIED.incrementAndGet();
      assertThat(own.level()).as("a petitioner who is an official is recused").isEqualTo(AccessLevel.NONE);
      checkAccusationPetitioners(accusation, access.petition(v, state));
    }
  }

  private static Viewer accusedViewer(Viewer v, AccusedParty party) {
    if (party.person().isPresent()) {
      return Viewer.builder().from(v).person(party.person().get()).build();
    }
    if (party.unit().isPresent()) {
      return Viewer.builder().from(v).addMemberOf(party.unit().get()).build();
    }
    return null;
  }

  private static void checkScope(JurisdictionTree tree, Viewer v, AccessDecision<?> d, JurisdictionId... places) {
    DECISIONS.incrementAndGet();
    assertThat(d.isVisible()).isEqualTo(d.view().isPresent());
    if (!d.isVisible()) {
      return;
    }
    VISIBLE.incrementAndGet();
    boolean inScope = false;
    for (JurisdictionId place : places) {
      for (var j : tree.pathToRoot(place)) {
        inScope |= j.id().equals(v.jurisdiction());
      }
    }
    assertThat(inScope).as("%s sees %s outside %s", v, List.of(places), v.jurisdiction()).isTrue();
  }

  private static void checkRecused(Set<OfficialId> recused, Viewer v, AccessDecision<?> d) {
    if (recused.contains(v.official())) {
      RECUSED_TRIED.incrementAndGet();
      assertThat(d.level()).as("a recused handler sees nothing (信访工作条例 Art 28)").isEqualTo(AccessLevel.NONE);
    }
  }

  private static void checkAccusationPetitioners(Petition p, AccessDecision<PetitionView> d) {
    if (p.accusedParty().isPresent() && d.level() == AccessLevel.REDACTED) {
      assertThat(d.view().orElseThrow().petitioners()).as("a redacted view of an accusation names no petitioner").isEmpty();
    }
  }

  private static void checkCategory(Viewer v, KeyPersonRecordState r, AccessDecision<KeyPersonRecordView> d) {
    CategoryProfile profile = CATALOGUE.profile(r.category());
    Set<Role> allowed = new HashSet<>(POLICY.rolesForCategory(r.category().code()));
    allowed.add(profile.responsibleRole());
    if (profile.sensitivity() == Sensitivity.SPECIALLY_PROTECTED) {
      if (d.isVisible()) {
        PROTECTED_SEEN.incrementAndGet();
        assertThat(v.hasAnyRole(allowed)).as("a specially protected category reaches only its roles").isTrue();
      } else {
        PROTECTED_DENIED.incrementAndGet();
      }
    }
    if (profile.sensitivity() != Sensitivity.ORDINARY && d.view().flatMap(KeyPersonRecordView::category).isPresent()
        && r.subject().person().isPresent()) {
      Set<Role> sensitive = new HashSet<>(allowed);
      sensitive.addAll(POLICY.keyPersonRoles(profile.sensitivity()));
      assertThat(v.hasAnyRole(sensitive) || r.responsibleOfficial().equals(v.official()))
          .as("a sensitive category of a person reaches only its roles").isTrue();
    }
  }

  @AfterAll
  static void everyRuleWasExercised() {
    System.out.printf("[access] %,d decisions, %,d visible; accused %,d, recused %,d, protected seen %,d / denied %,d%n",
        DECISIONS.get(), VISIBLE.get(), ACCUSED_TRIED.get(), RECUSED_TRIED.get(), PROTECTED_SEEN.get(), PROTECTED_DENIED.get());
    assertThat(VISIBLE.get()).isPositive();
    assertThat(VISIBLE.get()).isLessThan(DECISIONS.get());
    assertThat(ACCUSED_TRIED.get()).isPositive();
    assertThat(RECUSED_TRIED.get()).isPositive();
    assertThat(PROTECTED_SEEN.get()).as("specially protected records do reach their roles").isPositive();
    assertThat(PROTECTED_DENIED.get()).isPositive();
  }
}
