package org.hewei.governance.rules.escalation;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.policy.EscalationAction;
import org.hewei.governance.core.policy.PolicyId;
import org.jspecify.annotations.Nullable;

/**
 * 升级决定 — one rule of an escalation policy firing for one petition: which petition, which rule of
 * which policy version, the actions that apply now (an escalation already at or above its target is
 * left out), where the matter goes, and a readable explanation such as {@code "R1: overdue by 3 days at
 * VILLAGE level → escalate to MANAGEMENT_DISTRICT"} (ids, levels and counts only: no personal
 * information). {@link #toCommands} turns it into the petition commands that carry it out.
 *
 * <p>Notify and flag-risk actions have no petition command: integrators deliver them from the
 * decision ({@link #actions()}).
 *
 * <pre>{@code
 * for (EscalationDecision d : engine.evaluate(states, now)) {
 *   List<PetitionCommand> commands = d.toCommands(CommandId.of("esc-" + d.petitionId()), now, targets);
 * }
 * }</pre>
 */
// Written by hand, not generated with Immutables like the other values: the engine may return a million
// decisions from one call, so a decision holds only what differs between petitions (the state it was made
// for, the evaluation's now, where it goes) and shares the rest per rule and action variant (Firing). That
// is 40 bytes a decision where the generated class with its explanation closure took 112. Only the engine
// creates decisions.
public final class EscalationDecision {
  private final Firing firing;
  private final PetitionState state;
  private final Instant decidedAt;
  private final Optional<HandlingPlace> escalatesTo;
  private final Optional<JurisdictionLevel> callLevel;
  /** Written on first use; a race writes the same text twice, like {@code String.hashCode}. */
  private @Nullable String explanation;

  /**
   * The decision of {@code firing} for {@code state} at {@code decidedAt}. The engine hands in immutable
   * values it shares per rule and per tree node, and at least one action: nothing is copied or checked.
   */
  EscalationDecision(
      Firing firing,
      PetitionState state,
      Instant decidedAt,
      Optional<HandlingPlace> escalatesTo,
      Optional<JurisdictionLevel> callLevel) {
    this.firing = firing;
    this.state = state;
    this.decidedAt = decidedAt;
    this.escalatesTo = escalatesTo;
    this.callLevel = callLevel;
  }

  /** The petition. */
  public PetitionId petitionId() {
    return state.id();
  }

  /** The rule that fired. */
  public String ruleId() {
    return firing.ruleId;
  }

  /** The rule's name. */
  public String ruleName() {
    return firing.ruleName;
  }

  /** The policy. */
  public PolicyId policyId() {
    return firing.policyId;
  }

  /** The policy's version. */
  public int policyVersion() {
    return firing.policyVersion;
  }

  /** The "now" of the evaluation. */
  public Instant decidedAt() {
    return decidedAt;
  }

  /** Where the matter is handled when the rule fired. */
  public HandlingPlace handling() {
    return state.handling();
  }

  /** The actions that apply, in the rule's order (at least one; immutable). */
  public List<EscalationAction> actions() {
    return firing.actions;
  }

  /** Where it escalates to, when an escalation action applies. */
  public Optional<HandlingPlace> escalatesTo() {
    return escalatesTo;
  }

  /** The level a call (呼叫) goes to, when a raise-call action applies: the level above the handling node. */
  public Optional<JurisdictionLevel> callLevel() {
    return callLevel;
  }

  /**
   * The readable explanation (no personal information), written on first use: evaluating a million
   * states writes no text for decisions nobody reads.
   */
  public String explanation() {
    String e = explanation;
    if (e == null) {
      e = firing.explain(this, state);
      explanation = e;
    }
    return e;
  }

  /** The actor of the commands: {@code Actor.system("escalation:<policy>@<version>")}. */
  public Actor actor() {
    return Actor.system("escalation:" + policyId().value() + "@" + policyVersion());
  }

