package org.hewei.governance.core.mediation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.event.DomainCommand;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.petition.PetitionId;
import org.immutables.value.Value;

/**
 * 调解指令 — a request to change a mediation case (调解案件). governance-rules decides whether it is
 * allowed in the case's current state and which {@link MediationEvent}s it produces; the types here
 * only check that each command is well formed.
 *
 * <p>The hierarchy is sealed: {@link Open}, {@link AssignMediator}, {@link RecordConsent}, {@link
 * RecordRefusal}, {@link HoldSession}, {@link RecordOutcome}, {@link RecordAgreement}, {@link
 * ApplyForJudicialConfirmation}, {@link RecordJudicialConfirmation}, {@link SettleOnSite}, {@link
 * TransferToMediationRoom}, {@link ReturnToPetition}, {@link Close}. Every command carries its id, the
 * instant it was issued, the actor and the case id; each is built with its static {@code builder()}.
 *
 * <pre>{@code
 * MediationCommand c = MediationCommand.RecordConsent.builder()
 *     .commandId(CommandId.of("cmd-1")).issuedAt(now).actor(actor)
 *     .caseId(MediationCaseId.of("ZXD-TJ-2022-031"))
 *     .party(Party.person(PersonId.of("P-1"), PartyRole.APPLICANT))
 *     .build();
 * if (c instanceof MediationCommand.RecordConsent) { ... }
 * }</pre>
 */
@Value.Enclosing
public sealed interface MediationCommand extends DomainCommand {
  /** The case the command is for. */
  MediationCaseId caseId();

  /**
   * 受理调解 — open a mediation case for a dispute at a venue (on a party's application or on the
   * committee's own initiative, 人民调解法 Art 17).
   *
   * <pre>{@code
   * MediationCommand.Open.builder()....dispute(dispute).venue(venue).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Open implements MediationCommand {
    Open() {}

    /** The dispute to mediate. */
    public abstract Dispute dispute();

