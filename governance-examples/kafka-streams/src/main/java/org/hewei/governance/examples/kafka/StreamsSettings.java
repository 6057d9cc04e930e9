package org.hewei.governance.examples.kafka;

import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.hewei.governance.core.internal.Checks;

/**
 * 流处理配置 — the {@link StreamsConfig} of the petition application, with {@code
 * processing.guarantee=exactly_once_v2}.
 *
 * <p><b>What exactly-once guarantees here.</b> Each stream task reads a batch of commands (and ticks),
 * runs {@code decide}/{@code evolve} and the daily duties, and writes: the state store's changelog
 * records (the new petition states), the events, the rejections, the round's escalation commands back
 * into the commands topic, the township reports, the duties store's next due instants, and the consumer
 * offsets of what it read. With {@code exactly_once_v2} all of these are written in one Kafka
 * transaction per commit (read-process-write is atomic): a consumer reading with {@code
 * isolation.level=read_committed} sees either all of a command's effects or none. After a crash or a
 * rebalance the task's new owner restores the store from the changelog up to the last committed
 * transaction and resumes from the committed offsets; the aborted transaction's output is never
 * visible. So no command is applied twice, no event is lost or duplicated, and an escalation round's
 * commands and its "done for today" marker are committed together (a round never runs twice). The pure
 * core makes the reprocessing give the same output as the aborted attempt.
 *
 * <p><b>What it needs of the brokers.</b> Brokers 2.5 or newer (transactions with the v2 protocol; any
 * Kafka 3.x/4.x broker); a replicated transaction log, by default {@code
 * transaction.state.log.replication.factor=3} and {@code transaction.state.log.min.isr=2}, so at least
 * three brokers (a single development broker must set both to 1); internal topics (changelogs) created
 * with {@link #replicationFactor} replicas; the ACLs for transactional producers when security is on.
 * Output becomes visible at each commit ({@code commit.interval.ms}, 100 ms by default under
 * exactly-once). Downstream consumers must read with {@code isolation.level=read_committed}.
 *
 * <pre>{@code
 * Properties p = StreamsSettings.exactlyOnce("hewei-petitions", "localhost:9092", 1);
 * p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG); // "exactly_once_v2"
 * }</pre>
 */
public final class StreamsSettings {
  /** The default replication factor of internal topics: three brokers, as exactly-once wants them. */
  public static final int DEFAULT_REPLICATION = 3;

  private StreamsSettings() {}

  /** {@link #exactlyOnce(String, String, int)} with {@link #DEFAULT_REPLICATION}. */
  public static Properties exactlyOnce(String applicationId, String bootstrapServers) {
    return exactlyOnce(applicationId, bootstrapServers, DEFAULT_REPLICATION);
  }

  /**
   * The settings of application {@code applicationId} on the cluster at {@code bootstrapServers}, with
   * internal topics replicated {@code replicationFactor} times.
   *
   * @throws org.hewei.governance.core.InvalidValueException if an id or the servers are blank or the
   *     factor is below 1
   */
  public static Properties exactlyOnce(String applicationId, String bootstrapServers, int replicationFactor) {
    Checks.check(!applicationId.isBlank(), "applicationId", applicationId, "must not be blank");
    Checks.check(!bootstrapServers.isBlank(), "bootstrapServers", bootstrapServers, "must not be blank");
    Checks.check(replicationFactor >= 1, "replicationFactor", replicationFactor, "must be at least 1");
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replicationFactor);
    // commands and ticks are read by one task: wait briefly for both before choosing by timestamp
    p.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, 100L);
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    // no global stores here; enabling it keeps one exception-handling rule for every thread (and Kafka quiet)
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    return p;
  }

  /** {@link #exactlyOnce(String, String, int)} as a validated {@link StreamsConfig}. */
  public static StreamsConfig config(String applicationId, String bootstrapServers, int replicationFactor) {
    return new StreamsConfig(exactlyOnce(applicationId, bootstrapServers, replicationFactor));
  }
}