  /**
   * The petition commands that carry out this decision, in the order of {@link #actions()}: {@code
   * Escalate} (with policy id, version, rule id and explanation, so the state records it for
   * idempotency), {@code RaiseCall}, {@code ConveneJointMeeting}, {@code AssignCaseOwnership}, {@code
   * Supervise}; notify and flag-risk actions give no command. Each command's id is {@code
   * commandId + "." + i} (a hash when longer than 64 characters), so a retry gives the same ids.
   *
   * <pre>{@code
   * d.toCommands(CommandId.of("esc-2026-03-01-ZXD-1"), now, targets); // [Escalate{...}, RaiseCall{...}]
   * }</pre>
   */
  public List<PetitionCommand> toCommands(CommandId commandId, Instant issuedAt, CommandTargets targets) {
    Checks.required("commandId", commandId);
    Checks.required("issuedAt", issuedAt);
    Checks.required("targets", targets);
    Actor actor = actor();
    List<PetitionCommand> commands = new ArrayList<>();
    for (EscalationAction action : actions()) {
      CommandId id = derived(commandId, commands.size());
      if (action instanceof EscalationAction.EscalateToLevel || action instanceof EscalationAction.EscalateOneLevelUp) {
        commands.add(
            PetitionCommand.Escalate.builder()
                .petitionId(petitionId()).commandId(id).issuedAt(issuedAt).actor(actor)
                .fromLevel(handling().level())
                .to(escalatesTo().orElseThrow())
                .reason(ruleName())
                .policyId(policyId().value())
                .policyVersion(Integer.toString(policyVersion()))
                .ruleId(ruleId())
                .explanation(explanation())
                .build());
      } else if (action instanceof EscalationAction.RaiseCall) {
        commands.add(
            PetitionCommand.RaiseCall.builder()
                .petitionId(petitionId()).commandId(id).issuedAt(issuedAt).actor(actor)
                .level(callLevel().orElseThrow())
                .reason(explanation())
                .build());
      } else if (action instanceof EscalationAction.ConveneJointMeeting) {
        commands.add(
            PetitionCommand.ConveneJointMeeting.builder()
                .petitionId(petitionId()).commandId(id).issuedAt(issuedAt).actor(actor)
                .units(targets.jointMeetingUnits(this))
                .build());
      } else if (action instanceof EscalationAction.AssignCaseOwner owner) {
        commands.add(
            PetitionCommand.AssignCaseOwnership.builder()
                .petitionId(petitionId()).commandId(id).issuedAt(issuedAt).actor(actor)
                .leader(targets.caseOwner(this, owner.role(), owner.level()))
                .build());
      } else if (action instanceof EscalationAction.Supervise) {
        commands.add(
            PetitionCommand.Supervise.builder()
                .petitionId(petitionId()).commandId(id).issuedAt(issuedAt).actor(actor)
                .supervisor(targets.supervisor(this))
                .instructions(explanation())
                .build());
      }
    }
    return List.copyOf(commands);
  }

  private static CommandId derived(CommandId base, int index) {
    String plain = base.value() + "." + index;
    if (plain.length() <= Checks.MAX_ID) {
      return CommandId.of(plain);
    }
    return CommandId.of("h" + Hashing.murmur3_128().hashString(base.value(), StandardCharsets.UTF_8) + "." + index);
  }

  /**
   * Equal when petition, rule (id and name), policy and version, now, handling place, actions, target and
   * call level are: the explanation follows from them and is not compared.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return this == o
        || o instanceof EscalationDecision d
            && firing.equals(d.firing)
            && petitionId().equals(d.petitionId())
            && decidedAt.equals(d.decidedAt)
            && handling().equals(d.handling())
            && escalatesTo.equals(d.escalatesTo)
            && callLevel.equals(d.callLevel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(firing, petitionId(), decidedAt, handling(), escalatesTo, callLevel);
  }

  /** {@code "EscalationDecision{ZXD-1 R1@hewei-three-level-response v1: <explanation>}"}. */
  @Override
  public String toString() {
    return "EscalationDecision{" + petitionId() + " " + ruleId() + "@" + policyId() + " v" + policyVersion() + ": "
        + explanation() + "}";
  }
}
