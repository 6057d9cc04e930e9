package org.hewei.governance.rules.access;

import org.hewei.governance.core.jurisdiction.UnknownJurisdictionException;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.jurisdiction.SubtreeInterval;
import org.hewei.governance.core.keyperson.CategoryProfile;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.keyperson.Sensitivity;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.Mediator;
import org.hewei.governance.core.mediation.Party;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.petition.AccusedParty;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 访问控制 — decides, for a {@link Viewer} and a record, whether the viewer sees it in FULL, as a
 * REDACTED view, or NOT AT ALL, with the reason and its article.
 *
 * <p>The rules, applied in this order (the first that decides wins):
 *
 * <ol>
 *   <li>Every jurisdiction involved (the viewer's and the record's) must be in the tree, else {@link
 *       UnknownJurisdictionException}.
 *   <li>Petitions only: the accused person ({@link Viewer#person()}) or unit ({@link Viewer#units()}) of
 *       an accusation gets NONE — {@link AccessReason#ACCUSED_PARTY}, 信访工作条例 Art 30 ¶3, 46(5).
 *   <li>Recusal (Art 28 ¶3): an official in the caller's {@code recused} set, or a viewer who is a party
 *       — a petitioner of the petition, a party (person or unit) of the dispute, the listed person —
 *       gets NONE ({@link AccessReason#RECUSED}).
 *   <li>Scope: a record none of whose jurisdictions lies in the viewer's subtree gives NONE ({@link
 *       AccessReason#OUTSIDE_JURISDICTION}); the test is the tree's O(1) pre-order interval test.
 *       A person without residence gives NONE ({@link AccessReason#RESIDENCE_UNKNOWN}).
 *   <li>Key-person records: the category's sensitivity (from the catalogue) and the viewer's roles —
 *       see {@link AccessPolicy} and the package documentation (个人信息保护法 Art 28).
 *   <li>Assigned officials and entitled roles see FULL; everyone else in scope a REDACTED view.
 * </ol>
 *
 * <p>Pure and thread-safe; every query is O(1) in the size of the tree (plus the number of
 * petitioners, parties or mediators for the party tests). DEBUG logging never writes personal data.
 *
 * <pre>{@code
 * AccessControl control = AccessControl.of(AccessPolicy.defaults(), tree, KeyPersonCatalogue.defaults());
 * AccessDecision<PetitionView> d = control.petition(Viewer.of(gridWorker), state);
 * d.level();                   // REDACTED
 * d.view().get().request();    // "(42 chars)"
 * control.petition(Viewer.of(accusedCadre, accusedPersonId), accusation).level(); // NONE
 * control.petition(handler, state, Set.of(handlerId)).reason();                   // RECUSED
 * }</pre>
 */
public final class AccessControl {
  private static final Logger LOG = LoggerFactory.getLogger(AccessControl.class);

  private final AccessPolicy policy;
  private final JurisdictionTree tree;
  private final KeyPersonCatalogue catalogue;

  private AccessControl(AccessPolicy policy, JurisdictionTree tree, KeyPersonCatalogue catalogue) {
    this.policy = policy;
    this.tree = tree;
    this.catalogue = catalogue;
  }

  /**
   * An access control applying {@code policy} over {@code tree}, reading key-person sensitivities from
   * {@code catalogue}.
   *
   * <pre>{@code
   * AccessControl.of(AccessPolicy.defaults(), tree, KeyPersonCatalogue.defaults());
   * }</pre>
   */
  public static AccessControl of(AccessPolicy policy, JurisdictionTree tree, KeyPersonCatalogue catalogue) {
    return new AccessControl(
        Checks.required("policy", policy), Checks.required("tree", tree), Checks.required("catalogue", catalogue));
  }

  /** The policy applied. */
  public AccessPolicy policy() {
    return policy;
  }

  /** The jurisdiction tree used for scoping. */
  public JurisdictionTree tree() {
    return tree;
  }

  /** The catalogue the key-person sensitivities come from. */
  public KeyPersonCatalogue catalogue() {
    return catalogue;
  }

  /** {@link #petition(Viewer, PetitionState, Set)} with nobody recused by the caller. */
  public AccessDecision<PetitionView> petition(Viewer viewer, PetitionState state) {
    return petition(viewer, state, Set.of());
  }

  /**
   * What {@code viewer} may see of a petition.
   *
   * <pre>{@code
   * control.petition(viewer, state, Set.of(OfficialId.of("ZXD-OFF-9"))).level();
   * }</pre>
   *
   * @param recused officials who must recuse themselves from this matter (信访工作条例 Art 28 ¶3)
   * @throws UnknownJurisdictionException if the viewer's jurisdiction, where the petition arose or
   *     where it is handled is not in the tree
   */
  public AccessDecision<PetitionView> petition(Viewer viewer, PetitionState state, Set<OfficialId> recused) {
    Checks.required("viewer", viewer);
    Checks.required("state", state);
    Checks.required("recused", recused);
    Petition petition = state.petition();
    SubtreeInterval scope = scopeOf(viewer);
    int arisen = index("petition.arisenIn", petition.arisenIn());
    int handling = index("petition.handling", state.handling().jurisdiction());
    AccessDecision<PetitionView> decision;
    if (isAccused(viewer, petition)) {
      decision = AccessDecision.none(AccessReason.ACCUSED_PARTY);
    } else if (recused.contains(viewer.official())
        || viewer.person().filter(petition::hasPetitioner).isPresent()) {
      decision = AccessDecision.none(AccessReason.RECUSED);
    } else if (!scope.contains(arisen) && !scope.contains(handling)) {
      decision = AccessDecision.none(AccessReason.OUTSIDE_JURISDICTION);
    } else if (isAssigned(viewer.official(), state)) {
      decision = AccessDecision.full(AccessReason.ASSIGNED, PetitionView.of(state, true));
    } else if (viewer.hasAnyRole(policy.petitionRoles())) {
      decision = AccessDecision.full(AccessReason.ROLE_ENTITLED, PetitionView.of(state, true));
    } else {
      decision = AccessDecision.redacted(AccessReason.ROLE_NOT_ENTITLED, PetitionView.of(state, false));
    }
    trace(viewer, "petition", state.id().toString(), decision);
    return decision;
  }

  /** {@link #keyPersonRecord(Viewer, KeyPersonRecordState, Set)} with nobody recused by the caller. */
  public AccessDecision<KeyPersonRecordView> keyPersonRecord(Viewer viewer, KeyPersonRecordState state) {
    return keyPersonRecord(viewer, state, Set.of());
  }

  /**
   * What {@code viewer} may see of a key-person or key-place record (个人信息保护法 Art 28).
   *
   * <pre>{@code
   * control.keyPersonRecord(mentalHealthWorker, record).level(); // FULL
   * control.keyPersonRecord(policeOfficer, record).level();      // NONE (SPECIALLY_PROTECTED)
   * }</pre>
   *
   * @param recused officials who must recuse themselves from this record
   * @throws UnknownJurisdictionException if the viewer's or the record's jurisdiction is not in the tree
   * @throws InvalidValueException if the record's category is not in the catalogue (the message never
   *     names the category of a person record)
   */
  public AccessDecision<KeyPersonRecordView> keyPersonRecord(
      Viewer viewer, KeyPersonRecordState state, Set<OfficialId> recused) {
    Checks.required("viewer", viewer);
    Checks.required("state", state);
    Checks.required("recused", recused);
    SubtreeInterval scope = scopeOf(viewer);
    int recordIndex = index("keyPersonRecord.jurisdiction", state.jurisdiction());
    CategoryProfile profile = profileOf(state);
    Sensitivity sensitivity = profile.sensitivity();
    boolean personRecord = state.subject().isPerson();
    AccessDecision<KeyPersonRecordView> decision;
    if (recused.contains(viewer.official())
        || (personRecord && viewer.person().equals(state.subject().person()))) {
      decision = AccessDecision.none(AccessReason.RECUSED);
    } else if (!scope.contains(recordIndex)) {
      decision = AccessDecision.none(AccessReason.OUTSIDE_JURISDICTION);
    } else if (viewer.hasRole(profile.responsibleRole())
        || viewer.hasAnyRole(policy.keyPersonRoles(sensitivity))
        || viewer.hasAnyRole(policy.rolesForCategory(profile.code()))) {
      decision = AccessDecision.full(AccessReason.ROLE_ENTITLED, KeyPersonRecordView.of(state, true));
    } else if (sensitivity == Sensitivity.SPECIALLY_PROTECTED) {
      decision = AccessDecision.none(AccessReason.KEY_PERSON_CATEGORY_RESTRICTED);
    } else if (viewer.official().equals(state.responsibleOfficial())) {
      decision = AccessDecision.full(AccessReason.ASSIGNED, KeyPersonRecordView.of(state, true));
    } else {
      decision =
          AccessDecision.redacted(
              personRecord ? AccessReason.KEY_PERSON_CATEGORY_RESTRICTED : AccessReason.ROLE_NOT_ENTITLED,
              KeyPersonRecordView.of(state, false));
    }
    trace(viewer, personRecord ? "key-person record of a person" : "key-place record",
        personRecord ? "***" : state.id().toString(), decision);
    return decision;
  }

  /** {@link #mediationCase(Viewer, MediationCaseState, Set)} with nobody recused by the caller. */
  public AccessDecision<MediationCaseView> mediationCase(Viewer viewer, MediationCaseState state) {
    return mediationCase(viewer, state, Set.of());
  }

  /**
   * What {@code viewer} may see of a mediation case. A viewer who is a party (as a person or through
   * one of their units) recuses (信访工作条例 Art 28 ¶3 applied to mediation; 人民调解法 Art 3 requires
   * impartial mediation).
   *
   * <pre>{@code
   * control.mediationCase(mediator, state).level(); // FULL
   * }</pre>
   *
   * @param recused officials who must recuse themselves from this case
   * @throws UnknownJurisdictionException if the viewer's jurisdiction, where the dispute arose or the
   *     venue's jurisdiction is not in the tree
   */
  public AccessDecision<MediationCaseView> mediationCase(
      Viewer viewer, MediationCaseState state, Set<OfficialId> recused) {
    Checks.required("viewer", viewer);
    Checks.required("state", state);
    Checks.required("recused", recused);
    SubtreeInterval scope = scopeOf(viewer);
    int arose = index("mediationCase.arose", state.dispute().arose());
    int venue = index("mediationCase.venue", state.venue().jurisdiction());
    AccessDecision<MediationCaseView> decision;
    if (recused.contains(viewer.official()) || isParty(viewer, state)) {
      decision = AccessDecision.none(AccessReason.RECUSED);
    } else if (!scope.contains(arose) && !scope.contains(venue)) {
      decision = AccessDecision.none(AccessReason.OUTSIDE_JURISDICTION);
    } else if (isMediator(viewer.official(), state)) {
      decision = AccessDecision.full(AccessReason.ASSIGNED, MediationCaseView.of(state, true));
    } else if (viewer.hasAnyRole(policy.mediationRoles())) {
      decision = AccessDecision.full(AccessReason.ROLE_ENTITLED, MediationCaseView.of(state, true));
    } else {
      decision = AccessDecision.redacted(AccessReason.ROLE_NOT_ENTITLED, MediationCaseView.of(state, false));
    }
    trace(viewer, "mediation case", state.id().toString(), decision);
    return decision;
  }

  /** {@link #person(Viewer, Person, Set)} with nobody recused by the caller. */
  public AccessDecision<PersonView> person(Viewer viewer, Person person) {
    return person(viewer, person, Set.of());
  }

  /**
   * What {@code viewer} may see of a person's personal information. The person is scoped by
   * residence; without one, nobody sees the person ({@link AccessReason#RESIDENCE_UNKNOWN}).
   *
   * <pre>{@code
   * control.person(gridWorker, person).view().get().phone(); // Optional["13812345678"]
   * control.person(mediator, person).view().get().phone();   // Optional["138****5678"]
   * }</pre>
   *
   * @param recused officials who must not see this person (e.g. in a matter they recused from)
   * @throws UnknownJurisdictionException if the viewer's jurisdiction or the residence is not in the tree
   */
  public AccessDecision<PersonView> person(Viewer viewer, Person person, Set<OfficialId> recused) {
    Checks.required("viewer", viewer);
    Checks.required("person", person);
    Checks.required("recused", recused);
    SubtreeInterval scope = scopeOf(viewer);
    Optional<JurisdictionId> residence = person.residence();
    int residenceIndex = residence.isPresent() ? index("person.residence", residence.get()) : -1;
    AccessDecision<PersonView> decision;
    if (recused.contains(viewer.official())) {
      decision = AccessDecision.none(AccessReason.RECUSED);
    } else if (residenceIndex < 0) {
      decision = AccessDecision.none(AccessReason.RESIDENCE_UNKNOWN);
    } else if (!scope.contains(residenceIndex)) {
      decision = AccessDecision.none(AccessReason.OUTSIDE_JURISDICTION);
    } else if (viewer.hasAnyRole(policy.personRoles())) {
      decision = AccessDecision.full(AccessReason.ROLE_ENTITLED, PersonView.of(person, true));
    } else {
      decision = AccessDecision.redacted(AccessReason.ROLE_NOT_ENTITLED, PersonView.of(person, false));
    }
    trace(viewer, "person", person.id().toString(), decision);
    return decision;
  }

  /**
   * Whether {@code jurisdiction} lies in the subtree of {@code viewer}'s jurisdiction (the O(1)
   * interval test).
   *
   * <pre>{@code
   * control.isInScope(villageCadre, JurisdictionId.of("370883103201")); // true for their village
   * }</pre>
   *
   * @throws UnknownJurisdictionException if either jurisdiction is not in the tree
   */
  public boolean isInScope(Viewer viewer, JurisdictionId jurisdiction) {
    SubtreeInterval scope = scopeOf(Checks.required("viewer", viewer));
    return scope.contains(index("jurisdiction", Checks.required("jurisdiction", jurisdiction)));
  }

  private int index(String field, JurisdictionId id) {
    if (!tree.has(id)) {
      throw new UnknownJurisdictionException(field, id, "is not in the jurisdiction tree; access cannot be scoped");
    }
    return tree.indexOf(id);
  }

  private SubtreeInterval scopeOf(Viewer viewer) {
    index("viewer.jurisdiction", viewer.jurisdiction());
    return tree.interval(viewer.jurisdiction());
  }

  private CategoryProfile profileOf(KeyPersonRecordState state) {
    Optional<CategoryProfile> profile = catalogue.find(state.category().code());
    if (profile.isEmpty()) {
      throw new InvalidValueException(
          "keyPersonRecord.category",
          state.subject().isPerson() ? "***" : state.category().code(),
          "is not in the access control's catalogue, so its sensitivity is unknown");
    }
    return profile.get();
  }

  private static boolean isAccused(Viewer viewer, Petition petition) {
    if (petition.type() != PetitionType.ACCUSATION || petition.accusedParty().isEmpty()) {
      return false;
    }
    AccusedParty accused = petition.accusedParty().get();
    return (accused.person().isPresent() && accused.person().equals(viewer.person()))
        || accused.unit().filter(viewer.units()::contains).isPresent();
  }

  private static boolean isAssigned(OfficialId official, PetitionState state) {
    return state.caseOwner().filter(official::equals).isPresent()
        || state.caseOwnershipLeader().filter(official::equals).isPresent()
        || state.firstContactOwner().filter(official::equals).isPresent();
  }

  private static boolean isParty(Viewer viewer, MediationCaseState state) {
    Set<?> units = viewer.units();
    for (Party party : state.dispute().parties()) {
      if ((party.person().isPresent() && party.person().equals(viewer.person()))
          || party.unit().filter(units::contains).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMediator(OfficialId official, MediationCaseState state) {
    for (Mediator mediator : state.mediators()) {
      if (mediator.official().filter(official::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static void trace(Viewer viewer, String kind, String recordId, AccessDecision<?> decision) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("access {} for official {} to {} {}: {}", decision.level(), viewer.official(), kind, recordId,
          decision.reason().code());
    }
  }

  /** The tree's root and size. */
  @Override
  public String toString() {
    return "AccessControl{tree root=" + tree.root().id() + ", nodes=" + tree.size() + "}";
  }
}
