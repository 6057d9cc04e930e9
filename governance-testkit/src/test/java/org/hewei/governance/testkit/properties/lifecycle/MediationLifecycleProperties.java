package org.hewei.governance.testkit.properties.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.mediation.Agreement;
import org.hewei.governance.core.mediation.Dispute;
import org.hewei.governance.core.mediation.JudicialConfirmationStatus;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.MediationCommand;
import org.hewei.governance.core.mediation.MediationEvent;
import org.hewei.governance.core.mediation.MediationOutcome;
import org.hewei.governance.core.mediation.MediationStatus;
import org.hewei.governance.core.mediation.Mediator;
import org.hewei.governance.core.mediation.Party;
import org.hewei.governance.core.mediation.PartyRole;
import org.hewei.governance.core.mediation.Venue;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.MediationLifecycle;
import org.hewei.governance.testkit.generate.Cases;
import org.hewei.governance.testkit.generate.EventGen;
import org.hewei.governance.testkit.generate.Gen;
import org.hewei.governance.testkit.generate.JurisdictionGen;
import org.hewei.governance.testkit.generate.MediationGen;
import org.hewei.governance.testkit.generate.PetitionGen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random command sequences against {@link MediationLifecycle}: each seed opens a case for a generated
 * dispute (any source, 2 to 100 parties) and issues 60 commands chosen with the current state in view —
 * mostly plausible, some wrong (foreign parties, unassigned mediators, dates out of order, late or
 * non-joint applications, the wrong petition, actors without the role).
 */
class MediationLifecycleProperties {
  private static final int N = 300;
  private static final int STEPS = 60;
  private static final MediationLifecycle LIFECYCLE = MediationLifecycle.chinaMainland();
  private static final MediationCaseId CASE = MediationCaseId.of("ZXD-TJ-P-1");

  /** One seed's random world: a tree for the dispute and venues. */
  record World(Dispute dispute, Venue venue, Venue room, List<Mediator> mediators, LocalDate opening) {}

  static Stream<Arguments> worlds() {
    return Cases.of(JurisdictionGen.trees().flatMap(MediationLifecycleProperties::world), N);
  }

  private static Gen<World> world(JurisdictionTree tree) {
    return random ->
        new World(
            MediationGen.disputes(tree).generate(random),
            MediationGen.venues(tree).generate(random),
            MediationGen.venues(tree).generate(random),
            MediationGen.mediators().list(3, 3).generate(random),
            Gen.dates(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)).generate(random));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("worlds")
  void replayEqualsIncrementalStateAndRejectionsProduceNothing(long seed, World world) {
    run(seed, world, new HashSet<>());
  }

  /**
   * The sequences reach every end of a mediation and hit the rules that matter: without this the
   * property above could pass on sequences that are all rejected.
   */
  @org.junit.jupiter.api.Test
  void sequencesExerciseTheRules() {
    Set<String> seen = new HashSet<>();
    worlds().forEach(a -> run((Long) a.get()[0], (World) a.get()[1], seen));
    assertThat(seen).contains(
        "status:IN_PROGRESS", "status:SETTLED", "status:FAILED", "status:WITHDRAWN", "status:REFUSED",
        "status:RETURNED_TO_PETITION", "status:CLOSED", "jc:APPLIED", "jc:NOT_CONFIRMED", "settledOnSite",
        "transferred", "mediation.refused", "mediation.session.consent-missing",
        "mediation.confirmation.window", "mediation.confirmation.joint", "mediation.actor.role",
        "mediation.outcome.remedies-not-explained", "mediation.party.unknown",
        "mediation.session.mediator-not-assigned", "mediation.case.already-opened");
  }

