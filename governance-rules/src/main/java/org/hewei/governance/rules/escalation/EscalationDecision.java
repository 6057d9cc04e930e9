package org.hewei.governance.rules.escalation;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.policy.EscalationAction;
import org.hewei.governance.core.policy.PolicyId;
import org.immutables.value.Value;

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
// HeweiStyle (the package's style) plus builtinContainerAttributes = false: the engine hands every decision
// immutable lists and Optionals it shares per rule and per tree node, so the decision keeps them as they
// are instead of copying the action list and unwrapping the Optionals (which the accessors would then
// allocate anew on every call). Only the engine creates decisions, so nothing else reaches this constructor.
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
    builtinContainerAttributes = false,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    throwForInvalidImmutableState = InvalidValueException.class,
    throwForNullPointer = MissingValueException.class)
@Value.Immutable
public abstract class EscalationDecision {
  EscalationDecision() {}

  /** The petition. */
  @Value.Parameter
  public abstract PetitionId petitionId();

  /** The rule that fired. */
  @Value.Parameter
  public abstract String ruleId();

  /** The rule's name. */
  @Value.Parameter
  public abstract String ruleName();

  /** The policy. */
  @Value.Parameter
  public abstract PolicyId policyId();

  /** The policy's version. */
  @Value.Parameter
  public abstract int policyVersion();

  /** The "now" of the evaluation. */
  @Value.Parameter
  public abstract Instant decidedAt();

  /** Where the matter is handled when the rule fired. */
  @Value.Parameter
  public abstract HandlingPlace handling();

  /** The actions that apply, in the rule's order (at least one). */
  @Value.Parameter
  public abstract List<EscalationAction> actions();

  /** Where it escalates to, when an escalation action applies. */
  @Value.Parameter
  public abstract Optional<HandlingPlace> escalatesTo();

  /** The level a call (呼叫) goes to, when a raise-call action applies: the level above the handling node. */
  @Value.Parameter
  public abstract Optional<JurisdictionLevel> callLevel();

  /**
   * The readable explanation (no personal information), written on first use: evaluating a million
   * states writes no text for decisions nobody reads.
   */
  @Value.Lazy
  public String explanation() {
    return explainer().get();
  }

  /** Writes {@link #explanation()} from the facts of the firing (not part of equality). */
  @Value.Auxiliary
  @Value.Parameter
  abstract Supplier<String> explainer();

  /** The actor of the commands: {@code Actor.system("escalation:<policy>@<version>")}. */
  public Actor actor() {
    return Actor.system("escalation:" + policyId().value() + "@" + policyVersion());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EscalationDecision}; only the engine creates decisions, so there is no public way to get one. */
  public static final class Builder extends ImmutableEscalationDecision.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notEmpty("actions", actions());
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

  /** {@code "EscalationDecision{ZXD-1 R1@hewei-three-level-response v1: <explanation>}"}. */
  @Override
  public String toString() {
    return "EscalationDecision{" + petitionId() + " " + ruleId() + "@" + policyId() + " v" + policyVersion() + ": "
        + explanation() + "}";
  }
}
