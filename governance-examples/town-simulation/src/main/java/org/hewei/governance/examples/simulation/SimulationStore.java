package org.hewei.governance.examples.simulation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.spi.AggregateType;
import org.hewei.governance.core.spi.RecordedEvent;
import org.hewei.governance.core.spi.StreamId;
import org.hewei.governance.examples.jdbc.JdbcGovernanceStore;
import org.hewei.governance.examples.jdbc.ReusingDataSource;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;

/**
 * 模拟存储 — opens the store named by {@code --store}: {@code h2:<file>} is an embedded H2 database in
 * that file ({@code .mv.db} appended by H2), anything starting with {@code jdbc:} a database at that URL
 * (credentials in the URL, e.g. {@code ?user=…&password=…} for PostgreSQL). It reads what an earlier run
 * stored, to continue after it.
 *
 * <pre>{@code
 * SimulationStore s = SimulationStore.open("h2:./town");
 * Resumed r = s.resume();  // the petitions and last day of the earlier run, or none
 * }</pre>
 */
final class SimulationStore {
  private final JdbcGovernanceStore store;
  private final ReusingDataSource dataSource;

  private SimulationStore(JdbcGovernanceStore store, ReusingDataSource dataSource) {
    this.store = store;
    this.dataSource = dataSource;
  }

  /** Opens (and migrates) the JDBC store {@code spec} ({@code h2:<file>} or a JDBC URL). */
  static SimulationStore open(String spec) {
    String url = spec.startsWith("h2:")
        ? "jdbc:h2:file:" + Path.of(spec.substring(3)).toAbsolutePath() + ";DB_CLOSE_DELAY=-1"
        : spec;
    ReusingDataSource ds = ReusingDataSource.of(url, spec.startsWith("h2:") ? "sa" : "", "", 2);
    return new SimulationStore(JdbcGovernanceStore.create(ds), ds);
  }

  JdbcGovernanceStore store() {
    return store;
  }

  /** The petitions stored so far and the day of the latest stored event. */
  Resumed resume() {
    List<List<PetitionEvent>> petitions = new ArrayList<>();
    Optional<LocalDate> last = Optional.empty();
    for (StreamId s : store.streams(AggregateType.PETITION)) {
      List<PetitionEvent> events = new ArrayList<>();
      for (RecordedEvent<DomainEvent> r : store.load(s)) {
        PetitionEvent e = (PetitionEvent) r.event();
        events.add(e);
        LocalDate day = e.occurredAt().atZone(WorkingDayCalendar.CHINA_STANDARD_TIME).toLocalDate();
        if (last.isEmpty() || day.isAfter(last.get())) {
          last = Optional.of(day);
        }
      }
      petitions.add(List.copyOf(events));
    }
    return new Resumed(List.copyOf(petitions), last);
  }

  /** Closes the kept connections (the H2 file database closes with the last one). */
  void close() {
    dataSource.closeIdle();
  }
}
