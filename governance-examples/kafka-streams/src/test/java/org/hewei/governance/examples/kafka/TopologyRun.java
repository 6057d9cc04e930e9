package org.hewei.governance.examples.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.examples.simulation.EscalationRound;
import org.hewei.governance.examples.simulation.PetitionTraffic;
import org.hewei.governance.testkit.fixture.SampleTown;

/**
 * 拓扑试运行 — pipes a simulation's external petition commands through the topology in a {@link
 * TopologyTestDriver}, day by day, with clock ticks at the evening round (17:00, twice), at 17:30 and
 * at midnight of every simulated day, and collects everything the topology wrote.
 */
final class TopologyRun {
  /** Loop commands seen after each day's regular commands (before its evening tick), by day. */
  final Map<LocalDate, Integer> loopBeforeEvening = new LinkedHashMap<>();
  final List<PetitionEvent> events = new ArrayList<>();
  final List<RejectedCommand> rejections = new ArrayList<>();
  final List<PetitionCommand> loop = new ArrayList<>();
  final List<KeyValue<PetitionKey, PetitionCommand>> loopRecords = new ArrayList<>();
  final List<KeyValue<String, TownshipReport>> reports = new ArrayList<>();
  final Map<PetitionId, PetitionState> states = new LinkedHashMap<>();

  private TopologyRun() {}

  static TopologyRun of(SampleTown town, PetitionTraffic traffic, PetitionSerdes serdes, Path stateDir) {
    return of(town, traffic, serdes, stateDir, key -> true);
  }

  /** Like {@link #of(SampleTown, PetitionTraffic, PetitionSerdes, Path)}, piping only the commands whose key {@code owned} accepts: one partition's share. */
  static TopologyRun of(SampleTown town, PetitionTraffic traffic, PetitionSerdes serdes, Path stateDir,
      Predicate<PetitionKey> owned) {
    TopologyRun run = new TopologyRun();
    PetitionTopology topology = PetitionTopology.forTown(town, serdes);
    try (TopologyTestDriver driver = new TopologyTestDriver(topology.build(), settings(stateDir))) {
      TestInputTopic<PetitionKey, PetitionCommand> commands =
          driver.createInputTopic(Topics.COMMANDS, serdes.keys().serializer(), serdes.commands().serializer());
      TestInputTopic<byte[], byte[]> clock =
          driver.createInputTopic(Topics.CLOCK, new ByteArraySerializer(), new ByteArraySerializer());
      TestOutputTopic<PetitionKey, PetitionEvent> events =
          driver.createOutputTopic(Topics.EVENTS, serdes.keys().deserializer(), serdes.events().deserializer());
      TestOutputTopic<PetitionKey, RejectedCommand> rejections =
          driver.createOutputTopic(Topics.REJECTIONS, serdes.keys().deserializer(), serdes.rejections().deserializer());
      TestOutputTopic<PetitionKey, PetitionCommand> loop =
          driver.createOutputTopic(Topics.COMMANDS, serdes.keys().deserializer(), serdes.commands().deserializer());
      TestOutputTopic<String, TownshipReport> reports = driver.createOutputTopic(
          Topics.REPORTS, org.apache.kafka.common.serialization.Serdes.String().deserializer(),
          serdes.reports().deserializer());

      Map<PetitionId, PetitionKey> keys = new HashMap<>();
      byte[] tick = "tick".getBytes(StandardCharsets.UTF_8);
      LocalDate day = traffic.period().from();
      for (PetitionCommand c : traffic.externalCommands()) {
        LocalDate commandDay = c.issuedAt().atZone(EscalationRound.ZONE).toLocalDate();
        while (day.isBefore(commandDay)) {
          run.endOfDay(day, clock, tick, loop);
          day = day.plusDays(1);
        }
        if (c instanceof PetitionCommand.Receive r) {
          keys.put(r.petitionId(), PetitionKey.of(town.tree(), r.petition()));
        }
        PetitionKey key = keys.get(c.petitionId());
        if (key == null) {
          throw new IllegalStateException("a command before its petition's receipt: " + c.commandId());
        }
        if (owned.test(key)) {
          commands.pipeInput(key, c, c.issuedAt());
        }
      }
      while (!day.isAfter(traffic.lastDay())) {
        run.endOfDay(day, clock, tick, loop);
        day = day.plusDays(1);
      }
      run.events.addAll(events.readValuesToList());
      run.rejections.addAll(rejections.readValuesToList());
      run.reports.addAll(reports.readKeyValuesToList());
      for (KeyValue<PetitionKey, PetitionCommand> kv : loop.readKeyValuesToList()) {
        run.loopRecords.add(kv);
      }
      KeyValueStore<String, PetitionState> store = driver.getKeyValueStore(Topics.STATES_STORE);
      try (KeyValueIterator<String, PetitionState> it = store.all()) {
        while (it.hasNext()) {
          PetitionState s = it.next().value;
          run.states.put(s.petition().id(), s);
        }
      }
    }
    for (KeyValue<PetitionKey, PetitionCommand> kv : run.loopRecords) {
      run.loop.add(kv.value);
    }
    return run;
  }

  /** The application's exactly-once settings for a driver with its state in {@code stateDir}. */
  static Properties settings(Path stateDir) {
    Properties props = StreamsSettings.exactlyOnce("hewei-test", "localhost:9092", 1);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    // the driver's wall clock stands still: a task must not wait for its other (empty) input partition
    props.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, StreamsConfig.MAX_TASK_IDLE_MS_DISABLED);
    return props;
  }

  private void endOfDay(LocalDate day, TestInputTopic<byte[], byte[]> clock, byte[] tick,
      TestOutputTopic<PetitionKey, PetitionCommand> loop) {
    loopBeforeEvening.put(day, (int) loop.getQueueSize());
    clock.pipeInput(tick, tick, EscalationRound.evening(day));
    // more stream time on the same evening: the round must not run again
    clock.pipeInput(tick, tick, EscalationRound.evening(day));
    clock.pipeInput(tick, tick, EscalationRound.evening(day).plusSeconds(1800));
    Instant midnight = day.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(EscalationRound.ZONE).toInstant();
    clock.pipeInput(tick, tick, midnight);
  }
}
