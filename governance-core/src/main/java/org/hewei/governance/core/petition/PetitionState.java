package org.hewei.governance.core.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.UnitId;
import org.immutables.value.Value;

/**
 * 信访事项状态 — everything known about one petition after its events have been applied: the value
 * governance-rules folds {@link PetitionEvent}s into, and that deadlines, routing, escalation, access
 * and reports read.
 *
 * <p>This type only holds data; {@code evolve} (which event changes what) lives in governance-rules.
 * Decisions written down here:
 *
 * <ul>
 *   <li>{@link #version()} is the number of events applied, so a state exists from the first event
 *       ({@link PetitionEvent.Received}) on and its version is at least 1.
 *   <li>Due dates are {@link LocalDate}s: the law counts periods in days (民法典 Art 201–203: the
 *       start day is not counted, the period ends at 24:00 of its last day, moved past rest days), so
 *       the due date is that last day, inclusive, in the handling body's local calendar. Instants
 *       record when things happened.
 *   <li>{@link #handling()} starts as where the petition was filed and follows forwards, assignments
 *       and escalations; it carries its level, so no jurisdiction tree is needed to read it.
 *   <li>{@link #escalations()} keeps one small record per escalation (when, from, to, rule id): the
 *       escalation engine needs them for idempotency and cool-down. Empty lists and sets are shared.
 * </ul>
 *
 * <p>Consistency rules checked when it is built: version ≥ 1; counters ≥ 0; an opinion date needs its
 * request date (review, re-review); a mediation result needs a mediation case; a joint meeting's lead
 * unit needs the meeting; the statuses from {@link PetitionStatus#REPLIED} to {@link
 * PetitionStatus#UNDER_RE_REVIEW} need the reply date; {@link PetitionStatus#IN_MEDIATION} needs the
 * mediation case; {@code updatedAt} is not before the petition was received.
 *
 * <pre>{@code
 * PetitionState s = PetitionState.builder()
 *     .petition(petition)
 *     .version(1)
 *     .status(PetitionStatus.RECEIVED)
 *     .updatedAt(petition.receivedAt())
 *     .build();
 * PetitionState next = s.toBuilder()
 *     .version(2).status(PetitionStatus.REGISTERED).updatedAt(now).build();
 * }</pre>
 */
// HeweiStyle (the package's style) plus unsafeDefaultAndDerived: the defaults (handling, flags, counters)
// read only petition(), so they are computed straight in the constructor, without the per-instance
// initialization shim: 8 bytes less per retained state (152 -> 144) and one object less per build.
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    get = {"is*", "get*"},
    init = "*",
    strictBuilder = false,
    redactedMask = "***",
    jdkOnly = true,
    allParameters = false,
    unsafeDefaultAndDerived = true,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    throwForInvalidImmutableState = InvalidValueException.class,
    throwForNullPointer = MissingValueException.class)
@Value.Immutable
public abstract class PetitionState {
  PetitionState() {}

  /** The petition's id ({@code petition().id()}). */
  public PetitionId id() {
    return petition().id();
  }

  /** The number of events applied (at least 1). */
  public abstract long version();

  /** Where the matter stands. */
  public abstract PetitionStatus status();

  /** The petition as received. */
  public abstract Petition petition();

  /**
   * The petition's headcount ({@code petition().headcount()}), kept on the state when it is built, like
   * {@link #handlingLevel()}: a loop over many states reads it without going to the petition. Not part
   * of equality, {@code toString} or the JSON form.
   *
   * <pre>{@code
   * boolean collective = s.headcount() >= 5;
   * }</pre>
   */
  @Value.Derived
  @Value.Auxiliary
  public int headcount() {
    return petition().headcount();
  }

  /** When the last event happened. */
  public abstract Instant updatedAt();

  /** Who handles it now, at which level (default: where it was filed). */
  @Value.Default
  public HandlingPlace handling() {
    return petition().filedWith();
  }

  /**
   * The level that handles it now ({@code handling().level()}), kept on the state when it is built: a
   * loop over many states reads it without going to the handling place (one memory read less per state,
   * a likely cache miss on a large batch). Not part of equality, {@code toString} or the JSON form.
   *
   * <pre>{@code
   * boolean atVillage = s.handlingLevel() == JurisdictionLevel.VILLAGE;
   * }</pre>
   */
  @Value.Derived
  @Value.Auxiliary
  public JurisdictionLevel handlingLevel() {
    return handling().level();
  }

