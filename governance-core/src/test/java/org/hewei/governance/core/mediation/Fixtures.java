package org.hewei.governance.core.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.PetitionId;

/** Shared test values; the personal texts are distinctive so tests can assert their absence. */
final class Fixtures {
  /** Fake personal text that must never be printed. */
  static final String SECRET = "赵铁柱家东墙13912345678";

  static final MediationCaseId CASE = MediationCaseId.of("ZXD-TJ-2022-031");
  static final JurisdictionId VILLAGE = JurisdictionId.of("370883104201");
  static final JurisdictionId TOWN = JurisdictionId.of("370883104000");
  static final Instant T0 = Instant.parse("2022-07-05T02:00:00Z");
  static final LocalDate D0 = LocalDate.of(2022, 7, 5);
  static final Actor CLERK = Actor.official(OfficialId.of("ZXD-OFF-017"), Role.MEDIATOR);
  static final Party APPLICANT = Party.person(PersonId.of("P-000001"), PartyRole.APPLICANT);
  static final Party RESPONDENT = Party.person(PersonId.of("P-000002"), PartyRole.RESPONDENT);
  static final Party UNIT = Party.unit(UnitId.of("ENT-0007"), PartyRole.OTHER);
  static final Venue ROOM = Venue.of(VenueKind.VILLAGE_MEDIATION_ROOM, "说事拉呱调解室", VILLAGE);
  static final Venue POLICE_ROOM =
      Venue.builder()
          .kind(VenueKind.POLICE_STATION_ROOM)
          .name("王伟调解室")
          .jurisdiction(TOWN)
          .unit(UnitId.of("ZXD-PCS"))
          .build();
  static final Mediator ELDER = Mediator.volunteer(PersonId.of("P-000077"), Set.of(ElderKind.VETERAN_PARTY_MEMBER));
  static final Mediator OFFICER =
      Mediator.builder().official(OfficialId.of("ZXD-PCS-02")).police(true).professional(true).build();

  private Fixtures() {}

  static Dispute.Builder disputeBuilder() {
    return Dispute.builder()
        .id(DisputeId.of("ZXD-JF-2022-179"))
        .source(DisputeSource.ROUTINE_SCREENING)
        .type(DisputeType.LAND_BOUNDARY)
        .addParties(APPLICANT, RESPONDENT)
        .summary(SECRET)
        .arose(VILLAGE)
        .foundAt(T0)
        .foundBy(CLERK)
        .riskLevel(RiskLevel.MEDIUM);
  }

  static Dispute dispute() {
    return disputeBuilder().build();
  }

  static Dispute petitionDispute() {
    return disputeBuilder()
        .source(DisputeSource.PETITION_REFERRAL)
        .originPetition(PetitionId.of("ZXD-2022-000123"))
        .build();
  }

  static Agreement writtenAgreement() {
    return Agreement.written(SECRET, D0, D0, D0.plusDays(1), D0.plusDays(2));
  }

  static Agreement oralAgreement() {
    return Agreement.oral(SECRET, D0);
  }

  /** One valid example of every command subtype, keyed by its class. */
  static Map<Class<?>, Supplier<MediationCommand>> commandExamples() {
    Map<Class<?>, Supplier<MediationCommand>> m = new LinkedHashMap<>();
    m.put(MediationCommand.Open.class, () -> cmd(MediationCommand.Open.builder()).dispute(dispute()).venue(ROOM).build());
    m.put(MediationCommand.AssignMediator.class, () -> cmd(MediationCommand.AssignMediator.builder()).mediator(ELDER).build());
    m.put(MediationCommand.RecordConsent.class, () -> cmd(MediationCommand.RecordConsent.builder()).party(APPLICANT).build());
    m.put(MediationCommand.RecordRefusal.class, () -> cmd(MediationCommand.RecordRefusal.builder()).party(RESPONDENT).reason(SECRET).build());
    m.put(
        MediationCommand.HoldSession.class,
        () ->
            cmd(MediationCommand.HoldSession.builder())
                .heldOn(D0)
                .addPartiesPresent(APPLICANT, RESPONDENT)
                .addMediatorsPresent(ELDER)
                .othersPresent(2)
                .notes(SECRET)
                .build());
    m.put(
        MediationCommand.RecordOutcome.class,
        () ->
            cmd(MediationCommand.RecordOutcome.builder())
                .outcome(MediationOutcome.FAILED)
                .otherRemediesExplained(true)
                .note(SECRET)
                .build());
    m.put(MediationCommand.RecordAgreement.class, () -> cmd(MediationCommand.RecordAgreement.builder()).agreement(writtenAgreement()).build());
    m.put(
        MediationCommand.ApplyForJudicialConfirmation.class,
        () ->
            cmd(MediationCommand.ApplyForJudicialConfirmation.builder())
                .appliedOn(D0.plusDays(10))
                .addApplicants(APPLICANT, RESPONDENT)
                .court("邹城市人民法院")
                .build());
    m.put(
        MediationCommand.RecordJudicialConfirmation.class,
        () ->
            cmd(MediationCommand.RecordJudicialConfirmation.builder())
                .decision(JudicialConfirmationStatus.CONFIRMED)
                .decidedOn(D0.plusDays(20))
                .build());
    m.put(
        MediationCommand.SettleOnSite.class,
        () -> cmd(MediationCommand.SettleOnSite.builder()).agreement(oralAgreement()).note(SECRET).build());
    m.put(MediationCommand.TransferToMediationRoom.class, () -> cmd(MediationCommand.TransferToMediationRoom.builder()).room(POLICE_ROOM).build());
    m.put(
        MediationCommand.ReturnToPetition.class,
        () ->
            cmd(MediationCommand.ReturnToPetition.builder())
                .petition(PetitionId.of("ZXD-2022-000123"))
                .reason(SECRET)
                .build());
    m.put(MediationCommand.Close.class, () -> cmd(MediationCommand.Close.builder()).note(SECRET).build());
    return m;
  }

