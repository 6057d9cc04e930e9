package org.hewei.governance.examples.json;

import com.google.common.collect.ImmutableBiMap;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.jurisdiction.DivisionCode;
import org.hewei.governance.core.jurisdiction.GeoPoint;
import org.hewei.governance.core.jurisdiction.GridCell;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.SubtreeInterval;
import org.hewei.governance.core.keyperson.CategoryProfile;
import org.hewei.governance.core.keyperson.ChangeLevel;
import org.hewei.governance.core.keyperson.Delist;
import org.hewei.governance.core.keyperson.Delisted;
import org.hewei.governance.core.keyperson.KeyPersonCategory;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.keyperson.KeySubject;
import org.hewei.governance.core.keyperson.LevelChanged;
import org.hewei.governance.core.keyperson.ListSubject;
import org.hewei.governance.core.keyperson.Listed;
import org.hewei.governance.core.keyperson.RecordVisit;
import org.hewei.governance.core.keyperson.Visited;
import org.hewei.governance.core.mediation.Agreement;
import org.hewei.governance.core.mediation.Dispute;
import org.hewei.governance.core.mediation.DisputeType;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.MediationCommand;
import org.hewei.governance.core.mediation.MediationEvent;
import org.hewei.governance.core.mediation.Mediator;
import org.hewei.governance.core.mediation.Party;
import org.hewei.governance.core.mediation.Venue;
import org.hewei.governance.core.organization.DutyShift;
import org.hewei.governance.core.organization.Official;
import org.hewei.governance.core.organization.Unit;
import org.hewei.governance.core.outreach.Errand;
import org.hewei.governance.core.outreach.ErrandCategory;
import org.hewei.governance.core.outreach.ErrandCommand;
import org.hewei.governance.core.outreach.ErrandEvent;
import org.hewei.governance.core.outreach.ErrandState;
import org.hewei.governance.core.outreach.Finding;
import org.hewei.governance.core.outreach.OutreachActivity;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.petition.AccusedParty;
import org.hewei.governance.core.petition.EscalationRecord;
import org.hewei.governance.core.petition.Extension;
import org.hewei.governance.core.petition.HandlingOpinion;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.MatterCategoryCatalogue;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.Petitioner;
import org.hewei.governance.core.petition.ReviewOpinion;
import org.hewei.governance.core.policy.CollectiveProfile;
import org.hewei.governance.core.policy.DeadlinePolicy;
import org.hewei.governance.core.policy.EscalationAction;
import org.hewei.governance.core.policy.EscalationPolicy;
import org.hewei.governance.core.policy.EscalationPolicyDiff;
import org.hewei.governance.core.policy.EscalationRule;
import org.hewei.governance.core.policy.PeriodDefinition;
import org.hewei.governance.core.policy.RepeatPolicy;
import org.hewei.governance.core.policy.RepresentativeCap;
import org.hewei.governance.core.policy.RoutingPolicy;
import org.hewei.governance.core.policy.RoutingRule;
import org.hewei.governance.core.policy.SensitivePeriod;
import org.hewei.governance.core.policy.Trigger;

/**
 * 类型名称表 — the registry of stable JSON type names: the {@code "type"} of every envelope written by
 * {@link HeweiJson} names a Hewei value type by one of these names, never by its Java class name, so a
 * class can move or be renamed without rewriting stored data (keep its name here, point it at the new
 * class).
 *
 * <p>Naming rule: {@code <core package>.<Type>} for a value type ({@code "petition.Petition"}, {@code
 * "person.Person"}), and {@code <core package>.<SealedInterface>.<Subtype>} for a subtype nested in a
 * sealed interface ({@code "petition.PetitionEvent.Received"}, {@code "policy.Trigger.And"}). Top-level
 * subtypes of a sealed interface keep the first form ({@code "keyperson.Listed"}). Names are never
 * reused for another meaning; a removed type's name stays reserved. The table below is the complete,
 * documented list of the standard names; applications add their own with {@link
 * HeweiJson.Builder#type(String, Class)}.
 *
 * <pre>{@code
 * JsonTypeNames.standard().nameOf(PetitionEvent.Received.class);  // Optional["petition.PetitionEvent.Received"]
 * JsonTypeNames.standard().typeOf("person.Person");                // Optional[class Person]
 * }</pre>
 */