  /**
   * The jurisdiction that handles it now ({@code handling().jurisdiction()}), kept on the state when it is
   * built, like {@link #handlingLevel()}: a loop over many states that looks the handling node up in a
   * {@link org.hewei.governance.core.jurisdiction.JurisdictionTree} reads it without going to the handling
   * place (over a million states that read was the largest single cost of the escalation engine's batch:
   * a likely cache miss per state). Not part of equality, {@code toString} or the JSON form.
   *
   * <pre>{@code
   * int node = tree.indexOf(s.handlingJurisdiction());
   * }</pre>
   */
  @Value.Derived
  @Value.Auxiliary
  public JurisdictionId handlingJurisdiction() {
    return handling().jurisdiction();
  }

  /** 承办人: the official who owns the case. */
  public abstract Optional<OfficialId> caseOwner();

  /** 包案领导: the leader who took personal ownership (条例 Art 18; seed 专案包保). */
  public abstract Optional<OfficialId> caseOwnershipLeader();

  /** Whether a leader took ownership: {@code caseOwnershipLeader().isPresent()} without the {@code Optional}. */
  @Value.Derived
  @Value.Auxiliary
  public boolean hasCaseOwnershipLeader() {
    return caseOwnershipLeader().isPresent();
  }

  /** 首问负责人: the official who first received the petitioner. */
  public abstract Optional<OfficialId> firstContactOwner();

  /** When it was registered. */
  public abstract Optional<Instant> registeredAt();

  /** When it was last assigned (交办); the 5-working-day objection window of 条例 Art 23 runs from here. */
  public abstract Optional<Instant> assignedAt();

  /** When it was accepted. */
  public abstract Optional<Instant> acceptedAt();

  /** The last day to conclude (inclusive), extension included. */
  public abstract Optional<LocalDate> dueDate();

  /** What {@link #dueEpochDay()} answers for a state without a due date. */
  public static final long NO_DUE_DATE = Long.MIN_VALUE;

  /**
   * {@link #dueDate()} as a day number ({@link LocalDate#toEpochDay()}), or {@link #NO_DUE_DATE}: for loops
   * over many states, which it spares the {@code Optional} every call of an {@code Optional} accessor
   * allocates on JDK 17 and the date object's memory read. Kept when the state is built (not part of
   * equality, {@code toString} or the JSON form).
   *
   * <pre>{@code
   * long daysLeft = s.dueEpochDay() == PetitionState.NO_DUE_DATE ? -1 : s.dueEpochDay() - today.toEpochDay();
   * }</pre>
   */
  @Value.Derived
  @Value.Auxiliary
  public long dueEpochDay() {
    LocalDate due = dueDate().orElse(null);
    return due == null ? NO_DUE_DATE : due.toEpochDay();
  }

  /** The approved extension (条例 Art 34). */
  public abstract Optional<Extension> extension();

  /** The procedure it was diverted to (诉访分离). */
  public abstract Optional<LegalProcedure> divertedTo();

  /** When the petitioner received the written reply (the review window runs from here, Art 35). */
  public abstract Optional<Instant> repliedAt();

  /** The outcome of the handling opinion (or of the latest review that changed it). */
  public abstract Optional<HandlingOutcome> outcome();

  /** When a review (复查) was requested. */
  public abstract Optional<Instant> reviewRequestedAt();

  /** When the review opinion reached the petitioner. */
  public abstract Optional<Instant> reviewOpinionAt();

  /** When a re-review (复核) was requested. */
  public abstract Optional<Instant> reReviewRequestedAt();

  /** When the re-review opinion reached the petitioner. */
  public abstract Optional<Instant> reReviewOpinionAt();

  /** Days not counted in a period (hearings, 条例 Art 36). */
  @Value.Default
  public int pausedDays() {
    return 0;
  }

  /** Every escalation so far, oldest first. */
  public abstract List<EscalationRecord> escalations();

  /** How many calls (呼叫) were raised. */
  @Value.Default
  public int callsRaised() {
    return 0;
  }

  /** How many answers (响应) were recorded. */
  @Value.Default
  public int callsAnswered() {
    return 0;
  }

  /** When a joint meeting was convened. */
  public abstract Optional<Instant> jointMeetingConvenedAt();

  /** Whether a joint meeting was convened: {@code jointMeetingConvenedAt().isPresent()} without the {@code Optional}. */
  @Value.Derived
  @Value.Auxiliary
  public boolean jointMeetingConvened() {
    return jointMeetingConvenedAt().isPresent();
  }

  /** The lead unit the joint meeting decided on. */
  public abstract Optional<UnitId> jointMeetingLeadUnit();

  /** The mediation case it was referred to (访调对接). */
  public abstract Optional<MediationCaseId> mediationCase();

  /** How the mediation came back. */
  public abstract Optional<MediationResult> mediationResult();

  /** The petitioner's rating. */
  public abstract Optional<Satisfaction> satisfaction();

  /** How many times the same matter came again (重复访). */
  @Value.Default
  public int repeatCount() {
    return 0;
  }

