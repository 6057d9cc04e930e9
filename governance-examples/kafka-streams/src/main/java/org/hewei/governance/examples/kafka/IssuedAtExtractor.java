package org.hewei.governance.examples.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.hewei.governance.core.petition.PetitionCommand;

/**
 * 指令时间 — the timestamp of a command record is the command's {@code issuedAt}, whatever the
 * producer stamped: stream time is then business time, so the escalation round and the daily report
 * run at the same instants on every replay and on every broker. A record that is not a command keeps
 * its own timestamp.
 *
 * <pre>{@code
 * topology.addSource(AutoOffsetReset.earliest(), "commands", new IssuedAtExtractor(), keys, commands, Topics.COMMANDS);
 * }</pre>
 */
public final class IssuedAtExtractor implements TimestampExtractor {
  /** An extractor. */
  public IssuedAtExtractor() {}

  @Override
  public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
    Object value = record.value();
    if (value instanceof PetitionCommand command) {
      return command.issuedAt().toEpochMilli();
    }
    return record.timestamp();
  }
}
