package org.hewei.governance.examples.kafka;

import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.examples.simulation.EscalationRound;
import org.hewei.governance.rules.report.Ledger;

/**
 * 每日职责 — the processor of the clock topic and home of the daily duties: it ignores the ticks
 * themselves (a tick only advances the task's stream time) and schedules, on STREAM time, the {@link
 * EscalationPunctuator} and the {@link ReportPunctuator} every {@link #CHECK_EVERY} of stream time. It
 * shares the states store with the {@link DecideProcessor}, so Kafka Streams places both in one
 * sub-topology and one task per partition: the duties of a county run where its states live.
 *
 * <pre>{@code
 * topology.addProcessor(PetitionTopology.DUTIES, () -> new DailyDutyProcessor(round, ledger, ...), PetitionTopology.CLOCK);
 * }</pre>
 */
final class DailyDutyProcessor implements Processor<Object, Object, Object, Object> {
  /** How often (in stream time) the punctuators look whether a duty is due. */
  static final Duration CHECK_EVERY = Duration.ofMinutes(1);

  private final EscalationRound round;
  private final Ledger ledger;
  private final DailySchedule escalation;
  private final DailySchedule report;
  private final JurisdictionTree tree;

  DailyDutyProcessor(EscalationRound round, Ledger ledger, DailySchedule escalation, DailySchedule report,
      JurisdictionTree tree) {
    this.round = round;
    this.ledger = ledger;
    this.escalation = escalation;
    this.report = report;
    this.tree = tree;
  }

  @Override
  public void init(ProcessorContext<Object, Object> context) {
    KeyValueStore<String, PetitionState> states = context.getStateStore(Topics.STATES_STORE);
    KeyValueStore<String, Long> duties = context.getStateStore(Topics.DUTIES_STORE);
    EscalationPunctuator escalate = new EscalationPunctuator(
        context, states, new DutyMarker(duties, EscalationPunctuator.DUTY, escalation), round, tree);
    ReportPunctuator reports =
        new ReportPunctuator(context, states, new DutyMarker(duties, ReportPunctuator.DUTY, report), ledger, tree);
    context.schedule(CHECK_EVERY, PunctuationType.STREAM_TIME, streamTime -> {
      escalate.punctuate(streamTime);
      reports.punctuate(streamTime);
    });
  }

  @Override
  public void process(Record<Object, Object> tick) {
    // a tick carries nothing but its timestamp, which has already advanced the stream time
  }
}
