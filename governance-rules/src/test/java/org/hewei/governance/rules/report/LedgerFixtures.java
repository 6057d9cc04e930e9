package org.hewei.governance.rules.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.keyperson.ControlLevel;
import org.hewei.governance.core.keyperson.KeyPersonCategory;
import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.keyperson.KeySubject;
import org.hewei.governance.core.mediation.Dispute;
import org.hewei.governance.core.mediation.DisputeId;
import org.hewei.governance.core.mediation.DisputeSource;
import org.hewei.governance.core.mediation.DisputeType;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.MediationOutcome;
import org.hewei.governance.core.mediation.MediationStatus;
import org.hewei.governance.core.mediation.Party;
import org.hewei.governance.core.mediation.PartyRole;
import org.hewei.governance.core.mediation.RiskLevel;
import org.hewei.governance.core.mediation.Venue;
import org.hewei.governance.core.mediation.VenueKind;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Petitioner;

/** Small builders for ledger tests: a town of 2 districts with 2 villages each. */
final class LedgerFixtures {
  static final JurisdictionId TOWN = JurisdictionId.of("ZXD");
  static final JurisdictionId GQ1 = JurisdictionId.of("ZXD-GQ-1");
  static final JurisdictionId GQ2 = JurisdictionId.of("ZXD-GQ-2");
  static final JurisdictionId V11 = JurisdictionId.of("ZXD-GQ-1-V1");
  static final JurisdictionId V12 = JurisdictionId.of("ZXD-GQ-1-V2");
  static final JurisdictionId V21 = JurisdictionId.of("ZXD-GQ-2-V1");
  static final JurisdictionId V22 = JurisdictionId.of("ZXD-GQ-2-V2");
  static final JurisdictionTree TREE = JurisdictionTree.of(List.of(
      node(TOWN, JurisdictionLevel.TOWNSHIP, null),
      node(GQ1, JurisdictionLevel.MANAGEMENT_DISTRICT, TOWN),
      node(GQ2, JurisdictionLevel.MANAGEMENT_DISTRICT, TOWN),
      node(V11, JurisdictionLevel.VILLAGE, GQ1),
      node(V12, JurisdictionLevel.VILLAGE, GQ1),
      node(V21, JurisdictionLevel.VILLAGE, GQ2),
      node(V22, JurisdictionLevel.VILLAGE, GQ2)));

  private LedgerFixtures() {}

  static Jurisdiction node(JurisdictionId id, JurisdictionLevel level, @org.jspecify.annotations.Nullable JurisdictionId parent) {
    Jurisdiction.Builder b = Jurisdiction.builder().id(id).level(level).name("n-" + id.value());
    if (parent != null) {
      b.parentId(parent);
    }
    return b.build();
  }

  static Instant at(LocalDate day) {
    return day.atTime(LocalTime.of(10, 0)).atZone(Ledger.DEFAULT_ZONE).toInstant();
  }

  static Petition petition(String id, Channel channel, PetitionType type, JurisdictionId arose, LocalDate received,
      PetitionFlag... flags) {
    Petition.Builder b = Petition.builder()
        .id(PetitionId.of(id))
        .channel(channel)
        .type(type)
        .category(MatterCategory.LAND)
        .request("诉求")
        .addPetitioners(Petitioner.of(PersonId.of("P-" + id)))
        .arisenIn(arose)
        .filedWith(HandlingPlace.of(arose, JurisdictionLevel.VILLAGE))
        .receivedAt(at(received))
        .addFlags(flags);
    if (type == PetitionType.ACCUSATION) {
      b.accusedParty(org.hewei.governance.core.petition.AccusedParty.unnamed("某村干部"));
    }
    return b.build();
  }

  /** An accepted (open) grievance due on {@code due}. */
  static PetitionState open(Petition p, LocalDate due) {
    return PetitionState.builder().petition(p).version(3).status(PetitionStatus.ACCEPTED)
        .updatedAt(p.receivedAt()).dueDate(due).build();
  }

  /** Replied on {@code replied} at {@code level}. */
  static PetitionState replied(Petition p, LocalDate due, LocalDate replied, JurisdictionLevel level,
      Optional<org.hewei.governance.core.petition.Satisfaction> rating) {
    PetitionState.Builder b = PetitionState.builder().petition(p).version(5).status(PetitionStatus.REPLIED)
        .updatedAt(at(replied)).dueDate(due).repliedAt(at(replied))
        .handling(HandlingPlace.of(p.arisenIn(), level));
    rating.ifPresent(b::satisfaction);
    return b.build();
  }

  static Dispute dispute(String id, JurisdictionId arose, LocalDate found) {
    return Dispute.builder()
        .id(DisputeId.of("D-" + id))
        .source(DisputeSource.POLICE_REFERRAL)
        .type(DisputeType.NEIGHBOURHOOD)
        .addParties(Party.person(PersonId.of("PA-" + id), PartyRole.APPLICANT),
            Party.person(PersonId.of("PB-" + id), PartyRole.RESPONDENT))
        .summary("纠纷")
        .arose(arose)
        .foundAt(at(found))
        .foundBy(Actor.official(OfficialId.of("ZXD-MJ-1"), Role.POLICE_OFFICER))
        .riskLevel(RiskLevel.LOW)
        .build();
  }

  /** A mediation case opened on {@code opened}; outcome empty = still in progress. */
  static MediationCaseState mediation(String id, JurisdictionId arose, VenueKind venue, LocalDate opened,
      Optional<MediationOutcome> outcome) {
    MediationCaseState.Builder b = MediationCaseState.builder()
        .id(MediationCaseId.of("M-" + id))
        .version(outcome.isPresent() ? 4 : 1)
        .dispute(dispute(id, arose, opened))
        .venue(Venue.of(venue, "王伟调解室", TOWN))
        .openedAt(at(opened));
    if (outcome.isPresent()) {
      b.status(MediationStatus.valueOf(outcome.get().name())).outcome(outcome.get());
    } else {
      b.status(MediationStatus.OPENED);
    }
    return b.build();
  }

  /** The seed: 32 non-police disputes in the police-station room since January 2022, 29 settled. */
  static List<MediationCaseState> seedPoliceStationRoom() {
    List<MediationCaseState> cases = new ArrayList<>();
    JurisdictionId[] villages = {V11, V12, V21, V22};
    for (int i = 0; i < 32; i++) {
      LocalDate opened = LocalDate.of(2022, 1 + i % 6, 1 + i % 28);
      cases.add(mediation("PCS-" + i, villages[i % 4], VenueKind.POLICE_STATION_ROOM, opened,
          Optional.of(i < 29 ? MediationOutcome.SETTLED : MediationOutcome.FAILED)));
    }
    return cases;
  }

  static KeyPersonRecordState keyPerson(String id, KeyPersonCategory category, ControlLevel level,
      JurisdictionId where, LocalDate listed, Optional<LocalDate> lastVisit) {
    KeyPersonRecordState.Builder b = KeyPersonRecordState.builder()
        .id(KeyPersonRecordId.of("KP-" + id))
        .subject(category.subject() == KeyPersonCategory.Subject.PERSON
            ? KeySubject.person(PersonId.of("KPP-" + id)) : KeySubject.place("场所" + id))
        .category(category).level(level)
        .responsibleOfficial(OfficialId.of("ZXD-MJ-1"))
        .jurisdiction(where).listedOn(listed).version(1);
    lastVisit.ifPresent(b::lastVisit);
    return b.build();
  }
}