    /** Where it is mediated. */
    public abstract Venue venue();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link Open}. */
    public static final class Builder extends ImmutableMediationCommand.Open.Builder {
      Builder() {}
    }
  }

  /**
   * 指定调解员 — assign a mediator, chosen by the committee or by the parties (人民调解法 Art 19).
   *
   * <pre>{@code
   * MediationCommand.AssignMediator.builder()....mediator(Mediator.official(OfficialId.of("O-1"))).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class AssignMediator implements MediationCommand {
    AssignMediator() {}

    /** The mediator. */
    public abstract Mediator mediator();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link AssignMediator}. */
    public static final class Builder extends ImmutableMediationCommand.AssignMediator.Builder {
      Builder() {}
    }
  }

  /**
   * 当事人同意调解 — record that a party accepts mediation (人民调解法 Art 3(1), 23(2)).
   *
   * <pre>{@code
   * MediationCommand.RecordConsent.builder()....party(party).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class RecordConsent implements MediationCommand {
    RecordConsent() {}

    /** The consenting party (one of the dispute's parties). */
    public abstract Party party();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RecordConsent}. */
    public static final class Builder extends ImmutableMediationCommand.RecordConsent.Builder {
      Builder() {}
    }
  }

  /**
   * 当事人拒绝调解 — record that a party expressly refuses mediation; mediation then does not proceed
   * ("当事人一方明确拒绝调解的，不得调解", 人民调解法 Art 17).
   *
   * <pre>{@code
   * MediationCommand.RecordRefusal.builder()....party(party).reason("不同意调解").build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class RecordRefusal implements MediationCommand {
    RecordRefusal() {}

    /** The refusing party. */
    public abstract Party party();

    /** The reason given, if any; personal information, never printed. */
    @Value.Redacted
    public abstract Optional<String> reason();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    @Value.Check
    void check() {
      reason().ifPresent(r -> Checks.personalText("reason", r, Checks.MAX_TEXT));
    }

    /** Builds a {@link RecordRefusal}. */
    public static final class Builder extends ImmutableMediationCommand.RecordRefusal.Builder {
      Builder() {}
    }
  }

  /**
   * 调解 — record a mediation session: its day, who attended and the mediator's record of it
   * (调解工作记录, 人民调解法 Art 27).
   *
   * <pre>{@code
   * MediationCommand.HoldSession.builder()....heldOn(LocalDate.of(2022, 7, 6))
   *     .addPartiesPresent(a, b).addMediatorsPresent(m).notes("双方陈述…").build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class HoldSession implements MediationCommand {
    HoldSession() {}

    /** The day of the session. */
    public abstract LocalDate heldOn();

    /** The parties present (at least one). */
    public abstract Set<Party> partiesPresent();

    /** The mediators present (at least one). */
    public abstract Set<Mediator> mediatorsPresent();

    /** Others invited with the parties' consent (relatives, neighbours, experts; Art 20), a count. */
    @Value.Default
    public int othersPresent() {
      return 0;
    }

    /** The session record; personal information, never printed. */
    @Value.Redacted
    public abstract String notes();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    @Value.Check
    void check() {
      PayloadChecks.session(partiesPresent(), mediatorsPresent(), othersPresent(), notes());
    }

    /** Builds a {@link HoldSession}. */
    public static final class Builder extends ImmutableMediationCommand.HoldSession.Builder {
      Builder() {}
    }
  }

  /**
   * 记录调解结果 — record how the mediation ended. For {@link MediationOutcome#FAILED} the mediator
   * must tell the parties of the other routes (arbitration, administrative, judicial; 人民调解法 Art
   * 26): {@link #otherRemediesExplained()} records that; governance-rules enforces it.
   *
   * <pre>{@code
   * MediationCommand.RecordOutcome.builder()....outcome(MediationOutcome.FAILED)
   *     .otherRemediesExplained(true).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class RecordOutcome implements MediationCommand {
    RecordOutcome() {}

    /** The outcome. */
    public abstract MediationOutcome outcome();

    /** Whether the parties were told of arbitration, administrative and judicial routes (Art 26). */
    @Value.Default
    public boolean otherRemediesExplained() {
      return false;
    }

    /** A note on the outcome; personal information, never printed. */
    @Value.Redacted
    public abstract Optional<String> note();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    @Value.Check
    void check() {
      note().ifPresent(n -> Checks.personalText("note", n, Checks.MAX_TEXT));
    }

    /** Builds a {@link RecordOutcome}. */
    public static final class Builder extends ImmutableMediationCommand.RecordOutcome.Builder {
      Builder() {}
    }
  }

  /**
   * 记录调解协议 — record the agreement reached (人民调解法 Art 28–30).
   *
   * <pre>{@code
   * MediationCommand.RecordAgreement.builder()....agreement(Agreement.oral("…", day)).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class RecordAgreement implements MediationCommand {
    RecordAgreement() {}

    /** The agreement. */
    public abstract Agreement agreement();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RecordAgreement}. */
    public static final class Builder extends ImmutableMediationCommand.RecordAgreement.Builder {
      Builder() {}
    }
  }

  /**
   * 申请司法确认 — the parties' joint application to the court for judicial confirmation, within 30
   * days of the agreement taking effect (人民调解法 Art 33; 民事诉讼法 Art 205). Checked here: at least
   * two applicants ("双方当事人…共同"); the window is checked by governance-rules.
   *
   * <pre>{@code
   * MediationCommand.ApplyForJudicialConfirmation.builder()....appliedOn(LocalDate.of(2022, 8, 1))
   *     .addApplicants(a, b).court("邹城市人民法院").build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class ApplyForJudicialConfirmation implements MediationCommand {
    ApplyForJudicialConfirmation() {}

    /** The day the application reached the court. */
    public abstract LocalDate appliedOn();

    /** The applying parties (jointly: at least two). */
    public abstract Set<Party> applicants();

    /** The court applied to (the basic court where the committee sits, 规定 Art 2). */
    public abstract String court();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    @Value.Check
    void check() {
      PayloadChecks.jointApplication(applicants(), court());
    }

    /** Builds an {@link ApplyForJudicialConfirmation}. */
    public static final class Builder
        extends ImmutableMediationCommand.ApplyForJudicialConfirmation.Builder {
      Builder() {}
    }
  }

  /**
   * 记录司法确认结果 — record the court's decision (or the withdrawal of the application).
   *
   * <pre>{@code
   * MediationCommand.RecordJudicialConfirmation.builder()....decision(JudicialConfirmationStatus.CONFIRMED)
   *     .decidedOn(LocalDate.of(2022, 8, 10)).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class RecordJudicialConfirmation implements MediationCommand {
    RecordJudicialConfirmation() {}

    /** The decision: one of the {@linkplain JudicialConfirmationStatus#isDecided() decided} statuses. */
    public abstract JudicialConfirmationStatus decision();

    /** The day of the decision. */
    public abstract LocalDate decidedOn();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    @Value.Check
    void check() {
      PayloadChecks.courtDecision(decision());
    }

    /** Builds a {@link RecordJudicialConfirmation}. */
    public static final class Builder
        extends ImmutableMediationCommand.RecordJudicialConfirmation.Builder {
      Builder() {}
    }
  }

  /**
   * 现场调解 — police referral (警调对接): the officers settled the dispute on the spot after
   * investigating the call-out; usually with an oral agreement.
   *
   * <pre>{@code
   * MediationCommand.SettleOnSite.builder()....agreement(Agreement.oral("…", day)).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class SettleOnSite implements MediationCommand {
    SettleOnSite() {}

    /** The agreement reached on the spot, if one was recorded. */
    public abstract Optional<Agreement> agreement();

    /** A note; personal information, never printed. */
    @Value.Redacted
    public abstract Optional<String> note();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    @Value.Check
    void check() {
      note().ifPresent(n -> Checks.personalText("note", n, Checks.MAX_TEXT));
    }

    /** Builds a {@link SettleOnSite}. */
    public static final class Builder extends ImmutableMediationCommand.SettleOnSite.Builder {
      Builder() {}
    }
  }

  /**
   * 移交调解室 — police referral (警调对接): the dispute could not be settled on the spot and is
   * handed to a mediation room (the seed's 王伟调解室).
   *
   * <pre>{@code
   * MediationCommand.TransferToMediationRoom.builder()....room(venue).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class TransferToMediationRoom implements MediationCommand {
    TransferToMediationRoom() {}

    /** The room the case moves to. */
    public abstract Venue room();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TransferToMediationRoom}. */
    public static final class Builder
        extends ImmutableMediationCommand.TransferToMediationRoom.Builder {
      Builder() {}
    }
  }

  /**
   * 退回信访 — petition referral (访调对接): send the matter back to the petition it came from (e.g.
   * a party refused or mediation failed).
   *
   * <pre>{@code
   * MediationCommand.ReturnToPetition.builder()....petition(PetitionId.of("ZXD-2022-000123")).reason("调解不成").build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class ReturnToPetition implements MediationCommand {
    ReturnToPetition() {}

    /** The referring petition. */
    public abstract PetitionId petition();

    /** Why it goes back; may mention the parties, so never printed. */
    @Value.Redacted
    public abstract String reason();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    @Value.Check
    void check() {
      Checks.personalText("reason", reason(), Checks.MAX_TEXT);
    }

    /** Builds a {@link ReturnToPetition}. */
    public static final class Builder extends ImmutableMediationCommand.ReturnToPetition.Builder {
      Builder() {}
    }
  }

  /**
   * 结案归档 — close the case and archive its file (人民调解法 Art 27).
   *
   * <pre>{@code
   * MediationCommand.Close.builder()....build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Close implements MediationCommand {
    Close() {}

    /** A note; personal information, never printed. */
    @Value.Redacted
    public abstract Optional<String> note();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    @Value.Check
    void check() {
      note().ifPresent(n -> Checks.personalText("note", n, Checks.MAX_TEXT));
    }

    /** Builds a {@link Close}. */
    public static final class Builder extends ImmutableMediationCommand.Close.Builder {
      Builder() {}
    }
  }
}
