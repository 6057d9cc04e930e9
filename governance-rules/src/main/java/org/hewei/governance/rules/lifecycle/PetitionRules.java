package org.hewei.governance.rules.lifecycle;

/**
 * 信访事项规则代码 — the stable codes of the rules {@link PetitionLifecycle} rejects commands under, and
 * the articles it cites. A {@link Rejection#rule()} of a petition command is always one of these codes.
 *
 * <pre>{@code
 * Decision<PetitionEvent> d = lifecycle.decide(state, secondExtension);
 * d.rejection().orElseThrow().rule().equals(PetitionRules.EXTENSION_ONCE); // true
 * d.rejection().orElseThrow().article();  // Optional[信访工作条例 Art 34]
 * }</pre>
 */
public final class PetitionRules {
  private PetitionRules() {}

  /** The prefix of every article this lifecycle cites. */
  public static final String TIAOLI = "信访工作条例 Art ";

  // --- structure (no article) ---
  /** A {@code Receive} on a stream that already has events (the stream exists). */
  public static final String STREAM_EXISTS = "petition.receive.stream-exists";
  /** Any command but {@code Receive} on a stream without events. */
  public static final String STREAM_MISSING = "petition.stream.missing";
  /** A command naming another petition than the state's. */
  public static final String OTHER_PETITION = "petition.command.other-petition";
  /** A command issued before the last event of the stream (out of order). */
  public static final String BEFORE_LAST_EVENT = "petition.command.before-last-event";
  /** A {@code Receive} issued before the petition's own receipt time. */
  public static final String BEFORE_RECEIPT = "petition.receive.before-receipt";
  /** The command is not allowed in the petition's current status. */
  public static final String WRONG_STATUS = "petition.status.not-allowed";
  /** The actor's kind or role may not issue this command (see the role table of {@link PetitionLifecycle}). */
  public static final String ACTOR_ROLE = "petition.actor.role";
  /** A citizen command from a person who is not one of the petitioners. */
  public static final String NOT_PETITIONER = "petition.actor.not-petitioner";
  /** A place whose jurisdiction is not in the context's tree or whose level does not match it. */
  public static final String PLACE_NOT_IN_TREE = "petition.place.not-in-tree";
  /** An assignment whose due date lies before the day it is given. */
  public static final String ASSIGN_DUE_DATE = "petition.assign.due-date-past";
  /** A second {@code AnswerCall} for a single call. */
  public static final String NO_OPEN_CALL = "petition.call.no-open-call";
  /** A second joint meeting on the same petition. */
  public static final String JOINT_MEETING_CONVENED = "petition.joint-meeting.already-convened";
  /** A joint-meeting decision without a convened meeting, or a second decision. */
  public static final String JOINT_MEETING_DECISION = "petition.joint-meeting.decision";
  /** An escalation that does not start at the current level or does not go to an ancestor above it. */
  public static final String ESCALATE_LEVEL = "petition.escalate.level";
  /** A delivery time after the command was issued or before the request it answers. */
  public static final String DELIVERY_TIME = "petition.delivery.time";
  /** A second satisfaction rating. */
  public static final String FEEDBACK_ONCE = "petition.feedback.once";

  // --- the law ---
  /** 条例 Art 20: a group walking in chooses at most the profile's number of representatives. */
  public static final String REPRESENTATIVES = "petition.walk-in.representatives";
  /** 条例 Art 23: only the assigned unit objects to an assignment. */
  public static final String OBJECTION_UNIT = "petition.objection.not-assigned-unit";
  /** 条例 Art 23: an objection is raised within 5 working days of the assignment. */
  public static final String OBJECTION_WINDOW = "petition.objection.window";
  /** 条例 Art 28: an official with a direct interest recuses (cannot act, own or be named). */
  public static final String RECUSAL = "petition.recusal.direct-interest";
  /** 条例 Art 28, 31: a litigation-related matter is diverted, not accepted as a petition. */
  public static final String ACCEPT_LITIGATION = "petition.accept.litigation-related";
  /** 条例 Art 36: the same facts and reasons after re-review are not accepted again. */
  public static final String ACCEPT_FINAL_MATTER = "petition.accept.final-matter";
  /** 条例 Art 19(3): a higher body does not accept a matter accepted below and within its limit. */
  public static final String ACCEPT_ALREADY_ACCEPTED = "petition.accept.already-accepted";
  /** 条例 Art 30, 31: the procedure does not fit the petition's type. */
  public static final String DIVERT_PROCEDURE = "petition.divert.procedure-type";
  /** 条例 Art 34: only a grievance matter (with its 60-day period) can be extended. */
  public static final String EXTENSION_GRIEVANCE_ONLY = "petition.extension.grievance-only";
  /** 条例 Art 34: one extension only. */
  public static final String EXTENSION_ONCE = "petition.extension.once";
  /** 条例 Art 34: at most 30 days (the policy's {@code extension-max}). */
  public static final String EXTENSION_MAX_DAYS = "petition.extension.max-days";
  /** 条例 Art 34: the extension's approver is the head of the body issuing the command. */
  public static final String EXTENSION_APPROVER = "petition.extension.approver";
  /** 条例 Art 34: a period that has run out cannot be extended. */
  public static final String EXTENSION_AFTER_DUE = "petition.extension.after-due-date";
  /** 条例 Art 33: mediation within a petition is for grievance matters. */
  public static final String MEDIATION_GRIEVANCE_ONLY = "petition.mediation.grievance-only";
  /** 条例 Art 35: review (复查) is of a grievance's handling opinion. */
  public static final String REVIEW_GRIEVANCE_ONLY = "petition.review.grievance-only";
  /** 条例 Art 35: review is requested within 30 days of receiving the written reply. */
  public static final String REVIEW_WINDOW = "petition.review.window";
  /** 条例 Art 36: re-review is requested within 30 days of receiving the review opinion. */
  public static final String RE_REVIEW_WINDOW = "petition.re-review.window";
  /** 条例 Art 36: {@code DeclareFinal} needs a final matter on the same facts, named in the command. */
  public static final String FINAL_NOT_CONFIRMED = "petition.final.no-final-matter";
  /** 条例 Art 32: a matter is concluded by a reply (or a mediation settlement, Art 33). */
  public static final String CLOSE_NEEDS_REPLY = "petition.close.needs-reply";
  /** 条例 Art 35–36: not concluded while the petitioner may still ask for review (unless satisfied). */
  public static final String CLOSE_REVIEW_OPEN = "petition.close.review-window-open";
}