public final class JsonTypeNames {
  private static final JsonTypeNames STANDARD = new JsonTypeNames(
      ImmutableBiMap.<String, Class<?>>builder()
        .put("event.Actor", Actor.class)
        .put("jurisdiction.DivisionCode", DivisionCode.class)
        .put("jurisdiction.GeoPoint", GeoPoint.class)
        .put("jurisdiction.GridCell", GridCell.class)
        .put("jurisdiction.Jurisdiction", Jurisdiction.class)
        .put("jurisdiction.SubtreeInterval", SubtreeInterval.class)
        .put("keyperson.CategoryProfile", CategoryProfile.class)
        .put("keyperson.ChangeLevel", ChangeLevel.class)
        .put("keyperson.Delist", Delist.class)
        .put("keyperson.Delisted", Delisted.class)
        .put("keyperson.KeyPersonCategory", KeyPersonCategory.class)
        .put("keyperson.KeyPersonRecordState", KeyPersonRecordState.class)
        .put("keyperson.KeySubject", KeySubject.class)
        .put("keyperson.LevelChanged", LevelChanged.class)
        .put("keyperson.ListSubject", ListSubject.class)
        .put("keyperson.Listed", Listed.class)
        .put("keyperson.RecordVisit", RecordVisit.class)
        .put("keyperson.Visited", Visited.class)
        .put("mediation.Agreement", Agreement.class)
        .put("mediation.Dispute", Dispute.class)
        .put("mediation.DisputeType", DisputeType.class)
        .put("mediation.MediationCaseState", MediationCaseState.class)
        .put("mediation.MediationCommand.Open", MediationCommand.Open.class)
        .put("mediation.MediationCommand.AssignMediator", MediationCommand.AssignMediator.class)
        .put("mediation.MediationCommand.RecordConsent", MediationCommand.RecordConsent.class)
        .put("mediation.MediationCommand.RecordRefusal", MediationCommand.RecordRefusal.class)
        .put("mediation.MediationCommand.HoldSession", MediationCommand.HoldSession.class)
        .put("mediation.MediationCommand.RecordOutcome", MediationCommand.RecordOutcome.class)
        .put("mediation.MediationCommand.RecordAgreement", MediationCommand.RecordAgreement.class)
        .put("mediation.MediationCommand.ApplyForJudicialConfirmation", MediationCommand.ApplyForJudicialConfirmation.class)
        .put("mediation.MediationCommand.RecordJudicialConfirmation", MediationCommand.RecordJudicialConfirmation.class)
        .put("mediation.MediationCommand.SettleOnSite", MediationCommand.SettleOnSite.class)
        .put("mediation.MediationCommand.TransferToMediationRoom", MediationCommand.TransferToMediationRoom.class)
        .put("mediation.MediationCommand.ReturnToPetition", MediationCommand.ReturnToPetition.class)
        .put("mediation.MediationCommand.Close", MediationCommand.Close.class)
        .put("mediation.MediationEvent.Opened", MediationEvent.Opened.class)
        .put("mediation.MediationEvent.MediatorAssigned", MediationEvent.MediatorAssigned.class)
        .put("mediation.MediationEvent.ConsentRecorded", MediationEvent.ConsentRecorded.class)
        .put("mediation.MediationEvent.RefusalRecorded", MediationEvent.RefusalRecorded.class)
        .put("mediation.MediationEvent.SessionHeld", MediationEvent.SessionHeld.class)
        .put("mediation.MediationEvent.OutcomeRecorded", MediationEvent.OutcomeRecorded.class)
        .put("mediation.MediationEvent.AgreementRecorded", MediationEvent.AgreementRecorded.class)
        .put("mediation.MediationEvent.JudicialConfirmationApplied", MediationEvent.JudicialConfirmationApplied.class)
        .put("mediation.MediationEvent.JudicialConfirmationDecided", MediationEvent.JudicialConfirmationDecided.class)
        .put("mediation.MediationEvent.SettledOnSite", MediationEvent.SettledOnSite.class)
        .put("mediation.MediationEvent.TransferredToMediationRoom", MediationEvent.TransferredToMediationRoom.class)
        .put("mediation.MediationEvent.ReturnedToPetition", MediationEvent.ReturnedToPetition.class)
        .put("mediation.MediationEvent.Closed", MediationEvent.Closed.class)
        .put("mediation.Mediator", Mediator.class)
        .put("mediation.Party", Party.class)
        .put("mediation.Venue", Venue.class)
        .put("organization.DutyShift", DutyShift.class)
        .put("organization.Official", Official.class)
        .put("organization.Unit", Unit.class)
        .put("outreach.Errand", Errand.class)
        .put("outreach.ErrandCategory", ErrandCategory.class)
        .put("outreach.ErrandCommand.Request", ErrandCommand.Request.class)
        .put("outreach.ErrandCommand.Accept", ErrandCommand.Accept.class)
        .put("outreach.ErrandCommand.Complete", ErrandCommand.Complete.class)
        .put("outreach.ErrandCommand.Decline", ErrandCommand.Decline.class)
        .put("outreach.ErrandEvent.Requested", ErrandEvent.Requested.class)
        .put("outreach.ErrandEvent.Accepted", ErrandEvent.Accepted.class)
        .put("outreach.ErrandEvent.Completed", ErrandEvent.Completed.class)
        .put("outreach.ErrandEvent.Declined", ErrandEvent.Declined.class)
        .put("outreach.ErrandState", ErrandState.class)
        .put("outreach.Finding", Finding.class)
        .put("outreach.OutreachActivity", OutreachActivity.class)
        .put("person.Person", Person.class)
        .put("petition.AccusedParty", AccusedParty.class)
        .put("petition.EscalationRecord", EscalationRecord.class)
        .put("petition.Extension", Extension.class)
        .put("petition.HandlingOpinion", HandlingOpinion.class)
        .put("petition.HandlingPlace", HandlingPlace.class)
        .put("petition.MatterCategory", MatterCategory.class)
        .put("petition.MatterCategoryCatalogue", MatterCategoryCatalogue.class)
        .put("petition.Petition", Petition.class)
        .put("petition.PetitionCommand.Receive", PetitionCommand.Receive.class)
        .put("petition.PetitionCommand.Register", PetitionCommand.Register.class)
        .put("petition.PetitionCommand.Accept", PetitionCommand.Accept.class)
        .put("petition.PetitionCommand.Decline", PetitionCommand.Decline.class)
        .put("petition.PetitionCommand.Divert", PetitionCommand.Divert.class)
        .put("petition.PetitionCommand.Forward", PetitionCommand.Forward.class)
        .put("petition.PetitionCommand.Assign", PetitionCommand.Assign.class)
        .put("petition.PetitionCommand.SetFirstContactOwner", PetitionCommand.SetFirstContactOwner.class)
        .put("petition.PetitionCommand.ObjectToAssignment", PetitionCommand.ObjectToAssignment.class)
        .put("petition.PetitionCommand.ApproveExtension", PetitionCommand.ApproveExtension.class)
        .put("petition.PetitionCommand.RaiseCall", PetitionCommand.RaiseCall.class)
        .put("petition.PetitionCommand.AnswerCall", PetitionCommand.AnswerCall.class)
        .put("petition.PetitionCommand.ConveneJointMeeting", PetitionCommand.ConveneJointMeeting.class)
        .put("petition.PetitionCommand.DecideJointMeeting", PetitionCommand.DecideJointMeeting.class)
        .put("petition.PetitionCommand.ReferToMediation", PetitionCommand.ReferToMediation.class)
        .put("petition.PetitionCommand.ReturnFromMediation", PetitionCommand.ReturnFromMediation.class)
        .put("petition.PetitionCommand.Escalate", PetitionCommand.Escalate.class)
        .put("petition.PetitionCommand.Reply", PetitionCommand.Reply.class)
        .put("petition.PetitionCommand.RecordFeedback", PetitionCommand.RecordFeedback.class)
        .put("petition.PetitionCommand.RequestReview", PetitionCommand.RequestReview.class)
        .put("petition.PetitionCommand.IssueReviewOpinion", PetitionCommand.IssueReviewOpinion.class)
        .put("petition.PetitionCommand.RequestReReview", PetitionCommand.RequestReReview.class)
        .put("petition.PetitionCommand.IssueReReviewOpinion", PetitionCommand.IssueReReviewOpinion.class)
        .put("petition.PetitionCommand.DeclareFinal", PetitionCommand.DeclareFinal.class)
        .put("petition.PetitionCommand.Withdraw", PetitionCommand.Withdraw.class)
        .put("petition.PetitionCommand.Close", PetitionCommand.Close.class)
        .put("petition.PetitionCommand.Supervise", PetitionCommand.Supervise.class)
        .put("petition.PetitionCommand.AssignCaseOwnership", PetitionCommand.AssignCaseOwnership.class)
        .put("petition.PetitionEvent.Received", PetitionEvent.Received.class)
        .put("petition.PetitionEvent.Registered", PetitionEvent.Registered.class)
        .put("petition.PetitionEvent.Accepted", PetitionEvent.Accepted.class)
        .put("petition.PetitionEvent.Declined", PetitionEvent.Declined.class)
        .put("petition.PetitionEvent.Diverted", PetitionEvent.Diverted.class)
        .put("petition.PetitionEvent.Forwarded", PetitionEvent.Forwarded.class)
        .put("petition.PetitionEvent.Assigned", PetitionEvent.Assigned.class)
        .put("petition.PetitionEvent.FirstContactOwnerSet", PetitionEvent.FirstContactOwnerSet.class)
        .put("petition.PetitionEvent.AssignmentObjected", PetitionEvent.AssignmentObjected.class)
        .put("petition.PetitionEvent.ExtensionApproved", PetitionEvent.ExtensionApproved.class)
        .put("petition.PetitionEvent.CallRaised", PetitionEvent.CallRaised.class)
        .put("petition.PetitionEvent.CallAnswered", PetitionEvent.CallAnswered.class)
        .put("petition.PetitionEvent.JointMeetingConvened", PetitionEvent.JointMeetingConvened.class)
        .put("petition.PetitionEvent.JointMeetingDecided", PetitionEvent.JointMeetingDecided.class)
        .put("petition.PetitionEvent.ReferredToMediation", PetitionEvent.ReferredToMediation.class)
        .put("petition.PetitionEvent.MediationReturned", PetitionEvent.MediationReturned.class)
        .put("petition.PetitionEvent.Escalated", PetitionEvent.Escalated.class)
        .put("petition.PetitionEvent.Replied", PetitionEvent.Replied.class)
        .put("petition.PetitionEvent.FeedbackRecorded", PetitionEvent.FeedbackRecorded.class)
        .put("petition.PetitionEvent.ReviewRequested", PetitionEvent.ReviewRequested.class)
        .put("petition.PetitionEvent.ReviewOpinionIssued", PetitionEvent.ReviewOpinionIssued.class)
        .put("petition.PetitionEvent.ReReviewRequested", PetitionEvent.ReReviewRequested.class)
        .put("petition.PetitionEvent.ReReviewOpinionIssued", PetitionEvent.ReReviewOpinionIssued.class)
        .put("petition.PetitionEvent.DeclaredFinal", PetitionEvent.DeclaredFinal.class)
        .put("petition.PetitionEvent.Withdrawn", PetitionEvent.Withdrawn.class)
        .put("petition.PetitionEvent.Closed", PetitionEvent.Closed.class)
        .put("petition.PetitionEvent.Supervised", PetitionEvent.Supervised.class)
        .put("petition.PetitionEvent.CaseOwnerAssigned", PetitionEvent.CaseOwnerAssigned.class)
        .put("petition.PetitionState", PetitionState.class)
        .put("petition.Petitioner", Petitioner.class)
        .put("petition.ReviewOpinion", ReviewOpinion.class)
        .put("policy.CollectiveProfile", CollectiveProfile.class)
        .put("policy.DeadlinePolicy", DeadlinePolicy.class)
        .put("policy.EscalationAction.EscalateToLevel", EscalationAction.EscalateToLevel.class)
        .put("policy.EscalationAction.NotifyRole", EscalationAction.NotifyRole.class)
        .put("policy.EscalationAction.AssignCaseOwner", EscalationAction.AssignCaseOwner.class)
        .put("policy.EscalationAction.ConveneJointMeeting", EscalationAction.ConveneJointMeeting.class)
        .put("policy.EscalationAction.EscalateOneLevelUp", EscalationAction.EscalateOneLevelUp.class)
        .put("policy.EscalationAction.RaiseCall", EscalationAction.RaiseCall.class)
        .put("policy.EscalationAction.Supervise", EscalationAction.Supervise.class)
        .put("policy.EscalationAction.FlagRisk", EscalationAction.FlagRisk.class)
        .put("policy.EscalationPolicy", EscalationPolicy.class)
        .put("policy.EscalationPolicyDiff", EscalationPolicyDiff.class)
        .put("policy.EscalationRule", EscalationRule.class)
        .put("policy.PeriodDefinition", PeriodDefinition.class)
        .put("policy.RepeatPolicy", RepeatPolicy.class)
        .put("policy.RepresentativeCap", RepresentativeCap.class)
        .put("policy.RoutingPolicy", RoutingPolicy.class)
        .put("policy.RoutingRule", RoutingRule.class)
        .put("policy.SensitivePeriod", SensitivePeriod.class)
        .put("policy.Trigger.OverdueBy", Trigger.OverdueBy.class)
        .put("policy.Trigger.DueWithin", Trigger.DueWithin.class)
        .put("policy.Trigger.HeadcountAtLeast", Trigger.HeadcountAtLeast.class)
        .put("policy.Trigger.RepeatCountAtLeast", Trigger.RepeatCountAtLeast.class)
        .put("policy.Trigger.KeyPersonCategoryInvolved", Trigger.KeyPersonCategoryInvolved.class)
        .put("policy.Trigger.SeveralDepartments", Trigger.SeveralDepartments.class)
        .put("policy.Trigger.StatusIn", Trigger.StatusIn.class)
        .put("policy.Trigger.LevelIn", Trigger.LevelIn.class)
        .put("policy.Trigger.MediationFailed", Trigger.MediationFailed.class)
        .put("policy.Trigger.InSensitivePeriod", Trigger.InSensitivePeriod.class)
        .put("policy.Trigger.FlagPresent", Trigger.FlagPresent.class)
        .put("policy.Trigger.And", Trigger.And.class)
        .put("policy.Trigger.Or", Trigger.Or.class)
        .put("policy.Trigger.Not", Trigger.Not.class)
        .buildOrThrow());

