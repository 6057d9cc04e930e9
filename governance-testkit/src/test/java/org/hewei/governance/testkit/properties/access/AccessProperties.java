package org.hewei.governance.testkit.properties.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.keyperson.CategoryProfile;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonCategory;
import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.keyperson.KeySubject;
import org.hewei.governance.core.keyperson.Sensitivity;
import org.hewei.governance.core.mediation.Agreement;
import org.hewei.governance.core.mediation.Dispute;
import org.hewei.governance.core.mediation.DisputeId;
import org.hewei.governance.core.mediation.DisputeSource;
import org.hewei.governance.core.mediation.DisputeType;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.MediationOutcome;
import org.hewei.governance.core.mediation.MediationStatus;
import org.hewei.governance.core.mediation.Mediator;
import org.hewei.governance.core.mediation.Party;
import org.hewei.governance.core.mediation.PartyRole;
import org.hewei.governance.core.mediation.RiskLevel;
import org.hewei.governance.core.mediation.Venue;
import org.hewei.governance.core.mediation.VenueKind;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.Address;
import org.hewei.governance.core.person.CitizenId;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.person.PersonName;
import org.hewei.governance.core.person.PhoneNumber;
import org.hewei.governance.core.petition.AccusedParty;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Petitioner;
import org.hewei.governance.rules.access.AccessControl;
import org.hewei.governance.rules.access.AccessDecision;
import org.hewei.governance.rules.access.AccessLevel;
import org.hewei.governance.rules.access.AccessPolicy;
import org.hewei.governance.rules.access.AccessReason;
import org.hewei.governance.rules.access.KeyPersonRecordView;
import org.hewei.governance.rules.access.MediationCaseView;
import org.hewei.governance.rules.access.PersonView;
import org.hewei.governance.rules.access.PetitionView;
import org.hewei.governance.core.jurisdiction.UnknownJurisdictionException;
import org.hewei.governance.rules.access.Viewer;
import org.hewei.governance.testkit.generate.Cases;
import org.hewei.governance.testkit.generate.Gen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Access properties (issue 3 "Access and confidentiality", issue 7 "Access"): for every generated
 * viewer × record of a generated county, (a) a redacted view never holds a masked field's raw value,
 * (b) nothing is visible outside the viewer's jurisdiction, (c) an accusation never reaches the accused
 * person or unit, (d) recused handlers see nothing, (e) SPECIALLY_PROTECTED categories reach only their
 * roles — and, so that "NONE for everyone" cannot pass, a viewer to whom no rule applies does see.
 *
 * <p>The generators are private to this test (the shared domain generators were not available yet).
 * Identifiers have a fixed width, so one id is never a substring of another.
 */
class AccessProperties {
  private static final KeyPersonCatalogue CATALOGUE = KeyPersonCatalogue.defaults();
  private static final AccessPolicy POLICY = AccessPolicy.defaults();
  private static final Set<Role> SENSITIVE_DEFAULT_ROLES =
      Set.of(Role.POLICE_OFFICER, Role.GRID_WORKER, Role.GOVERNANCE_CENTRE_OFFICER);

  private static final int PERSONS = 30;
  private static final int OFFICIALS = 20;
  private static final int UNITS = 6;
  private static final String SURNAMES = "张王李赵刘陈杨黄";
  private static final String GIVEN = "秀兰建明华伟芳娜强军";
  private static final String TEXT = "请求解决土地补偿款拖欠工资宅基地纠纷邻里矛盾噪音漏水赔偿合同债务";
  private static final Instant RECEIVED = Instant.parse("2022-07-25T01:30:00Z");

  /** One generated county: its tree, viewers, records and the officials the caller recuses. */
  record Scenario(
      JurisdictionTree tree,
      List<Viewer> viewers,
      List<PetitionState> petitions,
      List<KeyPersonRecordState> keyPersons,
      List<MediationCaseState> mediations,
      List<Person> persons,
      Set<OfficialId> recused) {
    @Override
    public String toString() {
      return "Scenario{nodes=" + tree.size() + ", viewers=" + viewers.size() + ", records="
          + (petitions.size() + keyPersons.size() + mediations.size() + persons.size()) + "}";
    }
  }

