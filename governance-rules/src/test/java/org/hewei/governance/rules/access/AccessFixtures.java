package org.hewei.governance.rules.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.keyperson.ControlLevel;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
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
import org.jspecify.annotations.Nullable;

/** A small county: town ZXD (district GQ1 with villages BC and NC), town TS (village TSV). */
final class AccessFixtures {
  static final JurisdictionId COUNTY = JurisdictionId.of("ZC");
  static final JurisdictionId TOWN = JurisdictionId.of("ZXD");
  static final JurisdictionId DISTRICT = JurisdictionId.of("ZXD-GQ1");
  static final JurisdictionId NORTH_VILLAGE = JurisdictionId.of("ZXD-BC");
  static final JurisdictionId SOUTH_VILLAGE = JurisdictionId.of("ZXD-NC");
  static final JurisdictionId OTHER_TOWN = JurisdictionId.of("TS");
  static final JurisdictionId OTHER_VILLAGE = JurisdictionId.of("TS-V");

  static final JurisdictionTree TREE =
      JurisdictionTree.of(
          List.of(
              node(COUNTY, JurisdictionLevel.COUNTY, "邹城市", null),
              node(TOWN, JurisdictionLevel.TOWNSHIP, "中心店镇", COUNTY),
              node(DISTRICT, JurisdictionLevel.MANAGEMENT_DISTRICT, "第一管区", TOWN),
              node(NORTH_VILLAGE, JurisdictionLevel.VILLAGE, "北村", DISTRICT),
              node(SOUTH_VILLAGE, JurisdictionLevel.VILLAGE, "南村", DISTRICT),
              node(OTHER_TOWN, JurisdictionLevel.TOWNSHIP, "太平镇", COUNTY),
              node(OTHER_VILLAGE, JurisdictionLevel.VILLAGE, "太平村", OTHER_TOWN)));

  static final AccessControl CONTROL =
      AccessControl.of(AccessPolicy.defaults(), TREE, KeyPersonCatalogue.defaults());

  static final UnitId PETITION_OFFICE = UnitId.of("ZXD-XFB");
  static final UnitId LAND_OFFICE = UnitId.of("ZXD-LAND");
  static final UnitId NORTH_COMMITTEE = UnitId.of("ZXD-BC-CWH");

  static final PersonId PETITIONER = PersonId.of("P-000042");
  static final PersonId ACCUSED = PersonId.of("P-000777");
  static final PersonId LISTED = PersonId.of("P-000500");

  static final String REQUEST = "请求返还被村会计王建国侵占的土地补偿款";
  static final String FACTS = "村会计王建国于2021年截留补偿款三万元";
  static final String NAME = "张秀兰";
  static final String CITIZEN_ID = "11010519491231002X";
  static final String PHONE = "13812345678";
  static final String ADDRESS = "山东省邹城市中心店镇北村12号";

  private AccessFixtures() {}

  private static Jurisdiction node(
      JurisdictionId id, JurisdictionLevel level, String name, @Nullable JurisdictionId parent) {
    Jurisdiction.Builder b = Jurisdiction.builder().id(id).level(level).name(name);
    if (parent != null) {
      b.parentId(parent);
    }
    return b.build();
  }

  static Viewer viewer(String official, JurisdictionId jurisdiction, Role... roles) {
    return Viewer.builder()
        .official(OfficialId.of(official))
        .addRoles(roles)
        .jurisdiction(jurisdiction)
        .unit(UnitId.of("U-" + official))
        .build();
  }

  static Petition.Builder petitionBuilder(PetitionType type, JurisdictionId arisenIn) {
    Petition.Builder b =
        Petition.builder()
            .id(PetitionId.of("ZXD-2022-000123"))
            .channel(Channel.WALK_IN)
            .type(type)
            .category(MatterCategory.LAND)
            .request(REQUEST)
            .facts(FACTS)
            .addPetitioners(Petitioner.of(PETITIONER))
            .arisenIn(arisenIn)
            .filedWith(HandlingPlace.of(TOWN, JurisdictionLevel.TOWNSHIP))
            .receivedAt(Instant.parse("2022-07-25T01:30:00Z"));
    if (type == PetitionType.ACCUSATION) {
      b.accusedParty(AccusedParty.person(ACCUSED));
    }
    return b;
  }

