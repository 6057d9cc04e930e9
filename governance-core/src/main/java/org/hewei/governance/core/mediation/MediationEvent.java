package org.hewei.governance.core.mediation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.petition.PetitionId;
import org.immutables.value.Value;

/**
 * 调解事件 — something that happened to a mediation case (调解案件): the unit of its event stream.
 * governance-rules produces these from accepted {@link MediationCommand}s and folds them into a
 * {@link MediationCaseState}; integrators store them through the SPI.
 *
 * <p>The hierarchy is sealed and mirrors the commands: {@link Opened}, {@link MediatorAssigned},
 * {@link ConsentRecorded}, {@link RefusalRecorded}, {@link SessionHeld}, {@link OutcomeRecorded},
 * {@link AgreementRecorded}, {@link JudicialConfirmationApplied}, {@link
 * JudicialConfirmationDecided}, {@link SettledOnSite}, {@link TransferredToMediationRoom}, {@link
 * ReturnedToPetition}, {@link Closed}. Every event carries its id, the instant it happened, the actor
 * and the case id, and validates its payload like the matching command (an event read back from
 * storage is checked again). Personal text (notes, reasons, agreement terms) is never printed.
 *
 * <pre>{@code
 * MediationEvent e = MediationEvent.ConsentRecorded.builder()
 *     .eventId(EventId.of("evt-1")).occurredAt(now).actor(actor)
 *     .caseId(MediationCaseId.of("ZXD-TJ-2022-031"))
 *     .party(Party.person(PersonId.of("P-1"), PartyRole.APPLICANT))
 *     .build();
 * }</pre>
 */
@Value.Enclosing
public sealed interface MediationEvent extends DomainEvent {
  /** The case the event belongs to. */
  MediationCaseId caseId();

  /**
   * 已受理调解 — a mediation case was opened for a dispute at a venue (on a party's application or on the
   * committee's own initiative, 人民调解法 Art 17).
   *
   * <pre>{@code
   * MediationEvent.Opened.builder()....dispute(dispute).venue(venue).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Opened implements MediationEvent {
    Opened() {}

    /** The dispute to mediate. */
    public abstract Dispute dispute();

