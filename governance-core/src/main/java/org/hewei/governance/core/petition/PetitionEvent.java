package org.hewei.governance.core.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.event.DomainEvent;
import org.immutables.value.Value;

/**
 * 信访事项事件 — a fact in the life of a petition; the unit of storage of its stream, folded into a
 * {@link PetitionState} by governance-rules.
 *
 * <p>One subtype per fact, from {@link Received} to {@link Closed}, mirroring {@link PetitionCommand}.
 * Every event has an event id (appending it twice stores it once), the instant it happened and the
 * actor, and names its petition. Events carry what the fold needs without outside lookups (levels
 * travel with jurisdiction ids in {@link HandlingPlace}; due dates the rules computed are recorded in
 * the event). An event's {@code occurredAt} is the time of the fact itself (for {@link Accepted}, the
 * moment of acceptance from which the handling period counts). Free texts are printed as {@code ***}.
 *
 * <pre>{@code
 * PetitionEvent e = PetitionEvent.Declined.builder()
 *     .petitionId(PetitionId.of("ZXD-2022-000123"))
 *     .eventId(EventId.of("evt-7f3a2c"))
 *     .occurredAt(Instant.parse("2022-07-26T02:00:00Z"))
 *     .actor(Actor.official(OfficialId.of("ZXD-OFF-017"), Role.PETITION_OFFICER))
 *     .reason("Already decided by the county court")
 *     .build();
 * }</pre>
 */
public sealed interface PetitionEvent extends DomainEvent {
  /** The petition the event belongs to. */
  PetitionId petitionId();

  /**
   * 收到 — the fact that {@link PetitionCommand.Receive} produces: record that a petition arrived through a channel (条例 Art 17); the first command of every stream.
   *
   * <pre>{@code
   * PetitionEvent.Received x = PetitionEvent.Received.builder()
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .petition(petition)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Received implements PetitionEvent {
    Received() {}

    /** The petition as received; its id is this command's petition id. */
    public abstract Petition petition();

