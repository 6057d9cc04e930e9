package org.hewei.governance.examples.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.organization.DutyShift;
import org.hewei.governance.core.organization.Official;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.HandlingOpinion;
import org.hewei.governance.core.petition.HandlingOutcome;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Petitioner;
import org.hewei.governance.core.petition.ReviewDecision;
import org.hewei.governance.core.petition.ReviewOpinion;
import org.hewei.governance.core.petition.Satisfaction;
import org.hewei.governance.core.policy.DeadlinePolicy;
import org.hewei.governance.core.policy.MatterScope;
import org.hewei.governance.core.policy.RoutingPolicy;
import org.hewei.governance.core.spi.EventStore;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.hewei.governance.rules.escalation.EscalationDecision;
import org.hewei.governance.rules.routing.Router;
import org.hewei.governance.rules.routing.RoutingDecision;
import org.hewei.governance.rules.schedule.DateRange;
import org.hewei.governance.rules.schedule.DutyRosterPlanner;
import org.hewei.governance.rules.schedule.Roster;
import org.hewei.governance.rules.schedule.RosterPolicy;
import org.hewei.governance.rules.schedule.JointVisitSchedule;
import org.hewei.governance.testkit.fixture.SampleTown;
import org.hewei.governance.testkit.store.InMemoryGovernanceStore;

/**
 * 模拟运行 — the day-by-day traffic of the simulation: petitions arriving by every channel
 * (walk-in and the 12345 hotline most), grid screening and police referrals filed in the villages and
 * districts, 民意5来听 joint visits on the schedule's days, registration, assignment by the nature of
 * the matter (small matters to the village, land to the management district, the rest to the
 * township), acceptance, replies, feedback, reviews and closing, and escalation by the default
 * three-level-response policy every evening.
 *
 * <pre>{@code
 * Simulation sim = new Simulation(SampleTown.town(42L), 42L);
 * sim.runDay(LocalDate.of(2022, 7, 1));
 * }</pre>
 */
final class Simulation {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** One escalation decision and whether its commands were accepted. */
  record Escalation(LocalDate day, PetitionId petition, String ruleId, String ruleName, String explanation,
      int commands, int accepted) {}

  private static final Channel[] CHANNELS = {
    Channel.WALK_IN, Channel.HOTLINE_12345, Channel.PHONE, Channel.ONLINE, Channel.LETTER, Channel.FAX,
    Channel.GRID_PATROL, Channel.POLICE_REFERRAL
  };
  /** Per-mille weights of {@link #CHANNELS}: walk-in and the 12345 hotline most. */
  private static final int[] CHANNEL_WEIGHTS = {280, 240, 50, 100, 50, 10, 160, 110};

  private static final MatterCategory[] CATEGORIES = {
    MatterCategory.NEIGHBOURHOOD, MatterCategory.MARRIAGE_FAMILY, MatterCategory.LAND, MatterCategory.WAGES,
    MatterCategory.SOCIAL_SECURITY, MatterCategory.ENVIRONMENT, MatterCategory.URBAN_MANAGEMENT,
    MatterCategory.PUBLIC_ORDER, MatterCategory.OTHER
  };
  private static final int[] CATEGORY_WEIGHTS = {250, 120, 150, 120, 90, 80, 60, 70, 60};

  private final SampleTown town;
  private final SplittableRandom random;
  private final WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();
  private final JointVisitSchedule jointVisits = JointVisitSchedule.seedDefaults(calendar);
  private final List<Township> townships;
  private final Map<JurisdictionId, Township> townshipOf = new LinkedHashMap<>();
  private final EventStore<? super PetitionEvent> store;
  private final String idPrefix;
  private final PetitionDesk desk;
  private final EscalationRound round;
  private final Router router;
  private final List<Escalation> escalations = new ArrayList<>();
  private final MediationDesk mediation;
  private final Map<JurisdictionId, Roster> rosters = new LinkedHashMap<>();
  private final KeyPersonDesk keyPersons;
  private final ErrandDesk errands;
  private final Set<LocalDate> visitDays = new HashSet<>();
  private long commandCounter;
  private long petitionCounter;

