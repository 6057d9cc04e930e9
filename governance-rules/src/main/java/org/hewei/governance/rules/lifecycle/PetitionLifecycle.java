package org.hewei.governance.rules.lifecycle;

import static org.hewei.governance.core.petition.PetitionStatus.ACCEPTED;
import static org.hewei.governance.core.petition.PetitionStatus.ASSIGNED;
import static org.hewei.governance.core.petition.PetitionStatus.CONCLUDED;
import static org.hewei.governance.core.petition.PetitionStatus.FINAL;
import static org.hewei.governance.core.petition.PetitionStatus.FORWARDED;
import static org.hewei.governance.core.petition.PetitionStatus.IN_MEDIATION;
import static org.hewei.governance.core.petition.PetitionStatus.RECEIVED;
import static org.hewei.governance.core.petition.PetitionStatus.REGISTERED;
import static org.hewei.governance.core.petition.PetitionStatus.REPLIED;
import static org.hewei.governance.core.petition.PetitionStatus.REVIEWED;
import static org.hewei.governance.core.petition.PetitionStatus.UNDER_RE_REVIEW;
import static org.hewei.governance.core.petition.PetitionStatus.UNDER_REVIEW;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.petition.EscalationRecord;
import org.hewei.governance.core.petition.HandlingOutcome;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.LegalProcedure;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.ReviewDecision;
import org.hewei.governance.core.petition.ReviewOpinion;
import org.hewei.governance.core.policy.DeadlinePolicy;
import org.hewei.governance.core.policy.PeriodDefinition;
import org.hewei.governance.rules.deadline.LegalPeriod;
import org.hewei.governance.rules.deadline.PeriodUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 信访事项生命周期 — decide / evolve for a petition (信访工作条例 2022), from receipt to conclusion or
 * finality, built from a {@link PetitionLifecycleContext}.
 *
 * <p><b>Statuses.</b> {@code Receive} opens the stream (RECEIVED); {@code Register} (REGISTERED);
 * {@code Forward} (FORWARDED) and {@code Assign} (ASSIGNED) route it; {@code Accept} (ACCEPTED), {@code
 * Decline} (DECLINED) or {@code Divert} (DIVERTED, 诉访分离) decide on it; mediation (IN_MEDIATION and
 * back to ACCEPTED); {@code Reply} (REPLIED); review (UNDER_REVIEW → REVIEWED) and re-review
 * (UNDER_RE_REVIEW → FINAL: {@code IssueReReviewOpinion} produces the opinion <em>and</em> {@code
 * DeclaredFinal}); {@code Close} (CONCLUDED); {@code Withdraw} (WITHDRAWN). Side steps that keep the
 * status (first-contact owner, calls, joint meeting, escalation, supervision, 包案) are allowed in every
 * open status; an objection (异议) returns an ASSIGNED matter to REGISTERED for re-routing.
 *
 * <p><b>Roles</b> (rule {@link PetitionRules#ACTOR_ROLE}):
 *
 * <table>
 *   <caption>who may issue what</caption>
 *   <tr><th>command</th><th>actor</th></tr>
 *   <tr><td>ApproveExtension</td><td>an official in role {@link Role#HEAD_OF_BODY} who is the extension's approver (Art 34)</td></tr>
 *   <tr><td>Withdraw, RequestReview, RequestReReview, RecordFeedback</td><td>a person who is one of the petitioners</td></tr>
 *   <tr><td>Escalate, Supervise, RaiseCall, ConveneJointMeeting, AssignCaseOwnership</td><td>an official, or
 *       the system (the escalation engine carrying out a policy's decision: every command
 *       {@code EscalationDecision.toCommands} gives is system-issued)</td></tr>
 *   <tr><td>every other command</td><td>an official (any role)</td></tr>
 * </table>
 *
 * <p>An official with a direct interest in the petition ({@link PetitionLifecycleContext#interestedOfficials})
 * cannot act on it, and cannot be named case owner, first-contact owner or 包案 leader (Art 28).
 *
 * <p><b>Decisions</b> written down here:
 *
 * <ul>
 *   <li>Days: an instant becomes a day in the context's zone; periods come from the context's {@link
 *       DeadlinePolicy} and are counted by its calendar (民法典 Art 201–203: start day not counted,
 *       a last day on a rest day moves to the next working day).
 *   <li>Register and route within 15 days (Art 22–23) is a duty of the body, not of the petitioner: a late
 *       {@code Register} is accepted; lateness is derived ({@link #registerDueDate}, {@link
 *       #isRegisteredLate}) and traced at DEBUG. Likewise a late review or re-review opinion is accepted
 *       (the state's due date shows it is late). The petitioner's windows (review and re-review requests,
 *       30 days each, Art 35–36) and the unit's objection window (5 working days, Art 23) are rejections.
 *   <li>Skip-level (越级访, Art 20): the body with authority is the nearest jurisdiction at township level
 *       or above on the path from where the matter arose to the root; a walk-in filed with an ancestor
 *       more than one tree step above it is flagged {@link PetitionFlag#SKIP_LEVEL} on the petition of
 *       the {@code Received} event (a fact of the visit, recorded when it happens). A walk-in filed
 *       elsewhere (not an ancestor) is not flagged. {@link PetitionFlag#COLLECTIVE} is added when the
 *       headcount reaches the profile's threshold. Walk-ins with more representatives than the profile
 *       allows are rejected (Art 20).
 *   <li>Types: only a {@link PetitionType#GRIEVANCE} starts the 60-day clock on acceptance (Art 34), may be
 *       extended, referred to mediation (Art 33) and reviewed (Art 35–36). A matter flagged {@link
 *       PetitionFlag#LITIGATION_RELATED} cannot be accepted: it is diverted (Art 28, 31). A grievance is
 *       diverted to the procedures of Art 31(1)–(5), an accusation only to discipline inspection (Art 30),
 *       a suggestion never.
 *   <li>Due date ({@link PetitionState#dueDate()}): set by {@code Assigned} (the command's date), replaced
 *       by {@code Accepted} for a grievance (acceptance + 60 days), by {@code ReviewRequested} (+30 days,
 *       Art 35) and {@code ReReviewRequested} (+30 days, Art 36), moved later by {@code ExtensionApproved}
 *       (current due date + at most 30 days, once, Art 34). No other event changes it. Hearing days of a
 *       re-review are recorded in {@link PetitionState#pausedDays()}; the opinion's due date excluding
 *       them is {@link #reReviewOpinionDueDate}.
 *   <li>Same facts: keyed by {@link PetitionMatterKey}; {@code Accept} is rejected when the {@link
 *       MatterHistory} knows a final matter (Art 36) or a matter accepted at a lower level and within its
 *       limit (Art 19(3)); {@code DeclareFinal} on a new petition needs the history to confirm the final
 *       matter it names.
 *   <li>An objection is raised by the assigned unit within 5 working days of the assignment and, once
 *       recorded, stands for the office's agreement: the matter returns to REGISTERED for re-routing (a
 *       dispute goes to the common superior or the joint meeting, Art 24, outside this lifecycle).
 *   <li>Mediation returns the matter to ACCEPTED; a settled mediation (Art 33) may then be closed without
 *       a reply. A matter is closed from REPLIED or REVIEWED only when the petitioner is satisfied, the
 *       matter is not a grievance, or the review (re-review) request window has passed.
 *   <li>An escalation (by an official or the escalation engine) is accepted in every open status when it
 *       starts at the current handling level and goes to an ancestor of the handling jurisdiction, above
 *       it; it moves {@link PetitionState#handling()} and appends an escalation record.
 *   <li>A command issued before the stream's last event is rejected (out of order), as is one whose
 *       delivery time is in the future or before the request it answers.
 * </ul>
 *
 * <p>{@link #evolve} applies the events {@link #decide} produces and throws {@link InvalidValueException}
 * for an event that cannot follow the state (a second {@code Received}, another petition's event, an
 * event in a status that does not allow it).
 *
 * <pre>{@code
 * PetitionLifecycle lifecycle = PetitionLifecycle.of(PetitionLifecycleContext.of(tree));
 * Decision<PetitionEvent> d = lifecycle.decide(Optional.empty(), receive);
 * Optional<PetitionState> s = lifecycle.fold(d.eventsOrThrow());
 * lifecycle.decide(s, register).isAccepted(); // true
 * }</pre>
 */
public final class PetitionLifecycle implements Decider<PetitionState, PetitionCommand, PetitionEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(PetitionLifecycle.class);

  private static final Set<PetitionStatus> ROUTING = EnumSet.of(REGISTERED, FORWARDED, ASSIGNED);
  private static final Set<PetitionStatus> OPEN = openStatuses();

  private final PetitionLifecycleContext context;

  private PetitionLifecycle(PetitionLifecycleContext context) {
    this.context = context;
  }

  /** The lifecycle over {@code context}. */
  public static PetitionLifecycle of(PetitionLifecycleContext context) {
    return new PetitionLifecycle(Checks.required("context", context));
  }

  /** The context. */
  public PetitionLifecycleContext context() {
    return context;
  }

  // ------------------------------------------------------------------ steps

  /** The steps of a petition's life; one per command and its event, with the statuses it may follow. */
  private enum Step {
    RECEIVE(EnumSet.noneOf(PetitionStatus.class), Who.OFFICIAL),
    REGISTER(EnumSet.of(RECEIVED), Who.OFFICIAL),
    FORWARD(EnumSet.of(REGISTERED, FORWARDED), Who.OFFICIAL),
    ASSIGN(EnumSet.of(REGISTERED, FORWARDED), Who.OFFICIAL),
    OBJECT(EnumSet.of(ASSIGNED), Who.OFFICIAL),
    ACCEPT(ROUTING, Who.OFFICIAL),
    DECLINE(ROUTING, Who.OFFICIAL),
    DIVERT(union(ROUTING, EnumSet.of(ACCEPTED)), Who.OFFICIAL),
    FIRST_CONTACT(OPEN, Who.OFFICIAL),
    EXTEND(EnumSet.of(ACCEPTED), Who.HEAD_OF_BODY),
    RAISE_CALL(OPEN, Who.OFFICIAL_OR_SYSTEM),
    ANSWER_CALL(OPEN, Who.OFFICIAL),
    CONVENE(OPEN, Who.OFFICIAL_OR_SYSTEM),
    DECIDE_MEETING(OPEN, Who.OFFICIAL),
    REFER(EnumSet.of(ACCEPTED), Who.OFFICIAL),
    RETURN(EnumSet.of(IN_MEDIATION), Who.OFFICIAL),
    ESCALATE(OPEN, Who.OFFICIAL_OR_SYSTEM),
    REPLY(EnumSet.of(ACCEPTED), Who.OFFICIAL),
    FEEDBACK(EnumSet.of(REPLIED, UNDER_REVIEW, REVIEWED, UNDER_RE_REVIEW, CONCLUDED, FINAL), Who.PETITIONER),
    REQUEST_REVIEW(EnumSet.of(REPLIED), Who.PETITIONER),
    REVIEW_OPINION(EnumSet.of(UNDER_REVIEW), Who.OFFICIAL),
    REQUEST_RE_REVIEW(EnumSet.of(REVIEWED), Who.PETITIONER),
    RE_REVIEW_OPINION(EnumSet.of(UNDER_RE_REVIEW), Who.OFFICIAL),
    DECLARE_FINAL(union(ROUTING, EnumSet.of(UNDER_RE_REVIEW)), Who.OFFICIAL),
    WITHDRAW(OPEN, Who.PETITIONER),
    CLOSE(EnumSet.of(ACCEPTED, REPLIED, REVIEWED), Who.OFFICIAL),
    SUPERVISE(OPEN, Who.OFFICIAL_OR_SYSTEM),
    CASE_OWNERSHIP(OPEN, Who.OFFICIAL_OR_SYSTEM);

    final Set<PetitionStatus> from;
    final Who who;

    Step(Set<PetitionStatus> from, Who who) {
      this.from = from;
      this.who = who;
    }
  }

  private enum Who {
    OFFICIAL,
    OFFICIAL_OR_SYSTEM,
    HEAD_OF_BODY,
    PETITIONER
  }

  private static Set<PetitionStatus> openStatuses() {
    Set<PetitionStatus> open = EnumSet.noneOf(PetitionStatus.class);
    for (PetitionStatus s : PetitionStatus.values()) {
      if (s.isOpen()) {
        open.add(s);
      }
    }
    return open;
  }

  private static Set<PetitionStatus> union(Set<PetitionStatus> a, Set<PetitionStatus> b) {
    Set<PetitionStatus> u = EnumSet.copyOf(a);
    u.addAll(b);
    return u;
  }

  private static Step step(PetitionCommand c) {
    if (c instanceof PetitionCommand.Receive) return Step.RECEIVE;
    if (c instanceof PetitionCommand.Register) return Step.REGISTER;
    if (c instanceof PetitionCommand.Forward) return Step.FORWARD;
    if (c instanceof PetitionCommand.Assign) return Step.ASSIGN;
    if (c instanceof PetitionCommand.ObjectToAssignment) return Step.OBJECT;
    if (c instanceof PetitionCommand.Accept) return Step.ACCEPT;
    if (c instanceof PetitionCommand.Decline) return Step.DECLINE;
    if (c instanceof PetitionCommand.Divert) return Step.DIVERT;
    if (c instanceof PetitionCommand.SetFirstContactOwner) return Step.FIRST_CONTACT;
    if (c instanceof PetitionCommand.ApproveExtension) return Step.EXTEND;
    if (c instanceof PetitionCommand.RaiseCall) return Step.RAISE_CALL;
    if (c instanceof PetitionCommand.AnswerCall) return Step.ANSWER_CALL;
    if (c instanceof PetitionCommand.ConveneJointMeeting) return Step.CONVENE;
    if (c instanceof PetitionCommand.DecideJointMeeting) return Step.DECIDE_MEETING;
    if (c instanceof PetitionCommand.ReferToMediation) return Step.REFER;
    if (c instanceof PetitionCommand.ReturnFromMediation) return Step.RETURN;
    if (c instanceof PetitionCommand.Escalate) return Step.ESCALATE;
    if (c instanceof PetitionCommand.Reply) return Step.REPLY;
    if (c instanceof PetitionCommand.RecordFeedback) return Step.FEEDBACK;
    if (c instanceof PetitionCommand.RequestReview) return Step.REQUEST_REVIEW;
    if (c instanceof PetitionCommand.IssueReviewOpinion) return Step.REVIEW_OPINION;
    if (c instanceof PetitionCommand.RequestReReview) return Step.REQUEST_RE_REVIEW;
    if (c instanceof PetitionCommand.IssueReReviewOpinion) return Step.RE_REVIEW_OPINION;
    if (c instanceof PetitionCommand.DeclareFinal) return Step.DECLARE_FINAL;
    if (c instanceof PetitionCommand.Withdraw) return Step.WITHDRAW;
    if (c instanceof PetitionCommand.Close) return Step.CLOSE;
    if (c instanceof PetitionCommand.Supervise) return Step.SUPERVISE;
    if (c instanceof PetitionCommand.AssignCaseOwnership) return Step.CASE_OWNERSHIP;
    throw new InvalidValueException("command", c.getClass().getSimpleName(), "is not a known petition command");
  }

  private static Step step(PetitionEvent e) {
    if (e instanceof PetitionEvent.Received) return Step.RECEIVE;
    if (e instanceof PetitionEvent.Registered) return Step.REGISTER;
    if (e instanceof PetitionEvent.Forwarded) return Step.FORWARD;
    if (e instanceof PetitionEvent.Assigned) return Step.ASSIGN;
    if (e instanceof PetitionEvent.AssignmentObjected) return Step.OBJECT;
    if (e instanceof PetitionEvent.Accepted) return Step.ACCEPT;
    if (e instanceof PetitionEvent.Declined) return Step.DECLINE;
    if (e instanceof PetitionEvent.Diverted) return Step.DIVERT;
    if (e instanceof PetitionEvent.FirstContactOwnerSet) return Step.FIRST_CONTACT;
    if (e instanceof PetitionEvent.ExtensionApproved) return Step.EXTEND;
    if (e instanceof PetitionEvent.CallRaised) return Step.RAISE_CALL;
    if (e instanceof PetitionEvent.CallAnswered) return Step.ANSWER_CALL;
    if (e instanceof PetitionEvent.JointMeetingConvened) return Step.CONVENE;
    if (e instanceof PetitionEvent.JointMeetingDecided) return Step.DECIDE_MEETING;
    if (e instanceof PetitionEvent.ReferredToMediation) return Step.REFER;
    if (e instanceof PetitionEvent.MediationReturned) return Step.RETURN;
    if (e instanceof PetitionEvent.Escalated) return Step.ESCALATE;
    if (e instanceof PetitionEvent.Replied) return Step.REPLY;
    if (e instanceof PetitionEvent.FeedbackRecorded) return Step.FEEDBACK;
    if (e instanceof PetitionEvent.ReviewRequested) return Step.REQUEST_REVIEW;
    if (e instanceof PetitionEvent.ReviewOpinionIssued) return Step.REVIEW_OPINION;
    if (e instanceof PetitionEvent.ReReviewRequested) return Step.REQUEST_RE_REVIEW;
    if (e instanceof PetitionEvent.ReReviewOpinionIssued) return Step.RE_REVIEW_OPINION;
    if (e instanceof PetitionEvent.DeclaredFinal) return Step.DECLARE_FINAL;
    if (e instanceof PetitionEvent.Withdrawn) return Step.WITHDRAW;
    if (e instanceof PetitionEvent.Closed) return Step.CLOSE;
    if (e instanceof PetitionEvent.Supervised) return Step.SUPERVISE;
    if (e instanceof PetitionEvent.CaseOwnerAssigned) return Step.CASE_OWNERSHIP;
    throw new InvalidValueException("event", e.getClass().getSimpleName(), "is not a known petition event");
  }

  // ------------------------------------------------------------------ decide

  /**
   * The events {@code command} produces against {@code state}, or the rejection naming the rule ({@link
   * PetitionRules}) and, where the law sets it, the article.
   *
   * @throws org.hewei.governance.rules.calendar.DateOutsideCalendarException if a period ends outside the
   *     context calendar's known years
   */
  @Override
  public Decision<PetitionEvent> decide(Optional<PetitionState> state, PetitionCommand command) {
    Checks.required("state", state);
    Checks.required("command", command);
    Step step = step(command);
    Decision<PetitionEvent> decision =
        step == Step.RECEIVE
            ? receive(state, (PetitionCommand.Receive) command)
            : state.isPresent() ? decideOn(state.get(), step, command) : reject(command, PetitionRules.STREAM_MISSING, "no petition has been received on this stream");
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "petition {} {}: {}",
          command.petitionId(),
          command.getClass().getSimpleName(),
          decision.rejection().map(r -> "rejected " + r.rule()).orElse("accepted, " + decision.events().size() + " event(s)"));
    }
    return decision;
  }

  private Decision<PetitionEvent> receive(Optional<PetitionState> state, PetitionCommand.Receive c) {
    if (state.isPresent()) {
      return reject(c, PetitionRules.STREAM_EXISTS, "the petition was already received; a stream has one Receive");
    }
    Petition p = c.petition();
    if (c.issuedAt().isBefore(p.receivedAt())) {
      return reject(c, PetitionRules.BEFORE_RECEIPT, "the command is issued before the petition's receipt time");
    }
    Optional<Rejection> actor = checkActor(Step.RECEIVE, c, p);
    if (actor.isPresent()) {
      return Decision.reject(actor.get());
    }
    JurisdictionTree tree = context.tree();
    if (!tree.has(p.arisenIn())) {
      return reject(c, PetitionRules.PLACE_NOT_IN_TREE, "the jurisdiction where the matter arose is not in the jurisdiction tree");
    }
    Optional<Rejection> place = checkPlace(c, p.filedWith());
    if (place.isPresent()) {
      return Decision.reject(place.get());
    }
    Set<PetitionFlag> added = EnumSet.noneOf(PetitionFlag.class);
    if (p.channel().isWalkIn()) {
      int max = context.collective().maxRepresentatives(p.headcount());
      if (p.headcount() >= 2 && p.representatives().size() > max) {
        return reject(c, PetitionRules.REPRESENTATIVES,
            "a group of " + p.headcount() + " walking in may choose at most " + max + " representatives, not "
                + p.representatives().size() + " (profile " + context.collective().code() + ")",
            PetitionRules.TIAOLI + "20");
      }
      if (isSkipLevel(p)) {
        added.add(PetitionFlag.SKIP_LEVEL);
      }
    }
    if (context.collective().isCollective(p.headcount())) {
      added.add(PetitionFlag.COLLECTIVE);
    }
    Petition recorded = p.flags().containsAll(added) ? p : Petition.builder().from(p).addAllFlags(added).build();
    return Decision.accept(
        PetitionEvent.Received.builder().eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor()).petition(recorded).build());
  }

  /**
   * Whether a walk-in of {@code petition} is skip-level (越级访, 条例 Art 20): filed with an ancestor more
   * than one tree step above the nearest jurisdiction at township level or above (the body with
   * authority) on the path from where the matter arose.
   *
   * <pre>{@code
   * lifecycle.isSkipLevel(walkInAtTheCountyForAVillageMatterUnderAManagementDistrict); // false: township +1
   * }</pre>
   *
   * @throws InvalidValueException if a jurisdiction of the petition is not in the context's tree
   */
  public boolean isSkipLevel(Petition petition) {
    JurisdictionTree tree = context.tree();
    List<Jurisdiction> path = tree.pathToRoot(petition.arisenIn());
    tree.indexOf(petition.filedWith().jurisdiction());
    int authority = -1;
    int filed = -1;
    for (int i = 0; i < path.size(); i++) {
      Jurisdiction j = path.get(i);
      if (authority < 0 && !j.level().isBelow(JurisdictionLevel.TOWNSHIP)) {
        authority = i;
      }
      if (j.id().equals(petition.filedWith().jurisdiction())) {
        filed = i;
      }
    }
    return authority >= 0 && filed > authority + 1;
  }

  private Decision<PetitionEvent> decideOn(PetitionState s, Step step, PetitionCommand c) {
    if (!c.petitionId().equals(s.id())) {
      return reject(c, PetitionRules.OTHER_PETITION, "the command names petition " + c.petitionId() + ", the state is " + s.id());
    }
    if (c.issuedAt().isBefore(s.updatedAt())) {
      return reject(c, PetitionRules.BEFORE_LAST_EVENT, "the command is issued before the stream's last event (" + s.updatedAt() + ")");
    }
    Optional<Rejection> actor = checkActor(step, c, s.petition());
    if (actor.isPresent()) {
      return Decision.reject(actor.get());
    }
    if (!step.from.contains(s.status())) {
      return reject(c, PetitionRules.WRONG_STATUS,
          c.getClass().getSimpleName() + " is not allowed in status " + s.status() + " (" + s.status().chineseName() + ")");
    }
    LocalDate today = day(c.issuedAt());
    switch (step) {
      case REGISTER:
        return register(s, (PetitionCommand.Register) c, today);
      case FORWARD:
        return forward((PetitionCommand.Forward) c);
      case ASSIGN:
        return assign(s, (PetitionCommand.Assign) c, today);
      case OBJECT:
        return object(s, (PetitionCommand.ObjectToAssignment) c, today);
      case ACCEPT:
        return accept(s, (PetitionCommand.Accept) c, today);
      case DECLINE:
        return decline((PetitionCommand.Decline) c);
      case DIVERT:
        return divert(s, (PetitionCommand.Divert) c);
      case FIRST_CONTACT:
        return firstContact(s, (PetitionCommand.SetFirstContactOwner) c);
      case EXTEND:
        return extend(s, (PetitionCommand.ApproveExtension) c, today);
      case RAISE_CALL:
        return raiseCall((PetitionCommand.RaiseCall) c);
      case ANSWER_CALL:
        return answerCall(s, (PetitionCommand.AnswerCall) c);
      case CONVENE:
        return convene(s, (PetitionCommand.ConveneJointMeeting) c);
      case DECIDE_MEETING:
        return decideMeeting(s, (PetitionCommand.DecideJointMeeting) c);
      case REFER:
        return refer(s, (PetitionCommand.ReferToMediation) c);
      case RETURN:
        return returnFromMediation((PetitionCommand.ReturnFromMediation) c);
      case ESCALATE:
        return escalate(s, (PetitionCommand.Escalate) c);
      case REPLY:
        return reply(s, (PetitionCommand.Reply) c);
      case FEEDBACK:
        return feedback(s, (PetitionCommand.RecordFeedback) c);
      case REQUEST_REVIEW:
        return requestReview(s, (PetitionCommand.RequestReview) c, today);
      case REVIEW_OPINION:
        return reviewOpinion(s, (PetitionCommand.IssueReviewOpinion) c);
      case REQUEST_RE_REVIEW:
        return requestReReview(s, (PetitionCommand.RequestReReview) c, today);
      case RE_REVIEW_OPINION:
        return reReviewOpinion(s, (PetitionCommand.IssueReReviewOpinion) c);
      case DECLARE_FINAL:
        return declareFinal(s, (PetitionCommand.DeclareFinal) c);
      case WITHDRAW:
        return withdraw((PetitionCommand.Withdraw) c);
      case CLOSE:
        return close(s, (PetitionCommand.Close) c, today);
      case SUPERVISE:
        return supervise((PetitionCommand.Supervise) c);
      case CASE_OWNERSHIP:
        return caseOwnership(s, (PetitionCommand.AssignCaseOwnership) c);
      default:
        throw new IllegalStateException("unreachable: Receive is decided before");
    }
  }

  private Decision<PetitionEvent> register(PetitionState s, PetitionCommand.Register c, LocalDate today) {
    if (LOG.isDebugEnabled() && today.isAfter(registerDueDate(s))) {
      LOG.debug("petition {} registered late: due {} (信访工作条例 Art 22-23)", s.id(), registerDueDate(s));
    }
    return Decision.accept(
        PetitionEvent.Registered.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor()).build());
  }

  private Decision<PetitionEvent> forward(PetitionCommand.Forward c) {
    Optional<Rejection> place = checkPlace(c, c.to());
    if (place.isPresent()) {
      return Decision.reject(place.get());
    }
    return Decision.accept(
        PetitionEvent.Forwarded.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .to(c.to()).build());
  }

  private Decision<PetitionEvent> assign(PetitionState s, PetitionCommand.Assign c, LocalDate today) {
    Optional<Rejection> place = checkPlace(c, c.to());
    if (place.isPresent()) {
      return Decision.reject(place.get());
    }
    if (c.dueDate().isBefore(today)) {
      return reject(c, PetitionRules.ASSIGN_DUE_DATE, "the due date " + c.dueDate() + " lies before the assignment (" + today + ")");
    }
    Optional<Rejection> recusal = checkNamed(c, s, c.caseOwner(), "case owner");
    if (recusal.isPresent()) {
      return Decision.reject(recusal.get());
    }
    return Decision.accept(
        PetitionEvent.Assigned.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .to(c.to()).caseOwner(c.caseOwner()).dueDate(c.dueDate()).build());
  }

  private Decision<PetitionEvent> object(PetitionState s, PetitionCommand.ObjectToAssignment c, LocalDate today) {
    if (!s.handling().unit().equals(Optional.of(c.unit()))) {
      return reject(c, PetitionRules.OBJECTION_UNIT, "only the unit the matter is assigned to may object", PetitionRules.TIAOLI + "23");
    }
    LocalDate assigned = day(s.assignedAt().orElse(s.updatedAt()));
    LocalDate last = due(assigned, DeadlinePolicy.OBJECTION);
    if (today.isAfter(last)) {
      return reject(c, PetitionRules.OBJECTION_WINDOW,
          "the objection window ended on " + last + " (5 working days after the assignment of " + assigned + ")", PetitionRules.TIAOLI + "23");
    }
    return Decision.accept(
        PetitionEvent.AssignmentObjected.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .unit(c.unit()).reason(c.reason()).build());
  }

  private Decision<PetitionEvent> accept(PetitionState s, PetitionCommand.Accept c, LocalDate today) {
    if (s.flags().contains(PetitionFlag.LITIGATION_RELATED)) {
      return reject(c, PetitionRules.ACCEPT_LITIGATION,
          "a litigation-related matter is diverted to the legal procedure (诉访分离), not accepted", PetitionRules.TIAOLI + "28, 31");
    }
    PetitionMatterKey key = context.matterKey(s.petition());
    Optional<PetitionId> finalMatter = context.history().finalMatter(key, s.id());
    if (finalMatter.isPresent()) {
      return reject(c, PetitionRules.ACCEPT_FINAL_MATTER,
          "petition " + finalMatter.get() + " on the same facts is final after re-review (不再受理)", PetitionRules.TIAOLI + "36");
    }
    Optional<MatterHistory.PriorMatter> prior = context.history().acceptedWithinLimit(key, s.id(), today);
    if (prior.isPresent() && s.handlingLevel().isAbove(prior.get().level())) {
      return reject(c, PetitionRules.ACCEPT_ALREADY_ACCEPTED,
          "petition " + prior.get().petition() + " on the same matter was accepted at " + prior.get().level()
              + " level and is within its limit; a higher body does not accept it",
          PetitionRules.TIAOLI + "19(3)");
    }
    Optional<LocalDate> dueDate =
        s.petition().type() == PetitionType.GRIEVANCE ? Optional.of(due(today, DeadlinePolicy.GRIEVANCE_HANDLING)) : Optional.empty();
    return Decision.accept(
        PetitionEvent.Accepted.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .dueDate(dueDate).build());
  }

  private Decision<PetitionEvent> decline(PetitionCommand.Decline c) {
    return Decision.accept(
        PetitionEvent.Declined.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .reason(c.reason()).build());
  }

  private Decision<PetitionEvent> divert(PetitionState s, PetitionCommand.Divert c) {
    PetitionType type = s.petition().type();
    boolean fits =
        type == PetitionType.GRIEVANCE
            ? c.procedure() != LegalProcedure.DISCIPLINARY_INSPECTION
            : type == PetitionType.ACCUSATION && c.procedure() == LegalProcedure.DISCIPLINARY_INSPECTION;
    if (!fits) {
      return reject(c, PetitionRules.DIVERT_PROCEDURE,
          "a " + type + " matter cannot be diverted to " + c.procedure() + " (grievances: Art 31(1)-(5); accusations: discipline inspection)",
          PetitionRules.TIAOLI + "30, 31");
    }
    return Decision.accept(
        PetitionEvent.Diverted.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .procedure(c.procedure()).note(c.note()).build());
  }

  private Decision<PetitionEvent> firstContact(PetitionState s, PetitionCommand.SetFirstContactOwner c) {
    Optional<Rejection> recusal = checkNamed(c, s, c.owner(), "first-contact owner");
    if (recusal.isPresent()) {
      return Decision.reject(recusal.get());
    }
    return Decision.accept(
        PetitionEvent.FirstContactOwnerSet.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .owner(c.owner()).build());
  }

  private Decision<PetitionEvent> extend(PetitionState s, PetitionCommand.ApproveExtension c, LocalDate today) {
    String art34 = PetitionRules.TIAOLI + "34";
    if (s.petition().type() != PetitionType.GRIEVANCE || s.dueDate().isEmpty()) {
      return reject(c, PetitionRules.EXTENSION_GRIEVANCE_ONLY, "only a grievance matter's 60-day handling period is extended", art34);
    }
    if (s.extension().isPresent()) {
      return reject(c, PetitionRules.EXTENSION_ONCE, "an extension was already approved; a second one is not allowed", art34);
    }
    int max = context.deadlines().period(DeadlinePolicy.EXTENSION_MAX).length();
    if (c.extension().days() > max) {
      return reject(c, PetitionRules.EXTENSION_MAX_DAYS, "an extension of " + c.extension().days() + " days exceeds " + max + " days", art34);
    }
    if (!c.actor().official().equals(Optional.of(c.extension().approver()))) {
      return reject(c, PetitionRules.EXTENSION_APPROVER, "the extension's approver must be the head of the body issuing the command", art34);
    }
    LocalDate current = s.dueDate().get();
    if (today.isAfter(current)) {
      return reject(c, PetitionRules.EXTENSION_AFTER_DUE, "the handling period ended on " + current + "; it cannot be extended after", art34);
    }
    LocalDate newDue = context.calculator().dueDate(current, LegalPeriod.days(c.extension().days()));
    return Decision.accept(
        PetitionEvent.ExtensionApproved.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .extension(c.extension()).newDueDate(newDue).build());
  }

  private Decision<PetitionEvent> raiseCall(PetitionCommand.RaiseCall c) {
    return Decision.accept(
        PetitionEvent.CallRaised.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .level(c.level()).units(c.units()).reason(c.reason()).build());
  }

  private Decision<PetitionEvent> answerCall(PetitionState s, PetitionCommand.AnswerCall c) {
    if (s.callsAnswered() >= s.callsRaised()) {
      return reject(c, PetitionRules.NO_OPEN_CALL, "there is no unanswered call (" + s.callsRaised() + " raised, " + s.callsAnswered() + " answered)");
    }
    return Decision.accept(
        PetitionEvent.CallAnswered.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .unit(c.unit()).note(c.note()).build());
  }

  private Decision<PetitionEvent> convene(PetitionState s, PetitionCommand.ConveneJointMeeting c) {
    if (s.jointMeetingConvenedAt().isPresent()) {
      return reject(c, PetitionRules.JOINT_MEETING_CONVENED, "a joint meeting was already convened on this petition");
    }
    return Decision.accept(
        PetitionEvent.JointMeetingConvened.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .units(c.units()).build());
  }

  private Decision<PetitionEvent> decideMeeting(PetitionState s, PetitionCommand.DecideJointMeeting c) {
    if (s.jointMeetingConvenedAt().isEmpty() || s.jointMeetingLeadUnit().isPresent()) {
      return reject(c, PetitionRules.JOINT_MEETING_DECISION,
          s.jointMeetingConvenedAt().isEmpty() ? "no joint meeting was convened" : "the joint meeting already decided");
    }
    return Decision.accept(
        PetitionEvent.JointMeetingDecided.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .decision(c.decision()).leadUnit(c.leadUnit()).build());
  }

  private Decision<PetitionEvent> refer(PetitionState s, PetitionCommand.ReferToMediation c) {
    if (s.petition().type() != PetitionType.GRIEVANCE) {
      return reject(c, PetitionRules.MEDIATION_GRIEVANCE_ONLY, "only grievance matters are mediated within a petition", PetitionRules.TIAOLI + "33");
    }
    return Decision.accept(
        PetitionEvent.ReferredToMediation.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .mediationCase(c.mediationCase()).build());
  }

  private Decision<PetitionEvent> returnFromMediation(PetitionCommand.ReturnFromMediation c) {
    return Decision.accept(
        PetitionEvent.MediationReturned.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .result(c.result()).note(c.note()).build());
  }

  private Decision<PetitionEvent> escalate(PetitionState s, PetitionCommand.Escalate c) {
    if (c.fromLevel() != s.handlingLevel()) {
      return reject(c, PetitionRules.ESCALATE_LEVEL,
          "the escalation starts at " + c.fromLevel() + " but the matter is handled at " + s.handlingLevel());
    }
    Optional<Rejection> place = checkPlace(c, c.to());
    if (place.isPresent()) {
      return Decision.reject(place.get());
    }
    if (!context.tree().isAncestorOf(c.to().jurisdiction(), s.handling().jurisdiction())) {
      return reject(c, PetitionRules.ESCALATE_LEVEL, "the escalation target " + c.to().jurisdiction() + " is not above the handling jurisdiction");
    }
    return Decision.accept(
        PetitionEvent.Escalated.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .fromLevel(c.fromLevel()).to(c.to()).reason(c.reason()).policyId(c.policyId()).policyVersion(c.policyVersion())
            .ruleId(c.ruleId()).explanation(c.explanation().orElse(c.reason())).build());
  }

  private Decision<PetitionEvent> reply(PetitionState s, PetitionCommand.Reply c) {
    Optional<Rejection> delivery = checkDelivery(c, c.deliveredAt(), s.acceptedAt());
    if (delivery.isPresent()) {
      return Decision.reject(delivery.get());
    }
    return Decision.accept(
        PetitionEvent.Replied.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .opinion(c.opinion()).deliveredAt(c.deliveredAt()).build());
  }

  private Decision<PetitionEvent> feedback(PetitionState s, PetitionCommand.RecordFeedback c) {
    if (s.satisfaction().isPresent()) {
      return reject(c, PetitionRules.FEEDBACK_ONCE, "the petitioner's rating was already recorded");
    }
    return Decision.accept(
        PetitionEvent.FeedbackRecorded.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .satisfaction(c.satisfaction()).comment(c.comment()).build());
  }

  private Decision<PetitionEvent> requestReview(PetitionState s, PetitionCommand.RequestReview c, LocalDate today) {
    String art35 = PetitionRules.TIAOLI + "35";
    if (s.petition().type() != PetitionType.GRIEVANCE) {
      return reject(c, PetitionRules.REVIEW_GRIEVANCE_ONLY, "review is of a grievance matter's handling opinion", art35);
    }
    LocalDate last = due(day(s.repliedAt().orElseThrow()), DeadlinePolicy.REVIEW_REQUEST);
    if (today.isAfter(last)) {
      return reject(c, PetitionRules.REVIEW_WINDOW, "the review could be requested until " + last + " (30 days after the written reply)", art35);
    }
    return Decision.accept(
        PetitionEvent.ReviewRequested.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .reason(c.reason()).dueDate(due(today, DeadlinePolicy.REVIEW_OPINION)).build());
  }

  private Decision<PetitionEvent> reviewOpinion(PetitionState s, PetitionCommand.IssueReviewOpinion c) {
    Optional<Rejection> delivery = checkDelivery(c, c.deliveredAt(), s.reviewRequestedAt());
    if (delivery.isPresent()) {
      return Decision.reject(delivery.get());
    }
    return Decision.accept(
        PetitionEvent.ReviewOpinionIssued.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .opinion(c.opinion()).deliveredAt(c.deliveredAt()).build());
  }

  private Decision<PetitionEvent> requestReReview(PetitionState s, PetitionCommand.RequestReReview c, LocalDate today) {
    LocalDate last = due(day(s.reviewOpinionAt().orElseThrow()), DeadlinePolicy.RE_REVIEW_REQUEST);
    if (today.isAfter(last)) {
      return reject(c, PetitionRules.RE_REVIEW_WINDOW,
          "the re-review could be requested until " + last + " (30 days after the review opinion)", PetitionRules.TIAOLI + "36");
    }
    return Decision.accept(
        PetitionEvent.ReReviewRequested.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .reason(c.reason()).dueDate(due(today, DeadlinePolicy.RE_REVIEW_OPINION)).build());
  }

  private Decision<PetitionEvent> reReviewOpinion(PetitionState s, PetitionCommand.IssueReReviewOpinion c) {
    Optional<Rejection> delivery = checkDelivery(c, c.deliveredAt(), s.reReviewRequestedAt());
    if (delivery.isPresent()) {
      return Decision.reject(delivery.get());
    }
    if (LOG.isDebugEnabled()) {
      LocalDate dueDate = reReviewOpinionDueDate(day(s.reReviewRequestedAt().orElseThrow()), c.hearingDays());
      LOG.debug("petition {} re-review opinion due {} (hearing days {}), delivered late: {}", s.id(), dueDate, c.hearingDays(),
          day(c.deliveredAt()).isAfter(dueDate));
    }
    return Decision.accept(
        List.of(
            PetitionEvent.ReReviewOpinionIssued.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
                .opinion(c.opinion()).deliveredAt(c.deliveredAt()).hearingDays(c.hearingDays()).build(),
            PetitionEvent.DeclaredFinal.builder().petitionId(c.petitionId()).eventId(eventId(c, 1)).occurredAt(c.issuedAt()).actor(c.actor())
                .build()));
  }

  private Decision<PetitionEvent> declareFinal(PetitionState s, PetitionCommand.DeclareFinal c) {
    String art36 = PetitionRules.TIAOLI + "36";
    if (!ROUTING.contains(s.status())) {
      return reject(c, PetitionRules.WRONG_STATUS, "a re-reviewed matter becomes final with its re-review opinion; DeclareFinal is for a new petition");
    }
    Optional<PetitionId> known = context.history().finalMatter(context.matterKey(s.petition()), s.id());
    if (c.sameFactsAs().isEmpty() || !c.sameFactsAs().equals(known)) {
      return reject(c, PetitionRules.FINAL_NOT_CONFIRMED,
          "the matter history does not confirm a final matter on the same facts as the one named", art36);
    }
    return Decision.accept(
        PetitionEvent.DeclaredFinal.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .sameFactsAs(c.sameFactsAs()).build());
  }

  private Decision<PetitionEvent> withdraw(PetitionCommand.Withdraw c) {
    return Decision.accept(
        PetitionEvent.Withdrawn.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .reason(c.reason()).build());
  }

  private Decision<PetitionEvent> close(PetitionState s, PetitionCommand.Close c, LocalDate today) {
    boolean satisfied = s.satisfaction().map(x -> x.isSatisfied()).orElse(false);
    boolean grievance = s.petition().type() == PetitionType.GRIEVANCE;
    if (s.status() == ACCEPTED && !s.mediationResult().map(r -> r.isSettled()).orElse(false)) {
      return reject(c, PetitionRules.CLOSE_NEEDS_REPLY,
          "an accepted matter is concluded by a reply (handling opinion) or a mediation settlement", PetitionRules.TIAOLI + "32, 33");
    }
    if (s.status() == REPLIED && grievance && !satisfied) {
      LocalDate last = due(day(s.repliedAt().orElseThrow()), DeadlinePolicy.REVIEW_REQUEST);
      if (!today.isAfter(last)) {
        return reject(c, PetitionRules.CLOSE_REVIEW_OPEN, "the petitioner may request a review until " + last, PetitionRules.TIAOLI + "35");
      }
    }
    if (s.status() == REVIEWED && !satisfied) {
      LocalDate last = due(day(s.reviewOpinionAt().orElseThrow()), DeadlinePolicy.RE_REVIEW_REQUEST);
      if (!today.isAfter(last)) {
        return reject(c, PetitionRules.CLOSE_REVIEW_OPEN, "the petitioner may request a re-review until " + last, PetitionRules.TIAOLI + "36");
      }
    }
    return Decision.accept(
        PetitionEvent.Closed.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .note(c.note()).build());
  }

  private Decision<PetitionEvent> supervise(PetitionCommand.Supervise c) {
    return Decision.accept(
        PetitionEvent.Supervised.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .supervisor(c.supervisor()).instructions(c.instructions()).dueDate(c.dueDate()).build());
  }

  private Decision<PetitionEvent> caseOwnership(PetitionState s, PetitionCommand.AssignCaseOwnership c) {
    Optional<Rejection> recusal = checkNamed(c, s, c.leader(), "case-ownership leader");
    if (recusal.isPresent()) {
      return Decision.reject(recusal.get());
    }
    return Decision.accept(
        PetitionEvent.CaseOwnerAssigned.builder().petitionId(c.petitionId()).eventId(eventId(c, 0)).occurredAt(c.issuedAt()).actor(c.actor())
            .leader(c.leader()).build());
  }

  // ------------------------------------------------------------------ checks

  private Optional<Rejection> checkActor(Step step, PetitionCommand c, Petition petition) {
    Actor actor = c.actor();
    boolean ok;
    switch (step.who) {
      case PETITIONER:
        if (actor.kind() == Actor.Kind.PERSON && !petition.hasPetitioner(actor.person().orElseThrow())) {
          return Optional.of(Rejection.of(c.commandId(), PetitionRules.NOT_PETITIONER, "only one of the petitioners may " + verb(c)));
        }
        ok = actor.kind() == Actor.Kind.PERSON;
        break;
      case HEAD_OF_BODY:
        ok = actor.kind() == Actor.Kind.OFFICIAL && actor.role().equals(Optional.of(Role.HEAD_OF_BODY));
        if (!ok) {
          return Optional.of(Rejection.of(c.commandId(), PetitionRules.ACTOR_ROLE,
              "only the head of the body (" + Role.HEAD_OF_BODY + ") approves an extension", PetitionRules.TIAOLI + "34"));
        }
        break;
      case OFFICIAL_OR_SYSTEM:
        ok = actor.kind() != Actor.Kind.PERSON;
        break;
      default:
        ok = actor.kind() == Actor.Kind.OFFICIAL;
        break;
    }
    if (!ok) {
      return Optional.of(Rejection.of(c.commandId(), PetitionRules.ACTOR_ROLE,
          "a " + actor.kind() + " actor may not " + verb(c) + " (allowed: " + step.who + ")"));
    }
    if (actor.kind() == Actor.Kind.OFFICIAL && context.interestedOfficials(petition).contains(actor.official().orElseThrow())) {
      return Optional.of(Rejection.of(c.commandId(), PetitionRules.RECUSAL,
          "official " + actor.official().orElseThrow() + " has a direct interest in the petition and must recuse", PetitionRules.TIAOLI + "28"));
    }
    return Optional.empty();
  }

  private Optional<Rejection> checkNamed(PetitionCommand c, PetitionState s, OfficialId official, String as) {
    if (context.interestedOfficials(s.petition()).contains(official)) {
      return Optional.of(Rejection.of(c.commandId(), PetitionRules.RECUSAL,
          "official " + official + " has a direct interest in the petition and cannot be its " + as, PetitionRules.TIAOLI + "28"));
    }
    return Optional.empty();
  }

  private Optional<Rejection> checkPlace(PetitionCommand c, HandlingPlace place) {
    Optional<Jurisdiction> node = context.tree().find(place.jurisdiction());
    if (node.isEmpty() || node.get().level() != place.level()) {
      return Optional.of(Rejection.of(c.commandId(), PetitionRules.PLACE_NOT_IN_TREE,
          "place " + place.jurisdiction() + " at " + place.level() + " is not a node of that level in the jurisdiction tree"));
    }
    return Optional.empty();
  }

  private static Optional<Rejection> checkDelivery(PetitionCommand c, Instant deliveredAt, Optional<Instant> requestedAt) {
    if (deliveredAt.isAfter(c.issuedAt()) || requestedAt.map(deliveredAt::isBefore).orElse(false)) {
      return Optional.of(Rejection.of(c.commandId(), PetitionRules.DELIVERY_TIME,
          "the delivery time must lie between the request it answers and the command's issue time"));
    }
    return Optional.empty();
  }

  private static String verb(PetitionCommand c) {
    return "issue " + c.getClass().getSimpleName().replace("Immutable", "");
  }

  private static Decision<PetitionEvent> reject(PetitionCommand c, String rule, String reason) {
    return Decision.reject(Rejection.of(c.commandId(), rule, reason));
  }

  private static Decision<PetitionEvent> reject(PetitionCommand c, String rule, String reason, String article) {
    return Decision.reject(Rejection.of(c.commandId(), rule, reason, article));
  }

  private static EventId eventId(PetitionCommand c, int index) {
    CommandId id = c.commandId();
    return Decider.eventId(id, index);
  }

  // ------------------------------------------------------------------ dates

  private LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, context.zone());
  }

  private LocalDate due(LocalDate start, String periodKey) {
    return due(start, context.deadlines().period(periodKey), 0);
  }

  private LocalDate due(LocalDate start, PeriodDefinition period, int extraDays) {
    int amount = period.length() + extraDays;
    if (amount == 0) {
      return start;
    }
    PeriodUnit unit = PeriodUnit.valueOf(period.unit().name());
    return context.calculator().dueDate(start, LegalPeriod.of(amount, unit));
  }

  /**
   * The last day to register and route {@code state}'s petition: receipt + 15 days (信访工作条例 Art 22–23;
   * the policy's {@code register-and-route} period).
   *
   * <pre>{@code
   * lifecycle.registerDueDate(state); // received 2022-09-20 → 2022-10-08 (National Day week)
   * }</pre>
   */
  public LocalDate registerDueDate(PetitionState state) {
    return due(day(Checks.required("state", state).petition().receivedAt()), DeadlinePolicy.REGISTER_AND_ROUTE);
  }

  /**
   * Whether {@code state}'s petition was registered after {@link #registerDueDate} (a late registration is
   * accepted, the duty being the body's; this is how its lateness is read). False while unregistered.
   *
   * <pre>{@code
   * lifecycle.isRegisteredLate(state); // true when registered on day 16
   * }</pre>
   */
  public boolean isRegisteredLate(PetitionState state) {
    return state.registeredAt().map(at -> day(at).isAfter(registerDueDate(state))).orElse(false);
  }

  /**
   * The last day for a re-review opinion requested on {@code requested}, not counting {@code hearingDays}
   * of hearing (信访工作条例 Art 36; the policy's {@code re-review-opinion} period).
   *
   * <pre>{@code
   * lifecycle.reReviewOpinionDueDate(LocalDate.of(2024, 3, 1), 10); // 40 days on, moved past rest days
   * }</pre>
   */
  public LocalDate reReviewOpinionDueDate(LocalDate requested, int hearingDays) {
    Checks.required("requested", requested);
    Checks.atLeast("hearingDays", hearingDays, 0);
    PeriodDefinition period = context.deadlines().period(DeadlinePolicy.RE_REVIEW_OPINION);
    return due(requested, period, period.hearingTimeExcluded() ? hearingDays : 0);
  }

  // ------------------------------------------------------------------ evolve

  /**
   * The state after {@code event}.
   *
   * @throws InvalidValueException if the event cannot follow the state: a {@code Received} on an existing
   *     stream, any other event on an empty one, an event of another petition, or an event whose step is
   *     not allowed in the current status
   */
  @Override
  public PetitionState evolve(Optional<PetitionState> state, PetitionEvent event) {
    Checks.required("state", state);
    Checks.required("event", event);
    Replay replay = state.isPresent() ? Replay.from(state.get()) : null;
    return Replay.next(replay, event).builder.build();
  }

  /**
   * The state after all {@code events} in order; empty for no events. The same state (and, for a corrupt
   * stream, the same exception) as {@link #evolve} applied event by event, but one builder takes every
   * event and the state is built (and checked) once: a consistency rule that an event could break on its
   * way (an event dated before the receipt, a joint meeting decided before it was convened, a counter
   * past {@code int}) is checked at that event, the others follow from the status rules.
   *
   * @throws InvalidValueException if an event cannot follow the state before it (see {@link #evolve})
   */
  @Override
  public Optional<PetitionState> fold(Iterable<? extends PetitionEvent> events) {
    Checks.required("events", events);
    Replay replay = null;
    for (PetitionEvent event : events) {
      replay = Replay.next(replay, Checks.required("event", event));
      if (replay.mayBeInconsistent) {
        replay.builder.build(); // throws what evolve would throw for this event
        replay.mayBeInconsistent = false;
      }
    }
    return replay == null ? Optional.empty() : Optional.of(replay.builder.build());
  }

  /**
   * A state being evolved: its builder and the fields the steps read, so that a fold keeps one builder
   * and reads no state back. Shared by {@link #evolve} (one event, then build) and {@link #fold}.
   */
  private static final class Replay {
    final PetitionState.Builder builder;
    final PetitionId id;
    final Instant receivedAt;
    PetitionStatus status;
    long version;
    boolean reReviewOpinionGiven;
    boolean jointMeetingConvened;
    int callsRaised;
    int callsAnswered;
    int supervisionCount;
    int pausedDays;
    /** Set by an event after which the built state might fail a consistency rule the steps do not ensure. */
    boolean mayBeInconsistent;

    private Replay(PetitionState.Builder builder, Petition petition, PetitionStatus status, long version) {
      this.builder = builder;
      this.id = petition.id();
      this.receivedAt = petition.receivedAt();
      this.status = status;
      this.version = version;
    }

    static Replay from(PetitionState s) {
      Replay r = new Replay(s.toBuilder(), s.petition(), s.status(), s.version());
      r.reReviewOpinionGiven = s.reReviewOpinionAt().isPresent();
      r.jointMeetingConvened = s.jointMeetingConvenedAt().isPresent();
      r.callsRaised = s.callsRaised();
      r.callsAnswered = s.callsAnswered();
      r.supervisionCount = s.supervisionCount();
      r.pausedDays = s.pausedDays();
      return r;
    }

    /** {@code replay} (null: no event yet) after {@code event}. */
    static Replay next(@Nullable Replay replay, PetitionEvent event) {
      Step step = step(event);
      if (step == Step.RECEIVE) {
        if (replay != null) {
          throw new InvalidValueException("event", event.eventId().value(), "a stream has exactly one Received event, as its first");
        }
        PetitionEvent.Received r = (PetitionEvent.Received) event;
        Replay started = new Replay(PetitionState.builder().petition(r.petition()), r.petition(), RECEIVED, 1);
        started.builder.version(1).status(RECEIVED).updatedAt(r.occurredAt());
        started.mayBeInconsistent = r.occurredAt().isBefore(started.receivedAt);
        return started;
      }
      if (replay == null) {
        throw new InvalidValueException("event", event.eventId().value(), "the first event of a stream must be Received");
      }
      replay.apply(step, event);
      return replay;
    }

    private void apply(Step step, PetitionEvent event) {
      if (!event.petitionId().equals(id)) {
        throw new InvalidValueException("event", event.eventId().value(), "belongs to petition " + event.petitionId() + ", not " + id);
      }
      if (!step.from.contains(status)
          || (step == Step.RE_REVIEW_OPINION && reReviewOpinionGiven)
          || (step == Step.DECLARE_FINAL && status == UNDER_RE_REVIEW && !reReviewOpinionGiven)) {
        throw new InvalidValueException("event", event.eventId().value(),
            event.getClass().getSimpleName().replace("Immutable", "") + " cannot follow status " + status);
      }
      Instant at = event.occurredAt();
      version++;
      builder.version(version).updatedAt(at);
      mayBeInconsistent = at.isBefore(receivedAt);
      PetitionState.Builder b = builder;
      switch (step) {
        case REGISTER:
          status(REGISTERED).registeredAt(at);
          break;
        case FORWARD:
          status(FORWARDED).handling(((PetitionEvent.Forwarded) event).to());
          break;
        case ASSIGN: {
          PetitionEvent.Assigned e = (PetitionEvent.Assigned) event;
          status(ASSIGNED).handling(e.to()).caseOwner(e.caseOwner()).dueDate(e.dueDate()).assignedAt(at);
          break;
        }
        case OBJECT:
          status(REGISTERED).caseOwner(Optional.empty());
          break;
        case ACCEPT: {
          PetitionEvent.Accepted e = (PetitionEvent.Accepted) event;
          status(ACCEPTED).acceptedAt(at);
          replaceDueDate(e.dueDate());
          break;
        }
        case DECLINE:
          status(PetitionStatus.DECLINED);
          break;
        case DIVERT:
          status(PetitionStatus.DIVERTED).divertedTo(((PetitionEvent.Diverted) event).procedure());
          break;
        case FIRST_CONTACT:
          b.firstContactOwner(((PetitionEvent.FirstContactOwnerSet) event).owner());
          break;
        case EXTEND: {
          PetitionEvent.ExtensionApproved e = (PetitionEvent.ExtensionApproved) event;
          b.extension(e.extension());
          replaceDueDate(e.newDueDate());
          break;
        }
        case RAISE_CALL:
          b.callsRaised(++callsRaised);
          mayBeInconsistent |= callsRaised < 0;
          break;
        case ANSWER_CALL:
          b.callsAnswered(++callsAnswered);
          mayBeInconsistent |= callsAnswered < 0;
          break;
        case CONVENE:
          b.jointMeetingConvenedAt(at);
          jointMeetingConvened = true;
          break;
        case DECIDE_MEETING:
          b.jointMeetingLeadUnit(((PetitionEvent.JointMeetingDecided) event).leadUnit());
          mayBeInconsistent |= !jointMeetingConvened;
          break;
        case REFER:
          status(IN_MEDIATION).mediationCase(((PetitionEvent.ReferredToMediation) event).mediationCase()).mediationResult(Optional.empty());
          break;
        case RETURN:
          status(ACCEPTED).mediationResult(((PetitionEvent.MediationReturned) event).result());
          break;
        case ESCALATE: {
          PetitionEvent.Escalated e = (PetitionEvent.Escalated) event;
          b.handling(e.to()).addEscalations(EscalationRecord.of(at, e.fromLevel(), e.to().level(), e.ruleId()));
          break;
        }
        case REPLY: {
          PetitionEvent.Replied e = (PetitionEvent.Replied) event;
          status(REPLIED).repliedAt(e.deliveredAt()).outcome(e.opinion().outcome());
          break;
        }
        case FEEDBACK:
          b.satisfaction(((PetitionEvent.FeedbackRecorded) event).satisfaction());
          break;
        case REQUEST_REVIEW: {
          PetitionEvent.ReviewRequested e = (PetitionEvent.ReviewRequested) event;
          status(UNDER_REVIEW).reviewRequestedAt(at);
          replaceDueDate(e.dueDate());
          break;
        }
        case REVIEW_OPINION: {
          PetitionEvent.ReviewOpinionIssued e = (PetitionEvent.ReviewOpinionIssued) event;
          status(REVIEWED).reviewOpinionAt(e.deliveredAt());
          changedOutcome(e.opinion());
          break;
        }
        case REQUEST_RE_REVIEW: {
          PetitionEvent.ReReviewRequested e = (PetitionEvent.ReReviewRequested) event;
          status(UNDER_RE_REVIEW).reReviewRequestedAt(at);
          replaceDueDate(e.dueDate());
          break;
        }
        case RE_REVIEW_OPINION: {
          PetitionEvent.ReReviewOpinionIssued e = (PetitionEvent.ReReviewOpinionIssued) event;
          pausedDays += e.hearingDays();
          b.reReviewOpinionAt(e.deliveredAt()).pausedDays(pausedDays);
          reReviewOpinionGiven = true;
          mayBeInconsistent |= pausedDays < 0;
          changedOutcome(e.opinion());
          break;
        }
        case DECLARE_FINAL:
          status(FINAL);
          break;
        case WITHDRAW:
          status(PetitionStatus.WITHDRAWN);
          break;
        case CLOSE:
          status(CONCLUDED);
          break;
        case SUPERVISE:
          b.supervisionCount(++supervisionCount);
          mayBeInconsistent |= supervisionCount < 0;
          break;
        case CASE_OWNERSHIP:
          b.caseOwnershipLeader(((PetitionEvent.CaseOwnerAssigned) event).leader());
          break;
        default:
          throw new IllegalStateException("unreachable: Received is applied before");
      }
    }

    private PetitionState.Builder status(PetitionStatus next) {
      status = next;
      return builder.status(next);
    }

    private void replaceDueDate(Optional<LocalDate> due) {
      if (due.isPresent()) {
        builder.dueDate(due.get());
      }
    }

    private void changedOutcome(ReviewOpinion opinion) {
      if (opinion.decision() == ReviewDecision.CHANGED) {
        Optional<HandlingOutcome> outcome = opinion.newOutcome();
        if (outcome.isPresent()) {
          builder.outcome(outcome.get());
        }
      }
    }
  }

  @Override
  public String toString() {
    return "PetitionLifecycle{" + context + "}";
  }
}
