package org.hewei.governance.testkit.properties.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.organization.Unit;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.organization.UnitKind;
import org.hewei.governance.core.outreach.ErrandState;
import org.hewei.governance.core.outreach.OutreachActivity;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.hewei.governance.core.jurisdiction.UnknownJurisdictionException;
import org.hewei.governance.rules.report.Ledger;
import org.hewei.governance.rules.report.LedgerInput;
import org.hewei.governance.rules.report.LedgerReport;
import org.hewei.governance.rules.report.PolicePostTally;
import org.hewei.governance.rules.report.Rate;
import org.hewei.governance.rules.schedule.DateRange;
import org.hewei.governance.rules.schedule.InvalidDateRangeException;
import org.hewei.governance.rules.schedule.JointVisitSchedule;
import org.hewei.governance.testkit.generate.Cases;
import org.hewei.governance.testkit.generate.EventGen;
import org.hewei.governance.testkit.generate.Gen;
import org.hewei.governance.testkit.generate.JurisdictionGen;
import org.hewei.governance.testkit.generate.KeyPersonGen;
import org.hewei.governance.testkit.generate.MediationGen;
import org.hewei.governance.testkit.generate.OutreachGen;
import org.hewei.governance.testkit.generate.PetitionGen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Ledger invariants over generated towns: counts add up, rates are exact, subtrees sum, bad input fails. */
class ReportProperties {
  private static final ZoneId ZONE = Ledger.DEFAULT_ZONE;
  private static final JointVisitSchedule VISITS = JointVisitSchedule.seedDefaults(WorkingDayCalendar.chinaMainland());

  /** A tree, a period, a report day and the records of one generated place. */
  record Scenario(
      JurisdictionTree tree, DateRange period, LocalDate asOf, List<PetitionState> petitions,
      List<MediationCaseState> cases, List<KeyPersonRecordState> keyPersons, List<OutreachActivity> outreach,
      List<ErrandState> errands, List<Unit> posts, List<PolicePostTally> tallies) {
    LedgerInput input() {
      return filtered(id -> true);
    }

    /** The input restricted to records whose own jurisdiction passes {@code keep}. */
    LedgerInput filtered(Predicate<JurisdictionId> keep) {
      return LedgerInput.builder()
          .petitions(petitions.stream().filter(s -> keep.test(s.petition().arisenIn())).toList())
          .mediationCases(cases.stream().filter(c -> keep.test(c.dispute().arose())).toList())
          .keyPersonRecords(keyPersons.stream().filter(r -> keep.test(r.jurisdiction())).toList())
          .outreach(outreach.stream().filter(a -> keep.test(a.where())).toList())
          .errands(errands.stream().filter(e -> keep.test(e.errand().jurisdiction())).toList())
          .build();
    }

    Ledger ledger() {
      return Ledger.of(tree, KeyPersonCatalogue.defaults(), VISITS);
    }

    @Override
    public String toString() {
      return "Scenario{nodes=" + tree.size() + ", period=" + period + ", petitions=" + petitions.size()
          + ", cases=" + cases.size() + ", keyPersons=" + keyPersons.size() + ", outreach=" + outreach.size() + "}";
    }
  }

