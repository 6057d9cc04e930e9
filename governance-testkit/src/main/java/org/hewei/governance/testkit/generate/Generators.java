package org.hewei.governance.testkit.generate;

import java.time.Instant;
import java.time.LocalDate;
import org.hewei.governance.core.jurisdiction.DivisionCode;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.mediation.Dispute;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.organization.Official;
import org.hewei.governance.core.person.CitizenId;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.person.PersonName;
import org.hewei.governance.core.person.PhoneNumber;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.policy.EscalationPolicy;
import org.hewei.governance.core.policy.Trigger;

/**
 * 生成器入口 — the most-used generators in one place; each delegates to its domain generator class
 * ({@link JurisdictionGen}, {@link PersonGen}, {@link PetitionGen} …), where the rest live.
 *
 * <pre>{@code
 * static Stream<Arguments> petitions() {
 *   return Cases.of(Generators.trees().flatMap(Generators::petitions), 300);
 * }
 * }</pre>
 */
public final class Generators {
  private Generators() {}

  /** {@link JurisdictionGen#divisionCodes()}. */
  public static Gen<DivisionCode> divisionCodes() {
    return JurisdictionGen.divisionCodes();
  }

  /** {@link JurisdictionGen#trees()}. */
  public static Gen<JurisdictionTree> trees() {
    return JurisdictionGen.trees();
  }

  /** {@link PersonGen#citizenIds()}. */
  public static Gen<CitizenId> citizenIds() {
    return PersonGen.citizenIds();
  }

  /** {@link PersonGen#phones()}. */
  public static Gen<PhoneNumber> phones() {
    return PersonGen.phones();
  }

  /** {@link PersonGen#names()}. */
  public static Gen<PersonName> names() {
    return PersonGen.names();
  }

  /** {@link PersonGen#persons(JurisdictionTree)}. */
  public static Gen<Person> persons(JurisdictionTree tree) {
    return PersonGen.persons(tree);
  }

  /** {@link OrganizationGen#officials(JurisdictionTree)}. */
  public static Gen<Official> officials(JurisdictionTree tree) {
    return OrganizationGen.officials(tree);
  }

  /** {@link PetitionGen#petitions(JurisdictionTree)}. */
  public static Gen<Petition> petitions(JurisdictionTree tree) {
    return PetitionGen.petitions(tree);
  }

  /** {@link PetitionGen#states(JurisdictionTree)}. */
  public static Gen<PetitionState> petitionStates(JurisdictionTree tree) {
    return PetitionGen.states(tree);
  }

  /** {@link MediationGen#disputes(JurisdictionTree)}. */
  public static Gen<Dispute> disputes(JurisdictionTree tree) {
    return MediationGen.disputes(tree);
  }

  /** {@link MediationGen#caseStates(JurisdictionTree)}. */
  public static Gen<MediationCaseState> mediationCaseStates(JurisdictionTree tree) {
    return MediationGen.caseStates(tree);
  }

  /** {@link KeyPersonGen#records(JurisdictionTree)}. */
  public static Gen<KeyPersonRecordState> keyPersonRecords(JurisdictionTree tree) {
    return KeyPersonGen.records(tree);
  }

  /** {@link PolicyGen#triggers()}. */
  public static Gen<Trigger> triggers() {
    return PolicyGen.triggers();
  }

  /** {@link PolicyGen#escalationPolicies()}. */
  public static Gen<EscalationPolicy> escalationPolicies() {
    return PolicyGen.escalationPolicies();
  }

  /** {@link EventGen#dates()}. */
  public static Gen<LocalDate> dates() {
    return EventGen.dates();
  }

  /** {@link EventGen#instants()}. */
  public static Gen<Instant> instants() {
    return EventGen.instants();
  }
}
