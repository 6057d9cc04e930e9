package org.hewei.governance.examples.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.PetitionLifecycle;
import org.hewei.governance.rules.lifecycle.PetitionLifecycleContext;
import org.hewei.governance.rules.schedule.DateRange;
import org.hewei.governance.testkit.fixture.SampleTown;

/**
 * 信访流量记录 — the petition traffic of a simulation run, recorded: every petition command the run
 * submitted, in order, with the lifecycle's decision and whether the escalation engine issued it, and
 * the petition states at the end. Other deployments of the same lifecycle (the Kafka Streams example)
 * replay {@link #externalCommands()} and must arrive at the same {@link #states()}.
 *
 * <pre>{@code
 * PetitionTraffic t = PetitionTraffic.run(SampleTown.county(7L, 5), 7L, 1);
 * t.externalCommands().size(); // the day's receipts, registrations, ...
 * t.states().size();           // petitions received that day
 * }</pre>
 */
public final class PetitionTraffic {
  /**
   * One submitted command.
   *
   * @param command the command
   * @param decision the lifecycle's decision on it
   * @param escalation whether the evening escalation round issued it
   */
  public record Submission(PetitionCommand command, Decision<PetitionEvent> decision, boolean escalation) {}

  private final List<Submission> submissions;
  private final Map<PetitionId, PetitionState> states;
  private final DateRange period;

  private PetitionTraffic(List<Submission> submissions, Map<PetitionId, PetitionState> states, DateRange period) {
    this.submissions = List.copyOf(submissions);
    this.states = Collections.unmodifiableMap(states);
    this.period = period;
  }

  /**
   * Runs the simulation of {@code town} with {@code seed} for {@code days} days from {@link
   * SimulationOptions#START} and records its petition traffic.
   *
   * @throws IllegalArgumentException if {@code days} is outside 1..3650
   */
  public static PetitionTraffic run(SampleTown town, long seed, int days) {
    if (days < 1 || days > 3650) {
      throw new IllegalArgumentException("days: " + days + " must be between 1 and 3650");
    }
    DateRange period = DateRange.of(SimulationOptions.START, SimulationOptions.START.plusDays(days - 1L));
    Simulation sim = new Simulation(town, seed, period);
    List<Submission> log = new ArrayList<>();
    sim.desk().recordInto(log);
    for (int i = 0; i < days; i++) {
      sim.runDay(SimulationOptions.START.plusDays(i));
    }
    Map<PetitionId, PetitionState> states = new LinkedHashMap<>();
    for (PetitionState s : sim.desk().states()) {
      states.put(s.petition().id(), s);
    }
    return new PetitionTraffic(log, states, period);
  }

  /**
   * The petition lifecycle of the simulation over {@code tree}: the mainland calendar and China
   * Standard Time ({@link EscalationRound#ZONE}).
   */
  public static PetitionLifecycle lifecycle(JurisdictionTree tree) {
    return PetitionLifecycle.of(PetitionLifecycleContext.builder(tree)
        .calendar(WorkingDayCalendar.chinaMainland()).zone(EscalationRound.ZONE).build());
  }

  /** The simulated days. */
  public DateRange period() {
    return period;
  }

  /** Every petition command submitted, in order. */
  public List<Submission> submissions() {
    return submissions;
  }

  /** The commands from outside the escalation engine (intake and handling), in order. */
  public List<PetitionCommand> externalCommands() {
    List<PetitionCommand> result = new ArrayList<>();
    for (Submission s : submissions) {
      if (!s.escalation()) {
        result.add(s.command());
      }
    }
    return result;
  }

  /** The events of every accepted command, in order. */
  public List<PetitionEvent> events() {
    List<PetitionEvent> result = new ArrayList<>();
    for (Submission s : submissions) {
      result.addAll(s.decision().events());
    }
    return result;
  }

  /** The petition states at the end of the run, by id, in order of receipt. */
  public Map<PetitionId, PetitionState> states() {
    return states;
  }

  /** The last simulated day. */
  public LocalDate lastDay() {
    return period.to();
  }
}