  static final Gen<Scenario> SCENARIOS = AccessProperties::scenario;

  static Stream<Arguments> scenarios() {
    return Cases.of(SCENARIOS, 300);
  }

  // ---------------------------------------------------------------- properties

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("scenarios")
  void petitionsObeyEveryAccessRule(long seed, Scenario s) {
    AccessControl control = AccessControl.of(POLICY, s.tree(), CATALOGUE);
    for (Viewer viewer : s.viewers()) {
      for (PetitionState state : s.petitions()) {
        AccessDecision<PetitionView> d = control.petition(viewer, state, s.recused());
        Petition p = state.petition();
        checkDecisionShape(d);
        boolean accused = p.accusedParty().isPresent()
            && (p.accusedParty().get().person().filter(id -> viewer.person().equals(Optional.of(id))).isPresent()
                || p.accusedParty().get().unit().filter(viewer.units()::contains).isPresent());
        boolean recused = s.recused().contains(viewer.official()) || viewer.person().filter(p::hasPetitioner).isPresent();
        boolean inScope = within(s.tree(), viewer, p.arisenIn()) || within(s.tree(), viewer, state.handling().jurisdiction());
        // (c) the accused person or unit never sees an accusation
        if (accused) {
          assertThat(d.level()).as("accused viewer %s", viewer).isEqualTo(AccessLevel.NONE);
          assertThat(d.reason()).isEqualTo(AccessReason.ACCUSED_PARTY);
        }
        // (d) recused handlers see nothing
        if (recused) {
          assertThat(d.level()).as("recused viewer %s", viewer).isEqualTo(AccessLevel.NONE);
        }
        // (b) nothing outside the jurisdiction
        if (!inScope) {
          assertThat(d.level()).as("out-of-scope viewer %s", viewer).isEqualTo(AccessLevel.NONE);
        }
        // completeness: in scope, not accused, not recused → visible
        if (inScope && !accused && !recused) {
          assertThat(d.isVisible()).as("entitled viewer %s", viewer).isTrue();
        }
        List<String> secrets = new ArrayList<>();
        secrets.add(p.request());
        p.facts().ifPresent(secrets::add);
        p.accusedParty().flatMap(AccusedParty::description).ifPresent(secrets::add);
        List<String> identities = new ArrayList<>();
        p.petitioners().forEach(pet -> identities.add(pet.person().toString()));
        checkView(d, secrets, identities);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("scenarios")
  void keyPersonRecordsObeyEveryAccessRule(long seed, Scenario s) {
    AccessControl control = AccessControl.of(POLICY, s.tree(), CATALOGUE);
    for (Viewer viewer : s.viewers()) {
      for (KeyPersonRecordState state : s.keyPersons()) {
        AccessDecision<KeyPersonRecordView> d = control.keyPersonRecord(viewer, state, s.recused());
        checkDecisionShape(d);
        CategoryProfile profile = CATALOGUE.profile(state.category());
        boolean person = state.subject().isPerson();
        boolean recused = s.recused().contains(viewer.official())
            || (person && viewer.person().equals(state.subject().person()));
        boolean inScope = within(s.tree(), viewer, state.jurisdiction());
        if (recused) {
          assertThat(d.level()).isEqualTo(AccessLevel.NONE);
        }
        if (!inScope) {
          assertThat(d.level()).isEqualTo(AccessLevel.NONE);
        }
        // (e) a specially protected category reaches only its role
        if (profile.sensitivity() == Sensitivity.SPECIALLY_PROTECTED && d.isVisible()) {
          assertThat(viewer.roles()).as("viewer of a specially protected record").contains(profile.responsibleRole());
        }
        if (profile.sensitivity() == Sensitivity.SPECIALLY_PROTECTED && !viewer.hasRole(profile.responsibleRole())) {
          assertThat(d.level()).isEqualTo(AccessLevel.NONE);
        }
        // a sensitive category in full only to its roles or the responsible official
        if (profile.sensitivity() == Sensitivity.SENSITIVE && d.level() == AccessLevel.FULL) {
          assertThat(viewer.hasRole(profile.responsibleRole()) || viewer.hasAnyRole(SENSITIVE_DEFAULT_ROLES)
                  || viewer.official().equals(state.responsibleOfficial()))
              .as("full view of a sensitive record for %s", viewer)
              .isTrue();
        }
        if (inScope && !recused && profile.sensitivity() != Sensitivity.SPECIALLY_PROTECTED) {
          assertThat(d.isVisible()).isTrue();
        }
        if (inScope && !recused && viewer.hasRole(profile.responsibleRole())) {
          assertThat(d.level()).isEqualTo(AccessLevel.FULL);
        }
        List<String> secrets = new ArrayList<>();
        state.subject().placeAddress().map(Address::text).ifPresent(secrets::add);
        List<String> identities = new ArrayList<>();
        if (person) {
          identities.add(state.subject().person().orElseThrow().toString());
          identities.add(state.category().code());
          identities.add(state.category().chineseName());
        }
        checkView(d, secrets, identities);
        d.view().ifPresent(v -> assertThat(v.toString()).doesNotContain(person ? state.category().code() : "\u0000"));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("scenarios")
  void mediationCasesObeyEveryAccessRule(long seed, Scenario s) {
    AccessControl control = AccessControl.of(POLICY, s.tree(), CATALOGUE);
    for (Viewer viewer : s.viewers()) {
      for (MediationCaseState state : s.mediations()) {
        AccessDecision<MediationCaseView> d = control.mediationCase(viewer, state, s.recused());
        checkDecisionShape(d);
        boolean party = state.dispute().parties().stream()
            .anyMatch(pa -> (pa.person().isPresent() && pa.person().equals(viewer.person()))
                || pa.unit().filter(viewer.units()::contains).isPresent());
        boolean recused = s.recused().contains(viewer.official()) || party;
        boolean inScope = within(s.tree(), viewer, state.dispute().arose())
            || within(s.tree(), viewer, state.venue().jurisdiction());
        if (recused || !inScope) {
          assertThat(d.level()).isEqualTo(AccessLevel.NONE);
        } else {
          assertThat(d.isVisible()).isTrue();
        }
        List<String> secrets = new ArrayList<>();
        secrets.add(state.dispute().summary());
        state.agreement().map(Agreement::terms).ifPresent(secrets::add);
        List<String> identities = new ArrayList<>();
        state.dispute().parties().forEach(pa -> pa.person().ifPresent(id -> identities.add(id.toString())));
        state.mediators().forEach(m -> m.person().ifPresent(id -> identities.add(id.toString())));
        checkView(d, secrets, identities);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("scenarios")
  void personsObeyEveryAccessRule(long seed, Scenario s) {
    AccessControl control = AccessControl.of(POLICY, s.tree(), CATALOGUE);
    for (Viewer viewer : s.viewers()) {
      for (Person person : s.persons()) {
        AccessDecision<PersonView> d = control.person(viewer, person, s.recused());
        checkDecisionShape(d);
        boolean inScope = person.residence().filter(r -> within(s.tree(), viewer, r)).isPresent();
        if (s.recused().contains(viewer.official()) || !inScope) {
          assertThat(d.level()).isEqualTo(AccessLevel.NONE);
        } else {
          assertThat(d.isVisible()).isTrue();
          assertThat(d.level() == AccessLevel.FULL).isEqualTo(viewer.hasAnyRole(POLICY.personRoles()));
        }
        List<String> secrets = new ArrayList<>();
        secrets.add(person.name().value());
        person.citizenId().map(CitizenId::value).ifPresent(secrets::add);
        person.phone().filter(PhoneNumber::isPersonal).map(PhoneNumber::value).ifPresent(secrets::add);
        person.address().map(Address::text).ifPresent(secrets::add);
        checkView(d, secrets, List.of());
        d.view().filter(v -> v.level() == AccessLevel.REDACTED).ifPresent(v -> {
          assertThat(v.name()).isEqualTo(person.name().masked());
          assertThat(v.citizenId()).isEqualTo(person.citizenId().map(CitizenId::masked));
          assertThat(v.address()).isEqualTo(person.address().map(Address::masked));
        });
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("scenarios")
  void jurisdictionsNotInTheTreeFailFast(long seed, Scenario s) {
    AccessControl control = AccessControl.of(POLICY, s.tree(), CATALOGUE);
    JurisdictionId nowhere = JurisdictionId.of("NOWHERE-" + seed);
    Viewer lost = Viewer.builder().from(s.viewers().get(0)).jurisdiction(nowhere).build();
    PetitionState petition = s.petitions().get(0);
    assertThatThrownBy(() -> control.petition(lost, petition))
        .isInstanceOf(UnknownJurisdictionException.class)
        .hasMessageContaining("NOWHERE-" + seed)
        .hasMessageNotContaining(petition.petition().request());
    Viewer viewer = s.viewers().get(0);
    KeyPersonRecordState kp = s.keyPersons().get(0);
    KeyPersonRecordState lostRecord = KeyPersonRecordState.builder().from(kp).jurisdiction(nowhere).build();
    assertThatThrownBy(() -> control.keyPersonRecord(viewer, lostRecord))
        .isInstanceOf(UnknownJurisdictionException.class)
        .hasMessageNotContaining(kp.category().code());
    Person person = s.persons().get(0);
    Person lostPerson = Person.builder().from(person).residence(nowhere).build();
    assertThatThrownBy(() -> control.person(viewer, lostPerson))
        .isInstanceOf(UnknownJurisdictionException.class)
        .hasMessageNotContaining(person.name().value());
  }

  // ---------------------------------------------------------------- checks

  /** Independent oracle for scope: walks the path to the root instead of the interval test. */
  private static boolean within(JurisdictionTree tree, Viewer viewer, JurisdictionId record) {
    return tree.pathToRoot(record).stream().anyMatch(j -> j.id().equals(viewer.jurisdiction()));
  }

  private static void checkDecisionShape(AccessDecision<?> d) {
    assertThat(d.view().isPresent()).isEqualTo(d.level() != AccessLevel.NONE);
    assertThat(d.toString()).contains(d.level().name()).contains(d.reason().code());
  }

  /**
   * (a): no raw personal value in any toString, and none in any accessor of a redacted view;
   * identities (petitioner / party / listed person ids, a person's category) absent from a redacted
   * view and from every toString.
   */
  private static void checkView(AccessDecision<?> d, List<String> secrets, List<String> identities) {
    String decisionText = d.toString();
    for (String secret : secrets) {
      assertThat(decisionText).doesNotContain(secret);
    }
    if (d.view().isEmpty()) {
      return;
    }
    Object view = d.view().get();
    String shown = view.toString();
    for (String secret : secrets) {
      assertThat(shown).as("toString of %s", shown).doesNotContain(secret);
    }
    for (String identity : identities) {
      assertThat(shown).as("toString of %s", shown).doesNotContain(identity);
    }
    AccessLevel level = d.level();
    String dump = dump(view);
    if (level == AccessLevel.REDACTED) {
      for (String secret : secrets) {
        assertThat(dump).as("accessors of a redacted view").doesNotContain(secret);
      }
      for (String identity : identities) {
        assertThat(dump).as("accessors of a redacted view").doesNotContain(identity);
      }
    } else {
      // the full view does carry the raw values: the dump is a real oracle, not an empty string
      for (String secret : secrets) {
        assertThat(dump).as("accessors of a full view").contains(secret);
      }
    }
  }

  /** Every public accessor's value, deeply (Optionals, collections, ids, accused parties). */
  private static String dump(Object view) {
    StringBuilder out = new StringBuilder();
    Class<?> type = view.getClass().getSuperclass();
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
          && !m.getName().equals("toString") && !m.getName().equals("hashCode")) {
        try {
          append(out, m.invoke(view));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new AssertionError("cannot read " + m.getName(), e);
        }
      }
    }
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> append(out, v));
    } else if (value instanceof Collection<?> c) {
      c.forEach(v -> append(out, v));
    } else if (value instanceof AccusedParty a) {
      out.append(a.kind()).append('|');
      a.person().ifPresent(v -> append(out, v));
      a.unit().ifPresent(v -> append(out, v));
      a.description().ifPresent(v -> append(out, v));
    } else if (value instanceof Petitioner p) {
      append(out, p.person());
    } else if (value instanceof Party p) {
      out.append(p.subject()).append('|');
    } else if (value instanceof Mediator m) {
      out.append(m.subject()).append('|');
    } else if (value instanceof KeyPersonCategory c) {
      out.append(c.code()).append('|').append(c.chineseName()).append('|');
    } else {
      out.append(value).append('|');
    }
  }

  // ---------------------------------------------------------------- generators

  private static Scenario scenario(SplittableRandom r) {
    List<Jurisdiction> nodes = new ArrayList<>();
    nodes.add(Jurisdiction.builder().id(JurisdictionId.of("C")).level(JurisdictionLevel.COUNTY).name("邹城市").build());
    int towns = 1 + r.nextInt(3);
    for (int t = 1; t <= towns; t++) {
      JurisdictionId town = JurisdictionId.of("C-T" + t);
      nodes.add(node(town, JurisdictionLevel.TOWNSHIP, JurisdictionId.of("C")));
      int districts = r.nextInt(3);
      List<JurisdictionId> villageParents = new ArrayList<>();
      villageParents.add(town);
      for (int d = 1; d <= districts; d++) {
        JurisdictionId district = JurisdictionId.of(town + "-D" + d);
        nodes.add(node(district, JurisdictionLevel.MANAGEMENT_DISTRICT, town));
        villageParents.add(district);
      }
      int villages = 1 + r.nextInt(3);
      for (int v = 1; v <= villages; v++) {
        JurisdictionId village = JurisdictionId.of(town + "-V" + v);
        nodes.add(node(village, JurisdictionLevel.VILLAGE, villageParents.get(r.nextInt(villageParents.size()))));
        if (r.nextInt(3) == 0) {
          nodes.add(node(JurisdictionId.of(village + "-G1"), JurisdictionLevel.GRID, village));
        }
      }
    }
    JurisdictionTree tree = JurisdictionTree.of(nodes);
    List<JurisdictionId> ids = nodes.stream().map(Jurisdiction::id).toList();

    List<Viewer> viewers = new ArrayList<>();
    int viewerCount = 3 + r.nextInt(4);
    for (int i = 0; i < viewerCount; i++) {
      viewers.add(viewer(r, ids));
    }
    List<PetitionState> petitions = new ArrayList<>();
    for (int i = 0, n = 2 + r.nextInt(3); i < n; i++) {
      petitions.add(petition(r, i, tree, ids));
    }
    List<KeyPersonRecordState> keyPersons = new ArrayList<>();
    for (int i = 0, n = 2 + r.nextInt(4); i < n; i++) {
      keyPersons.add(keyPerson(r, i, ids));
    }
    List<MediationCaseState> mediations = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
      mediations.add(mediation(r, i, ids));
    }
    List<Person> persons = new ArrayList<>();
    for (int i = 0, n = 2 + r.nextInt(3); i < n; i++) {
      persons.add(person(r, ids));
    }
    Set<OfficialId> recused = new LinkedHashSet<>();
    for (int i = 0, n = r.nextInt(4); i < n; i++) {
      recused.add(official(r));
    }
    return new Scenario(tree, viewers, petitions, keyPersons, mediations, persons, recused);
  }

  private static Jurisdiction node(JurisdictionId id, JurisdictionLevel level, JurisdictionId parent) {
    return Jurisdiction.builder().id(id).level(level).name("辖区" + id).parentId(parent).build();
  }

  private static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  private static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static PersonId personId(SplittableRandom r) {
    return PersonId.of(String.format("P-%06d", 1 + r.nextInt(PERSONS)));
  }

  private static OfficialId official(SplittableRandom r) {
    return OfficialId.of(String.format("OFF-%03d", 1 + r.nextInt(OFFICIALS)));
  }

  private static UnitId unit(SplittableRandom r) {
    return UnitId.of(String.format("UNIT-%02d", 1 + r.nextInt(UNITS)));
  }

  private static Viewer viewer(SplittableRandom r, List<JurisdictionId> ids) {
    Viewer.Builder b = Viewer.builder().official(official(r)).jurisdiction(pick(r, ids)).unit(unit(r));
    Role[] roles = Role.values();
    for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
      b.addRoles(pick(r, roles));
    }
    if (r.nextInt(4) == 0) {
      b.addMemberOf(unit(r));
    }
    if (r.nextBoolean()) {
      b.person(personId(r));
    }
    return b.build();
  }

  private static String text(SplittableRandom r, int min, int max) {
    int n = min + r.nextInt(max - min + 1);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(TEXT.charAt(r.nextInt(TEXT.length())));
    }
    return sb.toString();
  }

  private static PetitionState petition(SplittableRandom r, int index, JurisdictionTree tree, List<JurisdictionId> ids) {
    PetitionType type = pick(r, PetitionType.values());
    Set<PersonId> petitioners = new LinkedHashSet<>();
    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
      petitioners.add(personId(r));
    }
    JurisdictionId filed = pick(r, ids);
    Petition.Builder b =
        Petition.builder()
            .id(PetitionId.of(String.format("PET-%04d", index)))
            .channel(pick(r, Channel.values()))
            .type(type)
            .category(pick(r, List.of(MatterCategory.LAND, MatterCategory.WAGES, MatterCategory.NEIGHBOURHOOD)))
            .request(text(r, 8, 40))
            .arisenIn(pick(r, ids))
            .filedWith(HandlingPlace.of(filed, tree.level(filed)))
            .receivedAt(RECEIVED);
    petitioners.forEach(p -> b.addPetitioners(Petitioner.of(p)));
    if (r.nextBoolean()) {
      b.facts(text(r, 8, 60));
    }
    if (type == PetitionType.ACCUSATION) {
      switch (r.nextInt(3)) {
        case 0 -> {
          PersonId accused = personId(r);
          b.accusedParty(petitioners.contains(accused) ? AccusedParty.unit(unit(r)) : AccusedParty.person(accused));
        }
        case 1 -> b.accusedParty(AccusedParty.unit(unit(r)));
        default -> b.accusedParty(AccusedParty.unnamed("村会计" + text(r, 6, 12)));
      }
    }
    Petition petition = b.build();
    PetitionState.Builder s =
        PetitionState.builder().petition(petition).version(1).status(PetitionStatus.RECEIVED).updatedAt(RECEIVED);
    if (r.nextInt(3) == 0) {
      s.caseOwner(official(r));
    }
    if (r.nextInt(4) == 0) {
      s.firstContactOwner(official(r));
    }
    if (r.nextInt(5) == 0) {
      s.caseOwnershipLeader(official(r));
    }
    if (r.nextInt(3) == 0) {
      JurisdictionId handler = pick(r, ids);
      s.handling(HandlingPlace.of(handler, tree.level(handler)));
    }
    return s.build();
  }

  private static KeyPersonRecordState keyPerson(SplittableRandom r, int index, List<JurisdictionId> ids) {
    CategoryProfile profile = pick(r, List.copyOf(CATALOGUE.profiles()));
    KeySubject subject =
        profile.category().subject() == KeyPersonCategory.Subject.PERSON
            ? KeySubject.person(personId(r))
            : r.nextBoolean() ? KeySubject.place("场所" + index, address(r)) : KeySubject.place("场所" + index);
    return KeyPersonRecordState.builder()
        .id(KeyPersonRecordId.of(String.format("KP-%04d", index)))
        .subject(subject)
        .category(profile.category())
        .level(profile.mildestLevel())
        .responsibleOfficial(official(r))
        .jurisdiction(pick(r, ids))
        .listedOn(LocalDate.of(2022, 1, 1).plusDays(r.nextInt(300)))
        .version(1)
        .build();
  }

  private static MediationCaseState mediation(SplittableRandom r, int index, List<JurisdictionId> ids) {
    Set<String> subjects = new LinkedHashSet<>();
    List<Party> parties = new ArrayList<>();
    int wanted = 2 + r.nextInt(2);
    while (parties.size() < wanted) {
      Party party = r.nextInt(3) == 0 ? Party.unit(unit(r), PartyRole.RESPONDENT) : Party.person(personId(r), PartyRole.APPLICANT);
      if (subjects.add(party.subject())) {
        parties.add(party);
      }
    }
    JurisdictionId arose = pick(r, ids);
    Dispute dispute =
        Dispute.builder()
            .id(DisputeId.of(String.format("JF-%04d", index)))
            .source(DisputeSource.ROUTINE_SCREENING)
            .type(pick(r, List.of(DisputeType.NEIGHBOURHOOD, DisputeType.LAND_BOUNDARY, DisputeType.LABOUR)))
            .parties(parties)
            .summary(text(r, 8, 50))
            .arose(arose)
            .foundAt(RECEIVED)
            .foundBy(Actor.official(official(r), Role.GRID_WORKER))
            .riskLevel(pick(r, RiskLevel.values()))
            .build();
    MediationCaseState.Builder b =
        MediationCaseState.builder()
            .id(MediationCaseId.of(String.format("TJ-%04d", index)))
            .version(1)
            .status(MediationStatus.OPENED)
            .dispute(dispute)
            .venue(Venue.of(VenueKind.VILLAGE_MEDIATION_ROOM, "调解室", r.nextBoolean() ? arose : pick(r, ids)))
            .openedAt(RECEIVED);
    for (int i = 0, n = r.nextInt(3); i < n; i++) {
      Mediator m = r.nextBoolean() ? Mediator.official(official(r)) : Mediator.volunteer(personId(r), Set.of());
      if (b.build().mediators().stream().noneMatch(x -> x.subject().equals(m.subject()))) {
        b.addMediators(m);
      }
    }
    if (r.nextInt(3) == 0) {
      b.version(3)
          .status(MediationStatus.SETTLED)
          .outcome(MediationOutcome.SETTLED)
          .agreement(Agreement.oral(text(r, 8, 40), LocalDate.of(2022, 7, 6)));
    }
    return b.build();
  }

  private static Address address(SplittableRandom r) {
    return Address.of("山东省邹城市中心店镇" + pick(r, new String[] {"北村", "南村", "东村"}) + (1 + r.nextInt(99)) + "号");
  }

  private static Person person(SplittableRandom r, List<JurisdictionId> ids) {
    String name = SURNAMES.charAt(r.nextInt(SURNAMES.length())) + ""
        + GIVEN.charAt(r.nextInt(GIVEN.length())) + (r.nextBoolean() ? "" : GIVEN.charAt(r.nextInt(GIVEN.length())) + "");
    Person.Builder b = Person.builder().id(personId(r)).name(PersonName.of(name));
    if (r.nextInt(5) != 0) {
      b.citizenId(citizenId(r));
    }
    if (r.nextInt(5) != 0) {
      b.phone(PhoneNumber.parse(r.nextInt(6) == 0 ? "12345" : "13" + String.format("%09d", r.nextInt(1_000_000_000))));
    }
    if (r.nextInt(5) != 0) {
      b.address(address(r));
    }
    if (r.nextInt(5) != 0) {
      b.residence(pick(r, ids));
    }
    return b.build();
  }

  private static CitizenId citizenId(SplittableRandom r) {
    LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(r.nextInt(365 * 60));
    String body = "370883" + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
        + String.format("%03d", r.nextInt(1000));
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return CitizenId.parse(body + "10X98765432".charAt(sum % 11));
  }
}