  Simulation(SampleTown town, long seed, DateRange period) {
    this(town, seed, period, InMemoryGovernanceStore.create(), Resumed.none());
  }

  /**
   * A simulation over {@code period} appending petition events to {@code store}; when {@code resumed}
   * holds the petitions of an earlier run, they are the starting state, their ids are not reused, and
   * the random stream and command ids are derived from the first day, so the continuation differs from
   * the earlier run's days and never reuses an event id of a stored stream.
   */
  Simulation(SampleTown town, long seed, DateRange period, EventStore<? super PetitionEvent> store, Resumed resumed) {
    this.town = town;
    this.store = store;
    this.idPrefix = resumed.isEmpty() ? "" : "r" + period.from().toString().replace("-", "") + "-";
    this.random = new SplittableRandom(resumed.isEmpty() ? seed : seed ^ period.from().toEpochDay());
    this.townships = Township.all(town);
    for (Township t : townships) {
      townshipOf.put(t.township.id(), t);
    }
    this.desk = new PetitionDesk(PetitionTraffic.lifecycle(town.tree()), store);
    resumed.petitions().forEach(desk::restore);
    this.petitionCounter = resumed.petitions().size();
    this.router = Router.of(RoutingPolicy.defaults(), DeadlinePolicy.defaults(), town.tree());
    this.round = EscalationRound.threeLevelResponse(town);
    visitDays.addAll(jointVisits.visitDays(period));
    for (Township t : townships) {
      List<Official> staff = new ArrayList<>();
      for (Official o : town.officials()) {
        if (town.tree().contains(t.township.id(), o.jurisdiction())) {
          staff.add(o);
        }
      }
      DutyRosterPlanner planner = DutyRosterPlanner.of(RosterPolicy.seedDefaults(t.petitionOffice, t.centre), calendar);
      rosters.put(t.township.id(), planner.plan(period, staff, List.of()));
    }
    this.mediation = new MediationDesk(town, random, desk.rejections());
    this.errands = new ErrandDesk(random, desk.rejections());
    this.keyPersons = new KeyPersonDesk(town.catalogue(), town.keyPersonRecords(), random, desk.rejections());
  }

  ErrandDesk errands() {
    return errands;
  }

  KeyPersonDesk keyPersons() {
    return keyPersons;
  }

  /** Duty shifts planned over the whole period, in every township. */
  long plannedShifts() {
    return rosters.values().stream().mapToLong(r -> r.shifts().size()).sum();
  }

  MediationDesk mediation() {
    return mediation;
  }

  SampleTown town() {
    return town;
  }

  JointVisitSchedule jointVisits() {
    return jointVisits;
  }

  WorkingDayCalendar calendar() {
    return calendar;
  }

  PetitionDesk desk() {
    return desk;
  }

  EventStore<? super PetitionEvent> store() {
    return store;
  }

  List<Escalation> escalations() {
    return escalations;
  }

  /** Runs one simulated day: arrivals, the day's handling, then the evening escalation check. */
  void runDay(LocalDate day) {
    boolean working = calendar.isWorkingDay(day);
    for (Township t : townships) {
      int arrivals = working ? random.nextInt(5) : random.nextInt(2);
      for (int i = 0; i < arrivals; i++) {
        Channel channel = working ? pick(CHANNELS, CHANNEL_WEIGHTS) : (random.nextBoolean() ? Channel.HOTLINE_12345 : Channel.ONLINE);
        arrive(t, day, channel, i);
      }
      if (working) {
        mediation.arrivals(t, day);
        errands.requests(t, day);
      }
      if (visitDays.contains(day)) {
        for (JurisdictionId district : t.districtOffice.keySet()) {
          if (random.nextInt(3) == 0) {
            arriveAtJointVisit(t, district, day);
          }
        }
      }
    }
    for (PetitionState s : desk.states()) {
      if (s.petition().receivedAt().isBefore(at(day, 9, 0))) {
        advance(s, day, working);
      }
    }
    if (working) {
      mediation.advance(day);
      keyPersons.visit(day);
      errands.advance(day);
    }
    escalate(day);
  }