  private final ImmutableBiMap<String, Class<?>> names;

  private JsonTypeNames(ImmutableBiMap<String, Class<?>> names) {
    this.names = names;
  }

  /** The standard names of Hewei's core value types (the table in this class's source). */
  public static JsonTypeNames standard() {
    return STANDARD;
  }

  /**
   * These names plus {@code name} for {@code type}.
   *
   * @throws HeweiJsonException if the name or the type is already registered
   */
  JsonTypeNames plus(String name, Class<?> type) {
    if (names.containsKey(name) || names.containsValue(type)) {
      throw new HeweiJsonException("type name " + name + " or type " + type.getSimpleName() + " is already registered");
    }
    return new JsonTypeNames(ImmutableBiMap.<String, Class<?>>builder().putAll(names).put(name, type).buildOrThrow());
  }

  /**
   * The name of {@code type} or of its nearest registered superclass (generated implementation classes
   * are named after the abstract type they implement); empty when unregistered.
   */
  public Optional<String> nameOf(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      String name = names.inverse().get(c);
      if (name != null) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** The type registered under {@code name}, if any. */
  public Optional<Class<?>> typeOf(String name) {
    return Optional.ofNullable(names.get(name));
  }

  /** Every registered name. */
  public Set<String> names() {
    return names.keySet();
  }

  /** {@code "JsonTypeNames{168 names}"}. */
  @Override
  public String toString() {
    return "JsonTypeNames{" + names.size() + " names}";
  }
}
