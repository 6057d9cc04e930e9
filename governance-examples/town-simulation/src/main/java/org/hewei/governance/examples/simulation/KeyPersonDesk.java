package org.hewei.governance.examples.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonEvent;
import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.keyperson.RecordVisit;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.GovernanceStore;
import org.hewei.governance.core.spi.StreamId;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.KeyPersonLifecycle;
import org.hewei.governance.testkit.store.InMemoryGovernanceStore;

/**
 * 重点人员走访 — the responsible officials visit the listed key persons when a visit falls due
 * ({@link KeyPersonLifecycle#nextVisitDue}), most of them on time, a few late. The sample town's records
 * are the imported starting ledger (their listing events are not replayed); the visits of the run are
 * decided by {@link KeyPersonLifecycle} and appended to each record's stream with its expected version.
 *
 * <pre>{@code
 * KeyPersonDesk desk = new KeyPersonDesk(town.catalogue(), town.keyPersonRecords(), random, rejections);
 * desk.visit(day);
 * }</pre>
 */
final class KeyPersonDesk {
  private final KeyPersonCatalogue catalogue;
  private final KeyPersonLifecycle lifecycle;
  private final GovernanceStore<KeyPersonEvent> store = InMemoryGovernanceStore.create();
  private final SplittableRandom random;
  private final Map<String, Long> rejections;
  private final Map<KeyPersonRecordId, KeyPersonRecordState> states = new LinkedHashMap<>();
  private final Map<KeyPersonRecordId, Long> appended = new LinkedHashMap<>();
  private long commandCounter;
  private long visits;

  KeyPersonDesk(KeyPersonCatalogue catalogue, List<KeyPersonRecordState> records, SplittableRandom random,
      Map<String, Long> rejections) {
    this.catalogue = catalogue;
    this.lifecycle = KeyPersonLifecycle.of(catalogue);
    this.random = random;
    this.rejections = rejections;
    for (KeyPersonRecordState s : records) {
      states.put(s.id(), s);
    }
  }

  List<KeyPersonRecordState> states() {
    return new ArrayList<>(states.values());
  }

  long visits() {
    return visits;
  }

  /** Visits every record due within two days, with a probability of 70% a day. */
  void visit(LocalDate day) {
    Instant evening = Simulation.at(day, 16, 30);
    for (KeyPersonRecordState s : states()) {
      if (s.delistedOn().isPresent()) {
        continue;
      }
      Optional<LocalDate> due = KeyPersonLifecycle.nextVisitDue(s, catalogue);
      if (due.isEmpty() || due.get().isAfter(day.plusDays(2)) || random.nextInt(100) >= 70) {
        continue;
      }
      RecordVisit command = RecordVisit.builder()
          .recordId(s.id())
          .commandId(CommandId.of(String.format("kp-%07d", ++commandCounter)))
          .issuedAt(evening)
          .actor(Actor.official(s.responsibleOfficial(), Role.GOVERNANCE_CENTRE_OFFICER))
          .visitor(s.responsibleOfficial())
          .visitedOn(day)
          .findings("Visited at home; circumstances stable")
          .build();
      Decision<KeyPersonEvent> decision = lifecycle.decide(Optional.of(s), command);
      if (!decision.isAccepted()) {
        decision.rejection().ifPresent(r -> rejections.merge(r.rule(), 1L, Long::sum));
        continue;
      }
      long before = appended.getOrDefault(s.id(), 0L);
      store.append(StreamId.keyPersonRecord(s.id()),
          before == 0 ? ExpectedVersion.noStream() : ExpectedVersion.exactly(before), decision.events());
      appended.put(s.id(), before + decision.events().size());
      KeyPersonRecordState next = s;
      for (KeyPersonEvent e : decision.events()) {
        next = lifecycle.evolve(Optional.of(next), e);
      }
      states.put(s.id(), next);
      visits++;
    }
  }
}
