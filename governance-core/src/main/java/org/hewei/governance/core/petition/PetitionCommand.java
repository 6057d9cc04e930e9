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
import org.hewei.governance.core.event.DomainCommand;
import org.immutables.value.Value;

/**
 * 信访事项指令 — a request to change a petition; governance-rules' petition lifecycle decides whether it
 * is allowed in the current {@link PetitionState} and which {@link PetitionEvent}s it produces.
 *
 * <p>There is one subtype per step of the petition's life, from {@link Receive} to {@link Close}. Every
 * command has a command id (a retried command keeps it), the instant it was issued (the decision's
 * "now") and the actor; every command names its petition. Free texts (reasons, notes, decisions) may
 * contain personal information: they are checked (not blank, at most 20,000 characters) and printed as
 * {@code ***}. Each subtype is built with its {@code builder()}; a missing or invalid value is an
 * {@link org.hewei.governance.core.InvalidValueException} naming the field.
 *
 * <p>Commands only carry data: limits the law sets (the 30-day extension cap, the review windows …)
 * are checked by governance-rules, which can then cite the article in its rejection.
 *
 * <pre>{@code
 * PetitionCommand c = PetitionCommand.Decline.builder()
 *     .petitionId(PetitionId.of("ZXD-2022-000123"))
 *     .commandId(CommandId.of("cmd-51b9"))
 *     .issuedAt(Instant.parse("2022-07-26T02:00:00Z"))
 *     .actor(Actor.official(OfficialId.of("ZXD-OFF-017"), Role.PETITION_OFFICER))
 *     .reason("Already decided by the county court")
 *     .build();
 * }</pre>
 */
public sealed interface PetitionCommand extends DomainCommand {
  /** The petition the command is about. */
  PetitionId petitionId();