  static PetitionState state(Petition petition) {
    return PetitionState.builder()
        .petition(petition)
        .version(1)
        .status(PetitionStatus.RECEIVED)
        .updatedAt(petition.receivedAt())
        .build();
  }

  static PetitionState grievance(JurisdictionId arisenIn) {
    return state(petitionBuilder(PetitionType.GRIEVANCE, arisenIn).build());
  }

  static PetitionState accusation(AccusedParty accused) {
    return state(petitionBuilder(PetitionType.ACCUSATION, NORTH_VILLAGE).accusedParty(accused).build());
  }

  static KeyPersonRecordState keyPerson(KeyPersonCategory category, JurisdictionId jurisdiction) {
    return KeyPersonRecordState.builder()
        .id(KeyPersonRecordId.of("ZXD-ZD-0007"))
        .subject(KeySubject.person(LISTED))
        .category(category)
        .level(ControlLevel.FOCUS)
        .responsibleOfficial(OfficialId.of("RESP-1"))
        .jurisdiction(jurisdiction)
        .listedOn(LocalDate.of(2022, 7, 25))
        .version(1)
        .build();
  }

  static KeyPersonRecordState keyPlace(JurisdictionId jurisdiction) {
    return KeyPersonRecordState.builder()
        .id(KeyPersonRecordId.of("ZXD-ZD-0008"))
        .subject(KeySubject.place("北村出租屋", Address.of(ADDRESS)))
        .category(KeyPersonCatalogue.RENTAL_HOUSING)
        .level(ControlLevel.ATTENTION)
        .responsibleOfficial(OfficialId.of("RESP-1"))
        .jurisdiction(jurisdiction)
        .listedOn(LocalDate.of(2022, 7, 25))
        .version(1)
        .build();
  }

  static MediationCaseState mediation(JurisdictionId arose, Party... parties) {
    Dispute dispute =
        Dispute.builder()
            .id(DisputeId.of("ZXD-JF-2022-179"))
            .source(DisputeSource.ROUTINE_SCREENING)
            .type(DisputeType.LAND_BOUNDARY)
            .addParties(parties)
            .summary(FACTS)
            .arose(arose)
            .foundAt(Instant.parse("2022-07-05T02:00:00Z"))
            .foundBy(Actor.official(OfficialId.of("F-1"), Role.VILLAGE_CADRE))
            .riskLevel(RiskLevel.MEDIUM)
            .build();
    return MediationCaseState.builder()
        .id(MediationCaseId.of("ZXD-TJ-2022-031"))
        .version(2)
        .status(MediationStatus.AWAITING_CONSENT)
        .dispute(dispute)
        .venue(Venue.of(VenueKind.VILLAGE_MEDIATION_ROOM, "北村说事拉呱室", arose))
        .openedAt(Instant.parse("2022-07-05T02:00:00Z"))
        .addMediators(Mediator.official(OfficialId.of("MED-1")))
        .build();
  }

  static MediationCaseState mediation(JurisdictionId arose) {
    return mediation(
        arose,
        Party.person(PETITIONER, PartyRole.APPLICANT),
        Party.unit(NORTH_COMMITTEE, PartyRole.RESPONDENT));
  }

  static Person person(JurisdictionId residence) {
    return Person.builder()
        .id(PersonId.of("P-000042"))
        .name(PersonName.of(NAME))
        .citizenId(CitizenId.parse(CITIZEN_ID))
        .phone(PhoneNumber.parse(PHONE))
        .address(Address.of(ADDRESS))
        .residence(residence)
        .build();
  }
}
