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
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.outreach.Errand;
import org.hewei.governance.core.outreach.ErrandCategory;
import org.hewei.governance.core.outreach.ErrandCommand;
import org.hewei.governance.core.outreach.ErrandEvent;
import org.hewei.governance.core.outreach.ErrandId;
import org.hewei.governance.core.outreach.ErrandState;
import org.hewei.governance.core.outreach.ErrandStatus;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.spi.AggregateType;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.GovernanceStore;
import org.hewei.governance.core.spi.StreamId;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.ErrandLifecycle;
import org.hewei.governance.testkit.store.InMemoryGovernanceStore;

/**
 * 民生代办 — residents ask the village cadre to run an errand for them (certificates, subsidies, ...);
 * the cadre accepts it as handler and completes it within a few working days, a few are declined;
 * every command goes through {@link ErrandLifecycle#decide} and into the store with its expected version.
 *
 * <pre>{@code
 * ErrandDesk desk = new ErrandDesk(random, rejections);
 * desk.requests(township, day);
 * desk.advance(day);
 * }</pre>
 */
final class ErrandDesk {
  private final ErrandLifecycle lifecycle = ErrandLifecycle.create();
  private final GovernanceStore<ErrandEvent> store = InMemoryGovernanceStore.create();
  private final List<ErrandCategory> categories = ErrandCategory.defaults();
  private final SplittableRandom random;
  private final Map<String, Long> rejections;
  private final Map<ErrandId, ErrandState> states = new LinkedHashMap<>();
  private final Map<ErrandId, OfficialId> cadres = new LinkedHashMap<>();
  private long errandCounter;
  private long commandCounter;

  ErrandDesk(SplittableRandom random, Map<String, Long> rejections) {
    this.random = random;
    this.rejections = rejections;
  }

  List<ErrandState> states() {
    return new ArrayList<>(states.values());
  }

  /** Up to two new errands in {@code t} on a working day. */
  void requests(Township t, LocalDate day) {
    int n = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      Jurisdiction village = t.villages.get(random.nextInt(t.villages.size()));
      List<PersonId> residents = t.residents(village.id());
      OfficialId cadre = t.cadre(village.id());
      Instant at = Simulation.at(day, 11, i);
      ErrandId id = ErrandId.of(String.format("DB-%06d", ++errandCounter));
      Errand errand = Errand.builder().id(id).resident(residents.get(random.nextInt(residents.size())))
          .category(categories.get(random.nextInt(categories.size()))).jurisdiction(village.id()).requestedAt(at)
          .receivedBy(cadre).build();
      cadres.put(id, cadre);
      submit(ErrandCommand.Request.builder().errandId(id).commandId(nextId()).issuedAt(at)
          .actor(Actor.official(cadre, Role.VILLAGE_CADRE)).errand(errand).build());
    }
  }

  /** Accepts requested errands and completes accepted ones (most within three working days). */
  void advance(LocalDate day) {
    Instant now = Simulation.at(day, 15, 0);
    for (ErrandState s : states()) {
      OfficialId cadre = cadres.get(s.id());
      if (cadre == null || !s.errand().requestedAt().isBefore(now)) {
        continue;
      }
      Actor actor = Actor.official(cadre, Role.VILLAGE_CADRE);
      int roll = random.nextInt(100);
      if (s.status() == ErrandStatus.REQUESTED) {
        if (roll < 3) {
          submit(ErrandCommand.Decline.builder().errandId(s.id()).commandId(nextId()).issuedAt(now).actor(actor)
              .reason("Needs the resident's own application at the county office").build());
        } else {
          submit(ErrandCommand.Accept.builder().errandId(s.id()).commandId(nextId()).issuedAt(now).actor(actor)
              .handler(cadre).build());
        }
      } else if (s.status() == ErrandStatus.ACCEPTED && roll < 45) {
        submit(ErrandCommand.Complete.builder().errandId(s.id()).commandId(nextId()).issuedAt(now).actor(actor).build());
      }
    }
  }

  private void submit(ErrandCommand command) {
    ErrandId id = command.errandId();
    Optional<ErrandState> state = Optional.ofNullable(states.get(id));
    Decision<ErrandEvent> decision = lifecycle.decide(state, command);
    if (!decision.isAccepted()) {
      decision.rejection().ifPresent(r -> rejections.merge(r.rule(), 1L, Long::sum));
      return;
    }
    ExpectedVersion expected = state.map(s -> ExpectedVersion.exactly(s.version())).orElse(ExpectedVersion.noStream());
    store.append(StreamId.of(AggregateType.ERRAND, id.value()), expected, decision.events());
    Optional<ErrandState> next = state;
    for (ErrandEvent e : decision.events()) {
      next = Optional.of(lifecycle.evolve(next, e));
    }
    states.put(id, next.orElseThrow());
  }

  private CommandId nextId() {
    return CommandId.of(String.format("db-%07d", ++commandCounter));
  }
}