  /**
   * 收到 — record that a petition arrived through a channel (条例 Art 17); the first command of every stream.
   *
   * <pre>{@code
   * PetitionCommand.Receive x = PetitionCommand.Receive.builder()
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .petition(petition)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Receive implements PetitionCommand {
    Receive() {}

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

    /** Builds a {@link Receive}. */
    public static final class Builder extends ImmutableReceive.Builder {
      Builder() {}
    }
  }

  /**
   * 登记 — register the petition in the information system (条例 Art 21–23; within 15 days of receipt).
   *
   * <pre>{@code
   * PetitionCommand.Register x = PetitionCommand.Register.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Register implements PetitionCommand {
    Register() {}

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Register}. */
    public static final class Builder extends ImmutableRegister.Builder {
      Builder() {}
    }
  }

  /**
   * 受理 — accept the matter; for grievance matters the 60-day period starts (条例 Art 34).
   *
   * <pre>{@code
   * PetitionCommand.Accept x = PetitionCommand.Accept.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Accept implements PetitionCommand {
    Accept() {}

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Accept}. */
    public static final class Builder extends ImmutableAccept.Builder {
      Builder() {}
    }
  }

  /**
   * 不予受理 — decline the matter, with the reason told to the petitioner.
   *
   * <pre>{@code
   * PetitionCommand.Decline x = PetitionCommand.Decline.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .reason("…")
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Decline implements PetitionCommand {
    Decline() {}

    /** Why (never printed). */
    @Value.Redacted
    public abstract String reason();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Decline}. */
    public static final class Builder extends ImmutableDecline.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.personalText("reason", reason(), Checks.MAX_TEXT);
    }
  }

  /**
   * 诉访分离 / 导入法定途径 — divert the matter to the legal procedure it belongs to (条例 Art 28, 31(1)–(5)).
   *
   * <pre>{@code
   * PetitionCommand.Divert x = PetitionCommand.Divert.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .procedure(LegalProcedure.ARBITRATION)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Divert implements PetitionCommand {
    Divert() {}

    /** The procedure. */
    public abstract LegalProcedure procedure();

    /** Guidance given to the petitioner (never printed). */
    @Value.Redacted
    public abstract Optional<String> note();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Divert}. */
    public static final class Builder extends ImmutableDivert.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      note().ifPresent(v -> Checks.personalText("note", v, Checks.MAX_TEXT));
    }
  }

  /**
   * 转送 — forward the matter to the body with authority (条例 Art 22).
   *
   * <pre>{@code
   * PetitionCommand.Forward x = PetitionCommand.Forward.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .to(place)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Forward implements PetitionCommand {
    Forward() {}

    /** The receiving body; its unit is required. */
    public abstract HandlingPlace to();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Forward}. */
    public static final class Builder extends ImmutableForward.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.check(to().unit().isPresent(), "to", to(), "must name the unit");
    }
  }

  /**
   * 交办 — assign the matter to a unit with a case owner and a due date (条例 Art 22; seed: departments within 15 days).
   *
   * <pre>{@code
   * PetitionCommand.Assign x = PetitionCommand.Assign.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .to(place)
   *     .caseOwner(OfficialId.of("ZXD-OFF-017"))
   *     .dueDate(LocalDate.of(2022, 8, 9))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Assign implements PetitionCommand {
    Assign() {}

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

    /** Builds a {@link Assign}. */
    public static final class Builder extends ImmutableAssign.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.check(to().unit().isPresent(), "to", to(), "must name the unit");
    }
  }

  /**
   * 首问负责 — name the official who first received the petitioner and stays responsible for them (seed).
   *
   * <pre>{@code
   * PetitionCommand.SetFirstContactOwner x = PetitionCommand.SetFirstContactOwner.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .owner(OfficialId.of("ZXD-OFF-017"))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class SetFirstContactOwner implements PetitionCommand {
    SetFirstContactOwner() {}

    /** The first-contact official. */
    public abstract OfficialId owner();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SetFirstContactOwner}. */
    public static final class Builder extends ImmutableSetFirstContactOwner.Builder {
      Builder() {}
    }
  }

  /**
   * 异议 — a unit objects that the matter is outside its remit (条例 Art 23: within 5 working days).
   *
   * <pre>{@code
   * PetitionCommand.ObjectToAssignment x = PetitionCommand.ObjectToAssignment.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .unit(UnitId.of("ZXD-XFB"))
   *     .reason("…")
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class ObjectToAssignment implements PetitionCommand {
    ObjectToAssignment() {}

    /** The objecting unit. */
    public abstract UnitId unit();

    /** Why (never printed). */
    @Value.Redacted
    public abstract String reason();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ObjectToAssignment}. */
    public static final class Builder extends ImmutableObjectToAssignment.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.personalText("reason", reason(), Checks.MAX_TEXT);
    }
  }

  /**
   * 延期 — approve an extension of the handling period (条例 Art 34: at most 30 days, checked by the rules).
   *
   * <pre>{@code
   * PetitionCommand.ApproveExtension x = PetitionCommand.ApproveExtension.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .extension(extension)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class ApproveExtension implements PetitionCommand {
    ApproveExtension() {}

    /** Days, reason and approver. */
    public abstract Extension extension();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ApproveExtension}. */
    public static final class Builder extends ImmutableApproveExtension.Builder {
      Builder() {}
    }
  }

  /**
   * 呼叫 — the first receiver calls on a level or units for a matter not solved at once (呼叫-响应, seed).
   *
   * <pre>{@code
   * PetitionCommand.RaiseCall x = PetitionCommand.RaiseCall.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .level(JurisdictionLevel.TOWNSHIP)
   *     .reason("…")
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class RaiseCall implements PetitionCommand {
    RaiseCall() {}

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

    /** Builds a {@link RaiseCall}. */
    public static final class Builder extends ImmutableRaiseCall.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.personalText("reason", reason(), Checks.MAX_TEXT);
    }
  }

  /**
   * 响应 — a called unit answers the call.
   *
   * <pre>{@code
   * PetitionCommand.AnswerCall x = PetitionCommand.AnswerCall.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .unit(UnitId.of("ZXD-XFB"))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class AnswerCall implements PetitionCommand {
    AnswerCall() {}

    /** The answering unit. */
    public abstract UnitId unit();

    /** What it will do (never printed). */
    @Value.Redacted
    public abstract Optional<String> note();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AnswerCall}. */
    public static final class Builder extends ImmutableAnswerCall.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      note().ifPresent(v -> Checks.personalText("note", v, Checks.MAX_TEXT));
    }
  }

  /**
   * 联席会议 — convene a joint meeting of the units concerned (条例 Art 13, 24; seed).
   *
   * <pre>{@code
   * PetitionCommand.ConveneJointMeeting x = PetitionCommand.ConveneJointMeeting.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class ConveneJointMeeting implements PetitionCommand {
    ConveneJointMeeting() {}

    /** The units (at least 2). */
    public abstract Set<UnitId> units();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ConveneJointMeeting}. */
    public static final class Builder extends ImmutableConveneJointMeeting.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.check(units().size() >= 2, "units", units().size(), "a joint meeting brings together at least 2 units (条例 Art 13, 24)");
    }
  }

  /**
   * 联席会议决定 — record what the joint meeting decided and which unit leads.
   *
   * <pre>{@code
   * PetitionCommand.DecideJointMeeting x = PetitionCommand.DecideJointMeeting.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .decision("…")
   *     .leadUnit(UnitId.of("ZXD-XFB"))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class DecideJointMeeting implements PetitionCommand {
    DecideJointMeeting() {}

    /** The decision (never printed). */
    @Value.Redacted
    public abstract String decision();

    /** The lead unit (牵头单位). */
    public abstract UnitId leadUnit();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DecideJointMeeting}. */
    public static final class Builder extends ImmutableDecideJointMeeting.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.personalText("decision", decision(), Checks.MAX_TEXT);
    }
  }

  /**
   * 访调对接 — refer the matter to mediation (条例 Art 33, 37), opening the given mediation case.
   *
   * <pre>{@code
   * PetitionCommand.ReferToMediation x = PetitionCommand.ReferToMediation.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .mediationCase(MediationCaseId.of("ZXD-M-2022-031"))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class ReferToMediation implements PetitionCommand {
    ReferToMediation() {}

    /** The mediation case that handles it. */
    public abstract MediationCaseId mediationCase();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ReferToMediation}. */
    public static final class Builder extends ImmutableReferToMediation.Builder {
      Builder() {}
    }
  }

  /**
   * 调解回转 — record how mediation ended; the petition resumes or concludes.
   *
   * <pre>{@code
   * PetitionCommand.ReturnFromMediation x = PetitionCommand.ReturnFromMediation.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .result(MediationResult.SETTLED)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class ReturnFromMediation implements PetitionCommand {
    ReturnFromMediation() {}

    /** The result. */
    public abstract MediationResult result();

    /** A note (never printed). */
    @Value.Redacted
    public abstract Optional<String> note();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ReturnFromMediation}. */
    public static final class Builder extends ImmutableReturnFromMediation.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      note().ifPresent(v -> Checks.personalText("note", v, Checks.MAX_TEXT));
    }
  }

  /**
   * 升级 — move the matter up one or more levels (条例 Art 25; 小事不出村、大事不出镇、矛盾不上交, Art 15), by an official or by an escalation policy rule.
   *
   * <pre>{@code
   * PetitionCommand.Escalate x = PetitionCommand.Escalate.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .fromLevel(JurisdictionLevel.TOWNSHIP)
   *     .to(place)
   *     .reason("…")
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Escalate implements PetitionCommand {
    Escalate() {}

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

    /** The engine's explanation (never printed; the event carries it too). */
    @Value.Redacted
    public abstract Optional<String> explanation();

    /** The level the matter goes to ({@code to().level()}). */
    public JurisdictionLevel toLevel() {
      return to().level();
    }

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Escalate}. */
    public static final class Builder extends ImmutableEscalate.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.personalText("reason", reason(), Checks.MAX_TEXT);
      policyId().ifPresent(v -> Checks.id("policyId", v));
      policyVersion().ifPresent(v -> Checks.id("policyVersion", v));
      ruleId().ifPresent(v -> Checks.id("ruleId", v));
      explanation().ifPresent(v -> Checks.personalText("explanation", v, Checks.MAX_TEXT));
      Checks.check(to().level().isAbove(fromLevel()), "to", to().level(), "must be above the level escalated from (" + fromLevel() + ")");
      Checks.check(policyId().isPresent() == policyVersion().isPresent() && policyId().isPresent() == ruleId().isPresent(), "policyId", policyId().orElse("absent"), "policy id, policy version and rule id are given together or not at all");
    }
  }

  /**
   * 答复 — issue the handling opinion (处理意见书, 条例 Art 32) and record when it was delivered (the review period of Art 35 runs from delivery).
   *
   * <pre>{@code
   * PetitionCommand.Reply x = PetitionCommand.Reply.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .opinion(opinion)
   *     .deliveredAt(Instant.parse("2022-07-26T02:00:00Z"))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Reply implements PetitionCommand {
    Reply() {}

    /** The handling opinion. */
    public abstract HandlingOpinion opinion();

    /** When the petitioner received the written reply. */
    public abstract Instant deliveredAt();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Reply}. */
    public static final class Builder extends ImmutableReply.Builder {
      Builder() {}
    }
  }

  /**
   * 回访评价 — record the petitioner's satisfaction.
   *
   * <pre>{@code
   * PetitionCommand.RecordFeedback x = PetitionCommand.RecordFeedback.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .satisfaction(Satisfaction.SATISFIED)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class RecordFeedback implements PetitionCommand {
    RecordFeedback() {}

    /** The rating. */
    public abstract Satisfaction satisfaction();

    /** The comment (never printed). */
    @Value.Redacted
    public abstract Optional<String> comment();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RecordFeedback}. */
    public static final class Builder extends ImmutableRecordFeedback.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      comment().ifPresent(v -> Checks.personalText("comment", v, Checks.MAX_TEXT));
    }
  }

  /**
   * 请求复查 — the petitioner asks the body one level up to review the opinion (条例 Art 35: within 30 days of the written reply).
   *
   * <pre>{@code
   * PetitionCommand.RequestReview x = PetitionCommand.RequestReview.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class RequestReview implements PetitionCommand {
    RequestReview() {}

    /** Why (never printed). */
    @Value.Redacted
    public abstract Optional<String> reason();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RequestReview}. */
    public static final class Builder extends ImmutableRequestReview.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      reason().ifPresent(v -> Checks.personalText("reason", v, Checks.MAX_TEXT));
    }
  }

  /**
   * 复查意见 — issue the review opinion (条例 Art 35: within 30 days of the request).
   *
   * <pre>{@code
   * PetitionCommand.IssueReviewOpinion x = PetitionCommand.IssueReviewOpinion.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .opinion(reviewOpinion)
   *     .deliveredAt(Instant.parse("2022-07-26T02:00:00Z"))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class IssueReviewOpinion implements PetitionCommand {
    IssueReviewOpinion() {}

    /** The review opinion. */
    public abstract ReviewOpinion opinion();

    /** When the petitioner received it (the re-review period runs from then). */
    public abstract Instant deliveredAt();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link IssueReviewOpinion}. */
    public static final class Builder extends ImmutableIssueReviewOpinion.Builder {
      Builder() {}
    }
  }

  /**
   * 请求复核 — the petitioner asks the body above the reviewer to re-review (条例 Art 36: within 30 days of the review opinion).
   *
   * <pre>{@code
   * PetitionCommand.RequestReReview x = PetitionCommand.RequestReReview.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class RequestReReview implements PetitionCommand {
    RequestReReview() {}

    /** Why (never printed). */
    @Value.Redacted
    public abstract Optional<String> reason();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RequestReReview}. */
    public static final class Builder extends ImmutableRequestReReview.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      reason().ifPresent(v -> Checks.personalText("reason", v, Checks.MAX_TEXT));
    }
  }

  /**
   * 复核意见 — issue the re-review opinion (条例 Art 36: within 30 days; hearing time not counted); the matter becomes final.
   *
   * <pre>{@code
   * PetitionCommand.IssueReReviewOpinion x = PetitionCommand.IssueReReviewOpinion.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .opinion(reviewOpinion)
   *     .deliveredAt(Instant.parse("2022-07-26T02:00:00Z"))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class IssueReReviewOpinion implements PetitionCommand {
    IssueReReviewOpinion() {}

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

    /** Builds a {@link IssueReReviewOpinion}. */
    public static final class Builder extends ImmutableIssueReReviewOpinion.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.atLeast("hearingDays", hearingDays(), 0);
    }
  }

  /**
   * 不再受理 — declare that the matter will not be accepted again (条例 Art 36), optionally naming the earlier petition with the same facts and reasons.
   *
   * <pre>{@code
   * PetitionCommand.DeclareFinal x = PetitionCommand.DeclareFinal.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class DeclareFinal implements PetitionCommand {
    DeclareFinal() {}

    /** The earlier petition whose re-review made this one final, if this is a new petition. */
    public abstract Optional<PetitionId> sameFactsAs();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DeclareFinal}. */
    public static final class Builder extends ImmutableDeclareFinal.Builder {
      Builder() {}
    }
  }

  /**
   * 撤回 — the petitioner withdraws the petition.
   *
   * <pre>{@code
   * PetitionCommand.Withdraw x = PetitionCommand.Withdraw.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Withdraw implements PetitionCommand {
    Withdraw() {}

    /** Why (never printed). */
    @Value.Redacted
    public abstract Optional<String> reason();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Withdraw}. */
    public static final class Builder extends ImmutableWithdraw.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      reason().ifPresent(v -> Checks.personalText("reason", v, Checks.MAX_TEXT));
    }
  }

  /**
   * 办结 — conclude the matter.
   *
   * <pre>{@code
   * PetitionCommand.Close x = PetitionCommand.Close.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Close implements PetitionCommand {
    Close() {}

    /** A closing note (never printed). */
    @Value.Redacted
    public abstract Optional<String> note();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Close}. */
    public static final class Builder extends ImmutableClose.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      note().ifPresent(v -> Checks.personalText("note", v, Checks.MAX_TEXT));
    }
  }

  /**
   * 督办 — a higher unit supervises the handling (条例 Art 38, 40; also an escalation action).
   *
   * <pre>{@code
   * PetitionCommand.Supervise x = PetitionCommand.Supervise.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .supervisor(UnitId.of("ZXD-XFB"))
   *     .instructions("…")
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Supervise implements PetitionCommand {
    Supervise() {}

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

    /** Builds a {@link Supervise}. */
    public static final class Builder extends ImmutableSupervise.Builder {
      Builder() {}
    }

    @Value.Check
    void check() {
      Checks.personalText("instructions", instructions(), Checks.MAX_TEXT);
    }
  }

  /**
   * 包案 / 专案包保 — a leader takes personal ownership of a prominent case (条例 Art 18; seed 专案包保).
   *
   * <pre>{@code
   * PetitionCommand.AssignCaseOwnership x = PetitionCommand.AssignCaseOwnership.builder()
   *     .petitionId(id)
   *     .commandId(CommandId.of("cmd-1"))
   *     .issuedAt(now)
   *     .actor(clerk)
   *     .leader(OfficialId.of("ZXD-OFF-017"))
   *     .build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class AssignCaseOwnership implements PetitionCommand {
    AssignCaseOwnership() {}

    /** The leading official. */
    public abstract OfficialId leader();

    /** A builder; {@code build()} rejects missing or invalid values with an InvalidValueException. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AssignCaseOwnership}. */
    public static final class Builder extends ImmutableAssignCaseOwnership.Builder {
      Builder() {}
    }
  }
}
