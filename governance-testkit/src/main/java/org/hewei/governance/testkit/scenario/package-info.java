/**
 * 场景测试 — a given / when / then DSL for any {@link org.hewei.governance.rules.lifecycle.Decider}
 * (petitions, mediation cases, key-person records, or your own aggregate), with a controllable clock
 * and a pluggable escalation check.
 *
 * <pre>{@code
 * Scenario.forDecider(lifecycle)
 *     .givenCurrentTime(Instant.parse("2022-07-25T01:30:00Z"))
 *     .given(received, registered)
 *     .whenTimeElapses(Duration.ofDays(3))
 *     .whenAtNow(now -> accept(petitionId, now))
 *     .then(accepted)
 *     .thenState(s -> assertThat(s).isInStatus(PetitionStatus.ACCEPTED));
 * }</pre>
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Typed stages: {@link org.hewei.governance.testkit.scenario.GivenStage} (events so far, time,
 *       configuration) → {@link org.hewei.governance.testkit.scenario.TimeStage} (after time elapsed)
 *       → {@link org.hewei.governance.testkit.scenario.ThenStage} (after a command). A {@code then…}
 *       method exists only on stages after a {@code when…}, so an illegal sequence does not compile.
 *   <li>Stages are immutable: a {@code GivenStage} can be kept in a field and shared by several tests.
 *       {@link org.hewei.governance.testkit.scenario.ThenStage#and()} continues from the result.
 *   <li>Time: the scenario's "now" is {@code givenCurrentTime}, else the {@code occurredAt} of the last
 *       given event, else (after a command) the command's {@code issuedAt}; {@code whenTimeElapses}
 *       advances it. The decider itself only ever sees the command's {@code issuedAt()} — build commands
 *       with {@code whenAtNow(now -> …)} or {@code stage.now()} so the two agree.
 *   <li>Escalation is checked through a caller-supplied {@link
 *       org.hewei.governance.testkit.scenario.StateProbe} {@code (state, now) → decisions}; the DSL knows
 *       nothing of the escalation engine, which plugs in as {@code engine::evaluate}.
 *   <li>Events are compared with {@code equals} unless asked otherwise ({@link
 *       org.hewei.governance.testkit.scenario.EventEquivalence}); {@code thenEventsMatch} takes predicates.
 *   <li>Failures are {@link java.lang.AssertionError}s that list the steps taken and name events by type
 *       and event id, commands by type and command id, escalation decisions by type; no value that could
 *       hold personal information is printed.
 * </ul>
 *
 * <p>Convenience entry points for the petition and mediation lifecycles are not provided yet; use
 * {@code Scenario.forDecider(PetitionLifecycle.of(context))}.
 */
@NullMarked
package org.hewei.governance.testkit.scenario;

import org.jspecify.annotations.NullMarked;
