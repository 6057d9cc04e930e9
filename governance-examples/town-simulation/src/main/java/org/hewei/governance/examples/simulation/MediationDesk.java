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
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.mediation.Agreement;
import org.hewei.governance.core.mediation.Dispute;
import org.hewei.governance.core.mediation.DisputeId;
import org.hewei.governance.core.mediation.DisputeSource;
import org.hewei.governance.core.mediation.DisputeType;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.MediationCommand;
import org.hewei.governance.core.mediation.MediationEvent;
import org.hewei.governance.core.mediation.MediationOutcome;
import org.hewei.governance.core.mediation.Mediator;
import org.hewei.governance.core.mediation.Party;
import org.hewei.governance.core.mediation.PartyRole;
import org.hewei.governance.core.mediation.RiskLevel;
import org.hewei.governance.core.mediation.Venue;
import org.hewei.governance.core.mediation.VenueKind;
import org.hewei.governance.core.organization.Official;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.GovernanceStore;
import org.hewei.governance.core.spi.StreamId;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.MediationLifecycle;
import org.hewei.governance.testkit.fixture.SampleTown;
import org.hewei.governance.testkit.store.InMemoryGovernanceStore;

/**
 * 调解工作台 — disputes found by grid screening (to the village 说事拉呱 room), police referrals (警调对接:
 * settled on the spot or mediated in the police-station room) and walk-ins at the town's 和为贵 centre,
 * each driven through {@link MediationLifecycle#decide}: mediator, consent of both parties (a few
 * refuse), sessions, outcome, an oral agreement for a settlement, closing. Accepted events go to the
 * store with the expected version; rejections are counted by rule code.
 *
 * <pre>{@code
 * MediationDesk desk = new MediationDesk(town, random, rejections);
 * desk.runDay(township, day, true);
 * }</pre>
 */
final class MediationDesk {
  private static final DisputeType[] TYPES = {
    DisputeType.NEIGHBOURHOOD, DisputeType.LAND_BOUNDARY, DisputeType.MARRIAGE_FAMILY, DisputeType.CONTRACT_DEBT,
    DisputeType.DAMAGE_COMPENSATION, DisputeType.LABOUR
  };

  private final MediationLifecycle lifecycle = MediationLifecycle.chinaMainland();
  private final GovernanceStore<MediationEvent> store = InMemoryGovernanceStore.create();
  private final SampleTown town;
  private final SplittableRandom random;
  private final Map<String, Long> rejections;
  private final Map<MediationCaseId, MediationCaseState> states = new LinkedHashMap<>();
  private final Map<MediationCaseId, Actor> actors = new LinkedHashMap<>();
  private final Map<JurisdictionId, Venue> villageRooms = new LinkedHashMap<>();
  private final Map<JurisdictionId, OfficialId> villageMediators = new LinkedHashMap<>();
  private final Map<JurisdictionId, Venue> policeRooms = new LinkedHashMap<>();
  private final Map<JurisdictionId, Venue> centres = new LinkedHashMap<>();
  private final Map<JurisdictionId, OfficialId> centreMediators = new LinkedHashMap<>();
  private long caseCounter;
  private long commandCounter;

  MediationDesk(SampleTown town, SplittableRandom random, Map<String, Long> rejections) {
    this.town = town;
    this.random = random;
    this.rejections = rejections;
    for (Venue v : town.venues()) {
      if (v.kind() == VenueKind.VILLAGE_MEDIATION_ROOM) {
        villageRooms.put(v.jurisdiction(), v);
      } else if (v.kind() == VenueKind.POLICE_STATION_ROOM) {
        policeRooms.put(v.jurisdiction(), v);
      } else if (v.kind() == VenueKind.TOWN_CENTRE) {
        centres.put(v.jurisdiction(), v);
      }
    }
    for (Official o : town.officials(Role.MEDIATOR)) {
      if (villageRooms.containsKey(o.jurisdiction())) {
        villageMediators.putIfAbsent(o.jurisdiction(), o.id());
      } else if (o.roles().contains(Role.GOVERNANCE_CENTRE_OFFICER)) {
        centreMediators.putIfAbsent(o.jurisdiction(), o.id());
      }
    }
  }

  List<MediationCaseState> states() {
    return new ArrayList<>(states.values());
  }

  /** New disputes in {@code t} on {@code day}, then a step for every open case. */
  void arrivals(Township t, LocalDate day) {
    Instant morning = Simulation.at(day, 9, 15);
    Jurisdiction village = t.villages.get(random.nextInt(t.villages.size()));
    int roll = random.nextInt(100);
    Venue room = villageRooms.get(village.id());
    OfficialId roomMediator = villageMediators.get(village.id());
    Venue policeRoom = policeRooms.get(t.township.id());
    Venue centre = centres.get(t.township.id());
    OfficialId centreMediator = centreMediators.get(t.township.id());
    if (roll < 45 && room != null && roomMediator != null) {
      open(t, village, DisputeSource.GRID_PATROL, room, Actor.official(roomMediator, Role.MEDIATOR), morning);
    } else if (roll < 70 && policeRoom != null) {
      OfficialId officer = t.postOfficer(t.district(village.id()));
      open(t, village, DisputeSource.POLICE_REFERRAL, policeRoom, Actor.official(officer, Role.POLICE_OFFICER), morning);
    } else if (roll < 80 && centre != null && centreMediator != null) {
      open(t, village, DisputeSource.WALK_IN, centre, Actor.official(centreMediator, Role.MEDIATOR), morning);
    }
  }

