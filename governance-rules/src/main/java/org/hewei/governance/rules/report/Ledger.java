package org.hewei.governance.rules.report;

import org.hewei.governance.core.jurisdiction.UnknownJurisdictionException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.MediationStatus;
import org.hewei.governance.core.mediation.VenueKind;
import org.hewei.governance.core.organization.Unit;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.organization.UnitKind;
import org.hewei.governance.core.outreach.ErrandState;
import org.hewei.governance.core.outreach.ErrandStatus;
import org.hewei.governance.core.outreach.OutreachActivity;
import org.hewei.governance.core.outreach.OutreachKind;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.hewei.governance.rules.schedule.DateRange;
import org.hewei.governance.rules.schedule.JointVisitSchedule;
import org.hewei.governance.rules.schedule.KeyPersonVisits;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 台账 — computes the {@link LedgerReport} of a jurisdiction subtree for a period from petition,
 * mediation, key-person, outreach and errand states: one pass over each input, constant work per
 * record (subtree tests are O(1) in the {@link JurisdictionTree}).
 *
 * <p>Which records belong to the subtree (decisions):
 *
 * <ul>
 *   <li>a petition by where the matter arose ({@code petition.arisenIn}); its handling place is read
 *       only for the level that concluded it (so a matter of a village concluded by the county still
 *       counts in the village's ledger, as concluded above the town);
 *   <li>a mediation case by where the dispute arose ({@code dispute.arose}); the venue only gives the
 *       per-venue breakdown;
 *   <li>a key-person record, an errand, an outreach activity and a police post by their jurisdiction.
 * </ul>
 *
 * <p>Every such jurisdiction must be in the tree, also for records outside the subtree: a record
 * naming an unknown jurisdiction fails the report with {@link UnknownJurisdictionException} (never
 * a silently wrong count); so does an unknown subtree root. A period ending before it starts cannot
 * be built ({@link org.hewei.governance.rules.schedule.InvalidDateRangeException}). A tally for a post
 * that is not among the given police posts, a police post unit of another kind, or two posts for one
 * jurisdiction are rejected with {@link InvalidValueException}. Instants are turned into days in the
 * ledger's zone (default {@code Asia/Shanghai}, {@link #withZone}).
 *
 * <p>The definitions of every figure are on {@link PetitionFigures}, {@link MediationFigures}, {@link
 * KeyPersonFigures}, {@link OutreachFigures} and {@link PolicePostFigures}; the rounding rule on {@link
 * Rate}.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.of(tree, KeyPersonCatalogue.defaults(),
 *     JointVisitSchedule.seedDefaults(WorkingDayCalendar.chinaMainland()));
 * LedgerReport r = ledger.report(JurisdictionId.of("370883103000"),
 *     DateRange.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 7, 25)), LocalDate.of(2022, 7, 25),
 *     LedgerInput.builder().petitions(petitions).mediationCases(cases).build());
 * r.mediation().successRate().percentText(); // "90.6%"
 * }</pre>
 */