  /** One valid example of every event subtype, keyed by its class. */
  static Map<Class<?>, Supplier<MediationEvent>> eventExamples() {
    Map<Class<?>, Supplier<MediationEvent>> m = new LinkedHashMap<>();
    m.put(MediationEvent.Opened.class, () -> evt(MediationEvent.Opened.builder()).dispute(dispute()).venue(ROOM).build());
    m.put(MediationEvent.MediatorAssigned.class, () -> evt(MediationEvent.MediatorAssigned.builder()).mediator(OFFICER).build());
    m.put(MediationEvent.ConsentRecorded.class, () -> evt(MediationEvent.ConsentRecorded.builder()).party(APPLICANT).build());
    m.put(MediationEvent.RefusalRecorded.class, () -> evt(MediationEvent.RefusalRecorded.builder()).party(RESPONDENT).reason(SECRET).build());
    m.put(
        MediationEvent.SessionHeld.class,
        () ->
            evt(MediationEvent.SessionHeld.builder())
                .heldOn(D0)
                .addPartiesPresent(APPLICANT)
                .addMediatorsPresent(ELDER, OFFICER)
                .notes(SECRET)
                .build());
    m.put(
        MediationEvent.OutcomeRecorded.class,
        () -> evt(MediationEvent.OutcomeRecorded.builder()).outcome(MediationOutcome.SETTLED).note(SECRET).build());
    m.put(MediationEvent.AgreementRecorded.class, () -> evt(MediationEvent.AgreementRecorded.builder()).agreement(oralAgreement()).build());
    m.put(
        MediationEvent.JudicialConfirmationApplied.class,
        () ->
            evt(MediationEvent.JudicialConfirmationApplied.builder())
                .appliedOn(D0.plusDays(3))
                .addApplicants(APPLICANT, RESPONDENT, UNIT)
                .court("邹城市人民法院")
                .build());
    m.put(
        MediationEvent.JudicialConfirmationDecided.class,
        () ->
            evt(MediationEvent.JudicialConfirmationDecided.builder())
                .decision(JudicialConfirmationStatus.NOT_CONFIRMED)
                .decidedOn(D0.plusDays(20))
                .build());
    m.put(MediationEvent.SettledOnSite.class, () -> evt(MediationEvent.SettledOnSite.builder()).agreement(oralAgreement()).note(SECRET).build());
    m.put(MediationEvent.TransferredToMediationRoom.class, () -> evt(MediationEvent.TransferredToMediationRoom.builder()).room(POLICE_ROOM).build());
    m.put(
        MediationEvent.ReturnedToPetition.class,
        () ->
            evt(MediationEvent.ReturnedToPetition.builder())
                .petition(PetitionId.of("ZXD-2022-000123"))
                .reason(SECRET)
                .build());
    m.put(MediationEvent.Closed.class, () -> evt(MediationEvent.Closed.builder()).note(SECRET).build());
    return m;
  }

  /** Sets the fields every command has (the generated builders share no interface, so by reflection). */
  static <B> B cmd(B b) {
    set(b, "commandId", CommandId.class, CommandId.of("cmd-1"));
    set(b, "issuedAt", Instant.class, T0);
    set(b, "actor", Actor.class, CLERK);
    set(b, "caseId", MediationCaseId.class, CASE);
    return b;
  }

  /** Sets the fields every event has. */
  static <B> B evt(B b) {
    set(b, "eventId", EventId.class, EventId.of("evt-1"));
    set(b, "occurredAt", Instant.class, T0);
    set(b, "actor", Actor.class, CLERK);
    set(b, "caseId", MediationCaseId.class, CASE);
    return b;
  }

  static void set(Object builder, String name, Class<?> type, Object value) {
    try {
      java.lang.reflect.Method m = builder.getClass().getMethod(name, type);
      m.setAccessible(true);
      m.invoke(builder, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("builder " + builder.getClass() + " lacks " + name, e);
    }
  }
}
