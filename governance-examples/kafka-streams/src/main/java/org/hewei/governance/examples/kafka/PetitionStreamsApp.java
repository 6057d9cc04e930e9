package org.hewei.governance.examples.kafka;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.hewei.governance.testkit.fixture.SampleTown;

/**
 * 信访流处理应用 — starts the {@link PetitionTopology} of the sample county (邹城市, 5 townships) against a
 * Kafka cluster, with exactly-once processing ({@link StreamsSettings}), and runs until stopped
 * (Ctrl-C closes it cleanly). Start as many instances as you like with the same application id:
 * Kafka Streams spreads the partitions (and so the counties) over them.
 *
 * <p>Usage: {@code PetitionStreamsApp <bootstrap-servers> [application-id] [replication-factor]}
 * (defaults {@code hewei-petitions} and 3). The topics of {@link Topics#all()} must exist with the
 * same partition count; commands must be keyed {@code <county>/<petition>} and partitioned by {@link
 * CountyPartitioner}, their values in the JSON form of {@link PetitionSerdes#json()}.
 *
 * <pre>{@code
 * // a single development broker (transaction log replication 1):
 * java -cp ... org.hewei.governance.examples.kafka.PetitionStreamsApp localhost:9092 hewei-petitions 1
 * }</pre>
 */
public final class PetitionStreamsApp {
  /** The usage text. */
  public static final String USAGE =
      "usage: PetitionStreamsApp <bootstrap-servers> [application-id (hewei-petitions)] [replication-factor (3)]";

  /** The seed of the sample county whose jurisdiction tree and officials the example serves. */
  public static final long SEED = 42L;

  private PetitionStreamsApp() {}

  /** Starts the application and blocks until the JVM is asked to stop; exit code 2 on a usage error. */
  public static void main(String[] args) throws InterruptedException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Properties settings;
    try {
      settings = settings(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      System.exit(2);
      return;
    }
    Topology topology = PetitionTopology.forTown(SampleTown.county(SEED, 5), PetitionSerdes.json()).build();
    KafkaStreams streams = new KafkaStreams(topology, settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      streams.close();
      stopped.countDown();
    }, "hewei-shutdown"));
    streams.start();
    stopped.await();
  }

  /**
   * The exactly-once settings for {@code args}.
   *
   * @throws IllegalArgumentException if there is no bootstrap server, too many arguments, or the
   *     replication factor is not a positive number
   */
  public static Properties settings(String[] args) {
    if (args.length < 1 || args.length > 3 || args[0].isBlank()) {
      throw new IllegalArgumentException("expected 1 to 3 arguments, got " + args.length);
    }
    String applicationId = args.length > 1 ? args[1] : "hewei-petitions";
    int replication = StreamsSettings.DEFAULT_REPLICATION;
    if (args.length > 2) {
      try {
        replication = Integer.parseInt(args[2]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("replication-factor must be a number", e);
      }
      if (replication < 1) {
        throw new IllegalArgumentException("replication-factor must be at least 1");
      }
    }
    if (applicationId.isBlank()) {
      throw new IllegalArgumentException("application-id must not be blank");
    }
    return StreamsSettings.exactlyOnce(applicationId, args[0], replication);
  }
}
