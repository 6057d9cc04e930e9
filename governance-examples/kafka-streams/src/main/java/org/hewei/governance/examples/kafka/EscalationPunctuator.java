package org.hewei.governance.examples.kafka;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.examples.simulation.EscalationRound;

/**
 * 升级研判定时 — runs the escalation round over the task's petition states once a day, when the
 * task's stream time reaches the round's due instant ({@link DailySchedule}, default 17:00 China
 * Standard Time): the round is evaluated at the stream time that reached it, and each decision's
 * commands go back to the commands topic keyed by the petition's county (the loop), stamped with that
 * time. The next due instant is kept in the duties store, so a round runs once per day even across a
 * restart ({@link DutyMarker}).
 *
 * <p>Idempotent under replay: the engine does not fire a rule whose effect the state already records
 * (escalation record, calls, supervision, ...) until its cool-down has passed, and the command ids are
 * {@code esc-<day>-<petition>-<rule>.<i>}, derived from the round's day, so a round that is run again on
 * the same input issues the same commands with the same ids, whose events get the same ids. The
 * round's commands come back through the commands topic long before the next day's round; under
 * exactly-once the round's commands and the new due instant are committed together, so a crash never
 * runs a round twice. When stream time jumps several days (a partition without traffic or ticks),
 * only one round runs, at the time reached: the missed evenings are not replayed one by one.
 *
 * <pre>{@code
 * context.schedule(Duration.ofMinutes(1), PunctuationType.STREAM_TIME,
 *     new EscalationPunctuator(context, states, new DutyMarker(duties, EscalationPunctuator.DUTY, evening), round, tree));
 * }</pre>
 */
final class EscalationPunctuator implements Punctuator {
  static final String DUTY = "escalation";

  private final ProcessorContext<Object, Object> context;
  private final KeyValueStore<String, PetitionState> states;
  private final DutyMarker marker;
  private final EscalationRound round;
  private final JurisdictionTree tree;

  EscalationPunctuator(ProcessorContext<Object, Object> context, KeyValueStore<String, PetitionState> states,
      DutyMarker marker, EscalationRound round, JurisdictionTree tree) {
    this.context = context;
    this.states = states;
    this.marker = marker;
    this.round = round;
    this.tree = tree;
  }

  @Override
  public void punctuate(long streamTime) {
    Instant now = Instant.ofEpochMilli(streamTime);
    if (marker.reached(now).isEmpty()) {
      return;
    }
    LocalDate day = marker.schedule().dayOf(marker.schedule().lastAtOrBefore(now));
    List<PetitionState> all = PetitionStates.all(states);
    Map<String, PetitionState> byId = new HashMap<>();
    for (PetitionState s : all) {
      byId.put(s.petition().id().value(), s);
    }
    for (EscalationRound.Proposal p : round.propose(all, day, now)) {
      PetitionState s = byId.get(p.decision().petitionId().value());
      if (s == null) {
        continue;
      }
      PetitionKey key = PetitionKey.of(tree, s.petition());
      for (PetitionCommand c : p.commands()) {
        context.forward(new Record<Object, Object>(key, c, streamTime), PetitionTopology.LOOP);
      }
    }
    marker.done(now);
  }
}
