package org.hewei.governance.testkit.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.mediation.Agreement;
import org.hewei.governance.core.mediation.Dispute;
import org.hewei.governance.core.mediation.DisputeId;
import org.hewei.governance.core.mediation.DisputeSource;
import org.hewei.governance.core.mediation.DisputeType;
import org.hewei.governance.core.mediation.ElderKind;
import org.hewei.governance.core.mediation.JudicialConfirmationStatus;
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
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;

/**
 * 调解生成器 — disputes from every source, venues, mediators (officials, police, professionals, 五老
 * volunteers), written and oral agreements and mediation case states in every status.
 *
 * <p>Decisions: a dispute has 2 to 6 parties (rarely 100), at least one applicant and one respondent,
 * person subjects {@code PA-<n>-<i>} and unit subjects, so subjects never repeat; a written agreement's
 * three signing dates are on or after the day of agreement; judicial confirmation is applied for only
 * with an agreement, within 30 days of its effective day.
 *
 * <pre>{@code
 * Dispute d = MediationGen.disputes(tree).sample(1L);
 * MediationCaseState s = MediationGen.caseStates(tree, MediationStatus.SETTLED).sample(2L);
 * }</pre>
 */
public final class MediationGen {
  private MediationGen() {}

  /** Dispute ids {@code JF-…}. */
  public static Gen<DisputeId> disputeIds() {
    return random -> DisputeId.of("JF-" + random.nextInt(10_000_000));
  }

  /** Mediation case ids {@code TJ-…}. */
  public static Gen<MediationCaseId> caseIds() {
    return random -> MediationCaseId.of("TJ-" + random.nextInt(10_000_000));
  }

  /** The default dispute types. */
  public static Gen<DisputeType> types() {
    return Gen.elements(DisputeType.defaults());
  }