    /** Where it is mediated. */
    public abstract Venue venue();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link Opened}. */
    public static final class Builder extends ImmutableMediationEvent.Opened.Builder {
      Builder() {}
    }
  }

  /**
   * 已指定调解员 — a mediator was assigned, chosen by the committee or by the parties (人民调解法 Art 19).
   *
   * <pre>{@code
   * MediationEvent.MediatorAssigned.builder()....mediator(Mediator.official(OfficialId.of("O-1"))).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class MediatorAssigned implements MediationEvent {
    MediatorAssigned() {}

    /** The mediator. */
    public abstract Mediator mediator();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link MediatorAssigned}. */
    public static final class Builder extends ImmutableMediationEvent.MediatorAssigned.Builder {
      Builder() {}
    }
  }

  /**
   * 当事人已同意调解 — a party accepted mediation (人民调解法 Art 3(1), 23(2)).
   *
   * <pre>{@code
   * MediationEvent.ConsentRecorded.builder()....party(party).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class ConsentRecorded implements MediationEvent {
    ConsentRecorded() {}

    /** The consenting party (one of the dispute's parties). */
    public abstract Party party();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ConsentRecorded}. */
    public static final class Builder extends ImmutableMediationEvent.ConsentRecorded.Builder {
      Builder() {}
    }
  }

  /**
   * 当事人已拒绝调解 — a party expressly refused mediation; mediation then does not proceed
   * ("当事人一方明确拒绝调解的，不得调解", 人民调解法 Art 17).
   *
   * <pre>{@code
   * MediationEvent.RefusalRecorded.builder()....party(party).reason("不同意调解").build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class RefusalRecorded implements MediationEvent {
    RefusalRecorded() {}

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

    /** Builds a {@link RefusalRecorded}. */
    public static final class Builder extends ImmutableMediationEvent.RefusalRecorded.Builder {
      Builder() {}
    }
  }

  /**
   * 已调解 — a mediation session was held: its day, who attended and the mediator's record of it
   * (调解工作记录, 人民调解法 Art 27).
   *
   * <pre>{@code
   * MediationEvent.SessionHeld.builder()....heldOn(LocalDate.of(2022, 7, 6))
   *     .addPartiesPresent(a, b).addMediatorsPresent(m).notes("双方陈述…").build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class SessionHeld implements MediationEvent {
    SessionHeld() {}

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

    /** Builds a {@link SessionHeld}. */
    public static final class Builder extends ImmutableMediationEvent.SessionHeld.Builder {
      Builder() {}
    }
  }

  /**
   * 调解结果 — how the mediation ended. For {@link MediationOutcome#FAILED} the mediator
   * must tell the parties of the other routes (arbitration, administrative, judicial; 人民调解法 Art
   * 26): {@link #otherRemediesExplained()} records that; governance-rules enforces it.
   *
   * <pre>{@code
   * MediationEvent.OutcomeRecorded.builder()....outcome(MediationOutcome.FAILED)
   *     .otherRemediesExplained(true).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class OutcomeRecorded implements MediationEvent {
    OutcomeRecorded() {}

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

    /** Builds a {@link OutcomeRecorded}. */
    public static final class Builder extends ImmutableMediationEvent.OutcomeRecorded.Builder {
      Builder() {}
    }
  }

  /**
   * 已达成调解协议 — the agreement reached (人民调解法 Art 28–30).
   *
   * <pre>{@code
   * MediationEvent.AgreementRecorded.builder()....agreement(Agreement.oral("…", day)).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class AgreementRecorded implements MediationEvent {
    AgreementRecorded() {}

    /** The agreement. */
    public abstract Agreement agreement();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AgreementRecorded}. */
    public static final class Builder extends ImmutableMediationEvent.AgreementRecorded.Builder {
      Builder() {}
    }
  }

  /**
   * 已申请司法确认 — the parties applied jointly to the court for judicial confirmation, which the
   * law allows within 30 days of the agreement taking effect (人民调解法 Art 33; 民事诉讼法 Art 205).
   * Checked here: at least two applicants ("双方当事人…共同"); the window is checked by
   * governance-rules.
   *
   * <pre>{@code
   * MediationEvent.JudicialConfirmationApplied.builder()....appliedOn(LocalDate.of(2022, 8, 1))
   *     .addApplicants(a, b).court("邹城市人民法院").build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class JudicialConfirmationApplied implements MediationEvent {
    JudicialConfirmationApplied() {}

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

    /** Builds an {@link JudicialConfirmationApplied}. */
    public static final class Builder
        extends ImmutableMediationEvent.JudicialConfirmationApplied.Builder {
      Builder() {}
    }
  }

  /**
   * 司法确认结果 — the court's decision (or the withdrawal of the application).
   *
   * <pre>{@code
   * MediationEvent.JudicialConfirmationDecided.builder()....decision(JudicialConfirmationStatus.CONFIRMED)
   *     .decidedOn(LocalDate.of(2022, 8, 10)).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class JudicialConfirmationDecided implements MediationEvent {
    JudicialConfirmationDecided() {}

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

    /** Builds a {@link JudicialConfirmationDecided}. */
    public static final class Builder
        extends ImmutableMediationEvent.JudicialConfirmationDecided.Builder {
      Builder() {}
    }
  }

  /**
   * 已现场调解 — police referral (警调对接): the officers settled the dispute on the spot after
   * investigating the call-out; usually with an oral agreement.
   *
   * <pre>{@code
   * MediationEvent.SettledOnSite.builder()....agreement(Agreement.oral("…", day)).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class SettledOnSite implements MediationEvent {
    SettledOnSite() {}

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

    /** Builds a {@link SettledOnSite}. */
    public static final class Builder extends ImmutableMediationEvent.SettledOnSite.Builder {
      Builder() {}
    }
  }

  /**
   * 已移交调解室 — police referral (警调对接): the dispute could not be settled on the spot and is
   * handed to a mediation room (the seed's 王伟调解室).
   *
   * <pre>{@code
   * MediationEvent.TransferredToMediationRoom.builder()....room(venue).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class TransferredToMediationRoom implements MediationEvent {
    TransferredToMediationRoom() {}

    /** The room the case moves to. */
    public abstract Venue room();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TransferredToMediationRoom}. */
    public static final class Builder
        extends ImmutableMediationEvent.TransferredToMediationRoom.Builder {
      Builder() {}
    }
  }

  /**
   * 已退回信访 — petition referral (访调对接): the matter was sent back to the petition it came from (e.g.
   * a party refused or mediation failed).
   *
   * <pre>{@code
   * MediationEvent.ReturnedToPetition.builder()....petition(PetitionId.of("ZXD-2022-000123")).reason("调解不成").build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class ReturnedToPetition implements MediationEvent {
    ReturnedToPetition() {}

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

    /** Builds a {@link ReturnedToPetition}. */
    public static final class Builder extends ImmutableMediationEvent.ReturnedToPetition.Builder {
      Builder() {}
    }
  }

  /**
   * 已结案归档 — the case was closed and its file archived (人民调解法 Art 27).
   *
   * <pre>{@code
   * MediationEvent.Closed.builder()....build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Closed implements MediationEvent {
    Closed() {}

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

    /** Builds a {@link Closed}. */
    public static final class Builder extends ImmutableMediationEvent.Closed.Builder {
      Builder() {}
    }
  }
}