    /** The petition's id ({@code petition().id()}). */
    @Override
    public final PetitionId petitionId() {
      return petition().id();
    }

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Received}. */
    public static final class Builder extends ImmutableReceived.Builder {
      Builder() {}
    }
  }

  /**
   * 登记 — the fact that {@link PetitionCommand.Register} produces: register the petition in the information system (条例 Art 21–23; within 15 days of receipt).
   *
   * <pre>{@code
   * PetitionEvent.Registered x = PetitionEvent.Registered.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Registered implements PetitionEvent {
    Registered() {}

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Registered}. */
    public static final class Builder extends ImmutableRegistered.Builder {
      Builder() {}
    }
  }

  /**
   * 受理 — the fact that {@link PetitionCommand.Accept} produces: accept the matter; for grievance matters the 60-day period starts (条例 Art 34).
   *
   * <pre>{@code
   * PetitionEvent.Accepted x = PetitionEvent.Accepted.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Accepted implements PetitionEvent {
    Accepted() {}

    /** The last day of the handling period (inclusive), when the type has one (grievances: 60 days, 条例 Art 34). */
    public abstract Optional<LocalDate> dueDate();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Accepted}. */
    public static final class Builder extends ImmutableAccepted.Builder {
      Builder() {}
    }
  }

  /**
   * 不予受理 — the fact that {@link PetitionCommand.Decline} produces: decline the matter, with the reason told to the petitioner.
   *
   * <pre>{@code
   * PetitionEvent.Declined x = PetitionEvent.Declined.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .reason("…")
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Declined implements PetitionEvent {
    Declined() {}

    /** Why (never printed). */
    @Value.Redacted
    public abstract String reason();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Declined}. */
    public static final class Builder extends ImmutableDeclined.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.personalText("reason", reason(), Checks.MAX_TEXT);
    }
  }

  /**
   * 诉访分离 / 导入法定途径 — the fact that {@link PetitionCommand.Divert} produces: divert the matter to the legal procedure it belongs to (条例 Art 28, 31(1)–(5)).
   *
   * <pre>{@code
   * PetitionEvent.Diverted x = PetitionEvent.Diverted.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .procedure(LegalProcedure.ARBITRATION)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Diverted implements PetitionEvent {
    Diverted() {}

    /** The procedure. */
    public abstract LegalProcedure procedure();

    /** Guidance given to the petitioner (never printed). */
    @Value.Redacted
    public abstract Optional<String> note();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Diverted}. */
    public static final class Builder extends ImmutableDiverted.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      note().ifPresent(v -> Checks.personalText("note", v, Checks.MAX_TEXT));
    }
  }

  /**
   * 转送 — the fact that {@link PetitionCommand.Forward} produces: forward the matter to the body with authority (条例 Art 22).
   *
   * <pre>{@code
   * PetitionEvent.Forwarded x = PetitionEvent.Forwarded.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .to(place)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Forwarded implements PetitionEvent {
    Forwarded() {}

    /** The receiving body; its unit is required. */
    public abstract HandlingPlace to();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Forwarded}. */
    public static final class Builder extends ImmutableForwarded.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.check(to().unit().isPresent(), "to", to(), "must name the unit");
    }
  }

  /**
   * 交办 — the fact that {@link PetitionCommand.Assign} produces: assign the matter to a unit with a case owner and a due date (条例 Art 22; seed: departments within 15 days).
   *
   * <pre>{@code
   * PetitionEvent.Assigned x = PetitionEvent.Assigned.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .to(place)
   *     .caseOwner(OfficialId.of("ZXD-OFF-017"))
   *     .dueDate(LocalDate.of(2022, 8, 9))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Assigned implements PetitionEvent {
    Assigned() {}

    /** The handling unit; its unit is required. */
    public abstract HandlingPlace to();

    /** The official who owns the case (承办人). */
    public abstract OfficialId caseOwner();

    /** The last day to conclude (inclusive). */
    public abstract LocalDate dueDate();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Assigned}. */
    public static final class Builder extends ImmutableAssigned.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.check(to().unit().isPresent(), "to", to(), "must name the unit");
    }
  }

  /**
   * 首问负责 — the fact that {@link PetitionCommand.SetFirstContactOwner} produces: name the official who first received the petitioner and stays responsible for them (seed).
   *
   * <pre>{@code
   * PetitionEvent.FirstContactOwnerSet x = PetitionEvent.FirstContactOwnerSet.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .owner(OfficialId.of("ZXD-OFF-017"))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class FirstContactOwnerSet implements PetitionEvent {
    FirstContactOwnerSet() {}

    /** The first-contact official. */
    public abstract OfficialId owner();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FirstContactOwnerSet}. */
    public static final class Builder extends ImmutableFirstContactOwnerSet.Builder {
      Builder() {}
    }
  }

  /**
   * 异议 — the fact that {@link PetitionCommand.ObjectToAssignment} produces: a unit objects that the matter is outside its remit (条例 Art 23: within 5 working days).
   *
   * <pre>{@code
   * PetitionEvent.AssignmentObjected x = PetitionEvent.AssignmentObjected.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .unit(UnitId.of("ZXD-XFB"))
   *     .reason("…")
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class AssignmentObjected implements PetitionEvent {
    AssignmentObjected() {}

    /** The objecting unit. */
    public abstract UnitId unit();

    /** Why (never printed). */
    @Value.Redacted
    public abstract String reason();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AssignmentObjected}. */
    public static final class Builder extends ImmutableAssignmentObjected.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.personalText("reason", reason(), Checks.MAX_TEXT);
    }
  }

  /**
   * 延期 — the fact that {@link PetitionCommand.ApproveExtension} produces: approve an extension of the handling period (条例 Art 34: at most 30 days, checked by the rules).
   *
   * <pre>{@code
   * PetitionEvent.ExtensionApproved x = PetitionEvent.ExtensionApproved.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .extension(extension)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class ExtensionApproved implements PetitionEvent {
    ExtensionApproved() {}

    /** Days, reason and approver. */
    public abstract Extension extension();

    /** The due date after the extension, as the rules computed it. */
    public abstract Optional<LocalDate> newDueDate();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ExtensionApproved}. */
    public static final class Builder extends ImmutableExtensionApproved.Builder {
      Builder() {}
    }
  }

  /**
   * 呼叫 — the fact that {@link PetitionCommand.RaiseCall} produces: the first receiver calls on a level or units for a matter not solved at once (呼叫-响应, seed).
   *
   * <pre>{@code
   * PetitionEvent.CallRaised x = PetitionEvent.CallRaised.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .level(JurisdictionLevel.TOWNSHIP)
   *     .reason("…")
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class CallRaised implements PetitionEvent {
    CallRaised() {}

    /** The level called on. */
    public abstract JurisdictionLevel level();

    /** The units called on; empty means the level as a whole. */
    public abstract Set<UnitId> units();

    /** Why (never printed). */
    @Value.Redacted
    public abstract String reason();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CallRaised}. */
    public static final class Builder extends ImmutableCallRaised.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.personalText("reason", reason(), Checks.MAX_TEXT);
    }
  }

  /**
   * 响应 — the fact that {@link PetitionCommand.AnswerCall} produces: a called unit answers the call.
   *
   * <pre>{@code
   * PetitionEvent.CallAnswered x = PetitionEvent.CallAnswered.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .unit(UnitId.of("ZXD-XFB"))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class CallAnswered implements PetitionEvent {
    CallAnswered() {}

    /** The answering unit. */
    public abstract UnitId unit();

    /** What it will do (never printed). */
    @Value.Redacted
    public abstract Optional<String> note();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CallAnswered}. */
    public static final class Builder extends ImmutableCallAnswered.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      note().ifPresent(v -> Checks.personalText("note", v, Checks.MAX_TEXT));
    }
  }

  /**
   * 联席会议 — the fact that {@link PetitionCommand.ConveneJointMeeting} produces: convene a joint meeting of the units concerned (条例 Art 13, 24; seed).
   *
   * <pre>{@code
   * PetitionEvent.JointMeetingConvened x = PetitionEvent.JointMeetingConvened.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class JointMeetingConvened implements PetitionEvent {
    JointMeetingConvened() {}

    /** The units (at least 2). */
    public abstract Set<UnitId> units();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link JointMeetingConvened}. */
    public static final class Builder extends ImmutableJointMeetingConvened.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.check(units().size() >= 2, "units", units().size(), "a joint meeting brings together at least 2 units (条例 Art 13, 24)");
    }
  }

  /**
   * 联席会议决定 — the fact that {@link PetitionCommand.DecideJointMeeting} produces: record what the joint meeting decided and which unit leads.
   *
   * <pre>{@code
   * PetitionEvent.JointMeetingDecided x = PetitionEvent.JointMeetingDecided.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .decision("…")
   *     .leadUnit(UnitId.of("ZXD-XFB"))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class JointMeetingDecided implements PetitionEvent {
    JointMeetingDecided() {}

    /** The decision (never printed). */
    @Value.Redacted
    public abstract String decision();

    /** The lead unit (牵头单位). */
    public abstract UnitId leadUnit();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link JointMeetingDecided}. */
    public static final class Builder extends ImmutableJointMeetingDecided.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.personalText("decision", decision(), Checks.MAX_TEXT);
    }
  }

  /**
   * 访调对接 — the fact that {@link PetitionCommand.ReferToMediation} produces: refer the matter to mediation (条例 Art 33, 37), opening the given mediation case.
   *
   * <pre>{@code
   * PetitionEvent.ReferredToMediation x = PetitionEvent.ReferredToMediation.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .mediationCase(MediationCaseId.of("ZXD-M-2022-031"))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class ReferredToMediation implements PetitionEvent {
    ReferredToMediation() {}

    /** The mediation case that handles it. */
    public abstract MediationCaseId mediationCase();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ReferredToMediation}. */
    public static final class Builder extends ImmutableReferredToMediation.Builder {
      Builder() {}
    }
  }

  /**
   * 调解回转 — the fact that {@link PetitionCommand.ReturnFromMediation} produces: record how mediation ended; the petition resumes or concludes.
   *
   * <pre>{@code
   * PetitionEvent.MediationReturned x = PetitionEvent.MediationReturned.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .result(MediationResult.SETTLED)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class MediationReturned implements PetitionEvent {
    MediationReturned() {}

    /** The result. */
    public abstract MediationResult result();

    /** A note (never printed). */
    @Value.Redacted
    public abstract Optional<String> note();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MediationReturned}. */
    public static final class Builder extends ImmutableMediationReturned.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      note().ifPresent(v -> Checks.personalText("note", v, Checks.MAX_TEXT));
    }
  }

  /**
   * 升级 — the fact that {@link PetitionCommand.Escalate} produces: move the matter up one or more levels (条例 Art 25; 小事不出村、大事不出镇、矛盾不上交, Art 15), by an official or by an escalation policy rule.
   *
   * <pre>{@code
   * PetitionEvent.Escalated x = PetitionEvent.Escalated.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .fromLevel(JurisdictionLevel.TOWNSHIP)
   *     .to(place)
   *     .reason("…")
   *     .explanation("…")
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Escalated implements PetitionEvent {
    Escalated() {}

    /** The level the matter leaves. */
    public abstract JurisdictionLevel fromLevel();

    /** Where it goes: the place one or more levels above, optionally with its unit. */
    public abstract HandlingPlace to();

    /** Why, in a few words (never printed). */
    @Value.Redacted
    public abstract String reason();

    /** The escalation policy that decided it; empty when an official decided. */
    public abstract Optional<String> policyId();

    /** That policy's version. */
    public abstract Optional<String> policyVersion();

    /** The rule of that policy; the engine keys idempotency and cool-down on it. */
    public abstract Optional<String> ruleId();

    /** The human-readable explanation (never printed), e.g. "overdue by 3 days at village level → escalate to management district". */
    @Value.Redacted
    public abstract String explanation();

    /** The level the matter goes to ({@code to().level()}). */
    public JurisdictionLevel toLevel() {
      return to().level();
    }

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Escalated}. */
    public static final class Builder extends ImmutableEscalated.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.personalText("reason", reason(), Checks.MAX_TEXT);
      policyId().ifPresent(v -> Checks.id("policyId", v));
      policyVersion().ifPresent(v -> Checks.id("policyVersion", v));
      ruleId().ifPresent(v -> Checks.id("ruleId", v));
      Checks.personalText("explanation", explanation(), Checks.MAX_TEXT);
      Checks.check(to().level().isAbove(fromLevel()), "to", to().level(), "must be above the level escalated from (" + fromLevel() + ")");
      Checks.check(policyId().isPresent() == policyVersion().isPresent() && policyId().isPresent() == ruleId().isPresent(), "policyId", policyId().orElse("absent"), "policy id, policy version and rule id are given together or not at all");
    }
  }

  /**
   * 答复 — the fact that {@link PetitionCommand.Reply} produces: issue the handling opinion (处理意见书, 条例 Art 32) and record when it was delivered (the review period of Art 35 runs from delivery).
   *
   * <pre>{@code
   * PetitionEvent.Replied x = PetitionEvent.Replied.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .opinion(opinion)
   *     .deliveredAt(Instant.parse("2022-07-26T02:00:00Z"))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Replied implements PetitionEvent {
    Replied() {}

    /** The handling opinion. */
    public abstract HandlingOpinion opinion();

    /** When the petitioner received the written reply. */
    public abstract Instant deliveredAt();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Replied}. */
    public static final class Builder extends ImmutableReplied.Builder {
      Builder() {}
    }
  }

  /**
   * 回访评价 — the fact that {@link PetitionCommand.RecordFeedback} produces: record the petitioner's satisfaction.
   *
   * <pre>{@code
   * PetitionEvent.FeedbackRecorded x = PetitionEvent.FeedbackRecorded.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .satisfaction(Satisfaction.SATISFIED)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class FeedbackRecorded implements PetitionEvent {
    FeedbackRecorded() {}

    /** The rating. */
    public abstract Satisfaction satisfaction();

    /** The comment (never printed). */
    @Value.Redacted
    public abstract Optional<String> comment();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FeedbackRecorded}. */
    public static final class Builder extends ImmutableFeedbackRecorded.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      comment().ifPresent(v -> Checks.personalText("comment", v, Checks.MAX_TEXT));
    }
  }

  /**
   * 请求复查 — the fact that {@link PetitionCommand.RequestReview} produces: the petitioner asks the body one level up to review the opinion (条例 Art 35: within 30 days of the written reply).
   *
   * <pre>{@code
   * PetitionEvent.ReviewRequested x = PetitionEvent.ReviewRequested.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class ReviewRequested implements PetitionEvent {
    ReviewRequested() {}

    /** Why (never printed). */
    @Value.Redacted
    public abstract Optional<String> reason();

    /** The last day for the review opinion (条例 Art 35: 30 days). */
    public abstract Optional<LocalDate> dueDate();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ReviewRequested}. */
    public static final class Builder extends ImmutableReviewRequested.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      reason().ifPresent(v -> Checks.personalText("reason", v, Checks.MAX_TEXT));
    }
  }

  /**
   * 复查意见 — the fact that {@link PetitionCommand.IssueReviewOpinion} produces: issue the review opinion (条例 Art 35: within 30 days of the request).
   *
   * <pre>{@code
   * PetitionEvent.ReviewOpinionIssued x = PetitionEvent.ReviewOpinionIssued.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .opinion(reviewOpinion)
   *     .deliveredAt(Instant.parse("2022-07-26T02:00:00Z"))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class ReviewOpinionIssued implements PetitionEvent {
    ReviewOpinionIssued() {}

    /** The review opinion. */
    public abstract ReviewOpinion opinion();

    /** When the petitioner received it (the re-review period runs from then). */
    public abstract Instant deliveredAt();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ReviewOpinionIssued}. */
    public static final class Builder extends ImmutableReviewOpinionIssued.Builder {
      Builder() {}
    }
  }

  /**
   * 请求复核 — the fact that {@link PetitionCommand.RequestReReview} produces: the petitioner asks the body above the reviewer to re-review (条例 Art 36: within 30 days of the review opinion).
   *
   * <pre>{@code
   * PetitionEvent.ReReviewRequested x = PetitionEvent.ReReviewRequested.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class ReReviewRequested implements PetitionEvent {
    ReReviewRequested() {}

    /** Why (never printed). */
    @Value.Redacted
    public abstract Optional<String> reason();

    /** The last day for the re-review opinion (条例 Art 36: 30 days). */
    public abstract Optional<LocalDate> dueDate();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ReReviewRequested}. */
    public static final class Builder extends ImmutableReReviewRequested.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      reason().ifPresent(v -> Checks.personalText("reason", v, Checks.MAX_TEXT));
    }
  }

  /**
   * 复核意见 — the fact that {@link PetitionCommand.IssueReReviewOpinion} produces: issue the re-review opinion (条例 Art 36: within 30 days; hearing time not counted); the matter becomes final.
   *
   * <pre>{@code
   * PetitionEvent.ReReviewOpinionIssued x = PetitionEvent.ReReviewOpinionIssued.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .opinion(reviewOpinion)
   *     .deliveredAt(Instant.parse("2022-07-26T02:00:00Z"))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class ReReviewOpinionIssued implements PetitionEvent {
    ReReviewOpinionIssued() {}

    /** The re-review opinion. */
    public abstract ReviewOpinion opinion();

    /** When the petitioner received it. */
    public abstract Instant deliveredAt();

    /** Days spent on a hearing (听证), not counted in the 30 days (Art 36); default 0. */
    @Value.Default
    public int hearingDays() {
      return 0;
    }

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ReReviewOpinionIssued}. */
    public static final class Builder extends ImmutableReReviewOpinionIssued.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.atLeast("hearingDays", hearingDays(), 0);
    }
  }

  /**
   * 不再受理 — the fact that {@link PetitionCommand.DeclareFinal} produces: declare that the matter will not be accepted again (条例 Art 36), optionally naming the earlier petition with the same facts and reasons.
   *
   * <pre>{@code
   * PetitionEvent.DeclaredFinal x = PetitionEvent.DeclaredFinal.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class DeclaredFinal implements PetitionEvent {
    DeclaredFinal() {}

    /** The earlier petition whose re-review made this one final, if this is a new petition. */
    public abstract Optional<PetitionId> sameFactsAs();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DeclaredFinal}. */
    public static final class Builder extends ImmutableDeclaredFinal.Builder {
      Builder() {}
    }
  }

  /**
   * 撤回 — the fact that {@link PetitionCommand.Withdraw} produces: the petitioner withdraws the petition.
   *
   * <pre>{@code
   * PetitionEvent.Withdrawn x = PetitionEvent.Withdrawn.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Withdrawn implements PetitionEvent {
    Withdrawn() {}

    /** Why (never printed). */
    @Value.Redacted
    public abstract Optional<String> reason();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Withdrawn}. */
    public static final class Builder extends ImmutableWithdrawn.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      reason().ifPresent(v -> Checks.personalText("reason", v, Checks.MAX_TEXT));
    }
  }

  /**
   * 办结 — the fact that {@link PetitionCommand.Close} produces: conclude the matter.
   *
   * <pre>{@code
   * PetitionEvent.Closed x = PetitionEvent.Closed.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Closed implements PetitionEvent {
    Closed() {}

    /** A closing note (never printed). */
    @Value.Redacted
    public abstract Optional<String> note();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Closed}. */
    public static final class Builder extends ImmutableClosed.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      note().ifPresent(v -> Checks.personalText("note", v, Checks.MAX_TEXT));
    }
  }

  /**
   * 督办 — the fact that {@link PetitionCommand.Supervise} produces: a higher unit supervises the handling (条例 Art 38, 40; also an escalation action).
   *
   * <pre>{@code
   * PetitionEvent.Supervised x = PetitionEvent.Supervised.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .supervisor(UnitId.of("ZXD-XFB"))
   *     .instructions("…")
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Supervised implements PetitionEvent {
    Supervised() {}

    /** The supervising unit. */
    public abstract UnitId supervisor();

    /** What it requires (never printed). */
    @Value.Redacted
    public abstract String instructions();

    /** By when, if it sets a date. */
    public abstract Optional<LocalDate> dueDate();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Supervised}. */
    public static final class Builder extends ImmutableSupervised.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.personalText("instructions", instructions(), Checks.MAX_TEXT);
    }
  }

  /**
   * 包案 / 专案包保 — the fact that {@link PetitionCommand.AssignCaseOwnership} produces: a leader takes personal ownership of a prominent case (条例 Art 18; seed 专案包保).
   *
   * <pre>{@code
   * PetitionEvent.CaseOwnerAssigned x = PetitionEvent.CaseOwnerAssigned.builder()
   *     .petitionId(id)
   *     .eventId(EventId.of("evt-1"))
   *     .occurredAt(now)
   *     .actor(clerk)
   *     .leader(OfficialId.of("ZXD-OFF-017"))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class CaseOwnerAssigned implements PetitionEvent {
    CaseOwnerAssigned() {}

    /** The leading official. */
    public abstract OfficialId leader();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CaseOwnerAssigned}. */
    public static final class Builder extends ImmutableCaseOwnerAssigned.Builder {
      Builder() {}
    }
  }
}
