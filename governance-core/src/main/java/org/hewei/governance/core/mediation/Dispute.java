package org.hewei.governance.core.mediation;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.petition.PetitionId;
import org.immutables.value.Value;

/**
 * 矛盾纠纷 — a dispute between residents (民间纠纷) found by screening, referred by the police or a
 * petition, brought in by a party or seen on a grid patrol; entered in the ledger (台账) and, if the
 * parties agree, mediated in a {@code MediationCase}.
 *
 * <p>Invariants (checked at construction, each rejection names the field and the rule):
 *
 * <ul>
 *   <li>at least 2 parties, at most 500, no person or unit twice (whatever its standing);
 *   <li>the summary is 1 to 20,000 characters; it is personal information and never printed;
 *   <li>a petition origin ({@link #originPetition}) is given exactly when the source is {@link
 *       DisputeSource#PETITION_REFERRAL} (访调对接 must be able to send the case back);
 *   <li>a police incident number (警情编号) may be given only when the source is {@link
 *       DisputeSource#POLICE_REFERRAL}.
 * </ul>
 *
 * <pre>{@code
 * Dispute d = Dispute.builder()
 *     .id(DisputeId.of("ZXD-JF-2022-179"))
 *     .source(DisputeSource.ROUTINE_SCREENING)
 *     .type(DisputeType.LAND_BOUNDARY)
 *     .addParties(Party.person(PersonId.of("P-1"), PartyRole.APPLICANT),
 *                 Party.person(PersonId.of("P-2"), PartyRole.RESPONDENT))
 *     .summary("两户宅基地界址争议")
 *     .arose(JurisdictionId.of("370883104201"))
 *     .foundAt(Instant.parse("2022-07-05T02:00:00Z"))
 *     .foundBy(Actor.official(OfficialId.of("ZXD-OFF-017"), Role.VILLAGE_CADRE))
 *     .riskLevel(RiskLevel.MEDIUM)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Dispute {
  /** Most parties one dispute may have. */
  public static final int MAX_PARTIES = 500;

  Dispute() {}

  /** The dispute's id. */
  public abstract DisputeId id();

  /** How it came to light. */
  public abstract DisputeSource source();

  /** Its type. */
  public abstract DisputeType type();

  /** The parties, in the order given (at least 2, distinct subjects). */
  public abstract List<Party> parties();

  /** 纠纷简要情况 — what the dispute is about; personal information, never printed. */
  @Value.Redacted
  public abstract String summary();

  /** Where the dispute arose (纠纷发生地), usually a village or grid cell. */
  public abstract JurisdictionId arose();

  /** When it was found or reported. */
  public abstract Instant foundAt();

  /** Who found or registered it. */
  public abstract Actor foundBy();

  /** The assessed risk (风险研判). */
  public abstract RiskLevel riskLevel();

  /** The referring petition, for a petition referral (访调对接). */
  public abstract Optional<PetitionId> originPetition();

  /** The police incident number (警情编号), for a police referral (警调对接), when there is one. */
  public abstract Optional<String> policeIncidentNumber();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this dispute's values (e.g. to re-assess the risk). */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Checks.check(
        parties().size() >= 2,
        "parties",
        parties().size() + " parties",
        "a dispute must have at least 2 parties");
    Checks.atMost("parties", parties(), MAX_PARTIES);
    Set<String> seen = new HashSet<>();
    for (Party p : parties()) {
      Checks.check(seen.add(p.subject()), "parties", p.subject(), "a person or unit may be a party only once");
    }
    Checks.personalText("summary", summary(), Checks.MAX_TEXT);
    Checks.check(
        originPetition().isPresent() == (source() == DisputeSource.PETITION_REFERRAL),
        "originPetition",
        originPetition().map(Object::toString).orElse("absent") + " with source " + source(),
        "a referring petition is given exactly when the source is PETITION_REFERRAL (访调对接)");
    policeIncidentNumber().ifPresent(n -> Checks.id("policeIncidentNumber", n));
    Checks.check(
        policeIncidentNumber().isEmpty() || source() == DisputeSource.POLICE_REFERRAL,
        "policeIncidentNumber",
        "source " + source(),
        "a police incident number is given only when the source is POLICE_REFERRAL (警调对接)");
  }

  /** Builds a {@link Dispute}; missing or invalid values throw {@code InvalidValueException}. */
  public static final class Builder extends ImmutableDispute.Builder {
    Builder() {}
  }
}