  static Gen<Scenario> scenarios() {
    return random -> {
      JurisdictionTree tree = JurisdictionGen.trees().generate(random);
      LocalDate from = EventGen.dates().generate(random);
      LocalDate to = from.plusDays(random.nextInt(5) == 0 ? 1500 : random.nextInt(400));
      if (to.isAfter(EventGen.LAST_DAY)) {
        to = EventGen.LAST_DAY;
      }
      LocalDate asOf = EventGen.dates().generate(random);
      List<Unit> posts = new ArrayList<>();
      List<PolicePostTally> tallies = new ArrayList<>();
      List<Jurisdiction> nodes = tree.jurisdictions();
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        Jurisdiction place = nodes.get(random.nextInt(nodes.size()));
        if (posts.stream().noneMatch(p -> p.jurisdiction().equals(place.id()))) {
          posts.add(Unit.of(UnitId.of("JWS-" + i), UnitKind.POLICE_POST, "警务室" + i, place.id()));
        }
      }
      for (Unit p : posts) {
        for (int k = random.nextInt(4); k > 0; k--) {
          tallies.add(PolicePostTally.of(p.id(), EventGen.dates().generate(random),
              random.nextInt(5), random.nextInt(10), random.nextInt(50)));
        }
      }
      return new Scenario(tree, DateRange.of(from, to), asOf,
          PetitionGen.states(tree).list(0, 40).generate(random),
          MediationGen.caseStates(tree).list(0, 20).generate(random),
          KeyPersonGen.records(tree).list(0, 20).generate(random),
          OutreachGen.activities(tree).list(0, 15).generate(random),
          OutreachGen.errandStates(tree).list(0, 10).generate(random),
          posts, tallies);
    };
  }

  static Stream<Arguments> cases() {
    return Cases.of(scenarios(), 300);
  }

  private static LedgerReport reportAt(Scenario s, JurisdictionId root, LedgerInput input) {
    return s.ledger().report(root, s.period(), s.asOf(), input);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("cases")
  void countsAddUp(long seed, Scenario s) {
    JurisdictionId root = s.tree().root().id();
    LedgerReport r = reportAt(s, root, LedgerInput.builder()
        .petitions(s.petitions()).mediationCases(s.cases()).keyPersonRecords(s.keyPersons())
        .outreach(s.outreach()).errands(s.errands()).policePosts(s.posts()).policePostTallies(s.tallies()).build());
    var p = r.petitions();
    assertThat(sum(p.receivedByChannel().values())).isEqualTo(p.received());
    assertThat(sum(p.receivedByType().values())).isEqualTo(p.received());
    assertThat(sum(p.receivedByCategory().values())).isEqualTo(p.received());
    assertThat(p.concludedAtVillage() + p.concludedAtDistrict() + p.concludedAtTown() + p.concludedAboveTown())
        .isEqualTo(p.concluded());
    // independent recount of what was received: every generated petition lies in the root's subtree
    long received = s.petitions().stream()
        .filter(x -> s.period().contains(LocalDate.ofInstant(x.petition().receivedAt(), ZONE))).count();
    assertThat(p.received()).isEqualTo(received);
    assertThat(p.skipLevel()).isLessThanOrEqualTo(p.received());
    assertThat(p.collective()).isLessThanOrEqualTo(p.received());
    var m = r.mediation();
    assertThat(m.settled() + m.unsuccessful() + m.pending()).isEqualTo(m.received());
    assertThat(m.received()).isEqualTo(s.cases().stream()
        .filter(c -> s.period().contains(LocalDate.ofInstant(c.openedAt(), ZONE))).count());
    assertThat(m.successByVenue().values().stream().mapToLong(Rate::denominator).sum()).isEqualTo(m.received());
    assertThat(r.keyPersons().listed()).isEqualTo(s.keyPersons().stream()
        .filter(k -> !k.listedOn().isAfter(s.asOf()) && k.delistedOn().filter(d -> !d.isAfter(s.asOf())).isEmpty())
        .count());
    assertThat(r.outreach().jointVisitsHeldOnPlan()).isLessThanOrEqualTo(r.outreach().jointVisitsPlanned());
    long tallied = s.tallies().stream().filter(t -> s.period().contains(t.on())).mapToLong(PolicePostTally::caseClues).sum();
    assertThat(r.policePosts().stream().mapToLong(x -> x.caseClues()).sum()).isEqualTo(tallied);
    assertThat(r.policePosts()).hasSize(s.posts().size());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("cases")
  void ratesAreExactFractionsWithin0To100(long seed, Scenario s) {
    LedgerReport r = reportAt(s, s.tree().root().id(), s.input());
    List<Rate> rates = new ArrayList<>(List.of(
        r.petitions().smallMattersStayInVillage(), r.petitions().mattersStayInTown(), r.petitions().onTime(),
        r.petitions().satisfaction(), r.mediation().successRate(), r.keyPersons().visitCompliance(),
        r.outreach().jointVisitPlanFulfilment(), r.outreach().errandCompletion()));
    rates.addAll(r.mediation().successByVenue().values());
    for (Rate rate : rates) {
      assertExact(rate);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("rates")
  void rateRoundsHalfUpExactly(long seed, Rate rate) {
    assertExact(rate);
  }

  static Stream<Arguments> rates() {
    Gen<Rate> gen = random -> {
      long d = switch (random.nextInt(4)) {
        case 0 -> random.nextInt(3);
        case 1 -> 1 + random.nextInt(1000);
        case 2 -> Long.MAX_VALUE - random.nextInt(1000);
        default -> 1 + (random.nextLong() & Long.MAX_VALUE) % Long.MAX_VALUE;
      };
      long n = d == 0 ? 0 : (random.nextLong() & Long.MAX_VALUE) % (d + (d == Long.MAX_VALUE ? 0 : 1));
      return Rate.of(Math.min(n, d), d);
    };
    return Cases.of(gen, 300);
  }

  /** percent == round-half-up(1000·n/d)/10 computed in integers; 0..100; n/a exactly for d = 0. */
  private static void assertExact(Rate rate) {
    if (rate.denominator() == 0) {
      assertThat(rate.percent()).isEmpty();
      assertThat(rate.percentText()).isEqualTo("n/a");
      return;
    }
    BigInteger n = BigInteger.valueOf(rate.numerator());
    BigInteger d = BigInteger.valueOf(rate.denominator());
    BigInteger tenths = n.multiply(BigInteger.valueOf(2000)).add(d).divide(d.multiply(BigInteger.TWO));
    assertThat(rate.percent()).hasValueSatisfying(p -> {
      assertThat(p.scale()).isEqualTo(1);
      assertThat(p.unscaledValue()).isEqualTo(tenths);
      assertThat(p.signum()).isGreaterThanOrEqualTo(0);
      assertThat(p.compareTo(java.math.BigDecimal.valueOf(100))).isLessThanOrEqualTo(0);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("cases")
  void subtreeCountsSumOverChildren(long seed, Scenario s) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Jurisdiction> inner = s.tree().jurisdictions().stream()
        .filter(j -> !s.tree().children(j.id()).isEmpty()).toList();
    if (inner.isEmpty()) {
      return; // a one-node tree has no children to sum over
    }
    JurisdictionId x = inner.get(random.nextInt(inner.size())).id();
    LedgerInput all = s.input();
    long[] whole = additive(reportAt(s, x, all));
    long[] sum = additive(reportAt(s, x, s.filtered(id -> id.equals(x)))); // records at x itself
    for (Jurisdiction child : s.tree().children(x)) {
      long[] part = additive(reportAt(s, child.id(), all));
      for (int i = 0; i < sum.length; i++) {
        sum[i] += part[i];
      }
    }
    assertThat(whole).containsExactly(sum);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("cases")
  void unknownJurisdictionFailsInsteadOfMiscounting(long seed, Scenario s) {
    SplittableRandom random = new SplittableRandom(seed);
    Petition base = PetitionGen.petitions(s.tree()).generate(random);
    Petition lost = Petition.builder().from(base).arisenIn(JurisdictionId.of("NOT-IN-TREE")).build();
    PetitionState stray = PetitionState.builder().petition(lost).version(1)
        .status(org.hewei.governance.core.petition.PetitionStatus.RECEIVED).updatedAt(lost.receivedAt()).build();
    List<PetitionState> states = new ArrayList<>(s.petitions());
    states.add(random.nextInt(states.size() + 1), stray);
    List<Jurisdiction> nodes = s.tree().jurisdictions();
    JurisdictionId root = nodes.get(random.nextInt(nodes.size())).id();
    assertThatThrownBy(() -> reportAt(s, root, LedgerInput.builder().petitions(states).build()))
        .isInstanceOf(UnknownJurisdictionException.class).hasMessageContaining("NOT-IN-TREE");
    LocalDate from = s.period().to().plusDays(1 + random.nextInt(30));
    assertThatThrownBy(() -> DateRange.of(from, s.period().to())).isInstanceOf(InvalidDateRangeException.class);
  }

  /**
   * The counts of a report that add over disjoint subtrees: everything but the joint-visit plan (villages ×
   * days, and visits on plan counted once per village and day — not additive below village level) and
   * police posts (figures per post, not per place).
   */
  private static long[] additive(LedgerReport r) {
    var p = r.petitions();
    var m = r.mediation();
    var k = r.keyPersons();
    var o = r.outreach();
    List<Long> v = new ArrayList<>(List.of(
        p.received(), p.skipLevel(), p.collective(), p.repeat(), p.concluded(), p.concludedAtVillage(),
        p.concludedAtDistrict(), p.concludedAtTown(), p.concludedAboveTown(), p.concludedWithDueDate(),
        p.concludedOnTime(), p.overdue(), p.rated(), p.satisfied(),
        m.received(), m.settled(), m.unsuccessful(), m.pending(),
        k.listed(), k.visitsDue(), k.visitsOverdue(),
        o.jointVisitsHeld(), o.homeVisits(), o.householdsVisited(),
        o.errandsRequested(), o.errandsDoneOfRequested(), o.errandsDone()));
    v.addAll(p.receivedByChannel().values());
    v.addAll(p.receivedByType().values());
    return v.stream().mapToLong(Long::longValue).toArray();
  }

  private static long sum(java.util.Collection<Long> values) {
    return values.stream().mapToLong(Long::longValue).sum();
  }
}
