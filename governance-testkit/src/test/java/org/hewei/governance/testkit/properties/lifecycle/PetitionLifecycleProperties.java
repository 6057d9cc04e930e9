package org.hewei.governance.testkit.properties.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.AccusedParty;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.Extension;
import org.hewei.governance.core.petition.HandlingOpinion;
import org.hewei.governance.core.petition.HandlingOutcome;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.LegalProcedure;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.MediationResult;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Petitioner;
import org.hewei.governance.core.petition.ReviewDecision;
import org.hewei.governance.core.petition.ReviewOpinion;
import org.hewei.governance.core.petition.Satisfaction;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.MatterHistory;
import org.hewei.governance.rules.lifecycle.PetitionLifecycle;
import org.hewei.governance.rules.lifecycle.PetitionLifecycleContext;
import org.hewei.governance.rules.lifecycle.PetitionMatterKey;
import org.hewei.governance.rules.lifecycle.PetitionRules;
import org.hewei.governance.testkit.generate.Cases;
import org.hewei.governance.testkit.generate.Gen;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the petition lifecycle over random walks: each walk receives a random petition and then
 * issues 10–60 commands chosen from the current state (mostly plausible next steps, some deliberately
 * illegal: wrong status, wrong actor, out of order, past a window, outside the tree), in a random
 * context (matter history, interested officials).
 */
class PetitionLifecycleProperties {
  private static final int SEEDS = 300;
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final Jurisdiction PROVINCE = node("37", JurisdictionLevel.PROVINCE, null);
  private static final Jurisdiction PREFECTURE = node("3708", JurisdictionLevel.PREFECTURE, PROVINCE);
  private static final Jurisdiction COUNTY = node("370883", JurisdictionLevel.COUNTY, PREFECTURE);
  private static final Jurisdiction TOWN = node("370883103", JurisdictionLevel.TOWNSHIP, COUNTY);
  private static final Jurisdiction DISTRICT = node("ZXD-GQ-1", JurisdictionLevel.MANAGEMENT_DISTRICT, TOWN);
  private static final Jurisdiction VILLAGE = node("370883103201", JurisdictionLevel.VILLAGE, DISTRICT);
  private static final Jurisdiction TOWN2 = node("370883104", JurisdictionLevel.TOWNSHIP, COUNTY);
  private static final Jurisdiction VILLAGE2 = node("370883104201", JurisdictionLevel.VILLAGE, TOWN2);
  private static final List<Jurisdiction> NODES = List.of(PROVINCE, PREFECTURE, COUNTY, TOWN, DISTRICT, VILLAGE, TOWN2, VILLAGE2);
  private static final JurisdictionTree TREE = JurisdictionTree.of(NODES);
  private static final List<UnitId> UNITS = List.of(UnitId.of("U-XFB"), UnitId.of("U-LABOUR"), UnitId.of("U-LAND"));

  private static final List<OfficialId> OFFICIALS =
      List.of(OfficialId.of("OFF-1"), OfficialId.of("OFF-2"), OfficialId.of("OFF-3"), OfficialId.of("OFF-4"));
  private static final PersonId PETITIONER = PersonId.of("P-1");
  private static final PetitionId ID = PetitionId.of("PET-1");
  private static final PetitionId EARLIER = PetitionId.of("PET-0");
  private static final Actor CLERK = Actor.official(OfficialId.of("OFF-9"), Role.PETITION_OFFICER);

  private static final Set<Class<?>> STAGE_EVENTS =
      Set.of(PetitionEvent.Assigned.class, PetitionEvent.Accepted.class, PetitionEvent.ReviewRequested.class, PetitionEvent.ReReviewRequested.class);

  /** One step of a walk: the state before, the command, the decision, the state after. */
  record Step(Optional<PetitionState> before, PetitionCommand command, Decision<PetitionEvent> decision, Optional<PetitionState> after) {}

  /** A walk: its lifecycle, steps, and all accepted events in order. */
  record Walk(PetitionLifecycle lifecycle, List<Step> steps, List<PetitionEvent> events, Optional<PetitionState> end) {
    @Override
    public String toString() {
      return "Walk{" + steps.size() + " steps, " + events.size() + " events, end " + end.map(PetitionState::status) + "}";
    }
  }

