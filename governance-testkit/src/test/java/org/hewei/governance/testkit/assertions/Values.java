package org.hewei.governance.testkit.assertions;

import java.time.Instant;
import java.time.LocalDate;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.keyperson.ControlLevel;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.keyperson.KeySubject;
import org.hewei.governance.core.mediation.Agreement;
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
import org.hewei.governance.core.petition.EscalationRecord;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Petitioner;
import org.hewei.governance.rules.lifecycle.Rejection;

/** Real core values, built with the core builders, carrying personal information to look for in messages. */
final class Values {
  private Values() {}

  static final String REQUEST = "张三要求支付拖欠工资，电话13800138000";
  static final String PETITIONER = "P-000042";
  static final String SUMMARY = "李四与王五宅基地界址争议";
  static final String TERMS = "赔偿医药费3000元，7月底前付清";
  static final String PARTY = "P-000777";
  static final String KEY_PERSON = "P-000999";

  static final Instant RECEIVED = Instant.parse("2022-07-25T01:30:00Z");
  static final OfficialId OWNER = OfficialId.of("ZXD-OFF-017");

  static Petition petition() {
    return Petition.builder()
        .id(PetitionId.of("ZXD-2022-000123"))
        .channel(Channel.WALK_IN)
        .type(PetitionType.GRIEVANCE)
        .category(MatterCategory.WAGES)
        .request(REQUEST)
        .facts("张三住北村12号，身份证370883199001011234")
        .addPetitioners(Petitioner.representative(PersonId.of(PETITIONER)))
        .addPetitioners(Petitioner.of(PersonId.of("P-000043")))
        .headcount(12)
        .arisenIn(JurisdictionId.of("370883103201"))
        .filedWith(HandlingPlace.of(JurisdictionId.of("370883103"), JurisdictionLevel.TOWNSHIP))
        .receivedAt(RECEIVED)
        .addFlags(PetitionFlag.COLLECTIVE)
        .build();
  }

  /** Accepted, owned by {@link #OWNER}, due 2022-09-23, escalated once by rule overdue-village. */
  static PetitionState accepted() {
    return PetitionState.builder()
        .petition(petition())
        .version(3)
        .status(PetitionStatus.ACCEPTED)
        .updatedAt(RECEIVED.plusSeconds(3600))
        .caseOwner(OWNER)
        .firstContactOwner(OfficialId.of("ZXD-OFF-001"))
        .dueDate(LocalDate.of(2022, 9, 23))
        .addEscalations(EscalationRecord.of(RECEIVED.plusSeconds(60), JurisdictionLevel.VILLAGE,
            JurisdictionLevel.TOWNSHIP, java.util.Optional.of("overdue-village")))
        .build();
  }

  static Dispute dispute() {
    return Dispute.builder()
        .id(DisputeId.of("ZXD-JF-2022-179"))
        .source(DisputeSource.ROUTINE_SCREENING)
        .type(DisputeType.LAND_BOUNDARY)
        .addParties(Party.person(PersonId.of(PARTY), PartyRole.APPLICANT),
            Party.person(PersonId.of("P-000778"), PartyRole.RESPONDENT))
        .summary(SUMMARY)
        .arose(JurisdictionId.of("370883104201"))
        .foundAt(RECEIVED)
        .foundBy(Actor.official(OWNER, Role.VILLAGE_CADRE))
        .riskLevel(RiskLevel.MEDIUM)
        .build();
  }

  /** Settled with a written agreement effective 2022-07-22. */
  static MediationCaseState settled() {
    Dispute dispute = dispute();
    return MediationCaseState.builder()
        .id(MediationCaseId.of("ZXD-TJ-2022-031"))
        .version(5)
        .status(MediationStatus.SETTLED)
        .dispute(dispute)
        .venue(Venue.of(VenueKind.VILLAGE_MEDIATION_ROOM, "北村说事拉呱调解室", JurisdictionId.of("370883104201")))
        .openedAt(RECEIVED)
        .addAllConsents(dispute.parties())
        .sessionsHeld(1)
        .lastSessionOn(LocalDate.of(2022, 7, 20))
        .outcome(MediationOutcome.SETTLED)
        .agreement(Agreement.written(TERMS, LocalDate.of(2022, 7, 20), LocalDate.of(2022, 7, 21),
            LocalDate.of(2022, 7, 21), LocalDate.of(2022, 7, 22)))
        .build();
  }

  /** A listed person (category and level are personal information). */
  static KeyPersonRecordState listedPerson() {
    return KeyPersonRecordState.builder()
        .id(KeyPersonRecordId.of("ZXD-ZD-0008"))
        .subject(KeySubject.person(PersonId.of(KEY_PERSON)))
        .category(KeyPersonCatalogue.DRUG_RELATED)
        .level(ControlLevel.STRICT)
        .responsibleOfficial(OWNER)
        .jurisdiction(JurisdictionId.of("370883103201"))
        .listedOn(LocalDate.of(2022, 7, 25))
        .lastVisit(LocalDate.of(2022, 8, 5))
        .version(2)
        .build();
  }

  static Rejection extensionOnce() {
    return Rejection.of(CommandId.of("cmd-51b9"), "petition.extension.once",
        "an extension was already approved; a second one is not allowed", "信访工作条例 第三十四条");
  }
}