  private void arrive(Township t, LocalDate day, Channel channel, int index) {
    Jurisdiction village = t.villages.get(random.nextInt(t.villages.size()));
    JurisdictionId district = t.district(village.id());
    HandlingPlace filedWith;
    Actor receiver;
    if (channel == Channel.GRID_PATROL) {
      filedWith = HandlingPlace.of(village.id(), JurisdictionLevel.VILLAGE, t.committee(village.id()));
      receiver = Actor.official(t.cadre(village.id()), Role.VILLAGE_CADRE);
    } else if (channel == Channel.POLICE_REFERRAL) {
      filedWith = HandlingPlace.of(district, JurisdictionLevel.MANAGEMENT_DISTRICT, t.districtOffice(district));
      receiver = Actor.official(t.postOfficer(district), Role.POLICE_OFFICER);
    } else {
      filedWith = HandlingPlace.of(t.township.id(), JurisdictionLevel.TOWNSHIP, t.petitionOffice);
      receiver = onReceptionDuty(t, day).orElseGet(() -> Actor.official(clerk(t), Role.PETITION_OFFICER));
    }
    MatterCategory category = channel == Channel.POLICE_REFERRAL
        ? (random.nextBoolean() ? MatterCategory.NEIGHBOURHOOD : MatterCategory.PUBLIC_ORDER)
        : pick(CATEGORIES, CATEGORY_WEIGHTS);
    receive(t, village, category, channel, filedWith, receiver, at(day, 8, 30 + index));
  }

  private void arriveAtJointVisit(Township t, JurisdictionId district, LocalDate day) {
    List<Jurisdiction> villages = new ArrayList<>();
    for (Jurisdiction v : t.villages) {
      if (district.equals(t.district(v.id()))) {
        villages.add(v);
      }
    }
    if (villages.isEmpty()) {
      return;
    }
    Jurisdiction village = villages.get(random.nextInt(villages.size()));
    HandlingPlace filedWith = HandlingPlace.of(district, JurisdictionLevel.MANAGEMENT_DISTRICT, t.districtOffice(district));
    Actor receiver = Actor.official(t.districtCadre(district), Role.SECTION_LEVEL_CADRE);
    receive(t, village, pick(CATEGORIES, CATEGORY_WEIGHTS), Channel.JOINT_VISIT, filedWith, receiver, at(day, 8, 59));
  }

  private void receive(Township t, Jurisdiction village, MatterCategory category, Channel channel,
      HandlingPlace filedWith, Actor receiver, Instant when) {
    List<PersonId> residents = t.residents(village.id());
    PersonId petitioner = residents.get(random.nextInt(residents.size()));
    PetitionType type = random.nextInt(100) < 85 ? PetitionType.GRIEVANCE : PetitionType.SUGGESTION;
    Petition petition = Petition.builder()
        .id(PetitionId.of(String.format("XF-%06d", ++petitionCounter)))
        .channel(channel)
        .type(type)
        .category(category)
        .request("Asks for help with a " + category.code() + " matter")
        .addPetitioners(Petitioner.of(petitioner))
        .arisenIn(village.id())
        .filedWith(filedWith)
        .receivedAt(when)
        .build();
    desk.submit(PetitionCommand.Receive.builder().commandId(nextId()).issuedAt(when).actor(receiver)
        .petition(petition).build());
  }

