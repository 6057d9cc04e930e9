package org.hewei.governance.core.mediation;

import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;
import org.immutables.value.Value;

/**
 * 纠纷当事人 — a party to a dispute: a natural person or a unit (an enterprise, a village committee),
 * with its standing. A party carries only identifiers, never names, so it may be printed.
 *
 * <pre>{@code
 * Party a = Party.person(PersonId.of("P-000042"), PartyRole.APPLICANT);
 * Party b = Party.unit(UnitId.of("ENT-0007"), PartyRole.RESPONDENT);
 * a.subject();  // "person:P-000042"
 * }</pre>
 */
@Value.Immutable
public abstract class Party {
  Party() {}

  /** The person, when the party is a natural person. */
  public abstract Optional<PersonId> person();

  /** The unit, when the party is an organisation. */
  public abstract Optional<UnitId> unit();

  /** The party's standing. */
  public abstract PartyRole role();

  /** A natural person as a party. */
  public static Party person(PersonId person, PartyRole role) {
    return ImmutableParty.builder().person(person).role(role).build();
  }

  /** A unit as a party. */
  public static Party unit(UnitId unit, PartyRole role) {
    return ImmutableParty.builder().unit(unit).role(role).build();
  }

  /**
   * Who the party is, regardless of standing: {@code "person:<id>"} or {@code "unit:<id>"}. Two
   * parties of one dispute never share a subject.
   */
  public String subject() {
    return person().map(p -> "person:" + p).orElseGet(() -> "unit:" + unit().orElseThrow());
  }

  /** Whether this and {@code other} are the same person or unit (standing ignored). */
  public boolean isSameSubject(Party other) {
    return subject().equals(other.subject());
  }

  @Value.Check
  void check() {
    Checks.check(
        person().isPresent() != unit().isPresent(),
        "party",
        person().isPresent() ? "person and unit" : "neither person nor unit",
        "exactly one of person and unit must be given");
  }

  /** {@code "<subject>/<ROLE>"}, e.g. {@code "person:P-000042/APPLICANT"}; ids only. */
  @Override
  public String toString() {
    return subject() + "/" + role();
  }
}
