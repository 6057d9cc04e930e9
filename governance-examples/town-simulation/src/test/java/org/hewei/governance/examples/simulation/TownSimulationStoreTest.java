package org.hewei.governance.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.spi.AggregateType;
import org.hewei.governance.core.spi.RecordedEvent;
import org.hewei.governance.core.spi.StreamId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --store=h2:<file>}: the run is stored, and a second run on the same file continues after it. */
class TownSimulationStoreTest {
  @TempDir Path dir;

  @Test
  void aSecondRunOnTheSameFileContinuesWhereTheFirstStopped() {
    String store = "--store=h2:" + dir.resolve("town");

    SimulationResult first = TownSimulation.run(new String[] {"--days", "10", "--seed", "5", store});
    assertThat(first.exitCode()).as(first.stderr()).isZero();
    assertThat(first.stdout()).contains("2022-07-01..2022-07-10", "(new)");
    Resumed afterFirst = reopen(store).resume();
    assertThat(afterFirst.petitions()).isNotEmpty();
    assertThat(afterFirst.lastDay()).isPresent();
    assertThat(afterFirst.lastDay().get()).isBeforeOrEqualTo(java.time.LocalDate.of(2022, 7, 10));
    int firstPetitions = afterFirst.petitions().size();
    long firstEvents = afterFirst.petitions().stream().mapToLong(List::size).sum();

    SimulationResult second = TownSimulation.run(new String[] {"--days", "10", "--seed", "5", store});
    assertThat(second.exitCode()).as(second.stderr()).isZero();
    java.time.LocalDate resumeFrom = afterFirst.lastDay().get().plusDays(1);
    assertThat(second.stdout()).contains(resumeFrom + ".." + resumeFrom.plusDays(9),
        "continuing " + firstPetitions + " petitions after " + afterFirst.lastDay().get());

    SimulationStore reopened = reopen(store);
    Resumed afterSecond = reopened.resume();
    assertThat(afterSecond.petitions().size()).as("new petitions were received").isGreaterThan(firstPetitions);
    assertThat(afterSecond.petitions().stream().mapToLong(List::size).sum()).isGreaterThan(firstEvents);
    assertThat(afterSecond.lastDay().get()).isAfter(afterFirst.lastDay().get());
    // the first run's events are still there, in order, and every stream is gapless
    for (int i = 0; i < firstPetitions; i++) {
      assertThat(afterSecond.petitions().get(i)).startsWith(afterFirst.petitions().get(i).toArray(new org.hewei.governance.core.petition.PetitionEvent[0]));
    }
    for (StreamId s : reopened.store().streams(AggregateType.PETITION)) {
      List<RecordedEvent<DomainEvent>> events = reopened.store().load(s);
      assertThat(events.stream().map(RecordedEvent::version).collect(Collectors.toList()))
          .containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().collect(Collectors.toList()));
    }
    reopened.close();
  }

  @Test
  void aBadStoreIsAUsageError() {
    SimulationResult r = TownSimulation.run(new String[] {"--store=mysql:x"});
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("--store must be memory, h2:<file> or a jdbc: URL");
  }

  private static SimulationStore reopen(String option) {
    return SimulationStore.open(option.substring("--store=".length()));
  }
}