  static Stream<Arguments> walks() {
    Gen<Walk> gen = PetitionLifecycleProperties::walk;
    return Cases.of(gen, SEEDS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("walks")
  void foldOfEventsEqualsIncrementalState(long seed, Walk walk) {
    assertThat(walk.lifecycle().fold(walk.events())).isEqualTo(walk.end());
    assertThat(walk.end()).isPresent();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("walks")
  void rejectedCommandsProduceNoEventsAndLeaveTheState(long seed, Walk walk) {
    Set<String> rules = ruleCodes();
    for (Step step : walk.steps()) {
      if (step.decision().isAccepted()) {
        assertThat(step.decision().events()).isNotEmpty();
        assertThat(step.decision().rejection()).isEmpty();
      } else {
        assertThat(step.decision().events()).isEmpty();
        assertThat(step.after()).isEqualTo(step.before());
        assertThat(step.decision().rejection().orElseThrow().commandId()).isEqualTo(step.command().commandId());
        assertThat(rules).contains(step.decision().rejection().orElseThrow().rule());
      }
      assertThat(walk.lifecycle().decide(step.before(), step.command()).events()).as("deterministic").isEqualTo(step.decision().events());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("walks")
  void versionGrowsByTheNumberOfEvents(long seed, Walk walk) {
    for (Step step : walk.steps()) {
      long before = step.before().map(PetitionState::version).orElse(0L);
      long after = step.after().map(PetitionState::version).orElse(0L);
      assertThat(after - before).isEqualTo(step.decision().events().size());
    }
    assertThat(walk.end().orElseThrow().version()).isEqualTo(walk.events().size());
    Set<String> ids = new HashSet<>();
    for (PetitionEvent e : walk.events()) {
      assertThat(ids.add(e.eventId().value())).as("event ids unique").isTrue();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("walks")
  void dueDateNeverMovesEarlierExceptAtANewStage(long seed, Walk walk) {
    Optional<PetitionState> state = Optional.empty();
    for (PetitionEvent e : walk.events()) {
      Optional<PetitionState> next = Optional.of(walk.lifecycle().evolve(state, e));
      Optional<LocalDate> before = state.flatMap(PetitionState::dueDate);
      Optional<LocalDate> after = next.flatMap(PetitionState::dueDate);
      boolean stage = STAGE_EVENTS.stream().anyMatch(c -> c.isInstance(e));
      if (!stage && before.isPresent()) {
        assertThat(after).as("after " + e.getClass().getSimpleName()).isPresent();
        assertThat(after.orElseThrow()).as("after " + e.getClass().getSimpleName()).isAfterOrEqualTo(before.orElseThrow());
      }
      if (e instanceof PetitionEvent.ExtensionApproved) {
        assertThat(after.orElseThrow()).isAfter(before.orElseThrow());
      }
      if (!stage && !(e instanceof PetitionEvent.ExtensionApproved)) {
        assertThat(after).as("only stage events and extensions change the due date").isEqualTo(before);
      }
      state = next;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("walks")
  void skipLevelOnlyForWalkInsAndOpenMattersOnlyChangeByEvents(long seed, Walk walk) {
    PetitionState end = walk.end().orElseThrow();
    if (end.petition().flags().contains(PetitionFlag.SKIP_LEVEL)) {
      assertThat(end.petition().channel().isWalkIn()).isTrue();
    }
    for (Step step : walk.steps()) {
      if (step.before().isPresent() && !step.before().get().status().isOpen()) {
        // a closed matter only takes the petitioner's rating
        assertThat(step.decision().events()).allMatch(e -> e instanceof PetitionEvent.FeedbackRecorded);
      }
    }
  }

  @org.junit.jupiter.api.Test
  void walksReachEveryStatusAndManyRules() {
    Set<PetitionStatus> reached = new HashSet<>();
    Set<String> rules = new HashSet<>();
    Set<Class<?>> events = new HashSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      Walk w = walk(new SplittableRandom(seed));
      for (Step step : w.steps()) {
        step.after().ifPresent(a -> reached.add(a.status()));
        step.decision().rejection().ifPresent(x -> rules.add(x.rule()));
      }
      w.events().forEach(e -> events.add(e.getClass()));
    }
    assertThat(reached).containsAll(Set.of(PetitionStatus.values()));
    assertThat(events).as("event types produced").hasSizeGreaterThanOrEqualTo(27);
    assertThat(rules).contains(PetitionRules.WRONG_STATUS, PetitionRules.ACTOR_ROLE, PetitionRules.BEFORE_LAST_EVENT,
        PetitionRules.EXTENSION_ONCE, PetitionRules.EXTENSION_MAX_DAYS, PetitionRules.REVIEW_WINDOW, PetitionRules.REPRESENTATIVES,
        PetitionRules.RECUSAL, PetitionRules.ACCEPT_FINAL_MATTER, PetitionRules.ACCEPT_ALREADY_ACCEPTED, PetitionRules.NOT_PETITIONER);
  }

  // ------------------------------------------------------------------ the walk

  static Walk walk(SplittableRandom r) {
    Petition petition = petition(r);
    PetitionMatterKey key = PetitionMatterKey.of(petition);
    List<MatterHistory.PriorMatter> prior = new ArrayList<>();
    int history = r.nextInt(10);
    if (history == 0) {
      prior.add(MatterHistory.PriorMatter.ofFinal(key, EARLIER, JurisdictionLevel.COUNTY));
    } else if (history == 1) {
      prior.add(MatterHistory.PriorMatter.accepted(key, EARLIER, JurisdictionLevel.VILLAGE,
          LocalDate.ofInstant(petition.receivedAt(), ZONE).plusDays(r.nextInt(0, 90))));
    }
    Set<OfficialId> interested = r.nextInt(5) == 0 ? Set.of(OFFICIALS.get(r.nextInt(OFFICIALS.size()))) : Set.of();
    PetitionLifecycle lifecycle =
        PetitionLifecycle.of(
            PetitionLifecycleContext.builder(TREE).history(MatterHistory.of(prior)).interestedOfficials(p -> interested).build());

    List<Step> steps = new ArrayList<>();
    List<PetitionEvent> events = new ArrayList<>();
    Optional<PetitionState> state = Optional.empty();
    Instant now = petition.receivedAt().plus(Duration.ofMinutes(r.nextInt(0, 600)));
    int n = r.nextInt(10, 61);
    int counter = 0;
    Petition target = petition;
    for (int i = 0; i < n; i++) {
      PetitionCommand c;
      if (state.isEmpty()) {
        c = PetitionCommand.Receive.builder().commandId(CommandId.of("c-" + counter++)).issuedAt(now).actor(official(r)).petition(target).build();
        if (r.nextInt(10) == 0) {
          c = command(r, Kind.REGISTER, petition, Optional.empty(), now, CommandId.of("c-" + counter++));
        }
      } else {
        int back = r.nextInt(12);
        Instant at = back == 0 ? now.minus(Duration.ofHours(r.nextInt(1, 48))) : now.plus(Duration.ofHours(r.nextInt(0, 24 * (back < 6 ? 3 : 25))));
        if (at.isAfter(now)) {
          now = at;
        }
        Kind kind = r.nextInt(4) == 0 ? Kind.values()[r.nextInt(Kind.values().length)] : plausible(r, state.get().status());
        c = command(r, kind, petition, state, at, CommandId.of("c-" + counter++));
      }
      Decision<PetitionEvent> d = lifecycle.decide(state, c);
      Optional<PetitionState> after = state;
      for (PetitionEvent e : d.events()) {
        after = Optional.of(lifecycle.evolve(after, e));
      }
      steps.add(new Step(state, c, d, after));
      events.addAll(d.events());
      state = after;
      if (state.isEmpty() && c instanceof PetitionCommand.Receive) {
        target = repaired(petition); // rejected at the door (too many representatives, place outside the tree)
      }
    }
    if (state.isEmpty()) { // every command was rejected: receive the repaired petition so the walk has a state
      PetitionCommand c = PetitionCommand.Receive.builder().commandId(CommandId.of("c-" + counter)).issuedAt(now).actor(CLERK).petition(repaired(petition)).build();
      Decision<PetitionEvent> d = lifecycle.decide(state, c);
      Optional<PetitionState> after = Optional.of(lifecycle.evolve(state, d.eventsOrThrow().get(0)));
      steps.add(new Step(state, c, d, after));
      events.addAll(d.events());
      state = after;
    }
    return new Walk(lifecycle, steps, events, state);
  }

  enum Kind {
    REGISTER, FORWARD, ASSIGN, OBJECT, ACCEPT, DECLINE, DIVERT, FIRST_CONTACT, EXTEND, RAISE_CALL, ANSWER_CALL, CONVENE,
    DECIDE_MEETING, REFER, RETURN, ESCALATE, REPLY, FEEDBACK, REQUEST_REVIEW, REVIEW_OPINION, REQUEST_RE_REVIEW,
    RE_REVIEW_OPINION, DECLARE_FINAL, WITHDRAW, CLOSE, SUPERVISE, CASE_OWNERSHIP
  }

  private static Kind plausible(SplittableRandom r, PetitionStatus status) {
    List<Kind> kinds;
    switch (status) {
      case RECEIVED: kinds = List.of(Kind.REGISTER); break;
      case REGISTERED: kinds = List.of(Kind.FORWARD, Kind.ASSIGN, Kind.ASSIGN, Kind.ACCEPT, Kind.DECLINE, Kind.DIVERT, Kind.DECLARE_FINAL); break;
      case FORWARDED: kinds = List.of(Kind.ASSIGN, Kind.ACCEPT, Kind.FORWARD); break;
      case ASSIGNED: kinds = List.of(Kind.ACCEPT, Kind.ACCEPT, Kind.OBJECT, Kind.DIVERT, Kind.FIRST_CONTACT); break;
      case ACCEPTED:
        kinds = List.of(Kind.REPLY, Kind.REPLY, Kind.EXTEND, Kind.EXTEND, Kind.EXTEND, Kind.REFER, Kind.RAISE_CALL, Kind.ANSWER_CALL, Kind.CONVENE, Kind.DECIDE_MEETING,
            Kind.ESCALATE, Kind.SUPERVISE, Kind.CLOSE, Kind.CASE_OWNERSHIP);
        break;
      case IN_MEDIATION: kinds = List.of(Kind.RETURN); break;
      case REPLIED: kinds = List.of(Kind.FEEDBACK, Kind.REQUEST_REVIEW, Kind.REQUEST_REVIEW, Kind.CLOSE); break;
      case UNDER_REVIEW: kinds = List.of(Kind.REVIEW_OPINION); break;
      case REVIEWED: kinds = List.of(Kind.REQUEST_RE_REVIEW, Kind.REQUEST_RE_REVIEW, Kind.CLOSE, Kind.FEEDBACK); break;
      case UNDER_RE_REVIEW: kinds = List.of(Kind.RE_REVIEW_OPINION); break;
      default: kinds = List.of(Kind.FEEDBACK, Kind.WITHDRAW, Kind.CLOSE); break;
    }
    return r.nextInt(15) == 0 ? Kind.WITHDRAW : kinds.get(r.nextInt(kinds.size()));
  }

  private static PetitionCommand command(
      SplittableRandom r, Kind kind, Petition p, Optional<PetitionState> state, Instant at, CommandId id) {
    boolean wrongActor = r.nextInt(12) == 0;
    Actor official = wrongActor ? Actor.person(PETITIONER) : official(r);
    Actor person = wrongActor ? official(r) : Actor.person(r.nextInt(15) == 0 ? PersonId.of("P-999") : PETITIONER);
    HandlingPlace handling = state.map(PetitionState::handling).orElse(p.filedWith());
    switch (kind) {
      case REGISTER:
        return PetitionCommand.Register.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official).build();
      case FORWARD:
        return PetitionCommand.Forward.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official).to(place(r, true)).build();
      case ASSIGN:
        return PetitionCommand.Assign.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official).to(place(r, true))
            .caseOwner(OFFICIALS.get(r.nextInt(OFFICIALS.size()))).dueDate(day(at).plusDays(r.nextInt(-2, 30))).build();
      case OBJECT:
        return PetitionCommand.ObjectToAssignment.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official)
            .unit(r.nextInt(4) == 0 ? UNITS.get(r.nextInt(UNITS.size())) : handling.unit().orElse(UNITS.get(0))).reason("Outside our remit").build();
      case ACCEPT:
        return PetitionCommand.Accept.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official).build();
      case DECLINE:
        return PetitionCommand.Decline.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official).reason("Decided by the court").build();
      case DIVERT:
        return PetitionCommand.Divert.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official)
            .procedure(LegalProcedure.values()[r.nextInt(LegalProcedure.values().length)]).build();
      case FIRST_CONTACT:
        return PetitionCommand.SetFirstContactOwner.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official)
            .owner(OFFICIALS.get(r.nextInt(OFFICIALS.size()))).build();
      case EXTEND: {
        Actor head = r.nextInt(5) == 0 ? official : Actor.official(OFFICIALS.get(0), Role.HEAD_OF_BODY);
        OfficialId approver = r.nextInt(8) == 0 ? OFFICIALS.get(1) : head.official().orElse(OFFICIALS.get(0));
        return PetitionCommand.ApproveExtension.builder().petitionId(ID).commandId(id).issuedAt(at).actor(head)
            .extension(Extension.of(r.nextInt(1, 46), "Complex case", approver)).build();
      }
      case RAISE_CALL:
        return PetitionCommand.RaiseCall.builder().petitionId(ID).commandId(id).issuedAt(at)
            .actor(r.nextBoolean() ? official : Actor.system("escalation:test@1")).level(JurisdictionLevel.TOWNSHIP).reason("Help needed").build();
      case ANSWER_CALL:
        return PetitionCommand.AnswerCall.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official).unit(UNITS.get(1)).build();
      case CONVENE:
        return PetitionCommand.ConveneJointMeeting.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official)
            .addUnits(UNITS.get(0), UNITS.get(1)).build();
      case DECIDE_MEETING:
        return PetitionCommand.DecideJointMeeting.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official)
            .decision("Labour leads").leadUnit(UNITS.get(1)).build();
      case REFER:
        return PetitionCommand.ReferToMediation.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official)
            .mediationCase(MediationCaseId.of("M-" + r.nextInt(100))).build();
      case RETURN:
        return PetitionCommand.ReturnFromMediation.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official)
            .result(MediationResult.values()[r.nextInt(MediationResult.values().length)]).build();
      case ESCALATE: {
        List<Jurisdiction> above = new ArrayList<>(TREE.pathToRoot(handling.jurisdiction()));
        above.removeIf(j -> !j.level().isAbove(handling.level()));
        if (above.isEmpty()) {
          return PetitionCommand.Supervise.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official)
              .supervisor(UNITS.get(0)).instructions("Report weekly").build();
        }
        Jurisdiction to = above.get(r.nextInt(above.size()));
        JurisdictionLevel from = r.nextInt(8) == 0 && to.level().isAbove(JurisdictionLevel.VILLAGE) ? JurisdictionLevel.VILLAGE : handling.level();
        if (!to.level().isAbove(from)) {
          from = handling.level();
        }
        PetitionCommand.Escalate.Builder b = PetitionCommand.Escalate.builder().petitionId(ID).commandId(id).issuedAt(at)
            .actor(r.nextBoolean() ? official : Actor.system("escalation:test@1")).fromLevel(from)
            .to(HandlingPlace.of(to.id(), to.level())).reason("Overdue");
        if (r.nextBoolean()) {
          b.policyId("test").policyVersion("1").ruleId("overdue-" + r.nextInt(3));
        }
        return b.build();
      }
      case REPLY:
        return PetitionCommand.Reply.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official).opinion(opinion(r))
            .deliveredAt(at.minus(Duration.ofHours(r.nextInt(-2, 30)))).build();
      case FEEDBACK:
        return PetitionCommand.RecordFeedback.builder().petitionId(ID).commandId(id).issuedAt(at).actor(person)
            .satisfaction(Satisfaction.values()[r.nextInt(Satisfaction.values().length)]).build();
      case REQUEST_REVIEW:
        return PetitionCommand.RequestReview.builder().petitionId(ID).commandId(id).issuedAt(at).actor(person).build();
      case REVIEW_OPINION:
        return PetitionCommand.IssueReviewOpinion.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official)
            .opinion(review(r)).deliveredAt(at.minus(Duration.ofHours(r.nextInt(0, 30)))).build();
      case REQUEST_RE_REVIEW:
        return PetitionCommand.RequestReReview.builder().petitionId(ID).commandId(id).issuedAt(at).actor(person).build();
      case RE_REVIEW_OPINION:
        return PetitionCommand.IssueReReviewOpinion.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official)
            .opinion(review(r)).deliveredAt(at.minus(Duration.ofHours(r.nextInt(0, 30)))).hearingDays(r.nextInt(0, 15)).build();
      case DECLARE_FINAL:
        return PetitionCommand.DeclareFinal.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official)
            .sameFactsAs(r.nextInt(3) == 0 ? Optional.empty() : Optional.of(r.nextBoolean() ? EARLIER : PetitionId.of("PET-9"))).build();
      case WITHDRAW:
        return PetitionCommand.Withdraw.builder().petitionId(ID).commandId(id).issuedAt(at).actor(person).build();
      case CLOSE:
        return PetitionCommand.Close.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official).build();
      case SUPERVISE:
        return PetitionCommand.Supervise.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official)
            .supervisor(UNITS.get(0)).instructions("Report weekly").dueDate(day(at).plusDays(r.nextInt(1, 20))).build();
      case CASE_OWNERSHIP:
        return PetitionCommand.AssignCaseOwnership.builder().petitionId(ID).commandId(id).issuedAt(at).actor(official)
            .leader(OFFICIALS.get(r.nextInt(OFFICIALS.size()))).build();
      default:
        throw new IllegalStateException("unreachable");
    }
  }

  private static Petition petition(SplittableRandom r) {
    PetitionType type = PetitionType.values()[r.nextInt(PetitionType.values().length)];
    Channel channel = r.nextBoolean() ? Channel.WALK_IN : Channel.values()[r.nextInt(Channel.values().length)];
    int people = r.nextInt(1, 9);
    Petition.Builder b = Petition.builder()
        .id(ID)
        .channel(channel)
        .type(type)
        .category(r.nextBoolean() ? MatterCategory.WAGES : MatterCategory.LAND)
        .request("A request")
        .arisenIn(r.nextBoolean() ? VILLAGE.id() : VILLAGE2.id())
        .filedWith(place(r, false))
        .receivedAt(LocalDate.of(2022, 1, 1).plusDays(r.nextInt(0, 900)).atTime(r.nextInt(0, 24), 0).atZone(ZONE).toInstant());
    int representatives = people >= 2 ? r.nextInt(0, Math.min(people, 7) + 1) : 0;
    for (int i = 0; i < people; i++) {
      PersonId person = i == 0 ? PETITIONER : PersonId.of("P-" + (100 + i));
      b.addPetitioners(i < representatives ? Petitioner.representative(person) : Petitioner.of(person));
    }
    b.headcount(people + (people >= 2 ? r.nextInt(0, 10) : 0));
    if (type == PetitionType.ACCUSATION) {
      b.accusedParty(AccusedParty.unnamed("the accountant"));
    }
    if (r.nextInt(8) == 0) {
      b.addFlags(PetitionFlag.LITIGATION_RELATED);
    }
    return b.build();
  }

  private static Petition repaired(Petition p) {
    List<Petitioner> plain = new ArrayList<>();
    for (Petitioner x : p.petitioners()) {
      plain.add(Petitioner.of(x.person()));
    }
    return Petition.builder().from(p).petitioners(plain).filedWith(HandlingPlace.of(TOWN.id(), TOWN.level())).build();
  }

  private static HandlingPlace place(SplittableRandom r, boolean withUnit) {
    if (r.nextInt(25) == 0) {
      return HandlingPlace.of(JurisdictionId.of("999999"), JurisdictionLevel.COUNTY, UNITS.get(0)); // not in the tree
    }
    List<Jurisdiction> offices = List.of(PREFECTURE, COUNTY, TOWN, DISTRICT, VILLAGE, TOWN2);
    Jurisdiction j = offices.get(r.nextInt(offices.size()));
    return withUnit || r.nextBoolean()
        ? HandlingPlace.of(j.id(), j.level(), UNITS.get(r.nextInt(UNITS.size())))
        : HandlingPlace.of(j.id(), j.level());
  }

  private static Actor official(SplittableRandom r) {
    Role role = r.nextBoolean() ? Role.PETITION_OFFICER : Role.values()[r.nextInt(Role.values().length)];
    return Actor.official(OFFICIALS.get(r.nextInt(OFFICIALS.size())), role);
  }

  private static HandlingOpinion opinion(SplittableRandom r) {
    return HandlingOpinion.builder().request("The request").factsAndReasons("The facts").opinion("The opinion").legalBasis("Art 32")
        .outcome(HandlingOutcome.values()[r.nextInt(HandlingOutcome.values().length)]).issuedBy(UNITS.get(1)).build();
  }

  private static ReviewOpinion review(SplittableRandom r) {
    ReviewDecision decision = ReviewDecision.values()[r.nextInt(ReviewDecision.values().length)];
    ReviewOpinion.Builder b = ReviewOpinion.builder().decision(decision).reasons("Reasons").legalBasis("Art 35").issuedBy(UNITS.get(0));
    if (decision == ReviewDecision.CHANGED) {
      b.newOutcome(HandlingOutcome.EXPLAINED);
    }
    return b.build();
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZONE);
  }

  private static Jurisdiction node(String id, JurisdictionLevel level, @Nullable Jurisdiction parent) {
    Jurisdiction.Builder b = Jurisdiction.builder().id(JurisdictionId.of(id)).level(level).name("节点" + id);
    if (parent != null) {
      b.parentId(parent.id());
    }
    return b.build();
  }

  private static Set<String> ruleCodes() {
    Set<String> codes = new HashSet<>();
    for (Field f : PetitionRules.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.getName().equals("TIAOLI")) {
        try {
          codes.add((String) f.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return codes;
  }
}
