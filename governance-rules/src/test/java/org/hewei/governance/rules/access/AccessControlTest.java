package org.hewei.governance.rules.access;

import org.hewei.governance.core.jurisdiction.UnknownJurisdictionException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hewei.governance.rules.access.AccessFixtures.*;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonCategory;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.keyperson.Sensitivity;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.Party;
import org.hewei.governance.core.mediation.PartyRole;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.person.PersonName;
import org.hewei.governance.core.petition.AccusedParty;
import org.hewei.governance.core.petition.PetitionState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccessControlTest {
  private static final Viewer PETITION_OFFICER = viewer("OFF-XF", TOWN, Role.PETITION_OFFICER);
  private static final Viewer NORTH_CADRE = viewer("OFF-BC", NORTH_VILLAGE, Role.VILLAGE_CADRE);
  private static final Viewer SOUTH_CADRE = viewer("OFF-NC", SOUTH_VILLAGE, Role.VILLAGE_CADRE);
  private static final Viewer GRID_WORKER = viewer("OFF-WG", NORTH_VILLAGE, Role.GRID_WORKER);
  private static final Viewer POLICE = viewer("OFF-MJ", TOWN, Role.POLICE_OFFICER);
  private static final Viewer MENTAL_HEALTH = viewer("OFF-JW", TOWN, Role.MENTAL_HEALTH_WORKER);
  private static final Viewer CORRECTION = viewer("OFF-SQJZ", TOWN, Role.COMMUNITY_CORRECTION_OFFICER);
  private static final Viewer MEDIATOR = viewer("OFF-TJ", TOWN, Role.MEDIATOR);

  @Nested
  class Jurisdiction {
    @Test
    @DisplayName("a village cadre sees only the village's subtree (个人信息保护法 Art 6, minimum scope)")
    void villageCadreSeesOnlyTheVillage() {
      PetitionState north = grievance(NORTH_VILLAGE);
      assertThat(CONTROL.petition(NORTH_CADRE, north).isVisible()).isTrue();
      AccessDecision<PetitionView> south = CONTROL.petition(SOUTH_CADRE, north);
      assertThat(south.level()).isEqualTo(AccessLevel.NONE);
      assertThat(south.reason()).isEqualTo(AccessReason.OUTSIDE_JURISDICTION);
      assertThat(south.view()).isEmpty();
      assertThat(south.article()).contains("个人信息保护法 Art 6");
    }

    @Test
    @DisplayName("a town-level role sees the whole town but not another town")
    void townRoleSeesTheTown() {
      assertThat(CONTROL.petition(PETITION_OFFICER, grievance(SOUTH_VILLAGE)).level()).isEqualTo(AccessLevel.FULL);
      assertThat(CONTROL.keyPersonRecord(POLICE, keyPerson(KeyPersonCatalogue.DRUG_RELATED, NORTH_VILLAGE)).level())
          .isEqualTo(AccessLevel.FULL);
      assertThat(CONTROL.keyPersonRecord(POLICE, keyPerson(KeyPersonCatalogue.DRUG_RELATED, OTHER_VILLAGE)).reason())
          .isEqualTo(AccessReason.OUTSIDE_JURISDICTION);
      assertThat(CONTROL.mediationCase(MEDIATOR, mediation(OTHER_VILLAGE)).level()).isEqualTo(AccessLevel.NONE);
      assertThat(CONTROL.person(POLICE, person(OTHER_VILLAGE)).level()).isEqualTo(AccessLevel.NONE);
      assertThat(CONTROL.isInScope(POLICE, NORTH_VILLAGE)).isTrue();
      assertThat(CONTROL.isInScope(POLICE, OTHER_TOWN)).isFalse();
      assertThat(CONTROL.isInScope(NORTH_CADRE, TOWN)).isFalse();
    }

    @Test
    @DisplayName("a petition handled inside the viewer's jurisdiction is in scope even if it arose elsewhere")
    void handlingJurisdictionAlsoScopes() {
      PetitionState arisenElsewhere = grievance(OTHER_VILLAGE);
      assertThat(CONTROL.petition(PETITION_OFFICER, arisenElsewhere).level()).isEqualTo(AccessLevel.FULL);
      assertThat(CONTROL.petition(NORTH_CADRE, arisenElsewhere).level()).isEqualTo(AccessLevel.NONE);
    }

    @Test
    @DisplayName("a viewer or record whose jurisdiction is not in the tree fails fast")
    void unknownJurisdictionFailsFast() {
      Viewer lost = viewer("OFF-X", JurisdictionId.of("NOWHERE"), Role.PETITION_OFFICER);
      assertThatThrownBy(() -> CONTROL.petition(lost, grievance(NORTH_VILLAGE)))
          .isInstanceOf(UnknownJurisdictionException.class)
          .hasMessageContaining("viewer.jurisdiction")
          .hasMessageContaining("NOWHERE")
          .satisfies(e -> assertThat(((UnknownJurisdictionException) e).jurisdiction()).isEqualTo(JurisdictionId.of("NOWHERE")));
      JurisdictionId elsewhere = JurisdictionId.of("ELSEWHERE");
      assertThatThrownBy(() -> CONTROL.petition(PETITION_OFFICER, grievance(elsewhere)))
          .isInstanceOf(UnknownJurisdictionException.class)
          .hasMessageContaining("petition.arisenIn");
      assertThatThrownBy(() -> CONTROL.keyPersonRecord(POLICE, keyPerson(KeyPersonCatalogue.DRUG_RELATED, elsewhere)))
          .isInstanceOf(UnknownJurisdictionException.class)
          .hasMessageContaining("keyPersonRecord.jurisdiction");
      assertThatThrownBy(() -> CONTROL.mediationCase(MEDIATOR, mediation(elsewhere)))
          .isInstanceOf(UnknownJurisdictionException.class)
          .hasMessageContaining("mediationCase.arose");
      assertThatThrownBy(() -> CONTROL.person(POLICE, person(elsewhere)))
          .isInstanceOf(UnknownJurisdictionException.class)
          .hasMessageContaining("person.residence");
      assertThatThrownBy(() -> CONTROL.isInScope(POLICE, elsewhere)).isInstanceOf(UnknownJurisdictionException.class);
    }

    @Test
    @DisplayName("the unknown-jurisdiction check comes before every other rule, even for an accused viewer")
    void unknownJurisdictionBeforeOtherRules() {
      Viewer accusedLost =
          Viewer.builder().from(viewer("OFF-X", JurisdictionId.of("NOWHERE"), Role.VILLAGE_CADRE)).person(ACCUSED).build();
      assertThatThrownBy(() -> CONTROL.petition(accusedLost, accusation(AccusedParty.person(ACCUSED))))
          .isInstanceOf(UnknownJurisdictionException.class);
    }
  }

  @Nested
  class Accusation {
    @Test
    @DisplayName("the accused person never sees an accusation (信访工作条例 Art 30 ¶3, Art 46(5))")
    void accusedPersonSeesNothing() {
      Viewer accusedHead =
          Viewer.builder().from(viewer("OFF-ACC", TOWN, Role.HEAD_OF_BODY, Role.PETITION_OFFICER)).person(ACCUSED).build();
      AccessDecision<PetitionView> d = CONTROL.petition(accusedHead, accusation(AccusedParty.person(ACCUSED)));
      assertThat(d.level()).isEqualTo(AccessLevel.NONE);
      assertThat(d.reason()).isEqualTo(AccessReason.ACCUSED_PARTY);
      assertThat(d.article()).contains("信访工作条例 Art 30, 46(5)");
      assertThat(d.view()).isEmpty();
      // the same official, not accused, sees it in full
      Viewer other = Viewer.builder().from(viewer("OFF-ACC", TOWN, Role.PETITION_OFFICER)).person(PersonId.of("P-1")).build();
      assertThat(CONTROL.petition(other, accusation(AccusedParty.person(ACCUSED))).level()).isEqualTo(AccessLevel.FULL);
    }

    @Test
    @DisplayName("nobody in the accused unit sees an accusation, nor in a unit it belongs to (Art 30 ¶3, 46(5))")
    void accusedUnitSeesNothing() {
      PetitionState state = accusation(AccusedParty.unit(LAND_OFFICE));
      Viewer staff = Viewer.builder().from(viewer("OFF-L", TOWN, Role.HEAD_OF_BODY)).unit(LAND_OFFICE).build();
      assertThat(CONTROL.petition(staff, state).reason()).isEqualTo(AccessReason.ACCUSED_PARTY);
      Viewer subUnit = Viewer.builder().from(viewer("OFF-L2", TOWN, Role.PETITION_OFFICER)).addMemberOf(LAND_OFFICE).build();
      assertThat(subUnit.units()).contains(LAND_OFFICE, subUnit.unit());
      assertThat(CONTROL.petition(subUnit, state).level()).isEqualTo(AccessLevel.NONE);
      assertThat(CONTROL.petition(PETITION_OFFICER, state).level()).isEqualTo(AccessLevel.FULL);
    }

    @Test
    @DisplayName("Art 30 hides only accusations: a grievance is not hidden from a person named in no accusation")
    void grievanceIsNotAnAccusation() {
      Viewer someone = Viewer.builder().from(PETITION_OFFICER).person(ACCUSED).build();
      assertThat(CONTROL.petition(someone, grievance(NORTH_VILLAGE)).level()).isEqualTo(AccessLevel.FULL);
    }

    @Test
    @DisplayName("a redacted view of an accusation carries no petitioner and only the accused party's kind")
    void redactedAccusationHidesPetitioner() {
      PetitionView v =
          CONTROL.petition(GRID_WORKER, accusation(AccusedParty.person(ACCUSED))).view().orElseThrow();
      assertThat(v.level()).isEqualTo(AccessLevel.REDACTED);
      assertThat(v.petitioners()).isEmpty();
      assertThat(v.petitionerCount()).isEqualTo(1);
      assertThat(v.accusedParty()).isEmpty();
      assertThat(v.accusedKind()).contains(AccusedParty.Kind.PERSON);
      assertThat(v.toString()).doesNotContain(PETITIONER.toString());
    }
  }

  @Nested
  class Recusal {
    @Test
    @DisplayName("a handler in the recusal set sees nothing (信访工作条例 Art 28 ¶3)")
    void recusedHandlerSeesNothing() {
      PetitionState state = grievance(NORTH_VILLAGE);
      Set<OfficialId> recused = Set.of(PETITION_OFFICER.official());
      AccessDecision<PetitionView> d = CONTROL.petition(PETITION_OFFICER, state, recused);
      assertThat(d.level()).isEqualTo(AccessLevel.NONE);
      assertThat(d.reason()).isEqualTo(AccessReason.RECUSED);
      assertThat(d.article()).contains("信访工作条例 Art 28");
      assertThat(CONTROL.keyPersonRecord(POLICE, keyPerson(KeyPersonCatalogue.DRUG_RELATED, TOWN), Set.of(POLICE.official())).reason())
          .isEqualTo(AccessReason.RECUSED);
      assertThat(CONTROL.mediationCase(MEDIATOR, mediation(NORTH_VILLAGE), Set.of(MEDIATOR.official())).reason())
          .isEqualTo(AccessReason.RECUSED);
      assertThat(CONTROL.person(POLICE, person(NORTH_VILLAGE), Set.of(POLICE.official())).reason())
          .isEqualTo(AccessReason.RECUSED);
    }

    @Test
    @DisplayName("an official who is a petitioner has a direct interest and sees nothing (Art 28 ¶3)")
    void petitionerOfficialIsRecused() {
      Viewer self = Viewer.builder().from(PETITION_OFFICER).person(PETITIONER).build();
      assertThat(CONTROL.petition(self, grievance(NORTH_VILLAGE)).reason()).isEqualTo(AccessReason.RECUSED);
    }

    @Test
    @DisplayName("an assigned case owner who must recuse sees nothing (Art 28 ¶3 before assignment)")
    void recusalBeatsAssignment() {
      PetitionState owned = grievance(NORTH_VILLAGE).toBuilder().caseOwner(GRID_WORKER.official()).build();
      assertThat(CONTROL.petition(GRID_WORKER, owned).reason()).isEqualTo(AccessReason.ASSIGNED);
      assertThat(CONTROL.petition(GRID_WORKER, owned, Set.of(GRID_WORKER.official())).level()).isEqualTo(AccessLevel.NONE);
    }

    @Test
    @DisplayName("a party of a dispute, as a person or through its unit, sees nothing of the mediation case")
    void mediationPartyIsRecused() {
      MediationCaseState state = mediation(NORTH_VILLAGE);
      Viewer applicant = Viewer.builder().from(MEDIATOR).person(PETITIONER).build();
      assertThat(CONTROL.mediationCase(applicant, state).reason()).isEqualTo(AccessReason.RECUSED);
      Viewer committee = Viewer.builder().from(NORTH_CADRE).unit(NORTH_COMMITTEE).build();
      assertThat(CONTROL.mediationCase(committee, state).reason()).isEqualTo(AccessReason.RECUSED);
    }

    @Test
    @DisplayName("the listed person never sees their own key-person record through an official role")
    void listedPersonIsRecused() {
      Viewer listed = Viewer.builder().from(POLICE).person(LISTED).build();
      assertThat(CONTROL.keyPersonRecord(listed, keyPerson(KeyPersonCatalogue.DRUG_RELATED, TOWN)).reason())
          .isEqualTo(AccessReason.RECUSED);
    }
  }

  @Nested
  class KeyPersons {
    @Test
    @DisplayName("severe mental disorder reaches only the mental-health worker (精神卫生法 Art 4, 个人信息保护法 Art 28)")
    void severeMentalDisorderOnlyToItsRole() {
      KeyPersonRecordState r = keyPerson(KeyPersonCatalogue.SEVERE_MENTAL_DISORDER, NORTH_VILLAGE);
      assertThat(CONTROL.keyPersonRecord(MENTAL_HEALTH, r).level()).isEqualTo(AccessLevel.FULL);
      for (Viewer other : new Viewer[] {POLICE, GRID_WORKER, NORTH_CADRE, CORRECTION, PETITION_OFFICER}) {
        AccessDecision<KeyPersonRecordView> d = CONTROL.keyPersonRecord(other, r);
        assertThat(d.level()).as(other.toString()).isEqualTo(AccessLevel.NONE);
        assertThat(d.reason()).isEqualTo(AccessReason.KEY_PERSON_CATEGORY_RESTRICTED);
        assertThat(d.article()).contains("个人信息保护法 Art 28");
      }
    }

    @Test
    @DisplayName("community correction reaches only the community-correction officer (社区矫正法, 个人信息保护法 Art 28)")
    void communityCorrectionOnlyToItsRole() {
      KeyPersonRecordState r = keyPerson(KeyPersonCatalogue.COMMUNITY_CORRECTION, NORTH_VILLAGE);
      assertThat(CONTROL.keyPersonRecord(CORRECTION, r).level()).isEqualTo(AccessLevel.FULL);
      assertThat(CONTROL.keyPersonRecord(MENTAL_HEALTH, r).level()).isEqualTo(AccessLevel.NONE);
      assertThat(CONTROL.keyPersonRecord(POLICE, r).level()).isEqualTo(AccessLevel.NONE);
    }

    @Test
    @DisplayName("the responsible official does not override special protection (个人信息保护法 Art 28)")
    void responsibleOfficialDoesNotOverrideSpecialProtection() {
      Viewer responsible = viewer("RESP-1", TOWN, Role.GRID_WORKER);
      assertThat(CONTROL.keyPersonRecord(responsible, keyPerson(KeyPersonCatalogue.SEVERE_MENTAL_DISORDER, TOWN)).level())
          .isEqualTo(AccessLevel.NONE);
      Viewer responsibleCadre = viewer("RESP-1", TOWN, Role.VILLAGE_CADRE);
      AccessDecision<KeyPersonRecordView> sensitive =
          CONTROL.keyPersonRecord(responsibleCadre, keyPerson(KeyPersonCatalogue.PETITION_FOCUS, TOWN));
      assertThat(sensitive.level()).isEqualTo(AccessLevel.FULL);
      assertThat(sensitive.reason()).isEqualTo(AccessReason.ASSIGNED);
    }

    @Test
    @DisplayName("police see special categories only where a locality adds them (个人信息保护法 Art 28 ¶2)")
    void policeOnlyWhenConfigured() {
      KeyPersonRecordState r = keyPerson(KeyPersonCatalogue.SEVERE_MENTAL_DISORDER, TOWN);
      AccessControl local =
          AccessControl.of(
              AccessPolicy.defaults().withCategoryRoles("severe-mental-disorder", Set.of(Role.POLICE_OFFICER)),
              TREE,
              KeyPersonCatalogue.defaults());
      assertThat(local.keyPersonRecord(POLICE, r).level()).isEqualTo(AccessLevel.FULL);
      assertThat(local.keyPersonRecord(POLICE, keyPerson(KeyPersonCatalogue.COMMUNITY_CORRECTION, TOWN)).level())
          .isEqualTo(AccessLevel.NONE);
    }

    @Test
    @DisplayName("a sensitive category reaches police, grid and governance roles; others get a redacted view (Art 28)")
    void sensitiveCategoryRedactedForOthers() {
      KeyPersonRecordState r = keyPerson(KeyPersonCatalogue.DRUG_RELATED, NORTH_VILLAGE);
      assertThat(CONTROL.keyPersonRecord(GRID_WORKER, r).level()).isEqualTo(AccessLevel.FULL);
      assertThat(CONTROL.keyPersonRecord(viewer("G", TOWN, Role.GOVERNANCE_CENTRE_OFFICER), r).level())
          .isEqualTo(AccessLevel.FULL);
      AccessDecision<KeyPersonRecordView> d = CONTROL.keyPersonRecord(NORTH_CADRE, r);
      assertThat(d.level()).isEqualTo(AccessLevel.REDACTED);
      assertThat(d.reason()).isEqualTo(AccessReason.KEY_PERSON_CATEGORY_RESTRICTED);
      KeyPersonRecordView v = d.view().orElseThrow();
      assertThat(v.person()).isEmpty();
      assertThat(v.category()).isEmpty();
      assertThat(v.controlLevel()).isEmpty();
      assertThat(v.responsibleOfficial()).isEmpty();
      assertThat(v.jurisdiction()).isEqualTo(NORTH_VILLAGE);
      assertThat(v.toString()).doesNotContain("drug").doesNotContain(LISTED.toString()).doesNotContain("FOCUS");
      KeyPersonRecordView full = CONTROL.keyPersonRecord(GRID_WORKER, r).view().orElseThrow();
      assertThat(full.person()).contains(LISTED);
      assertThat(full.category()).contains(KeyPersonCatalogue.DRUG_RELATED);
      assertThat(full.toString()).doesNotContain("drug").doesNotContain("FOCUS");
    }

    @Test
    @DisplayName("the category's responsible role always sees its category (released prisoners: judicial office)")
    void responsibleRoleSeesItsCategory() {
      KeyPersonRecordState r = keyPerson(KeyPersonCatalogue.RELEASED_PRISONER, TOWN);
      assertThat(CONTROL.keyPersonRecord(viewer("J", TOWN, Role.JUDICIAL_OFFICER), r).level()).isEqualTo(AccessLevel.FULL);
      assertThat(CONTROL.keyPersonRecord(MEDIATOR, r).level()).isEqualTo(AccessLevel.REDACTED);
    }

    @Test
    @DisplayName("a key place is ordinary: every role of the jurisdiction sees it; a redacted place masks the address")
    void keyPlaces() {
      KeyPersonRecordState place = keyPlace(NORTH_VILLAGE);
      KeyPersonRecordView v = CONTROL.keyPersonRecord(NORTH_CADRE, place).view().orElseThrow();
      assertThat(v.level()).isEqualTo(AccessLevel.FULL);
      assertThat(v.placeAddress()).contains(ADDRESS);
      AccessControl strict =
          AccessControl.of(
              AccessPolicy.defaults().withSensitivityRoles(Sensitivity.ORDINARY, Set.of(Role.POLICE_OFFICER)),
              TREE, KeyPersonCatalogue.defaults());
      AccessDecision<KeyPersonRecordView> d = strict.keyPersonRecord(NORTH_CADRE, place);
      assertThat(d.reason()).isEqualTo(AccessReason.ROLE_NOT_ENTITLED);
      KeyPersonRecordView redacted = d.view().orElseThrow();
      assertThat(redacted.placeAddress()).contains("山东省邹城市***");
      assertThat(redacted.placeName()).contains("北村出租屋");
      assertThat(redacted.category()).contains(KeyPersonCatalogue.RENTAL_HOUSING);
      assertThat(redacted.toString()).contains("rental-housing").doesNotContain(ADDRESS);
    }

    @Test
    @DisplayName("a category missing from the catalogue fails fast without naming a person's category")
    void unknownCategoryFailsFast() {
      KeyPersonCategory gambling = KeyPersonCategory.of("local-gambling", "涉赌人员", KeyPersonCategory.Subject.PERSON);
      assertThatThrownBy(() -> CONTROL.keyPersonRecord(POLICE, keyPerson(gambling, TOWN)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("keyPersonRecord.category")
          .hasMessageNotContaining("gambling");
    }
  }

  @Nested
  class Views {
    @Test
    @DisplayName("petition roles see a petition in full; other roles see masked texts and no petitioners (PIPL Art 6)")
    void petitionFullAndRedacted() {
      PetitionState state = grievance(NORTH_VILLAGE);
      PetitionView full = CONTROL.petition(PETITION_OFFICER, state).view().orElseThrow();
      assertThat(full.level()).isEqualTo(AccessLevel.FULL);
      assertThat(full.request()).isEqualTo(REQUEST);
      assertThat(full.facts()).contains(FACTS);
      assertThat(full.petitioners()).extracting(p -> p.person()).containsExactly(PETITIONER);
      assertThat(full.toString()).doesNotContain(REQUEST).doesNotContain(FACTS);
      AccessDecision<PetitionView> d = CONTROL.petition(NORTH_CADRE, state);
      assertThat(d.reason()).isEqualTo(AccessReason.ROLE_NOT_ENTITLED);
      PetitionView redacted = d.view().orElseThrow();
      assertThat(redacted.request()).isEqualTo("(" + REQUEST.length() + " chars)");
      assertThat(redacted.facts()).contains("(" + FACTS.length() + " chars)");
      assertThat(redacted.petitioners()).isEmpty();
      assertThat(redacted.status()).isEqualTo(state.status());
      assertThat(redacted.id()).isEqualTo(state.id());
    }

    @Test
    @DisplayName("the case owner, leader and first-contact owner see their petition in full")
    void assignedOfficialsSeeInFull() {
      PetitionState base = grievance(NORTH_VILLAGE);
      for (PetitionState s :
          new PetitionState[] {
            base.toBuilder().caseOwner(NORTH_CADRE.official()).build(),
            base.toBuilder().caseOwnershipLeader(NORTH_CADRE.official()).build(),
            base.toBuilder().firstContactOwner(NORTH_CADRE.official()).build()
          }) {
        AccessDecision<PetitionView> d = CONTROL.petition(NORTH_CADRE, s);
        assertThat(d.level()).isEqualTo(AccessLevel.FULL);
        assertThat(d.reason()).isEqualTo(AccessReason.ASSIGNED);
        assertThat(d.article()).isEmpty();
      }
    }

    @Test
    @DisplayName("a person in full for grid workers; masked name, ID number, phone and address for others")
    void personFullAndRedacted() {
      Person p = person(NORTH_VILLAGE);
      PersonView full = CONTROL.person(GRID_WORKER, p).view().orElseThrow();
      assertThat(full.name()).isEqualTo(NAME);
      assertThat(full.citizenId()).contains(CITIZEN_ID);
      assertThat(full.phone()).contains(PHONE);
      assertThat(full.address()).contains(ADDRESS);
      PersonView redacted = CONTROL.person(NORTH_CADRE, p).view().orElseThrow();
      assertThat(redacted.level()).isEqualTo(AccessLevel.REDACTED);
      assertThat(redacted.name()).isEqualTo("张**");
      assertThat(redacted.citizenId()).contains("110105********002X");
      assertThat(redacted.phone()).contains("138****5678");
      assertThat(redacted.address()).contains("山东省邹城市***");
      for (PersonView v : new PersonView[] {full, redacted}) {
        assertThat(v.toString()).doesNotContain(NAME, CITIZEN_ID, PHONE, ADDRESS, "张");
      }
    }

    @Test
    @DisplayName("a person without residence cannot be scoped and is shown to nobody")
    void personWithoutResidence() {
      Person p = Person.builder().id(PersonId.of("P-9")).name(PersonName.of(NAME)).build();
      AccessDecision<PersonView> d = CONTROL.person(POLICE, p);
      assertThat(d.level()).isEqualTo(AccessLevel.NONE);
      assertThat(d.reason()).isEqualTo(AccessReason.RESIDENCE_UNKNOWN);
    }

    @Test
    @DisplayName("mediation roles and assigned mediators see the case in full; others see masked texts and no parties")
    void mediationFullAndRedacted() {
      MediationCaseState state = mediation(NORTH_VILLAGE);
      assertThat(CONTROL.mediationCase(MEDIATOR, state).reason()).isEqualTo(AccessReason.ROLE_ENTITLED);
      AccessDecision<MediationCaseView> assigned = CONTROL.mediationCase(viewer("MED-1", NORTH_VILLAGE, Role.VILLAGE_CADRE), state);
      assertThat(assigned.reason()).isEqualTo(AccessReason.ASSIGNED);
      assertThat(assigned.view().orElseThrow().summary()).isEqualTo(FACTS);
      assertThat(assigned.view().orElseThrow().parties()).hasSize(2);
      MediationCaseView redacted = CONTROL.mediationCase(GRID_WORKER, state).view().orElseThrow();
      assertThat(redacted.level()).isEqualTo(AccessLevel.REDACTED);
      assertThat(redacted.summary()).isEqualTo("(" + FACTS.length() + " chars)");
      assertThat(redacted.parties()).isEmpty();
      assertThat(redacted.mediators()).isEmpty();
      assertThat(redacted.partyCount()).isEqualTo(2);
      assertThat(redacted.toString()).doesNotContain(FACTS).doesNotContain(PETITIONER.toString());
    }

    @Test
    @DisplayName("a decision's toString shows the level, reason code and article, never the view")
    void decisionToString() {
      AccessDecision<PetitionView> d = CONTROL.petition(PETITION_OFFICER, grievance(NORTH_VILLAGE));
      assertThat(d.toString()).isEqualTo("AccessDecision{FULL, role-entitled}");
      assertThat(CONTROL.petition(SOUTH_CADRE, grievance(NORTH_VILLAGE)).toString())
          .isEqualTo("AccessDecision{NONE, outside-jurisdiction, 个人信息保护法 Art 6}");
      assertThat(d).isEqualTo(CONTROL.petition(PETITION_OFFICER, grievance(NORTH_VILLAGE)));
      assertThat(d.hashCode()).isEqualTo(CONTROL.petition(PETITION_OFFICER, grievance(NORTH_VILLAGE)).hashCode());
      assertThat(d).isNotEqualTo(CONTROL.petition(NORTH_CADRE, grievance(NORTH_VILLAGE)));
    }
  }

  @Nested
  class PolicyAndViewer {
    @Test
    @DisplayName("the default policy matches the documented table")
    void defaults() {
      AccessPolicy p = AccessPolicy.defaults();
      assertThat(p.keyPersonRoles(Sensitivity.SPECIALLY_PROTECTED)).isEmpty();
      assertThat(p.keyPersonRoles(Sensitivity.SENSITIVE))
          .containsExactlyInAnyOrder(Role.POLICE_OFFICER, Role.GRID_WORKER, Role.GOVERNANCE_CENTRE_OFFICER);
      assertThat(p.keyPersonRoles(Sensitivity.ORDINARY)).containsExactlyInAnyOrder(Role.values());
      assertThat(p.petitionRoles()).contains(Role.PETITION_OFFICER).doesNotContain(Role.VILLAGE_CADRE);
      assertThat(p.mediationRoles()).contains(Role.MEDIATOR);
      assertThat(p.personRoles()).contains(Role.GRID_WORKER).doesNotContain(Role.MEDIATOR);
      assertThat(p.categoryRoles()).isEmpty();
      assertThat(p.rolesForCategory("severe-mental-disorder")).isEmpty();
    }

    @Test
    @DisplayName("with… methods replace one setting and copy the role sets defensively")
    void withMethods() {
      EnumSet<Role> mutable = EnumSet.of(Role.MEDIATOR);
      AccessPolicy p = AccessPolicy.defaults().withCategoryRoles("drug-related", mutable).withPersonRoles(Set.of(Role.MEDIATOR));
      mutable.add(Role.VILLAGE_CADRE);
      assertThat(p.rolesForCategory("drug-related")).containsExactly(Role.MEDIATOR);
      assertThat(p.personRoles()).containsExactly(Role.MEDIATOR);
      assertThat(p.withCategoryRoles("drug-related", Set.of()).categoryRoles()).isEmpty();
      assertThat(p.withPetitionRoles(Set.of()).petitionRoles()).isEmpty();
      assertThat(p.withMediationRoles(Set.of(Role.JUDICIAL_OFFICER)).mediationRoles()).containsExactly(Role.JUDICIAL_OFFICER);
      EnumSet<Role> nested = EnumSet.of(Role.GRID_WORKER);
      AccessPolicy built = AccessPolicy.builder().putSensitivityRoles(Sensitivity.SENSITIVE, nested).build();
      nested.add(Role.MEDIATOR);
      assertThat(built.keyPersonRoles(Sensitivity.SENSITIVE)).containsExactly(Role.GRID_WORKER);
      assertThat(built.keyPersonRoles(Sensitivity.ORDINARY)).isEmpty();
      assertThatThrownBy(() -> AccessPolicy.defaults().withCategoryRoles("bad code!", Set.of(Role.MEDIATOR)))
          .isInstanceOf(InvalidValueException.class);
    }

    @Test
    @DisplayName("a viewer needs a role and never prints the person it is")
    void viewer() {
      assertThatThrownBy(() -> Viewer.builder().official(OfficialId.of("X")).jurisdiction(TOWN).unit(LAND_OFFICE).build())
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("roles");
      Viewer v = Viewer.builder().from(POLICE).person(PersonId.of("P-SECRET")).build();
      assertThat(v.toString()).doesNotContain("P-SECRET").contains("person=***").contains("OFF-MJ");
      assertThat(v.hasRole(Role.POLICE_OFFICER)).isTrue();
      assertThat(v.hasAnyRole(Set.of(Role.MEDIATOR))).isFalse();
      assertThat(POLICE.person()).isEqualTo(Optional.empty());
    }

    @Test
    @DisplayName("a viewer built from an official takes its id, roles, jurisdiction and unit")
    void viewerFromOfficial() {
      org.hewei.governance.core.organization.Official o =
          org.hewei.governance.core.organization.Official.builder()
              .id(OfficialId.of("ZXD-OFF-017"))
              .name(PersonName.of("王伟"))
              .unit(PETITION_OFFICE)
              .addRoles(Role.PETITION_OFFICER)
              .jurisdiction(TOWN)
              .build();
      Viewer v = Viewer.of(o, ACCUSED);
      assertThat(v.official()).isEqualTo(o.id());
      assertThat(v.roles()).containsExactly(Role.PETITION_OFFICER);
      assertThat(v.jurisdiction()).isEqualTo(TOWN);
      assertThat(v.unit()).isEqualTo(PETITION_OFFICE);
      assertThat(v.person()).contains(ACCUSED);
      assertThat(Viewer.of(o).person()).isEmpty();
      assertThat(CONTROL.petition(v, accusation(AccusedParty.person(ACCUSED))).level()).isEqualTo(AccessLevel.NONE);
    }

    @Test
    @DisplayName("reason codes are stable kebab-case and carry the article where the law sets one")
    void reasons() {
      assertThat(AccessReason.KEY_PERSON_CATEGORY_RESTRICTED.code()).isEqualTo("key-person-category-restricted");
      assertThat(AccessReason.RECUSED.article()).contains("信访工作条例 Art 28");
      assertThat(AccessReason.ROLE_ENTITLED.article()).isEmpty();
      assertThat(AccessLevel.REDACTED.chineseName()).isEqualTo("脱敏可见");
      assertThat(CONTROL.toString()).contains("ZC").contains("7");
      assertThat(CONTROL.policy()).isEqualTo(AccessPolicy.defaults());
      assertThat(CONTROL.tree()).isSameAs(TREE);
      assertThat(CONTROL.catalogue()).isEqualTo(KeyPersonCatalogue.defaults());
    }
  }

  @Test
  @DisplayName("a dispute with a unit party the viewer does not belong to is not a recusal")
  void unitPartyOnlyForItsMembers() {
    MediationCaseState state =
        mediation(NORTH_VILLAGE, Party.person(PersonId.of("P-A"), PartyRole.APPLICANT), Party.unit(LAND_OFFICE, PartyRole.RESPONDENT));
    assertThat(CONTROL.mediationCase(MEDIATOR, state).level()).isEqualTo(AccessLevel.FULL);
  }
}