  /** How many times it was supervised (督办). */
  @Value.Default
  public int supervisionCount() {
    return 0;
  }

  /** The flags now (default: the petition's; rules may add some, e.g. a risk flag). */
  @Value.Default
  public Set<PetitionFlag> flags() {
    return petition().flags();
  }

  /**
   * {@link #flags()} as bits ({@link PetitionFlag#bit()}): for loops over many states, which it spares
   * the walk from the state through the set to its contents (several memory reads, each a likely cache
   * miss on a large batch) and a call per flag tested. Kept when the state is built (not part of
   * equality, {@code toString} or the JSON form).
   *
   * <pre>{@code
   * long wanted = PetitionFlag.COLLECTIVE.bit() | PetitionFlag.THREAT.bit();
   * boolean either = (s.flagBits() & wanted) != 0;
   * }</pre>
   */
  @Value.Derived
  @Value.Auxiliary
  public long flagBits() {
    long bits = 0;
    for (PetitionFlag flag : flags()) {
      bits |= flag.bit();
    }
    return bits;
  }

  /**
   * The {@link EscalationRecord#ruleBit}s of the rules its {@link #escalations()} name, ORed: for loops
   * over many states, which it spares reading the records of a state that no record of a rule's can be
   * among (the list, its array and each record are memory reads, likely cache misses on a large batch). A
   * bit set says only "maybe": ids may share a bit. Kept when the state is built (not part of equality,
   * {@code toString} or the JSON form).
   *
   * <pre>{@code
   * boolean maybe = (s.escalationRuleBits() & EscalationRecord.ruleBit("R4")) != 0;
   * }</pre>
   */
  @Value.Derived
  @Value.Auxiliary
  public long escalationRuleBits() {
    long bits = 0;
    for (EscalationRecord record : escalations()) {
      String id = record.ruleId().orElse(null);
      bits |= id == null ? 0 : EscalationRecord.ruleBit(id);
    }
    return bits;
  }

  /** The latest escalation decided by {@code ruleId}, if any (for idempotency and cool-down). */
  public Optional<EscalationRecord> lastEscalationBy(String ruleId) {
    if ((escalationRuleBits() & EscalationRecord.ruleBit(ruleId)) == 0) {
      return Optional.empty();
    }
    for (int i = escalations().size() - 1; i >= 0; i--) {
      EscalationRecord record = escalations().get(i);
      if (record.decidedBy(ruleId)) {
        return Optional.of(record);
      }
    }
    return Optional.empty();
  }

  /** A builder; {@code build()} checks the consistency rules of the class comment. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this state's values, to derive the next state. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from(this);
    return builder;
  }

  /** Builds a {@link PetitionState}. */
  public static final class Builder extends ImmutablePetitionState.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.atLeast("version", version(), 1L);
    Checks.atLeast("pausedDays", pausedDays(), 0);
    Checks.atLeast("callsRaised", callsRaised(), 0);
    Checks.atLeast("callsAnswered", callsAnswered(), 0);
    Checks.atLeast("repeatCount", repeatCount(), 0);
    Checks.atLeast("supervisionCount", supervisionCount(), 0);
    if (updatedAt().isBefore(petition().receivedAt())) { // messages are made only for a failing check
      Checks.check(
          false, "updatedAt", updatedAt(), "must not be before the petition was received (" + petition().receivedAt() + ")");
    }
    requires("reviewOpinionAt", reviewOpinionAt().isPresent(), "reviewRequestedAt", reviewRequestedAt().isPresent());
    requires("reReviewRequestedAt", reReviewRequestedAt().isPresent(), "reviewOpinionAt", reviewOpinionAt().isPresent());
    requires("reReviewOpinionAt", reReviewOpinionAt().isPresent(), "reReviewRequestedAt", reReviewRequestedAt().isPresent());
    requires("mediationResult", mediationResult().isPresent(), "mediationCase", mediationCase().isPresent());
    requires("jointMeetingLeadUnit", jointMeetingLeadUnit().isPresent(), "jointMeetingConvenedAt", jointMeetingConvenedAt().isPresent());
    requires("status", status() == PetitionStatus.IN_MEDIATION, "mediationCase", mediationCase().isPresent());
    boolean afterReply =
        status().compareTo(PetitionStatus.REPLIED) >= 0 && status().compareTo(PetitionStatus.UNDER_RE_REVIEW) <= 0;
    requires("status", afterReply, "repliedAt", repliedAt().isPresent());
  }

  private void requires(String field, boolean present, String needed, boolean neededPresent) {
    if (present && !neededPresent) {
      boolean ofStatus = field.equals("status");
      Checks.check(false, field, ofStatus ? status() : "present", "needs " + needed + (ofStatus ? " in status " + status() : ""));
    }
  }
}