public final class Ledger {
  private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);

  /** The default zone for turning instants into days: China Standard Time. */
  public static final ZoneId DEFAULT_ZONE = WorkingDayCalendar.CHINA_STANDARD_TIME;

  private final JurisdictionTree tree;
  private final KeyPersonVisits visits;
  private final JointVisitSchedule jointVisits;
  private final ZoneId zone;

  private Ledger(JurisdictionTree tree, KeyPersonVisits visits, JointVisitSchedule jointVisits, ZoneId zone) {
    this.tree = tree;
    this.visits = visits;
    this.jointVisits = jointVisits;
    this.zone = zone;
  }

  /** A ledger over {@code tree}, with visit intervals from {@code catalogue} and the joint-visit plan. */
  public static Ledger of(JurisdictionTree tree, KeyPersonCatalogue catalogue, JointVisitSchedule jointVisits) {
    return new Ledger(
        Checks.required("tree", tree),
        KeyPersonVisits.of(catalogue),
        Checks.required("jointVisits", jointVisits),
        DEFAULT_ZONE);
  }

  /** A copy that turns instants into days in {@code zone}. */
  public Ledger withZone(ZoneId zone) {
    return new Ledger(tree, visits, jointVisits, Checks.required("zone", zone));
  }

  /**
   * The ledger of the subtree under {@code root} for {@code period}, with overdue and listed figures
   * judged on {@code asOf}.
   *
   * @throws UnknownJurisdictionException if {@code root} or a record's jurisdiction is not in the tree
   * @throws InvalidValueException for inconsistent police posts or tallies, or a key-person record whose
   *     category or level the catalogue does not know
   * @throws org.hewei.governance.rules.calendar.DateOutsideCalendarException if the joint-visit
   *     calendar does not know the period
   */
  public LedgerReport report(JurisdictionId root, DateRange period, LocalDate asOf, LedgerInput input) {
    Checks.required("period", period);
    Checks.required("asOf", asOf);
    Checks.required("input", input);
    known(Checks.required("root", root), "subtree root");
    LOG.debug("ledger of {} for {} as of {}", root, period, asOf);
    return ImmutableLedgerReport.builder()
        .root(root)
        .period(period)
        .asOf(asOf)
        .petitions(petitions(root, period, asOf, input.petitions()))
        .mediation(mediation(root, period, input.mediationCases()))
        .keyPersons(keyPersons(root, period, asOf, input.keyPersonRecords()))
        .outreach(outreach(root, period, input.outreach(), input.errands()))
        .policePosts(policePosts(root, period, input))
        .build();
  }

  private void known(JurisdictionId id, String record) {
    if (!tree.has(id)) {
      throw new UnknownJurisdictionException("jurisdiction", id, record + ": is not in the jurisdiction tree (root " + tree.root().id() + ")");
    }
  }

  private boolean inSubtree(JurisdictionId root, JurisdictionId id, String record) {
    known(id, record);
    return tree.contains(root, id);
  }

  private LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  private PetitionFigures petitions(JurisdictionId root, DateRange period, LocalDate asOf, Iterable<PetitionState> states) {
    long[] byChannel = new long[Channel.values().length];
    long[] byType = new long[PetitionType.values().length];
    Map<MatterCategory, long[]> byCategory =
        new TreeMap<>(Comparator.comparing(MatterCategory::code).thenComparing(MatterCategory::chineseName));
    long received = 0;
    long skip = 0;
    long collective = 0;
    long repeat = 0;
    long[] byLevel = new long[4];
    long withDue = 0;
    long onTime = 0;
    long overdue = 0;
    long rated = 0;
    long satisfied = 0;
    for (PetitionState s : Checks.required("petitions", states)) {
      if (!inSubtree(root, s.petition().arisenIn(), "petition " + s.id())) {
        continue;
      }
      if (period.contains(day(s.petition().receivedAt()))) {
        received++;
        byChannel[s.petition().channel().ordinal()]++;
        byType[s.petition().type().ordinal()]++;
        byCategory.computeIfAbsent(s.petition().category(), k -> new long[1])[0]++;
        Set<PetitionFlag> flags = s.flags();
        if (flags.contains(PetitionFlag.SKIP_LEVEL)) {
          skip++;
        }
        if (flags.contains(PetitionFlag.COLLECTIVE)) {
          collective++;
        }
        if (flags.contains(PetitionFlag.REPEAT) || s.repeatCount() > 0) {
          repeat++;
        }
      }
      @Nullable LocalDate concludedOn = concludedOn(s);
      if (concludedOn != null && period.contains(concludedOn)) {
        byLevel[levelBucket(s.handlingLevel())]++;
        Optional<LocalDate> due = s.dueDate();
        if (due.isPresent()) {
          withDue++;
          if (!concludedOn.isAfter(due.get())) {
            onTime++;
          }
        }
        if (s.satisfaction().isPresent()) {
          rated++;
          if (s.satisfaction().get().isSatisfied()) {
            satisfied++;
          }
        }
      }
      if (s.status().isOpen() && s.repliedAt().isEmpty() && s.dueDate().filter(d -> d.isBefore(asOf)).isPresent()) {
        overdue++;
      }
    }
    Map<Channel, Long> channels = new EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) {
      channels.put(c, byChannel[c.ordinal()]);
    }
    Map<PetitionType, Long> types = new EnumMap<>(PetitionType.class);
    for (PetitionType t : PetitionType.values()) {
      types.put(t, byType[t.ordinal()]);
    }
    ImmutablePetitionFigures.Builder b = ImmutablePetitionFigures.builder();
    for (Map.Entry<MatterCategory, long[]> e : byCategory.entrySet()) {
      b.putReceivedByCategory(e.getKey(), e.getValue()[0]);
    }
    return b.received(received)
        .receivedByChannel(channels)
        .receivedByType(types)
        .skipLevel(skip)
        .collective(collective)
        .repeat(repeat)
        .concluded(byLevel[0] + byLevel[1] + byLevel[2] + byLevel[3])
        .concludedAtVillage(byLevel[0])
        .concludedAtDistrict(byLevel[1])
        .concludedAtTown(byLevel[2])
        .concludedAboveTown(byLevel[3])
        .concludedWithDueDate(withDue)
        .concludedOnTime(onTime)
        .overdue(overdue)
        .rated(rated)
        .satisfied(satisfied)
        .build();
  }

  private @Nullable LocalDate concludedOn(PetitionState s) {
    if (s.repliedAt().isPresent()) {
      return day(s.repliedAt().get());
    }
    if (s.status() == PetitionStatus.CONCLUDED || s.status() == PetitionStatus.FINAL) {
      return day(s.updatedAt());
    }
    return null;
  }

  private static int levelBucket(JurisdictionLevel level) {
    switch (level) {
      case VILLAGE:
      case GRID:
        return 0;
      case MANAGEMENT_DISTRICT:
        return 1;
      case TOWNSHIP:
        return 2;
      default:
        return 3;
    }
  }

  private MediationFigures mediation(JurisdictionId root, DateRange period, Iterable<MediationCaseState> cases) {
    long received = 0;
    long settled = 0;
    long unsuccessful = 0;
    Map<VenueKind, long[]> byVenue = new EnumMap<>(VenueKind.class);
    for (MediationCaseState c : Checks.required("mediationCases", cases)) {
      if (!inSubtree(root, c.dispute().arose(), "mediation case " + c.id())) {
        continue;
      }
      if (!period.contains(day(c.openedAt()))) {
        continue;
      }
      received++;
      long[] venue = byVenue.computeIfAbsent(c.venue().kind(), k -> new long[2]);
      venue[1]++;
      if (c.outcome().filter(o -> o.isSuccess()).isPresent()) {
        settled++;
        venue[0]++;
      } else if (c.outcome().isPresent()
          || c.status() == MediationStatus.REFUSED
          || c.status() == MediationStatus.RETURNED_TO_PETITION
          || c.status().isTerminal()) {
        unsuccessful++;
      }
    }
    ImmutableMediationFigures.Builder b = ImmutableMediationFigures.builder()
        .received(received)
        .settled(settled)
        .unsuccessful(unsuccessful)
        .pending(received - settled - unsuccessful);
    for (Map.Entry<VenueKind, long[]> e : byVenue.entrySet()) {
      b.putSuccessByVenue(e.getKey(), Rate.of(e.getValue()[0], e.getValue()[1]));
    }
    return b.build();
  }

  private KeyPersonFigures keyPersons(
      JurisdictionId root, DateRange period, LocalDate asOf, Iterable<KeyPersonRecordState> records) {
    long listed = 0;
    long due = 0;
    long overdue = 0;
    for (KeyPersonRecordState r : Checks.required("keyPersonRecords", records)) {
      if (!inSubtree(root, r.jurisdiction(), "key-person record " + r.id())) {
        continue;
      }
      if (r.listedOn().isAfter(asOf) || r.delistedOn().filter(d -> !d.isAfter(asOf)).isPresent()) {
        continue;
      }
      listed++;
      LocalDate next = r.lastVisit().orElse(r.listedOn()).plus(visits.interval(r));
      if (period.contains(next)) {
        due++;
      }
      if (next.isBefore(asOf)) {
        overdue++;
      }
    }
    return ImmutableKeyPersonFigures.builder().listed(listed).visitsDue(due).visitsOverdue(overdue).build();
  }

  private OutreachFigures outreach(
      JurisdictionId root, DateRange period, Iterable<OutreachActivity> activities, Iterable<ErrandState> errands) {
    Set<LocalDate> planDays = new HashSet<>(jointVisits.visitDays(period));
    long villages = 0;
    for (Jurisdiction j : tree.subtree(root)) {
      if (j.level() == JurisdictionLevel.VILLAGE) {
        villages++;
      }
    }
    Set<String> onPlan = new HashSet<>();
    long held = 0;
    long homeVisits = 0;
    long households = 0;
    for (OutreachActivity a : Checks.required("outreach", activities)) {
      if (!inSubtree(root, a.where(), "outreach activity " + a.id()) || !period.contains(a.heldOn())) {
        continue;
      }
      households += a.householdsVisited();
      if (a.kind() == OutreachKind.HOME_VISIT) {
        homeVisits++;
      } else if (a.kind() == OutreachKind.JOINT_LISTENING_VISIT) {
        held++;
        @Nullable JurisdictionId village = village(a.where());
        if (village != null && planDays.contains(a.heldOn()) && tree.contains(root, village)) {
          onPlan.add(village.value() + "@" + a.heldOn());
        }
      }
    }
    long requested = 0;
    long doneOfRequested = 0;
    long done = 0;
    for (ErrandState e : Checks.required("errands", errands)) {
      if (!inSubtree(root, e.errand().jurisdiction(), "errand " + e.id())) {
        continue;
      }
      boolean isDone = e.status() == ErrandStatus.DONE;
      if (period.contains(day(e.errand().requestedAt()))) {
        requested++;
        if (isDone) {
          doneOfRequested++;
        }
      }
      if (isDone && e.concludedAt().filter(t -> period.contains(day(t))).isPresent()) {
        done++;
      }
    }
    return ImmutableOutreachFigures.builder()
        .jointVisitsPlanned(planDays.size() * villages)
        .jointVisitsHeldOnPlan(onPlan.size())
        .jointVisitsHeld(held)
        .homeVisits(homeVisits)
        .householdsVisited(households)
        .errandsRequested(requested)
        .errandsDoneOfRequested(doneOfRequested)
        .errandsDone(done)
        .build();
  }

  private @Nullable JurisdictionId village(JurisdictionId where) {
    for (Jurisdiction j : tree.pathToRoot(where)) {
      if (j.level() == JurisdictionLevel.VILLAGE) {
        return j.id();
      }
    }
    return null;
  }

  private List<PolicePostFigures> policePosts(JurisdictionId root, DateRange period, LedgerInput input) {
    Map<JurisdictionId, UnitId> postByPlace = new HashMap<>();
    Map<UnitId, long[]> figures = new TreeMap<>(Comparator.comparing(UnitId::value));
    Map<UnitId, JurisdictionId> placeOf = new HashMap<>();
    for (Unit u : Checks.required("policePosts", input.policePosts())) {
      Checks.check(u.kind() == UnitKind.POLICE_POST, "policePosts", u.id(), "must be a POLICE_POST unit, not " + u.kind());
      known(u.jurisdiction(), "police post " + u.id());
      Checks.check(placeOf.put(u.id(), u.jurisdiction()) == null, "policePosts", u.id(), "must list each post once");
      @Nullable UnitId other = postByPlace.put(u.jurisdiction(), u.id());
      Checks.check(other == null, "policePosts", u.id(), "shares its jurisdiction " + u.jurisdiction() + " with " + other);
      if (tree.contains(root, u.jurisdiction())) {
        figures.put(u.id(), new long[7]);
      }
    }
    for (PolicePostTally t : Checks.required("policePostTallies", input.policePostTallies())) {
      if (!placeOf.containsKey(t.post())) {
        throw new InvalidValueException("policePostTallies", t.post().value(), "names a post that is not among the police posts");
      }
      long[] f = figures.get(t.post());
      if (f != null && period.contains(t.on())) {
        f[0] += t.criminalCases();
        f[1] += t.caseClues();
        f[2] += t.intelligenceItems();
      }
    }
    if (!figures.isEmpty()) {
      for (OutreachActivity a : input.outreach()) {
        int slot = policeSlot(a.kind());
        if (slot < 0 || !period.contains(a.heldOn()) || !tree.contains(root, a.where())) {
          continue;
        }
        for (Jurisdiction j : tree.pathToRoot(a.where())) {
          @Nullable UnitId post = postByPlace.get(j.id());
          if (post != null) {
            long[] f = figures.get(post);
            if (f != null) {
              f[slot]++;
              f[6] += a.findings().size();
            }
            break;
          }
        }
      }
    }
    List<PolicePostFigures> result = new ArrayList<>(figures.size());
    for (Map.Entry<UnitId, long[]> e : figures.entrySet()) {
      long[] f = e.getValue();
      result.add(ImmutablePolicePostFigures.builder()
          .post(e.getKey())
          .jurisdiction(placeOf.get(e.getKey()))
          .criminalCases(f[0]).caseClues(f[1]).intelligenceItems(f[2])
          .talks(f[3]).caseFollowUps(f[4]).briefings(f[5]).findings(f[6])
          .build());
    }
    return result;
  }

  private static int policeSlot(OutreachKind kind) {
    switch (kind) {
      case POLICE_COMMUNITY_TALK:
        return 3;
      case CASE_FOLLOW_UP_VISIT:
        return 4;
      case SITUATION_BRIEFING:
        return 5;
      default:
        return -1;
    }
  }

  @Override
  public String toString() {
    return "Ledger{tree root=" + tree.root().id() + ", zone=" + zone + ", jointVisits=" + jointVisits + "}";
  }
}
