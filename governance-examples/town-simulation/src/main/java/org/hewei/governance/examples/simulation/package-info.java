/**
 * 示例乡镇模拟 — a runnable simulation of the sample town ({@code SampleTown}) that drives the public
 * API of governance-core, governance-rules and the testkit's in-memory store through N simulated days.
 *
 * <p>One desk per concern: {@link PetitionDesk} (PetitionLifecycle, Router, the escalation engine's
 * commands), {@link MediationDesk} (MediationLifecycle at village, police-station and town-centre
 * venues), {@link KeyPersonDesk} (KeyPersonLifecycle visits), {@link ErrandDesk} (ErrandLifecycle);
 * {@link Simulation} drives them day by day with duty rosters (DutyRosterPlanner) and the joint-visit
 * schedule; {@link TownSimulation} prints the weekly progress and the Ledger.
 *
 * <p>Decisions written down here:
 *
 * <ul>
 *   <li>The simulation starts on {@link SimulationOptions#START} (2022-07-01) so that the real 2022+
 *       holiday calendar applies; the longest run ends {@link SimulationOptions#HORIZON_DAYS} days
 *       before the calendar's last day, so every deadline it computes lies inside the calendar.
 *   <li>All randomness comes from one {@link java.util.SplittableRandom} seeded with {@code --seed};
 *       ids and instants derive from the simulated day, so the same options give the same output.
 *   <li>Every command goes through {@code decide}; accepted events are appended to the store with the
 *       stream's expected version; rejected commands are counted by rule code (some are expected: a
 *       clerk closing a grievance without a reply, a stranger giving feedback, an escalation the tree
 *       cannot carry out).
 *   <li>Output shows ids, codes and counts only, never a name, citizen id, phone or address.
 *   <li>The sample town's key-person records are the imported starting ledger: their listing events are
 *       not replayed; the run's visits are appended to fresh streams (expected version from 0).
 *   <li>The shaded jar leaves out the testkit's JUnit and AssertJ (not needed to run).
 *   <li>{@code --store=h2:<file>} or {@code --store=<jdbc url>} appends the petition events to the JDBC
 *       store (governance-examples-jdbc; H2 and PostgreSQL drivers are in the jar) instead of the
 *       in-memory one. A store that already holds petitions is continued ({@link SimulationStore},
 *       {@link Resumed}): their streams are loaded and folded into the desk's states, the run starts the
 *       day after the latest stored event (China Standard Time) and lasts {@code --days} more days,
 *       petition numbers continue after the stored ones, command (and so event) ids get a prefix of the
 *       first day ({@code r20220711-cmd-…}) so no stored stream sees an event id twice, and the random
 *       stream is seeded with {@code seed ^ firstDay} so the new days differ from the stored ones. The
 *       ledger then covers 2022-07-01 to the new last day. A day on which nothing at all happened leaves
 *       no event, so a continuation may start a day or two before the first run's last day + 1
 *       (re-simulating only days without stored events). Mediation, key-person and errand desks stay in
 *       memory: only petitions are persisted in this example.
 * </ul>
 *
 * <pre>{@code
 * SimulationResult r = TownSimulation.run(new String[] {"--days", "7", "--seed", "1"});
 * r.exitCode(); // 0
 * }</pre>
 */
@NullMarked
package org.hewei.governance.examples.simulation;

import org.jspecify.annotations.NullMarked;