  /** 2 to 6 parties (rarely 100) with distinct subjects, at least one applicant and one respondent. */
  public static Gen<List<Party>> parties() {
    return random -> {
      int n = random.nextInt(40) == 0 ? 100 : 2 + random.nextInt(5);
      long stem = random.nextLong(1_000_000_000L);
      List<Party> parties = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        PartyRole role = i == 0 ? PartyRole.APPLICANT : i == 1 ? PartyRole.RESPONDENT : Gen.elements(PartyRole.values()).generate(random);
        parties.add(random.nextInt(6) == 0 ? Party.unit(UnitId.of("U-party-" + stem + "-" + i), role) : Party.person(PersonId.of("PA-" + stem + "-" + i), role));
      }
      return List.copyOf(parties);
    };
  }

  /** Disputes from every source, arising in a node of {@code tree}. */
  public static Gen<Dispute> disputes(JurisdictionTree tree) {
    Gen<JurisdictionId> where = JurisdictionGen.leavesOf(tree);
    return random -> {
      DisputeSource source = Gen.elements(DisputeSource.values()).generate(random);
      Dispute.Builder b =
          Dispute.builder()
              .id(disputeIds().generate(random))
              .source(source)
              .type(types().generate(random))
              .parties(parties().generate(random))
              .summary(TextGen.freeText(random.nextInt(30) == 0 ? 20_000 : 200).generate(random))
              .arose(where.generate(random))
              .foundAt(EventGen.instants().generate(random))
              .foundBy(EventGen.actors().generate(random))
              .riskLevel(Gen.elements(RiskLevel.values()).generate(random));
      if (source == DisputeSource.PETITION_REFERRAL) {
        b.originPetition(PetitionGen.petitionIds().generate(random));
      }
      if (source == DisputeSource.POLICE_REFERRAL && random.nextBoolean()) {
        b.policeIncidentNumber("JQ" + random.nextInt(100_000_000));
      }
      return b.build();
    };
  }

  /** Venues of every kind in nodes of {@code tree}, sometimes with their unit. */
  public static Gen<Venue> venues(JurisdictionTree tree) {
    Gen<JurisdictionId> where = JurisdictionGen.nodesOf(tree);
    return random -> {
      VenueKind kind = Gen.elements(VenueKind.values()).generate(random);
      Venue.Builder b = Venue.builder().kind(kind).name(kind == VenueKind.VILLAGE_MEDIATION_ROOM ? "说事拉呱调解室" : kind.chineseName()).jurisdiction(where.generate(random));
      if (random.nextBoolean()) {
        b.unit(OrganizationGen.unitIds().generate(random));
      }
      return b.build();
    };
  }

  /** Mediators: officials, police officers, professionals and 五老 volunteers (one to five kinds). */
  public static Gen<Mediator> mediators() {
    return random -> {
      switch (random.nextInt(4)) {
        case 0:
          return Mediator.official(EventGen.officialIds().generate(random));
        case 1:
          return Mediator.builder().official(EventGen.officialIds().generate(random)).police(true).build();
        case 2:
          return Mediator.builder().official(EventGen.officialIds().generate(random)).professional(true).build();
        default: {
          List<ElderKind> kinds = Gen.elements(ElderKind.values()).list(0, 5).generate(random);
          return Mediator.volunteer(PersonGen.personIds().generate(random), kinds.isEmpty() ? EnumSet.noneOf(ElderKind.class) : EnumSet.copyOf(kinds));
        }
      }
    };
  }

  /** Agreements, written (three signing dates on or after agreement) or oral, agreed 2022–2026. */
  public static Gen<Agreement> agreements() {
    return random -> agreement(random, EventGen.dates().generate(random));
  }

  static Agreement agreement(SplittableRandom random, LocalDate agreed) {
    String terms = TextGen.freeText(random.nextInt(30) == 0 ? 20_000 : 200).generate(random);
    Agreement.Builder b = Agreement.builder().terms(terms).agreedOn(agreed);
    if (random.nextBoolean()) {
      b.form(Agreement.Form.WRITTEN)
          .partiesSignedOn(agreed.plusDays(random.nextInt(3)))
          .mediatorSignedOn(agreed.plusDays(random.nextInt(3)))
          .committeeSealedOn(agreed.plusDays(random.nextInt(5)));
    } else {
      b.form(Agreement.Form.ORAL);
    }
    if (random.nextBoolean()) {
      b.performBy(agreed.plusDays(random.nextInt(90)));
    }
    return b.build();
  }

  /** Case states in every status. */
  public static Gen<MediationCaseState> caseStates(JurisdictionTree tree) {
    return Gen.elements(MediationStatus.values()).flatMap(s -> caseStates(tree, s));
  }

  /** Case states in {@code status}, consistent with {@code MediationCaseState}'s checks. */
  public static Gen<MediationCaseState> caseStates(JurisdictionTree tree, MediationStatus status) {
    Gen<Dispute> disputes = disputes(tree);
    Gen<Venue> venues = venues(tree);
    return random -> {
      Dispute dispute = disputes.generate(random);
      Instant opened = dispute.foundAt().plusSeconds(random.nextInt(3 * 86_400));
      LocalDate openedDay = opened.atZone(EventGen.ZONE).toLocalDate();
      MediationCaseState.Builder b =
          MediationCaseState.builder()
              .id(caseIds().generate(random))
              .status(status)
              .dispute(dispute)
              .venue(venues.generate(random))
              .openedAt(opened);
      long version = 1;
      List<Party> parties = dispute.parties();
      if (status != MediationStatus.OPENED) {
        b.addAllMediators(mediators().list(1, 3).generate(random));
        version++;
      }
      if (status == MediationStatus.REFUSED) {
        b.addRefusals(parties.get(random.nextInt(parties.size())));
        version++;
      } else if (status != MediationStatus.OPENED && status != MediationStatus.AWAITING_CONSENT) {
        b.consents(parties);
        version += parties.size();
      } else if (status == MediationStatus.AWAITING_CONSENT && random.nextBoolean()) {
        b.addConsents(parties.get(0));
        version++;
      }
      boolean sessions = status.compareTo(MediationStatus.IN_PROGRESS) >= 0 && status != MediationStatus.REFUSED && random.nextInt(5) != 0;
      LocalDate last = openedDay;
      if (sessions) {
        int held = 1 + random.nextInt(5);
        last = openedDay.plusDays(random.nextInt(30));
        b.sessionsHeld(held).lastSessionOn(last);
        version += held;
      }
      boolean settled = status == MediationStatus.SETTLED || (status == MediationStatus.CLOSED && random.nextBoolean());
      if (settled) {
        b.outcome(MediationOutcome.SETTLED);
        if (random.nextInt(4) != 0) {
          Agreement agreement = agreement(random, last);
          b.agreement(agreement);
          if (random.nextBoolean()) {
            JudicialConfirmationStatus jc = Gen.elements(JudicialConfirmationStatus.values()).generate(random);
            if (jc != JudicialConfirmationStatus.NOT_APPLIED) {
              LocalDate applied = agreement.effectiveOn().plusDays(random.nextInt(31));
              b.judicialConfirmation(jc).judicialConfirmationAppliedOn(applied);
              if (jc.isDecided()) {
                b.judicialConfirmationDecidedOn(applied.plusDays(random.nextInt(30)));
              }
            }
          }
        }
        version++;
      } else if (status == MediationStatus.FAILED) {
        b.outcome(MediationOutcome.FAILED).otherRemediesExplained(random.nextInt(4) != 0);
        version++;
      } else if (status == MediationStatus.WITHDRAWN) {
        b.outcome(MediationOutcome.WITHDRAWN);
        version++;
      }
      if (dispute.source() == DisputeSource.POLICE_REFERRAL) {
        boolean onSite = random.nextBoolean();
        b.settledOnSite(onSite && settled).transferredToMediationRoom(!onSite);
      }
      if (status == MediationStatus.RETURNED_TO_PETITION && dispute.originPetition().isPresent()) {
        b.returnedToPetition(true);
      }
      if (status == MediationStatus.CLOSED) {
        b.closedAt(last.plusDays(1 + random.nextInt(10)).atStartOfDay(EventGen.ZONE).toInstant().plusSeconds(random.nextInt(86_400)));
        version++;
      }
      return b.version(version).build();
    };
  }
}