  private void advance(PetitionState s, LocalDate day, boolean working) {
    if (!working) {
      return;
    }
    PetitionId id = s.petition().id();
    Township t = townOf(id);
    Actor clerk = Actor.official(clerk(t), Role.PETITION_OFFICER);
    Instant now = at(day, 10, 0);
    int roll = random.nextInt(100);
    switch (s.status()) {
      case RECEIVED:
        if (roll < 70) {
          desk.submit(PetitionCommand.Register.builder().petitionId(id).commandId(nextId()).issuedAt(now).actor(clerk).build());
        }
        break;
      case REGISTERED:
        if (roll < 70) {
          assign(s, t, clerk, day, now);
        }
        break;
      case ASSIGNED:
        if (roll < 60) {
          desk.submit(PetitionCommand.Accept.builder().petitionId(id).commandId(nextId()).issuedAt(now).actor(clerk).build());
        }
        break;
      case ACCEPTED:
        int chance = s.handlingLevel() == JurisdictionLevel.VILLAGE ? 18 : s.handlingLevel() == JurisdictionLevel.MANAGEMENT_DISTRICT ? 10 : 6;
        if (roll < chance) {
          reply(s, t, clerk, now);
        } else if (roll >= 99) {
          // a hurried clerk tries to close a matter that has had no reply: the lifecycle refuses
          desk.submit(PetitionCommand.Close.builder().petitionId(id).commandId(nextId()).issuedAt(now).actor(clerk).build());
        }
        break;
      case REPLIED:
        afterReply(s, t, clerk, now, roll);
        break;
      case UNDER_REVIEW:
        if (roll < 10) {
          ReviewOpinion opinion = ReviewOpinion.builder().decision(ReviewDecision.UPHELD)
              .reasons("The handling opinion rests on established facts").legalBasis("信访工作条例 Art 35")
              .issuedBy(t.government).build();
          desk.submit(PetitionCommand.IssueReviewOpinion.builder().petitionId(id).commandId(nextId()).issuedAt(now)
              .actor(clerk).opinion(opinion).deliveredAt(now).build());
        }
        break;
      default:
        break;
    }
  }

  /**
   * Routes by the {@link Router} (小事不出村、大事不出镇): household and family matters and grid finds are
   * village-scope, land and public order span villages, the rest are township-scope; the unit and case
   * owner at the routed level come from the township's staff.
   */
  private void assign(PetitionState s, Township t, Actor clerk, LocalDate day, Instant now) {
    MatterCategory category = s.petition().category();
    MatterScope scope;
    if (category.equals(MatterCategory.NEIGHBOURHOOD) || category.equals(MatterCategory.MARRIAGE_FAMILY)) {
      scope = MatterScope.HOUSEHOLD;
    } else if (s.petition().channel() == Channel.GRID_PATROL) {
      scope = MatterScope.VILLAGE;
    } else if (category.equals(MatterCategory.LAND) || category.equals(MatterCategory.PUBLIC_ORDER)) {
      scope = MatterScope.SEVERAL_VILLAGES;
    } else {
      scope = MatterScope.TOWNSHIP;
    }
    RoutingDecision routing = router.route(s.petition(), scope);
    JurisdictionId where = routing.responsible().jurisdiction();
    HandlingPlace to;
    OfficialId owner;
    if (routing.responsible().level() == JurisdictionLevel.VILLAGE && t.committee.containsKey(where)) {
      to = HandlingPlace.of(where, JurisdictionLevel.VILLAGE, t.committee(where));
      owner = t.cadre(where);
    } else if (routing.responsible().level() == JurisdictionLevel.MANAGEMENT_DISTRICT && t.districtOffice.containsKey(where)) {
      to = HandlingPlace.of(where, JurisdictionLevel.MANAGEMENT_DISTRICT, t.districtOffice(where));
      owner = t.districtCadre(where);
    } else {
      to = HandlingPlace.of(t.township.id(), JurisdictionLevel.TOWNSHIP, t.petitionOffice);
      owner = clerk(t);
    }
    LocalDate due = calendar.nextWorkingDayOnOrAfter(day.plusDays(15));
    desk.submit(PetitionCommand.Assign.builder().petitionId(s.petition().id()).commandId(nextId()).issuedAt(now)
        .actor(clerk).to(to).caseOwner(owner).dueDate(due).build());
  }