  private void open(Township t, Jurisdiction village, DisputeSource source, Venue venue, Actor actor, Instant at) {
    List<PersonId> residents = t.residents(village.id());
    if (residents.size() < 2) {
      return;
    }
    int a = random.nextInt(residents.size());
    int b = (a + 1 + random.nextInt(residents.size() - 1)) % residents.size();
    long n = ++caseCounter;
    MediationCaseId id = MediationCaseId.of(String.format("TJ-%06d", n));
    Dispute dispute = Dispute.builder()
        .id(DisputeId.of(String.format("JF-%06d", n)))
        .source(source)
        .type(TYPES[random.nextInt(TYPES.length)])
        .addParties(Party.person(residents.get(a), PartyRole.APPLICANT), Party.person(residents.get(b), PartyRole.RESPONDENT))
        .summary("A dispute between two households found by " + source.name().toLowerCase(java.util.Locale.ROOT))
        .arose(village.id())
        .foundAt(at)
        .foundBy(actor)
        .riskLevel(random.nextInt(10) == 0 ? RiskLevel.MEDIUM : RiskLevel.LOW)
        .build();
    actors.put(id, actor);
    submit(MediationCommand.Open.builder().commandId(nextId()).issuedAt(at).actor(actor).caseId(id).dispute(dispute)
        .venue(venue).build());
  }

  /** One working step for every case not closed. */
  void advance(LocalDate day) {
    Instant now = Simulation.at(day, 14, 0);
    for (MediationCaseState s : states()) {
      if (s.closedAt().isPresent() || !s.openedAt().isBefore(now)) {
        continue;
      }
      MediationCaseId id = s.id();
      Actor actor = actors.getOrDefault(id, Actor.system("simulation"));
      OfficialId official = actor.official().orElseThrow();
      Mediator mediator = Mediator.official(official);
      int roll = random.nextInt(100);
      if (s.refusals().size() > 0 || s.outcome().isPresent() && (s.agreement().isPresent()
          || s.outcome().get() != MediationOutcome.SETTLED || s.settledOnSite())) {
        if (roll < 70) {
          submit(MediationCommand.Close.builder().commandId(nextId()).issuedAt(now).actor(actor).caseId(id).build());
        }
        continue;
      }
      if (s.outcome().isPresent()) {
        submit(MediationCommand.RecordAgreement.builder().commandId(nextId()).issuedAt(now).actor(actor).caseId(id)
            .agreement(Agreement.oral("The parties settle as agreed in the session", day)).build());
        continue;
      }
      if (s.dispute().source() == DisputeSource.POLICE_REFERRAL && s.mediators().isEmpty() && roll < 30) {
        submit(MediationCommand.SettleOnSite.builder().commandId(nextId()).issuedAt(now).actor(actor).caseId(id)
            .agreement(Optional.empty()).build());
        continue;
      }
      if (s.mediators().isEmpty()) {
        submit(MediationCommand.AssignMediator.builder().commandId(nextId()).issuedAt(now).actor(actor).caseId(id)
            .mediator(mediator).build());
        continue;
      }
      if (!s.allPartiesConsented()) {
        for (Party p : s.dispute().parties()) {
          if (!s.consents().contains(p)) {
            if (random.nextInt(100) < 5) {
              submit(MediationCommand.RecordRefusal.builder().commandId(nextId()).issuedAt(now).actor(actor).caseId(id)
                  .party(p).reason("Prefers to go to court").build());
              break;
            }
            submit(MediationCommand.RecordConsent.builder().commandId(nextId()).issuedAt(now).actor(actor).caseId(id)
                .party(p).build());
          }
        }
        continue;
      }
      if (s.sessionsHeld() == 0 || roll < 30) {
        submit(MediationCommand.HoldSession.builder().commandId(nextId()).issuedAt(now).actor(actor).caseId(id)
            .heldOn(day).addAllPartiesPresent(s.dispute().parties()).addMediatorsPresent(mediator)
            .notes("Heard both sides").build());
        continue;
      }
      MediationOutcome outcome = roll < 88 ? MediationOutcome.SETTLED : MediationOutcome.FAILED;
      submit(MediationCommand.RecordOutcome.builder().commandId(nextId()).issuedAt(now).actor(actor).caseId(id)
          .outcome(outcome).otherRemediesExplained(true).build());
    }
  }

  private boolean submit(MediationCommand command) {
    MediationCaseId id = command.caseId();
    Optional<MediationCaseState> state = Optional.ofNullable(states.get(id));
    Decision<MediationEvent> decision = lifecycle.decide(state, command);
    if (!decision.isAccepted()) {
      decision.rejection().ifPresent(r -> rejections.merge(r.rule(), 1L, Long::sum));
      return false;
    }
    ExpectedVersion expected = state.map(s -> ExpectedVersion.exactly(s.version())).orElse(ExpectedVersion.noStream());
    store.append(StreamId.mediationCase(id), expected, decision.events());
    Optional<MediationCaseState> next = state;
    for (MediationEvent e : decision.events()) {
      next = Optional.of(lifecycle.evolve(next, e));
    }
    states.put(id, next.orElseThrow());
    return true;
  }

  private CommandId nextId() {
    return CommandId.of(String.format("med-%07d", ++commandCounter));
  }
}
