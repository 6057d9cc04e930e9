package org.hewei.governance.rules.lifecycle;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.mediation.Agreement;
import org.hewei.governance.core.mediation.DisputeSource;
import org.hewei.governance.core.mediation.JudicialConfirmationStatus;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.MediationCommand;
import org.hewei.governance.core.mediation.MediationEvent;
import org.hewei.governance.core.mediation.MediationOutcome;
import org.hewei.governance.core.mediation.MediationStatus;
import org.hewei.governance.core.mediation.Mediator;
import org.hewei.governance.core.mediation.Party;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.hewei.governance.rules.deadline.Deadline;
import org.hewei.governance.rules.deadline.DeadlineCalculator;
import org.hewei.governance.rules.deadline.LegalPeriod;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 调解案件生命周期 — decide / evolve for a mediation case under the 人民调解法 (2010) and the judicial
 * confirmation rules (民事诉讼法 Art 205; 最高人民法院关于人民调解协议司法确认程序的若干规定 2011).
 *
 * <p>The rules (each rejection names its code and, where the law sets it, the article):
 *
 * <ul>
 *   <li><b>Consent and refusal</b> (Art 17, 23(2)): a party may consent or refuse; once a party
 *       refuses, mediation does not proceed — mediators, consents, sessions, outcomes, agreements,
 *       on-site settlement and transfer are rejected ({@code mediation.refused}); only a return to the
 *       referring petition and closing remain. A party who has consented ends mediation by asking to
 *       terminate it (outcome {@code WITHDRAWN}, Art 23(2)), not by refusing.
 *   <li><b>Mediators</b> (Art 19): one or several, designated by the committee or chosen by the
 *       parties; the same mediator is not assigned twice. <i>Not modelled:</i> a party's refusal of a
 *       particular mediator (Art 23(1) "选择或者接受人民调解员") — the core has no command for it.
 *   <li><b>Sessions</b> only when every party has consented and a mediator is assigned (status
 *       {@code IN_PROGRESS}); the mediators present must be assigned; sessions are recorded in order,
 *       not before the case was opened and not in the future (Art 27).
 *   <li><b>Outcome</b>: settled or failed only after at least one session; on failure the parties must
 *       have been told of arbitration, administrative and judicial routes (Art 26, {@code
 *       otherRemediesExplained}); withdrawn (Art 23(2)) at any time during mediation.
 *   <li><b>Agreement</b> (Art 28–30) only for a settled case, once; it must have taken effect by the
 *       day it is recorded: written when signed by the parties and the mediator and sealed by the
 *       committee (Art 29), oral on the day of agreement (Art 30).
 *   <li><b>Judicial confirmation</b> (Art 33; 民事诉讼法 Art 205): a joint application by every party,
 *       within 30 days of the agreement's effective day, counted by 民法典 Art 201–203 on the {@link
 *       WorkingDayCalendar} (the effective day is not counted; a last day on a rest day moves to the
 *       next working day). Late, early, or non-joint applications are rejected citing the articles.
 *       One application per case; after a decision the state records it.
 *   <li><b>警调对接</b>: only for a police referral — settled on the spot (an optional oral agreement;
 *       the case is then {@code SETTLED}) or transferred once to a mediation room (the venue changes).
 *   <li><b>访调对接</b>: only a case referred from a petition goes back to that same petition, once,
 *       and not while mediation is under way (end it first, Art 26) nor after a settlement.
 *   <li><b>Closing</b> (Art 27 archive) only after mediation has ended (settled, failed, withdrawn,
 *       refused or returned) and not while the court is deciding; a closed case accepts nothing.
 *   <li><b>Roles</b>: see {@link MediationRoleTable} (local practice, configurable).
 * </ul>
 *
 * <p>Days of instants (a command's issue day, the opening day) are taken in China Standard Time
 * (UTC+8). Every accepted command produces exactly one event with id {@code
 * Decider.eventId(commandId, 0)}, occurring at the command's {@code issuedAt}, by its actor.
 *
 * <pre>{@code
 * MediationLifecycle lifecycle = MediationLifecycle.of(DeadlineCalculator.of(WorkingDayCalendar.chinaMainland()));
 * Decision<MediationEvent> d = lifecycle.decide(state, applyCommand);
 * d.rejection().map(Rejection::rule); // Optional[mediation.confirmation.window] on day 31
 * lifecycle.judicialConfirmationDeadline(agreement).dueDate();
 * }</pre>
 */
public final class MediationLifecycle
    implements Decider<MediationCaseState, MediationCommand, MediationEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(MediationLifecycle.class);

  /** The zone in which instants become days (China Standard Time, no daylight saving). */
  static final ZoneId LOCAL_ZONE = WorkingDayCalendar.CHINA_STANDARD_TIME;

  static final String ART_17 = "人民调解法 第十七条";
  static final String ART_19 = "人民调解法 第十九条";
  static final String ART_23 = "人民调解法 第二十三条";
  static final String ART_26 = "人民调解法 第二十六条";
  static final String ART_27 = "人民调解法 第二十七条";
  static final String ART_28 = "人民调解法 第二十八条";
  static final String ART_29 = "人民调解法 第二十九条";
  static final String ART_30 = "人民调解法 第三十条";
  static final String ART_33 = "人民调解法 第三十三条; 民事诉讼法 第二百零五条";
  static final String ART_33_JOINT = "人民调解法 第三十三条; 司法确认规定 第一条";
  static final String ART_33_WINDOW =
      "人民调解法 第三十三条; 民事诉讼法 第二百零五条; 民法典 第二百零一条至第二百零三条";

  /** The period of the joint application for judicial confirmation (Art 33): 30 days. */
  public static final LegalPeriod JUDICIAL_CONFIRMATION_PERIOD =
      LegalPeriod.days(Agreement.JUDICIAL_CONFIRMATION_DAYS);

  private static final Set<MediationStatus> BEFORE_OUTCOME =
      EnumSet.of(MediationStatus.OPENED, MediationStatus.AWAITING_CONSENT, MediationStatus.IN_PROGRESS);
  private static final Set<MediationStatus> AWAITING =
      EnumSet.of(MediationStatus.OPENED, MediationStatus.AWAITING_CONSENT);
  private static final Set<MediationStatus> REFUSABLE =
      EnumSet.of(MediationStatus.OPENED, MediationStatus.AWAITING_CONSENT, MediationStatus.REFUSED);
  private static final Set<MediationStatus> NOT_RETURNABLE =
      EnumSet.of(
          MediationStatus.IN_PROGRESS, MediationStatus.SETTLED, MediationStatus.RETURNED_TO_PETITION);

  private final DeadlineCalculator calculator;
  private final MediationRoleTable roles;

  private MediationLifecycle(DeadlineCalculator calculator, MediationRoleTable roles) {
    this.calculator = calculator;
    this.roles = roles;
  }

  /** A lifecycle counting the judicial-confirmation window with {@code calculator}, default roles. */
  public static MediationLifecycle of(DeadlineCalculator calculator) {
    return of(calculator, MediationRoleTable.defaults());
  }

  /** A lifecycle with a role table of local practice. */
  public static MediationLifecycle of(DeadlineCalculator calculator, MediationRoleTable roles) {
    return new MediationLifecycle(
        Checks.required("calculator", calculator), Checks.required("roles", roles));
  }

  /** A lifecycle on {@link WorkingDayCalendar#chinaMainland()} with the default roles. */
  public static MediationLifecycle chinaMainland() {
    return of(DeadlineCalculator.of(WorkingDayCalendar.chinaMainland()));
  }

  /**
   * 司法确认申请期限 — the last day of the joint application for judicial confirmation of {@code
   * agreement}: 30 days from its effective day (人民调解法 Art 33; 民事诉讼法 Art 205), the effective
   * day not counted and a last day on a rest day moved to the next working day (民法典 Art 201–203).
   *
   * <pre>{@code
   * // effective 2022-09-05: the 30th day 2022-10-05 is in the National Day holiday
   * lifecycle.judicialConfirmationDeadline(agreement).dueDate(); // 2022-10-08
   * }</pre>
   *
   * @throws org.hewei.governance.rules.calendar.DateOutsideCalendarException if the calendar does not
   *     know the days of the window
   */
  public Deadline judicialConfirmationDeadline(Agreement agreement) {
    return calculator.deadline(
        Checks.required("agreement", agreement).effectiveOn(), JUDICIAL_CONFIRMATION_PERIOD, ART_33);
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.hewei.governance.rules.calendar.DateOutsideCalendarException if an application for
   *     judicial confirmation is decided and the calendar does not know the days of its window
   */
  @Override
  public Decision<MediationEvent> decide(Optional<MediationCaseState> state, MediationCommand command) {
    Checks.required("state", state);
    Checks.required("command", command);
    Rejection rejection = rejection(state, command);
    Class<? extends MediationCommand> type = MediationRoleTable.typeOf(command);
    if (rejection != null) {
      LOG.debug("mediation {} on case {} rejected: {}", type.getSimpleName(), command.caseId(), rejection.rule());
      return Decision.reject(rejection);
    }
    LOG.debug("mediation {} on case {} accepted", type.getSimpleName(), command.caseId());
    return Decision.accept(MediationEvents.of(command));
  }

  private @Nullable Rejection rejection(Optional<MediationCaseState> state, MediationCommand c) {
    if (state.isEmpty()) {
      if (!(c instanceof MediationCommand.Open)) {
        return reject(c, "mediation.case.not-opened", "the case has not been opened", null);
      }
      return roleRejection(c);
    }
    MediationCaseState s = state.get();
    if (c instanceof MediationCommand.Open) {
      return reject(c, "mediation.case.already-opened", "the case " + s.id() + " is already open", null);
    }
    if (!c.caseId().equals(s.id())) {
      return reject(c, "mediation.case.mismatch", "the command is for case " + c.caseId() + ", not " + s.id(), null);
    }
    if (s.status() == MediationStatus.CLOSED) {
      return reject(c, "mediation.case.closed", "the case is closed and archived; nothing more is recorded", ART_27);
    }
    Rejection role = roleRejection(c);
    if (role != null) {
      return role;
    }
    LocalDate today = c.issuedAt().atZone(LOCAL_ZONE).toLocalDate();
    LocalDate openedOn = s.openedAt().atZone(LOCAL_ZONE).toLocalDate();
    if (c instanceof MediationCommand.AssignMediator a) {
      return assign(s, a);
    } else if (c instanceof MediationCommand.RecordConsent a) {
      return consent(s, a);
    } else if (c instanceof MediationCommand.RecordRefusal a) {
      return refusal(s, a);
    } else if (c instanceof MediationCommand.HoldSession a) {
      return session(s, a, today, openedOn);
    } else if (c instanceof MediationCommand.RecordOutcome a) {
      return outcome(s, a);
    } else if (c instanceof MediationCommand.RecordAgreement a) {
      if (s.status() == MediationStatus.REFUSED) {
        return refused(c);
      }
      if (s.status() != MediationStatus.SETTLED) {
        return reject(c, "mediation.agreement.not-settled",
            "an agreement is recorded only after the mediation is settled (status " + s.status() + ")", ART_28);
      }
      if (s.agreement().isPresent()) {
        return reject(c, "mediation.agreement.once", "the case already has its agreement", ART_28);
      }
      return agreement(c, a.agreement(), today, openedOn);
    } else if (c instanceof MediationCommand.ApplyForJudicialConfirmation a) {
      return application(s, a, today);
    } else if (c instanceof MediationCommand.RecordJudicialConfirmation a) {
      return courtDecision(s, a, today);
    } else if (c instanceof MediationCommand.SettleOnSite a) {
      Rejection police = policeReferral(s, c);
      if (police != null) {
        return police;
      }
      return a.agreement().map(ag -> agreement(c, ag, today, openedOn)).orElse(null);
    } else if (c instanceof MediationCommand.TransferToMediationRoom) {
      return policeReferral(s, c);
    } else if (c instanceof MediationCommand.ReturnToPetition a) {
      return returnToPetition(s, a);
    } else {
      return close(s, c);
    }
  }

  private @Nullable Rejection roleRejection(MediationCommand c) {
    if (roles.permits(c, c.actor())) {
      return null;
    }
    return reject(c, "mediation.actor.role",
        "actor " + c.actor().kind() + c.actor().role().map(r -> " " + r).orElse("") + " may not issue "
            + MediationRoleTable.typeOf(c).getSimpleName() + " (see MediationRoleTable)",
        null);
  }

  private static @Nullable Rejection assign(MediationCaseState s, MediationCommand.AssignMediator c) {
    if (s.status() == MediationStatus.REFUSED) {
      return refused(c);
    }
    if (!BEFORE_OUTCOME.contains(s.status())) {
      return reject(c, "mediation.mediator.after-outcome", "mediation has ended (status " + s.status() + ")", null);
    }
    String subject = c.mediator().subject();
    if (s.mediators().stream().anyMatch(m -> m.subject().equals(subject))) {
      return reject(c, "mediation.mediator.duplicate", "the mediator " + subject + " is already assigned", ART_19);
    }
    return null;
  }

  private static @Nullable Rejection consent(MediationCaseState s, MediationCommand.RecordConsent c) {
    Rejection party = unknownParty(s, c, Set.of(c.party()));
    if (party != null) {
      return party;
    }
    if (s.status() == MediationStatus.REFUSED) {
      return refused(c);
    }
    if (!BEFORE_OUTCOME.contains(s.status())) {
      return reject(c, "mediation.consent.after-outcome", "mediation has ended (status " + s.status() + ")", null);
    }
    if (s.consents().contains(c.party())) {
      return reject(c, "mediation.consent.duplicate", "the party " + c.party() + " has already consented", null);
    }
    return null;
  }

  private static @Nullable Rejection refusal(MediationCaseState s, MediationCommand.RecordRefusal c) {
    Rejection party = unknownParty(s, c, Set.of(c.party()));
    if (party != null) {
      return party;
    }
    if (s.refusals().contains(c.party())) {
      return reject(c, "mediation.refusal.duplicate", "the party " + c.party() + " has already refused", null);
    }
    if (s.consents().contains(c.party())) {
      return reject(c, "mediation.refusal.after-consent",
          "the party " + c.party() + " consented; a party who consented ends mediation by asking to"
              + " terminate it (outcome WITHDRAWN)",
          ART_23);
    }
    if (!REFUSABLE.contains(s.status())) {
      return reject(c, "mediation.refusal.after-outcome", "mediation has ended (status " + s.status() + ")", null);
    }
    return null;
  }

  private static @Nullable Rejection session(
      MediationCaseState s, MediationCommand.HoldSession c, LocalDate today, LocalDate openedOn) {
    Rejection party = unknownParty(s, c, c.partiesPresent());
    if (party != null) {
      return party;
    }
    if (s.status() == MediationStatus.REFUSED) {
      return refused(c);
    }
    if (AWAITING.contains(s.status())) {
      return reject(c, "mediation.session.consent-missing",
          "a session is held only after every party has consented and a mediator is assigned ("
              + s.consents().size() + " of " + s.dispute().parties().size() + " consented, "
              + s.mediators().size() + " mediators)",
          ART_17 + "; " + ART_23);
    }
    if (s.status() != MediationStatus.IN_PROGRESS) {
      return reject(c, "mediation.session.after-outcome", "mediation has ended (status " + s.status() + ")", null);
    }
    for (Mediator m : c.mediatorsPresent()) {
      if (s.mediators().stream().noneMatch(x -> x.subject().equals(m.subject()))) {
        return reject(c, "mediation.session.mediator-not-assigned",
            "the mediator " + m.subject() + " is not assigned to the case", ART_19);
      }
    }
    LocalDate day = c.heldOn();
    if (day.isBefore(openedOn)) {
      return reject(c, "mediation.session.before-opening",
          "session day " + day + " is before the case was opened on " + openedOn, null);
    }
    if (day.isAfter(today)) {
      return future(c, "session day", day, today);
    }
    if (s.lastSessionOn().isPresent() && day.isBefore(s.lastSessionOn().get())) {
      return reject(c, "mediation.session.order",
          "session day " + day + " is before the last recorded session " + s.lastSessionOn().get(), null);
    }
    return null;
  }

  private static @Nullable Rejection outcome(MediationCaseState s, MediationCommand.RecordOutcome c) {
    if (s.status() == MediationStatus.REFUSED) {
      return refused(c);
    }
    if (AWAITING.contains(s.status())) {
      return reject(c, "mediation.outcome.consent-missing",
          "an outcome is recorded only for a mediation every party consented to", ART_17 + "; " + ART_23);
    }
    if (s.status() != MediationStatus.IN_PROGRESS) {
      return reject(c, "mediation.outcome.once", "the outcome is already recorded (status " + s.status() + ")", null);
    }
    if (c.outcome() != MediationOutcome.WITHDRAWN && s.sessionsHeld() == 0) {
      return reject(c, "mediation.outcome.no-session",
          "a mediation is settled or fails only after at least one session", null);
    }
    if (c.outcome() == MediationOutcome.FAILED && !c.otherRemediesExplained()) {
      return reject(c, "mediation.outcome.remedies-not-explained",
          "when mediation fails the parties must be told they may use arbitration, administrative or"
              + " judicial routes",
          ART_26);
    }
    return null;
  }

  private static @Nullable Rejection agreement(
      MediationCommand c, Agreement agreement, LocalDate today, LocalDate openedOn) {
    if (agreement.agreedOn().isBefore(openedOn)) {
      return reject(c, "mediation.agreement.before-opening",
          "agreement day " + agreement.agreedOn() + " is before the case was opened on " + openedOn, null);
    }
    if (agreement.effectiveOn().isAfter(today)) {
      boolean written = agreement.form() == Agreement.Form.WRITTEN;
      return reject(c, "mediation.agreement.not-yet-effective",
          (written
                  ? "a written agreement takes effect when the parties and the mediator have signed and the"
                      + " committee has sealed it"
                  : "an oral agreement takes effect on the day the parties agree")
              + "; effective " + agreement.effectiveOn() + " is after " + today,
          written ? ART_29 : ART_30);
    }
    return null;
  }

  private @Nullable Rejection application(
      MediationCaseState s, MediationCommand.ApplyForJudicialConfirmation c, LocalDate today) {
    if (s.agreement().isEmpty()) {
      return reject(c, "mediation.confirmation.no-agreement",
          "judicial confirmation is applied for only for a mediation agreement", ART_33);
    }
    if (s.judicialConfirmation() != JudicialConfirmationStatus.NOT_APPLIED) {
      return reject(c, "mediation.confirmation.once",
          "judicial confirmation was already applied for (" + s.judicialConfirmation() + ")", null);
    }
    Rejection party = unknownParty(s, c, c.applicants());
    if (party != null) {
      return party;
    }
    long missing = s.dispute().parties().stream().filter(p -> !c.applicants().contains(p)).count();
    if (missing > 0) {
      return reject(c, "mediation.confirmation.joint",
          "the parties apply jointly; " + missing + " of " + s.dispute().parties().size()
              + " parties did not join the application",
          ART_33_JOINT);
    }
    Agreement agreement = s.agreement().get();
    LocalDate applied = c.appliedOn();
    if (applied.isAfter(today)) {
      return future(c, "application day", applied, today);
    }
    if (applied.isBefore(agreement.effectiveOn())) {
      return reject(c, "mediation.confirmation.before-effective",
          "applied on " + applied + ", before the agreement took effect on " + agreement.effectiveOn(), ART_33);
    }
    Deadline deadline = judicialConfirmationDeadline(agreement);
    if (applied.isAfter(deadline.dueDate())) {
      return reject(c, "mediation.confirmation.window",
          "applied on " + applied + " (day " + (applied.toEpochDay() - agreement.effectiveOn().toEpochDay())
              + "), after the 30-day window from the agreement's effective day " + agreement.effectiveOn()
              + " ended on " + deadline.dueDate(),
          ART_33_WINDOW);
    }
    return null;
  }

  private static @Nullable Rejection courtDecision(
      MediationCaseState s, MediationCommand.RecordJudicialConfirmation c, LocalDate today) {
    if (s.judicialConfirmation() != JudicialConfirmationStatus.APPLIED) {
      return reject(c, "mediation.confirmation.not-applied",
          "no application for judicial confirmation is pending (" + s.judicialConfirmation() + ")", null);
    }
    LocalDate applied = s.judicialConfirmationAppliedOn().orElseThrow();
    if (c.decidedOn().isBefore(applied)) {
      return reject(c, "mediation.confirmation.decided-before-application",
          "decision day " + c.decidedOn() + " is before the application on " + applied, null);
    }
    if (c.decidedOn().isAfter(today)) {
      return future(c, "decision day", c.decidedOn(), today);
    }
    return null;
  }

  private static @Nullable Rejection policeReferral(MediationCaseState s, MediationCommand c) {
    if (s.dispute().source() != DisputeSource.POLICE_REFERRAL) {
      return reject(c, "mediation.police.not-police-referral",
          "on-site settlement and transfer to a mediation room are for police referrals (警调对接) only;"
              + " the dispute came from " + s.dispute().source(),
          null);
    }
    if (s.status() == MediationStatus.REFUSED) {
      return refused(c);
    }
    if (!BEFORE_OUTCOME.contains(s.status())) {
      return reject(c, "mediation.police.after-outcome", "mediation has ended (status " + s.status() + ")", null);
    }
    if (s.transferredToMediationRoom()) {
      return reject(c, "mediation.police.already-transferred",
          "the case was already transferred to a mediation room", null);
    }
    return null;
  }

  private static @Nullable Rejection returnToPetition(MediationCaseState s, MediationCommand.ReturnToPetition c) {
    if (s.referralOrigin().isEmpty()) {
      return reject(c, "mediation.petition.not-petition-referral",
          "only a dispute referred from a petition (访调对接) goes back to it; the dispute came from "
              + s.dispute().source(),
          null);
    }
    if (!s.referralOrigin().get().equals(c.petition())) {
      return reject(c, "mediation.petition.mismatch",
          "the dispute was referred from petition " + s.referralOrigin().get() + ", not " + c.petition(), null);
    }
    if (s.status() == MediationStatus.RETURNED_TO_PETITION) {
      return reject(c, "mediation.petition.already-returned", "the case was already returned to its petition", null);
    }
    if (s.status() == MediationStatus.IN_PROGRESS) {
      return reject(c, "mediation.petition.in-progress",
          "mediation is under way; record its outcome (ended, Art 26) before returning the matter", ART_26);
    }
    if (s.status() == MediationStatus.SETTLED) {
      return reject(c, "mediation.petition.settled",
          "the dispute is settled; the petition is concluded from the agreement, not returned", null);
    }
    return null;
  }

  private static @Nullable Rejection close(MediationCaseState s, MediationCommand c) {
    if (BEFORE_OUTCOME.contains(s.status())) {
      return reject(c, "mediation.close.not-ended",
          "mediation has not ended (status " + s.status() + "); record its outcome first", ART_27);
    }
    if (s.judicialConfirmation() == JudicialConfirmationStatus.APPLIED) {
      return reject(c, "mediation.close.confirmation-pending",
          "the court has not yet decided on judicial confirmation", null);
    }
    return null;
  }

  private static @Nullable Rejection unknownParty(MediationCaseState s, MediationCommand c, Set<Party> parties) {
    for (Party p : parties) {
      if (!s.dispute().parties().contains(p)) {
        return reject(c, "mediation.party.unknown", p + " is not a party of the dispute", null);
      }
    }
    return null;
  }

  private static Rejection refused(MediationCommand c) {
    return reject(c, "mediation.refused",
        "a party has expressly refused mediation, so the case is not mediated (当事人一方明确拒绝调解的，不得调解)",
        ART_17);
  }

  private static Rejection future(MediationCommand c, String what, LocalDate day, LocalDate today) {
    return reject(c, "mediation.date.future", what + " " + day + " is after the command's day " + today, null);
  }

  private static Rejection reject(MediationCommand c, String rule, String reason, @Nullable String article) {
    return article == null
        ? Rejection.of(c.commandId(), rule, reason)
        : Rejection.of(c.commandId(), rule, reason, article);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Beyond the state's own invariants, an event is impossible when it does not belong to the case,
   * opens an open case, follows nothing but {@code Opened}, follows a closed case, or cannot follow the
   * case's status (e.g. a session before every party consented).
   */
  @Override
  public MediationCaseState evolve(Optional<MediationCaseState> state, MediationEvent event) {
    Checks.required("state", state);
    Checks.required("event", event);
    String name = MediationEvents.name(event);
    if (event instanceof MediationEvent.Opened o) {
      Checks.check(state.isEmpty(), "event", name, "a case is opened only once; the stream already has events");
      return MediationCaseState.builder()
          .id(o.caseId())
          .version(1)
          .status(MediationStatus.OPENED)
          .dispute(o.dispute())
          .venue(o.venue())
          .openedAt(o.occurredAt())
          .build();
    }
    Checks.check(state.isPresent(), "event", name, "must follow an Opened event");
    MediationCaseState s = state.orElseThrow();
    Checks.check(event.caseId().equals(s.id()), "event", name + " for case " + event.caseId(),
        "belongs to another case than " + s.id());
    Checks.check(s.status() != MediationStatus.CLOSED, "event", name, "cannot follow a CLOSED case");
    MediationCaseState.Builder b = s.toBuilder();
    b.version(s.version() + 1);
    if (event instanceof MediationEvent.MediatorAssigned e) {
      requireStatus(s, name, BEFORE_OUTCOME);
      MediationCaseState next = s.toBuilder().addMediators(e.mediator()).version(s.version() + 1).build();
      return withOpenStatus(next);
    } else if (event instanceof MediationEvent.ConsentRecorded e) {
      requireStatus(s, name, BEFORE_OUTCOME);
      return withOpenStatus(s.toBuilder().addConsents(e.party()).version(s.version() + 1).build());
    } else if (event instanceof MediationEvent.RefusalRecorded e) {
      requireStatus(s, name, REFUSABLE);
      b.addRefusals(e.party()).status(MediationStatus.REFUSED);
    } else if (event instanceof MediationEvent.SessionHeld e) {
      requireStatus(s, name, EnumSet.of(MediationStatus.IN_PROGRESS));
      b.sessionsHeld(s.sessionsHeld() + 1).lastSessionOn(e.heldOn());
    } else if (event instanceof MediationEvent.OutcomeRecorded e) {
      requireStatus(s, name, EnumSet.of(MediationStatus.IN_PROGRESS));
      b.outcome(e.outcome()).otherRemediesExplained(e.otherRemediesExplained()).status(statusOf(e.outcome()));
    } else if (event instanceof MediationEvent.AgreementRecorded e) {
      requireStatus(s, name, EnumSet.of(MediationStatus.SETTLED));
      Checks.check(s.agreement().isEmpty(), "event", name, "the case already has its agreement");
      b.agreement(e.agreement());
    } else if (event instanceof MediationEvent.JudicialConfirmationApplied e) {
      Checks.check(s.judicialConfirmation() == JudicialConfirmationStatus.NOT_APPLIED, "event", name,
          "judicial confirmation was already applied for");
      b.judicialConfirmation(JudicialConfirmationStatus.APPLIED).judicialConfirmationAppliedOn(e.appliedOn());
    } else if (event instanceof MediationEvent.JudicialConfirmationDecided e) {
      Checks.check(s.judicialConfirmation() == JudicialConfirmationStatus.APPLIED, "event", name,
          "no application for judicial confirmation is pending");
      b.judicialConfirmation(e.decision()).judicialConfirmationDecidedOn(e.decidedOn());
    } else if (event instanceof MediationEvent.SettledOnSite e) {
      requireStatus(s, name, BEFORE_OUTCOME);
      requirePoliceReferral(s, name);
      b.settledOnSite(true).outcome(MediationOutcome.SETTLED).status(MediationStatus.SETTLED);
      e.agreement().ifPresent(b::agreement);
    } else if (event instanceof MediationEvent.TransferredToMediationRoom e) {
      requireStatus(s, name, BEFORE_OUTCOME);
      requirePoliceReferral(s, name);
      Checks.check(!s.transferredToMediationRoom(), "event", name, "the case was already transferred");
      b.transferredToMediationRoom(true).venue(e.room());
    } else if (event instanceof MediationEvent.ReturnedToPetition e) {
      Checks.check(!NOT_RETURNABLE.contains(s.status()), "event", name, "cannot follow status " + s.status());
      Checks.check(s.referralOrigin().equals(Optional.of(e.petition())), "event", name + " to " + e.petition(),
          "the case was not referred from that petition");
      b.returnedToPetition(true).status(MediationStatus.RETURNED_TO_PETITION);
    } else {
      Checks.check(!BEFORE_OUTCOME.contains(s.status()), "event", name, "cannot follow status " + s.status());
      Checks.check(s.judicialConfirmation() != JudicialConfirmationStatus.APPLIED, "event", name,
          "the court has not yet decided on judicial confirmation");
      b.status(MediationStatus.CLOSED).closedAt(event.occurredAt());
    }
    return b.build();
  }

  private static void requireStatus(MediationCaseState s, String name, Set<MediationStatus> allowed) {
    if (!allowed.contains(s.status())) {
      throw new InvalidValueException("event", name, "cannot follow status " + s.status() + " (allowed: " + allowed + ")");
    }
  }

  private static void requirePoliceReferral(MediationCaseState s, String name) {
    Checks.check(s.dispute().source() == DisputeSource.POLICE_REFERRAL, "event", name,
        "only a police referral (警调对接) is settled on site or transferred");
  }

  /** The status before an outcome: OPENED, AWAITING_CONSENT or IN_PROGRESS from mediators and consents. */
  private static MediationCaseState withOpenStatus(MediationCaseState s) {
    MediationStatus status;
    if (s.allPartiesConsented() && !s.mediators().isEmpty()) {
      status = MediationStatus.IN_PROGRESS;
    } else if (s.mediators().isEmpty() && s.consents().isEmpty()) {
      status = MediationStatus.OPENED;
    } else {
      status = MediationStatus.AWAITING_CONSENT;
    }
    return status == s.status() ? s : s.toBuilder().status(status).build();
  }

  private static MediationStatus statusOf(MediationOutcome outcome) {
    return switch (outcome) {
      case SETTLED -> MediationStatus.SETTLED;
      case FAILED -> MediationStatus.FAILED;
      case WITHDRAWN -> MediationStatus.WITHDRAWN;
    };
  }

  @Override
  public String toString() {
    return "MediationLifecycle{" + calculator + ", " + roles + "}";
  }
}
