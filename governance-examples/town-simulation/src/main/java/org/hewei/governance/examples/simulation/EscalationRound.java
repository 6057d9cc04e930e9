package org.hewei.governance.examples.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.rules.escalation.CommandTargets;
import org.hewei.governance.rules.escalation.DefaultEscalationPolicies;
import org.hewei.governance.rules.escalation.EscalationContext;
import org.hewei.governance.rules.escalation.EscalationDecision;
import org.hewei.governance.rules.escalation.EscalationEngine;
import org.hewei.governance.testkit.fixture.SampleTown;

/**
 * 升级研判 — one evaluation of the compiled escalation policy over petition states at an instant,
 * turning every decision into the petition commands that carry it out, with the sample territory's
 * townships as targets (the township's governance centre supervises, its petition office and centre
 * meet jointly, its head owns the case). The town simulation runs one round every evening; the Kafka
 * Streams example runs the same round from a stream-time punctuator, so both produce the same commands.
 *
 * <p>Command ids are {@code "esc-<day>-<petition>-<rule>"} (plus the index the decision adds): one
 * round per day gives the same ids when it is run again, so a replayed round produces the same events.
 *
 * <pre>{@code
 * EscalationRound round = EscalationRound.threeLevelResponse(SampleTown.county(7L, 5));
 * for (EscalationRound.Proposal p : round.propose(states, day, EscalationRound.evening(day))) {
 *   p.commands(); // Escalate, RaiseCall, Supervise, ...
 * }
 * }</pre>
 */
public final class EscalationRound {
  /** The zone of the sample territory's days: China Standard Time. */
  public static final ZoneId ZONE = Simulation.ZONE;

  /** When the daily round runs: 17:00 local time (the evening review). */
  public static final LocalTime EVENING = LocalTime.of(17, 0);

  /**
   * One decision and the commands it gives.
   *
   * @param decision the engine's decision
   * @param commands the petition commands carrying it out, in the decision's action order
   */
  public record Proposal(EscalationDecision decision, List<PetitionCommand> commands) {
    /** Copies {@code commands}. */
    public Proposal {
      commands = List.copyOf(commands);
    }
  }

  private final SampleTown town;
  private final EscalationEngine engine;
  private final Map<JurisdictionId, Township> townships;

  private EscalationRound(SampleTown town, EscalationEngine engine) {
    this.town = town;
    this.engine = engine;
    this.townships = Township.byId(town);
  }

  /** Rounds of {@code engine} over the townships of {@code town}. */
  public static EscalationRound of(SampleTown town, EscalationEngine engine) {
    return new EscalationRound(town, engine);
  }

  /** Rounds of the default three-level-response policy compiled for {@code town}'s tree in {@link #ZONE}. */
  public static EscalationRound threeLevelResponse(SampleTown town) {
    return of(town, EscalationEngine.compile(
        DefaultEscalationPolicies.threeLevelResponse(), EscalationContext.of(town.tree(), ZONE)));
  }

  /** The compiled policy. */
  public EscalationEngine engine() {
    return engine;
  }

  /** The instant of {@code day}'s evening round: {@link #EVENING} in {@link #ZONE}. */
  public static Instant evening(LocalDate day) {
    return day.atTime(EVENING).atZone(ZONE).toInstant();
  }

  /** The base command id of {@code decision} in the round of {@code day}: {@code esc-<day>-<petition>-<rule>}. */
  public static CommandId commandId(LocalDate day, EscalationDecision decision) {
    return CommandId.of("esc-" + day + "-" + decision.petitionId().value() + "-" + decision.ruleId());
  }

  /**
   * The decisions over the open states among {@code states} at {@code at} (state order, then rule
   * order), each with its commands issued at {@code at}; {@code day} names the round in the ids.
   *
   * @throws IllegalStateException if a decision's petition arose outside every township of the town
   */
  public List<Proposal> propose(Collection<PetitionState> states, LocalDate day, Instant at) {
    List<PetitionState> open = new ArrayList<>();
    Map<PetitionId, PetitionState> byId = new HashMap<>();
    for (PetitionState s : states) {
      if (s.status().isOpen()) {
        open.add(s);
        byId.put(s.petition().id(), s);
      }
    }
    CommandTargets targets = targets(byId);
    List<Proposal> result = new ArrayList<>();
    for (EscalationDecision d : engine.evaluate(open, at)) {
      result.add(new Proposal(d, d.toCommands(commandId(day, d), at, targets)));
    }
    return result;
  }

  private CommandTargets targets(Map<PetitionId, PetitionState> states) {
    return new CommandTargets() {
      @Override
      public UnitId supervisor(EscalationDecision decision) {
        return townOf(decision).centre;
      }

      @Override
      public Set<UnitId> jointMeetingUnits(EscalationDecision decision) {
        return townOf(decision).jointMeetingUnits();
      }

      @Override
      public OfficialId caseOwner(EscalationDecision decision, Role role, Optional<JurisdictionLevel> level) {
        return townOf(decision).head;
      }

      private Township townOf(EscalationDecision decision) {
        PetitionState s = states.get(decision.petitionId());
        if (s == null) {
          throw new IllegalStateException("no state for " + decision.petitionId());
        }
        return Township.containing(townships, town.tree(), s.petition().arisenIn());
      }
    };
  }
}