  private void reply(PetitionState s, Township t, Actor clerk, Instant now) {
    HandlingOutcome outcome = pick(HandlingOutcome.values(), new int[] {55, 35, 10});
    HandlingOpinion opinion = HandlingOpinion.builder()
        .request("Help with a " + s.petition().category().code() + " matter")
        .factsAndReasons("The facts were checked on site")
        .opinion("Handled as set out in the opinion")
        .legalBasis("信访工作条例 Art 32")
        .outcome(outcome)
        .issuedBy(s.handling().unit().orElse(t.petitionOffice))
        .build();
    desk.submit(PetitionCommand.Reply.builder().petitionId(s.petition().id()).commandId(nextId()).issuedAt(now)
        .actor(clerk).opinion(opinion).deliveredAt(now).build());
  }

  private void afterReply(PetitionState s, Township t, Actor clerk, Instant now, int roll) {
    PetitionId id = s.petition().id();
    Actor petitioner = Actor.person(s.petition().petitioners().get(0).person());
    Optional<Satisfaction> rated = s.satisfaction();
    if (rated.isEmpty()) {
      if (roll < 50) {
        Satisfaction satisfaction = pick(Satisfaction.values(), new int[] {70, 20, 10});
        desk.submit(PetitionCommand.RecordFeedback.builder().petitionId(id).commandId(nextId()).issuedAt(now)
            .actor(petitioner).satisfaction(satisfaction).build());
      } else if (roll == 99) {
        // a neighbour tries to rate someone else's matter: only a petitioner may
        PersonId other = t.residents(t.villages.get(0).id()).get(0);
        if (s.petition().petitioners().stream().anyMatch(p -> p.person().equals(other))) {
          return;
        }
        desk.submit(PetitionCommand.RecordFeedback.builder().petitionId(id).commandId(nextId()).issuedAt(now)
            .actor(Actor.person(other)).satisfaction(Satisfaction.SATISFIED).build());
      }
    } else if (rated.get() == Satisfaction.DISSATISFIED && s.petition().type() == PetitionType.GRIEVANCE) {
      if (roll < 40) {
        desk.submit(PetitionCommand.RequestReview.builder().petitionId(id).commandId(nextId()).issuedAt(now)
            .actor(petitioner).build());
      }
    } else if (roll < 50) {
      desk.submit(PetitionCommand.Close.builder().petitionId(id).commandId(nextId()).issuedAt(now).actor(clerk).build());
    }
  }

  private void escalate(LocalDate day) {
    for (EscalationRound.Proposal p : round.propose(desk.states(), day, EscalationRound.evening(day))) {
      int accepted = 0;
      for (PetitionCommand c : p.commands()) {
        if (desk.submitEscalation(c)) {
          accepted++;
        }
      }
      EscalationDecision d = p.decision();
      escalations.add(new Escalation(day, d.petitionId(), d.ruleId(), d.ruleName(), d.explanation(), p.commands().size(), accepted));
    }
  }

  private Township townOf(PetitionId id) {
    return Township.containing(townshipOf, town.tree(), desk.state(id).orElseThrow().petition().arisenIn());
  }

  /** The section-level cadre on reception duty that day (the seed's 接访 roster), if any. */
  private Optional<Actor> onReceptionDuty(Township t, LocalDate day) {
    Roster roster = rosters.get(t.township.id());
    if (roster == null) {
      return Optional.empty();
    }
    for (DutyShift shift : roster.on(day)) {
      if (shift.kind() == DutyShift.Kind.RECEPTION && shift.role() == Role.SECTION_LEVEL_CADRE) {
        return Optional.of(Actor.official(shift.official(), shift.role()));
      }
    }
    return Optional.empty();
  }

  private OfficialId clerk(Township t) {
    return t.clerks.get(random.nextInt(t.clerks.size()));
  }

  private CommandId nextId() {
    return CommandId.of(String.format("%scmd-%07d", idPrefix, ++commandCounter));
  }

  private <T> T pick(T[] values, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
  }
}
