package org.hewei.governance.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.examples.simulation.EscalationRound;
import org.hewei.governance.examples.simulation.PetitionTraffic;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.hewei.governance.rules.lifecycle.Rejection;
import org.hewei.governance.rules.report.Ledger;
import org.hewei.governance.rules.report.LedgerInput;
import org.hewei.governance.rules.schedule.DateRange;
import org.hewei.governance.rules.schedule.JointVisitSchedule;
import org.hewei.governance.testkit.fixture.SampleTown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PetitionTopologyTest {
  private static final long SEED = 7L;
  private static final SampleTown COUNTY = SampleTown.county(SEED, 5);

  @TempDir Path dir;

  /** The JSON form: every command, event and state crosses a topic or the store as versioned JSON. */
  private static PetitionSerdes serdes() {
    return PetitionSerdes.json();
  }

  @Test
  void aDayOfTheCountyGivesTheStatesEventsAndRejectionsOfTheInMemoryRun() {
    PetitionTraffic traffic = PetitionTraffic.run(COUNTY, SEED, 1);
    TopologyRun run = TopologyRun.of(COUNTY, traffic, serdes(), dir.resolve("a"));

    assertThat(traffic.states()).isNotEmpty();
    assertThat(run.states).isEqualTo(traffic.states());
    assertThat(run.events).isEqualTo(traffic.events());
    assertThat(run.rejections).isEqualTo(rejections(traffic));
    assertThat(run.loop).isEqualTo(escalationCommands(traffic));
  }

  @Test
  void aDayOfTheCountyIsReportedPerTownshipWithTheLedgerOfTheInMemoryStates() {
    PetitionTraffic traffic = PetitionTraffic.run(COUNTY, SEED, 1);
    TopologyRun run = TopologyRun.of(COUNTY, traffic, serdes(), dir);
    LocalDate day = traffic.period().from();
    Ledger ledger = Ledger.of(COUNTY.tree(), COUNTY.catalogue(),
        JointVisitSchedule.seedDefaults(WorkingDayCalendar.chinaMainland())).withZone(EscalationRound.ZONE);

    Set<String> townships = new TreeSet<>();
    for (PetitionState s : traffic.states().values()) {
      for (Jurisdiction t : COUNTY.townships()) {
        if (COUNTY.tree().contains(t.id(), s.petition().arisenIn())) {
          townships.add(t.id().value());
        }
      }
    }
    assertThat(run.reports).extracting(kv -> kv.value.township()).containsExactlyElementsOf(townships);
    for (var kv : run.reports) {
      JurisdictionId township = JurisdictionId.of(kv.value.township());
      TownshipReport expected = TownshipReport.of(ledger.report(
          township, DateRange.of(day, day), day, LedgerInput.builder().petitions(traffic.states().values()).build()));
      assertThat(kv.value).isEqualTo(expected);
      assertThat(kv.key).isEqualTo(PetitionKey.county(COUNTY.tree(), township) + "/" + township.value() + "/" + day);
      assertThat(PetitionKey.county(COUNTY.tree(), township)).startsWith(SampleTown.ZOUCHENG);
    }
    assertThat(run.reports.stream().mapToLong(kv -> kv.value.received()).sum()).isEqualTo(traffic.states().size());
  }

  @Test
  void aMonthEscalatesThroughTheLoopOnlyWhenStreamTimeReachesTheEvening() {
    PetitionTraffic traffic = PetitionTraffic.run(COUNTY, SEED, 30);
    TopologyRun run = TopologyRun.of(COUNTY, traffic, serdes(), dir);

    List<PetitionCommand> expected = escalationCommands(traffic);
    assertThat(expected).isNotEmpty();
    assertThat(run.loop).isEqualTo(expected);
    assertThat(run.states).isEqualTo(traffic.states());
    assertThat(run.events).isEqualTo(traffic.events());
    assertThat(run.rejections).isEqualTo(rejections(traffic));
    // before a day's evening tick, only the rounds of earlier days have issued commands
    for (var e : run.loopBeforeEvening.entrySet()) {
      LocalDate day = e.getKey();
      long earlier = expected.stream()
          .filter(c -> c.issuedAt().isBefore(EscalationRound.evening(day)))
          .count();
      assertThat(e.getValue()).as("loop commands before the evening of %s", day).isEqualTo((int) earlier);
    }
    for (var kv : run.loopRecords) {
      assertThat(kv.value.commandId().value()).startsWith("esc-");
      assertThat(kv.key).isEqualTo(PetitionKey.of(COUNTY.tree(), Objects.requireNonNull(traffic.states().get(kv.value.petitionId())).petition()));
    }
  }

  @Test
  void replayingTheSameInputGivesTheSameOutput() {
    PetitionTraffic traffic = PetitionTraffic.run(COUNTY, SEED, 10);
    TopologyRun first = TopologyRun.of(COUNTY, traffic, serdes(), dir.resolve("first"));
    TopologyRun second = TopologyRun.of(COUNTY, traffic, serdes(), dir.resolve("second"));

    assertThat(second.events).isEqualTo(first.events);
    assertThat(second.rejections).isEqualTo(first.rejections);
    assertThat(second.loopRecords).isEqualTo(first.loopRecords);
    assertThat(second.reports).isEqualTo(first.reports);
    assertThat(second.states).isEqualTo(first.states);
  }

  @Test
  void onePartitionPerCountyGivesTheSameStatesAsOneRunOverThePrefecture() {
    SampleTown prefecture = SampleTown.prefecture(SEED, 2);
    PetitionTraffic traffic = PetitionTraffic.run(prefecture, SEED, 1);
    int partitions = 4;
    Map<PetitionId, PetitionState> union = new LinkedHashMap<>();
    List<PetitionEvent> events = new ArrayList<>();
    Set<Integer> used = new TreeSet<>();
    for (int p = 0; p < partitions; p++) {
      int partition = p;
      TopologyRun task = TopologyRun.of(prefecture, traffic, serdes(), dir.resolve("p" + p),
          key -> CountyPartitioner.partition(key.county(), partitions) == partition);
      for (PetitionState s : task.states.values()) {
        String county = PetitionKey.county(prefecture.tree(), s.petition().arisenIn());
        assertThat(CountyPartitioner.partition(county, partitions)).isEqualTo(partition);
        used.add(partition);
      }
      assertThat(task.reports).allSatisfy(
          kv -> assertThat(CountyPartitioner.partition(kv.key.substring(0, kv.key.indexOf('/')), partitions))
              .isEqualTo(partition));
      union.putAll(task.states);
      events.addAll(task.events);
    }
    assertThat(used).as("partitions owning a county").hasSize(2);
    assertThat(union).isEqualTo(traffic.states());
    assertThat(events).containsExactlyInAnyOrderElementsOf(traffic.events());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 2L, 3L, 4L, 5L})
  void everySeedGivesTheInMemoryRunsStates(long seed) {
    SampleTown town = SampleTown.town(seed);
    PetitionTraffic traffic = PetitionTraffic.run(town, seed, 3);
    TopologyRun run = TopologyRun.of(town, traffic, serdes(), dir);

    assertThat(run.states).isEqualTo(traffic.states());
    assertThat(run.events).isEqualTo(traffic.events());
    assertThat(run.rejections).isEqualTo(rejections(traffic));
    assertThat(run.loop).isEqualTo(escalationCommands(traffic));
  }

  @Test
  void aCommandKeyedWithAnotherCountyIsRefusedAndChangesNothing() {
    PetitionTraffic traffic = PetitionTraffic.run(COUNTY, SEED, 1);
    PetitionCommand receive = traffic.externalCommands().get(0);
    assertThat(receive).isInstanceOf(PetitionCommand.Receive.class);
    PetitionSerdes serdes = serdes();
    try (TopologyTestDriver driver =
        new TopologyTestDriver(PetitionTopology.forTown(COUNTY, serdes).build(), TopologyRun.settings(dir))) {
      driver.createInputTopic(Topics.COMMANDS, serdes.keys().serializer(), serdes.commands().serializer())
          .pipeInput(PetitionKey.of("370881000000", receive.petitionId()), receive, receive.issuedAt());

      List<RejectedCommand> rejected = driver.createOutputTopic(
          Topics.REJECTIONS, serdes.keys().deserializer(), serdes.rejections().deserializer()).readValuesToList();
      assertThat(rejected).extracting(RejectedCommand::rule, RejectedCommand::command, RejectedCommand::commandId)
          .containsExactly(tuple(DecideProcessor.WRONG_COUNTY, "Receive", receive.commandId().value()));
      assertThat(driver.createOutputTopic(Topics.EVENTS, serdes.keys().deserializer(), serdes.events().deserializer())
          .isEmpty()).isTrue();
      KeyValueStore<String, PetitionState> store = driver.getKeyValueStore(Topics.STATES_STORE);
      assertThat(store.get(receive.petitionId().value())).isNull();
    }
  }

  static List<RejectedCommand> rejections(PetitionTraffic traffic) {
    List<RejectedCommand> result = new ArrayList<>();
    for (PetitionTraffic.Submission s : traffic.submissions()) {
      Rejection r = s.decision().rejection().orElse(null);
      if (r != null) {
        result.add(RejectedCommand.of(s.command(), r));
      }
    }
    return result;
  }

  static List<PetitionCommand> escalationCommands(PetitionTraffic traffic) {
    List<PetitionCommand> result = new ArrayList<>();
    for (PetitionTraffic.Submission s : traffic.submissions()) {
      if (s.escalation()) {
        result.add(s.command());
      }
    }
    return result;
  }
}
