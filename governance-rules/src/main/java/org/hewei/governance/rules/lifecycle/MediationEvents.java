package org.hewei.governance.rules.lifecycle;

import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.mediation.MediationCommand;
import org.hewei.governance.core.mediation.MediationEvent;

/**
 * The one event an accepted {@link MediationCommand} produces (not API): the command's payload, its
 * actor, its {@code issuedAt} as the event's instant and the id {@code Decider.eventId(commandId, 0)}.
 */
final class MediationEvents {
  private MediationEvents() {}

  static MediationEvent of(MediationCommand c) {
    EventId id = Decider.eventId(c.commandId(), 0);
    if (c instanceof MediationCommand.Open a) {
      return MediationEvent.Opened.builder().eventId(id).occurredAt(c.issuedAt()).actor(c.actor())
          .caseId(c.caseId()).dispute(a.dispute()).venue(a.venue()).build();
    } else if (c instanceof MediationCommand.AssignMediator a) {
      return MediationEvent.MediatorAssigned.builder().eventId(id).occurredAt(c.issuedAt()).actor(c.actor())
          .caseId(c.caseId()).mediator(a.mediator()).build();
    } else if (c instanceof MediationCommand.RecordConsent a) {
      return MediationEvent.ConsentRecorded.builder().eventId(id).occurredAt(c.issuedAt()).actor(c.actor())
          .caseId(c.caseId()).party(a.party()).build();
    } else if (c instanceof MediationCommand.RecordRefusal a) {
      return MediationEvent.RefusalRecorded.builder().eventId(id).occurredAt(c.issuedAt()).actor(c.actor())
          .caseId(c.caseId()).party(a.party()).reason(a.reason()).build();
    } else if (c instanceof MediationCommand.HoldSession a) {
      return MediationEvent.SessionHeld.builder().eventId(id).occurredAt(c.issuedAt()).actor(c.actor())
          .caseId(c.caseId()).heldOn(a.heldOn()).partiesPresent(a.partiesPresent())
          .mediatorsPresent(a.mediatorsPresent()).othersPresent(a.othersPresent()).notes(a.notes()).build();
    } else if (c instanceof MediationCommand.RecordOutcome a) {
      return MediationEvent.OutcomeRecorded.builder().eventId(id).occurredAt(c.issuedAt()).actor(c.actor())
          .caseId(c.caseId()).outcome(a.outcome()).otherRemediesExplained(a.otherRemediesExplained())
          .note(a.note()).build();
    } else if (c instanceof MediationCommand.RecordAgreement a) {
      return MediationEvent.AgreementRecorded.builder().eventId(id).occurredAt(c.issuedAt()).actor(c.actor())
          .caseId(c.caseId()).agreement(a.agreement()).build();
    } else if (c instanceof MediationCommand.ApplyForJudicialConfirmation a) {
      return MediationEvent.JudicialConfirmationApplied.builder().eventId(id).occurredAt(c.issuedAt())
          .actor(c.actor()).caseId(c.caseId()).appliedOn(a.appliedOn()).applicants(a.applicants())
          .court(a.court()).build();
    } else if (c instanceof MediationCommand.RecordJudicialConfirmation a) {
      return MediationEvent.JudicialConfirmationDecided.builder().eventId(id).occurredAt(c.issuedAt())
          .actor(c.actor()).caseId(c.caseId()).decision(a.decision()).decidedOn(a.decidedOn()).build();
    } else if (c instanceof MediationCommand.SettleOnSite a) {
      return MediationEvent.SettledOnSite.builder().eventId(id).occurredAt(c.issuedAt()).actor(c.actor())
          .caseId(c.caseId()).agreement(a.agreement()).note(a.note()).build();
    } else if (c instanceof MediationCommand.TransferToMediationRoom a) {
      return MediationEvent.TransferredToMediationRoom.builder().eventId(id).occurredAt(c.issuedAt())
          .actor(c.actor()).caseId(c.caseId()).room(a.room()).build();
    } else if (c instanceof MediationCommand.ReturnToPetition a) {
      return MediationEvent.ReturnedToPetition.builder().eventId(id).occurredAt(c.issuedAt()).actor(c.actor())
          .caseId(c.caseId()).petition(a.petition()).reason(a.reason()).build();
    } else {
      MediationCommand.Close a = (MediationCommand.Close) c;
      return MediationEvent.Closed.builder().eventId(id).occurredAt(c.issuedAt()).actor(c.actor())
          .caseId(c.caseId()).note(a.note()).build();
    }
  }

  /** The event's type and id, safe to print (no payload). */
  static String name(MediationEvent e) {
    String type = e.getClass().getSimpleName();
    return type + " " + e.eventId();
  }
}