  private static void run(long seed, World world, Set<String> seen) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    Script script = new Script(world, random);
    Optional<MediationCaseState> state = Optional.empty();
    List<MediationEvent> stream = new ArrayList<>();
    int accepted = 0;
    for (int i = 0; i < STEPS; i++) {
      MediationCommand command = script.next(state);
      Decision<MediationEvent> decision = LIFECYCLE.decide(state, command);
      assertThat(LIFECYCLE.decide(state, command).events()).as("deterministic").isEqualTo(decision.events());
      if (!decision.isAccepted()) {
        assertThat(decision.events()).as("a rejected command produces no event").isEmpty();
        assertThat(decision.rejection().orElseThrow().commandId()).isEqualTo(command.commandId());
        seen.add(decision.rejection().orElseThrow().rule());
        continue;
      }
      accepted++;
      long before = state.map(MediationCaseState::version).orElse(0L);
      for (MediationEvent e : decision.events()) {
        state = Optional.of(LIFECYCLE.evolve(state, e));
        stream.add(e);
      }
      assertThat(state.orElseThrow().version())
          .as("version grows by the number of events")
          .isEqualTo(before + decision.events().size());
      assertThat(LIFECYCLE.fold(stream)).as("replay from events equals the incremental state").isEqualTo(state);
      MediationCaseState now = state.orElseThrow();
      seen.add("status:" + now.status());
      seen.add("jc:" + now.judicialConfirmation());
      if (now.settledOnSite()) {
        seen.add("settledOnSite");
      }
      if (now.transferredToMediationRoom()) {
        seen.add("transferred");
      }
      if (state.orElseThrow().judicialConfirmation() != JudicialConfirmationStatus.NOT_APPLIED) {
        MediationCaseState s = state.orElseThrow();
        assertThat(s.judicialConfirmationAppliedOn().orElseThrow())
            .as("人民调解法 Art 33: applied within the window")
            .isBetween(
                s.agreement().orElseThrow().effectiveOn(),
                LIFECYCLE.judicialConfirmationDeadline(s.agreement().orElseThrow()).dueDate());
      }
      if (!state.orElseThrow().refusals().isEmpty()) {
        assertThat(state.orElseThrow().sessionsHeld())
            .as("人民调解法 Art 17: no session after a refusal")
            .isEqualTo(sessionsBeforeRefusal(stream));
      }
    }
    assertThat(accepted).as("the opening is accepted").isGreaterThanOrEqualTo(1);
    assertThat(LIFECYCLE.fold(stream)).isEqualTo(state);
    assertThat(state.orElseThrow().version()).isEqualTo(stream.size());
  }

  private static long sessionsBeforeRefusal(List<MediationEvent> stream) {
    long sessions = 0;
    for (MediationEvent e : stream) {
      if (e instanceof MediationEvent.RefusalRecorded) {
        return sessions;
      }
      if (e instanceof MediationEvent.SessionHeld) {
        sessions++;
      }
    }
    return sessions;
  }

  /** Chooses the next command with the current state in view; the clock only moves forward. */
  private static final class Script {
    private final World world;
    private final SplittableRandom random;
    private LocalDate today;
    private int count;

    Script(World world, SplittableRandom random) {
      this.world = world;
      this.random = random;
      this.today = world.opening();
    }

    MediationCommand next(Optional<MediationCaseState> state) {
      if (random.nextInt(3) == 0) {
        today = today.plusDays(random.nextInt(8));
      }
      CommandId id = CommandId.of("cmd-" + ++count);
      Instant at = EventGen.instantsOn(today).generate(random);
      Actor actor = actor(state);
      if (state.isEmpty() || random.nextInt(40) == 0) {
        return MediationCommand.Open.builder().commandId(id).issuedAt(at).actor(actor).caseId(CASE)
            .dispute(world.dispute()).venue(world.venue()).build();
      }
      MediationCaseState s = state.get();
      MediationCaseId caseId = random.nextInt(50) == 0 ? MediationCaseId.of("OTHER-1") : CASE;
      int pick = pick(s);
      return switch (pick) {
        case 0 -> MediationCommand.AssignMediator.builder().commandId(id).issuedAt(at).actor(actor).caseId(caseId)
              .mediator(pickOf(world.mediators())).build();
        case 1 -> MediationCommand.RecordConsent.builder().commandId(id).issuedAt(at).actor(actor).caseId(caseId)
              .party(party(s)).build();
        case 2 -> MediationCommand.RecordRefusal.builder().commandId(id).issuedAt(at).actor(actor).caseId(caseId)
              .party(party(s)).reason("不同意调解").build();
        case 3 -> MediationCommand.HoldSession.builder().commandId(id).issuedAt(at).actor(actor).caseId(caseId)
              .heldOn(today.minusDays(random.nextInt(10) == 0 ? 3 : 0))
              .addPartiesPresent(party(s))
              .addMediatorsPresent(s.mediators().isEmpty() || random.nextInt(8) == 0
                  ? pickOf(world.mediators()) : pickOf(s.mediators()))
              .notes("双方陈述").build();
        case 4 -> MediationCommand.RecordOutcome.builder().commandId(id).issuedAt(at).actor(actor).caseId(caseId)
              .outcome(pickOf(List.of(MediationOutcome.values())))
              .otherRemediesExplained(random.nextInt(4) != 0).build();
        case 5 -> MediationCommand.RecordAgreement.builder().commandId(id).issuedAt(at).actor(actor).caseId(caseId)
              .agreement(agreement()).build();
        case 6 -> MediationCommand.ApplyForJudicialConfirmation.builder().commandId(id).issuedAt(at).actor(actor)
              .caseId(caseId).appliedOn(applicationDay(s)).applicants(applicants(s)).court("邹城市人民法院").build();
        case 7 -> MediationCommand.RecordJudicialConfirmation.builder().commandId(id).issuedAt(at).actor(actor)
              .caseId(caseId)
              .decision(pickOf(List.of(JudicialConfirmationStatus.CONFIRMED, JudicialConfirmationStatus.NOT_CONFIRMED,
                  JudicialConfirmationStatus.NOT_ACCEPTED, JudicialConfirmationStatus.WITHDRAWN)))
              .decidedOn(today.minusDays(random.nextInt(3))).build();
        case 8 -> MediationCommand.SettleOnSite.builder().commandId(id).issuedAt(at).actor(actor).caseId(caseId)
              .agreement(random.nextBoolean() ? Optional.of(Agreement.oral("当场道歉", today)) : Optional.empty())
              .build();
        case 9 -> MediationCommand.TransferToMediationRoom.builder().commandId(id).issuedAt(at).actor(actor)
              .caseId(caseId).room(world.room()).build();
        case 10 -> MediationCommand.ReturnToPetition.builder().commandId(id).issuedAt(at).actor(actor)
              .caseId(caseId).petition(petition(s)).reason("调解不成").build();
        default -> MediationCommand.Close.builder().commandId(id).issuedAt(at).actor(actor).caseId(caseId).build();
      };
    }

    private PetitionId petition(MediationCaseState s) {
      return s.referralOrigin().filter(p -> random.nextInt(6) != 0)
          .orElseGet(() -> PetitionGen.petitionIds().generate(random));
    }

    /** Biased towards the commands that move the case on from its current status. */
    private int pick(MediationCaseState s) {
      if (random.nextInt(4) == 0) {
        return random.nextInt(12);
      }
      if (s.status() == MediationStatus.OPENED || s.status() == MediationStatus.AWAITING_CONSENT) {
        return pickOf(List.of(0, 1, 1, 1, 1, 2, 8, 9));
      }
      if (s.status() == MediationStatus.IN_PROGRESS) {
        return pickOf(List.of(3, 3, 4, 4, 0, 10));
      }
      if (s.status() == MediationStatus.SETTLED) {
        return pickOf(List.of(5, 5, 6, 6, 7, 11));
      }
      return pickOf(List.of(10, 11));
    }

    private Actor actor(Optional<MediationCaseState> state) {
      int r = random.nextInt(20);
      if (r < 11) {
        return EventGen.officialActors(Role.MEDIATOR, Role.JUDICIAL_OFFICER).generate(random);
      } else if (r < 15) {
        return EventGen.officialActors(Role.POLICE_OFFICER).generate(random);
      } else if (r < 18) {
        return EventGen.officialActors(Role.PETITION_OFFICER).generate(random);
      } else if (r < 19) {
        return EventGen.officialActors(Role.GRID_WORKER).generate(random);
      }
      return state.flatMap(s -> pickOf(s.dispute().parties()).person()).map(Actor::person)
          .orElseGet(() -> Actor.system("import"));
    }

    /** A party, preferring one who has not yet answered; sometimes a stranger. */
    private Party party(MediationCaseState s) {
      if (random.nextInt(25) == 0) {
        return Party.person(PersonId.of("STRANGER-" + random.nextInt(3)), PartyRole.OTHER);
      }
      List<Party> open = s.dispute().parties().stream()
          .filter(p -> !s.consents().contains(p) && !s.refusals().contains(p)).toList();
      return open.isEmpty() || random.nextInt(10) == 0 ? pickOf(s.dispute().parties()) : pickOf(open);
    }

    private Agreement agreement() {
      LocalDate agreed = today.minusDays(random.nextInt(10) == 0 ? 400 : random.nextInt(3));
      if (random.nextBoolean()) {
        return Agreement.oral("赔偿医药费", agreed);
      }
      return Agreement.written("赔偿医药费", agreed, agreed.plusDays(random.nextInt(2)),
          agreed.plusDays(random.nextInt(2)), agreed.plusDays(random.nextInt(4)));
    }

    /** Around the end of the 30-day window (to hit day 30, day 31 and the rest-day rule), or today. */
    private LocalDate applicationDay(MediationCaseState s) {
      if (s.agreement().isPresent() && random.nextBoolean()) {
        LocalDate effective = s.agreement().get().effectiveOn();
        LocalDate candidate = effective.plusDays(27 + random.nextInt(8));
        if (!candidate.isAfter(today)) {
          return candidate;
        }
        today = candidate;
        return candidate;
      }
      return today.minusDays(random.nextInt(3));
    }

    private Set<Party> applicants(MediationCaseState s) {
      Set<Party> all = new HashSet<>(s.dispute().parties());
      if (random.nextInt(5) == 0 && all.size() > 2) {
        List<Party> parties = s.dispute().parties();
        return Set.of(parties.get(0), parties.get(1));
      }
      return all;
    }

    private <T> T pickOf(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }
  }
}
