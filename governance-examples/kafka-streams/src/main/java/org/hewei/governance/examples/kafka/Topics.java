package org.hewei.governance.examples.kafka;

import java.util.List;

/**
 * 主题 — the names of the topics and state stores of the petition topology. Every topic is keyed by
 * {@link PetitionKey} (reports by {@code <county>/<township>/<day>}, ticks by anything) and
 * partitioned by {@link CountyPartitioner}; the commands, clock, events, rejections and reports topics
 * must have the same partition count (the commands and clock topics are read by one sub-topology, so
 * Kafka Streams requires them to be co-partitioned).
 *
 * <pre>{@code
 * producer.send(new ProducerRecord<>(Topics.COMMANDS, partition, issuedAt, key.encode(), json));
 * }</pre>
 */
public final class Topics {
  /** Petition commands in: intake, handling, and the escalation round's commands (the loop). */
  public static final String COMMANDS = "hewei.petition.commands";

  /** Clock ticks in: any record advances the stream time of the partition it lands in. */
  public static final String CLOCK = "hewei.clock";

  /** Accepted events out, in decision order per petition. */
  public static final String EVENTS = "hewei.petition.events";

  /** Rejected commands out, with the rule and reason. */
  public static final String REJECTIONS = "hewei.petition.rejections";

  /** Township indicators per day out (台账日报). */
  public static final String REPORTS = "hewei.petition.reports";

  /** The key-value store of petition states, by petition id (changelog-backed). */
  public static final String STATES_STORE = "hewei-petition-states";

  /** The key-value store of the next due instant of each daily duty (escalation, report). */
  public static final String DUTIES_STORE = "hewei-daily-duties";

  private Topics() {}

  /** Every topic the application reads or writes, for creating them. */
  public static List<String> all() {
    return List.of(COMMANDS, CLOCK, EVENTS, REJECTIONS, REPORTS);
  }
}
