package org.hewei.governance.testkit.properties.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.jurisdiction.DivisionCode;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.EscalationRecord;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.MediationResult;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Petitioner;
import org.hewei.governance.core.policy.EscalationAction;
import org.hewei.governance.core.policy.EscalationPolicy;
import org.hewei.governance.core.policy.EscalationRule;
import org.hewei.governance.core.policy.PolicyId;
import org.hewei.governance.core.policy.RepeatPolicy;
import org.hewei.governance.core.policy.SensitivePeriod;
import org.hewei.governance.core.policy.Trigger;
import org.hewei.governance.rules.escalation.CommandTargets;
import org.hewei.governance.rules.escalation.EscalationContext;
import org.hewei.governance.rules.escalation.EscalationDecision;
import org.hewei.governance.rules.escalation.EscalationEngine;
import org.hewei.governance.rules.routing.Router;
import org.hewei.governance.core.jurisdiction.UnknownJurisdictionException;
import org.hewei.governance.testkit.generate.Cases;
import org.hewei.governance.testkit.generate.Gen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiled escalation engine agrees with a straightforward interpreter of the trigger tree (written
 * here with {@link Trigger.Visitor}) over random policies and random petition states, batch evaluation
 * equals one-by-one evaluation, and carrying out the decisions makes them idempotent.
 */
class EscalationProperties {
  private static final ZoneId ZONE = EscalationContext.CHINA;
  private static final String SECRET = "王五 13900139000 住址保密";
  private static final CommandTargets TARGETS =
      CommandTargets.fixed(UnitId.of("XFB"), Set.of(UnitId.of("XFB"), UnitId.of("SFS")), OfficialId.of("OFF-1"));

  // ---- the tree ------------------------------------------------------------------------------------

  private static final Jurisdiction COUNTY = Jurisdiction.official(DivisionCode.parse("370883"), "县");
  private static final Jurisdiction TOWN =
      Jurisdiction.official(DivisionCode.parse("370883103000"), "镇").withParent(COUNTY.id());
  private static final Jurisdiction D1 = node("GQ-1", JurisdictionLevel.MANAGEMENT_DISTRICT, TOWN);
  private static final Jurisdiction D2 = node("GQ-2", JurisdictionLevel.MANAGEMENT_DISTRICT, TOWN);
  private static final Jurisdiction V1 = village("370883103201", D1);
  private static final Jurisdiction V2 = village("370883103202", D2);
  private static final Jurisdiction V3 = village("370883103203", TOWN);
  private static final Jurisdiction G1 = node("G-1", JurisdictionLevel.GRID, V1);
  private static final List<Jurisdiction> NODES = List.of(COUNTY, TOWN, D1, D2, V1, V2, V3, G1);
  private static final JurisdictionTree TREE = JurisdictionTree.of(NODES);

  private static Jurisdiction node(String id, JurisdictionLevel level, Jurisdiction parent) {
    return Jurisdiction.builder().id(JurisdictionId.of(id)).level(level).name(id).parentId(parent.id()).build();
  }

  private static Jurisdiction village(String code, Jurisdiction parent) {
    return Jurisdiction.official(DivisionCode.parse(code), "村" + code).withParent(parent.id());
  }

  private static HandlingPlace place(Jurisdiction j) {
    return HandlingPlace.of(j.id(), j.level());
  }

  // ---- scenarios -----------------------------------------------------------------------------------

  /** A random policy, context, now and states. */
  record Scenario(EscalationPolicy policy, EscalationContext context, Instant now, List<PetitionState> states) {
    @Override
    public String toString() {
      return policy.describe().replace('\n', '|') + " @" + now + " × " + states.size();
    }
  }

  static Stream<Arguments> scenarios() {
    return Cases.of(EscalationProperties::scenario, 320);
  }

  private static Scenario scenario(SplittableRandom r) {
    Instant now = Instant.parse("2026-02-20T00:00:00Z").plus(Duration.ofMinutes(r.nextInt(60 * 24 * 60)));
    LocalDate today = now.atZone(ZONE).toLocalDate();
    List<SensitivePeriod> periods = new ArrayList<>();
    int np = 1 + r.nextInt(2);
    for (int i = 0; i < np; i++) {
      LocalDate from = today.plusDays(r.nextInt(11) - 5);
      periods.add(SensitivePeriod.of("p" + i, "时段" + i, from, from.plusDays(r.nextInt(4))));
    }
    List<EscalationRule> rules = new ArrayList<>();
    int nr = 1 + r.nextInt(5);
    for (int i = 0; i < nr; i++) {
      rules.add(
          EscalationRule.builder()
              .id("R" + i)
              .name("规则" + i)
              .trigger(trigger(r, 3, np))
              .actions(actions(r))
              .repeat(r.nextInt(3) == 0 ? RepeatPolicy.once() : r.nextBoolean() ? RepeatPolicy.everyHours(1 + r.nextInt(72)) : RepeatPolicy.everyDays(1 + r.nextInt(5)))
              .build());
    }
    EscalationPolicy policy =
        EscalationPolicy.builder().id(PolicyId.of("random")).version(1 + r.nextInt(9)).title("随机").sensitivePeriods(periods).rules(rules).build();
    EscalationContext context = EscalationContext.of(TREE, ZONE);
    if (r.nextBoolean()) {
      context = context.withDepartments(s -> 1 + s.petition().headcount() % 4)
          .withKeyPersonCategories(s -> s.petition().headcount() % 2 == 1 ? Set.of("drug-related") : Set.of());
    }
    List<PetitionState> states = new ArrayList<>();
    // Mostly a handful; one scenario in four spans several 64-state blocks of the batch path, the last one partial.
    int ns = r.nextInt(4) == 0 ? 65 + r.nextInt(120) : 1 + r.nextInt(20);
    for (int i = 0; i < ns; i++) {
      states.add(state(r, i, now, nr));
    }
    return new Scenario(policy, context, now, List.copyOf(states));
  }

  private static Trigger trigger(SplittableRandom r, int depth, int periods) {
    int kind = r.nextInt(depth <= 1 ? 11 : 14);
    return switch (kind) {
      case 0 -> r.nextBoolean() ? Trigger.overdueBy(1 + r.nextInt(5)) : Trigger.overdueBy(Duration.ofMinutes(1 + r.nextInt(60 * 24 * 5)));
      case 1 -> Trigger.dueWithin(1 + r.nextInt(5));
      case 2 -> Trigger.headcountAtLeast(1 + r.nextInt(8));
      case 3 -> Trigger.repeatCountAtLeast(1 + r.nextInt(3));
      case 4 -> r.nextBoolean() ? Trigger.keyPersonInvolved() : Trigger.keyPersonCategoryIn(r.nextBoolean() ? "drug-related" : "mental-health");
      case 5 -> Trigger.mediationFailed();
      case 6 -> Trigger.departmentsAtLeast(2 + r.nextInt(3));
      case 7 -> Trigger.statusIn(pick(r, PetitionStatus.values()), pick(r, PetitionStatus.values()));
      case 8 -> Trigger.levelIn(pick(r, JurisdictionLevel.values()), pick(r, JurisdictionLevel.values()));
      case 9 -> r.nextBoolean() ? Trigger.inSensitivePeriod() : Trigger.inSensitivePeriod("p" + r.nextInt(periods));
      case 10 -> Trigger.flagPresent(r.nextInt(6) == 0 ? "no-such-flag" : code(pick(r, PetitionFlag.values())));
      case 11 -> Trigger.allOf(trigger(r, depth - 1, periods), trigger(r, depth - 1, periods));
      case 12 -> Trigger.anyOf(trigger(r, depth - 1, periods), trigger(r, depth - 1, periods), trigger(r, depth - 1, periods));
      default -> Trigger.not(trigger(r, depth - 1, periods));
    };
  }

  private static List<EscalationAction> actions(SplittableRandom r) {
    List<EscalationAction> all =
        List.of(
            EscalationAction.escalateTo(pick(r, JurisdictionLevel.values())),
            EscalationAction.escalateOneLevelUp(),
            EscalationAction.raiseCall(),
            EscalationAction.conveneJointMeeting(),
            EscalationAction.assignCaseOwner(Role.SECTION_LEVEL_CADRE, JurisdictionLevel.TOWNSHIP),
            EscalationAction.supervise(),
            EscalationAction.notifyRole(Role.POLICE_OFFICER),
            EscalationAction.flagRisk("risk"));
    List<EscalationAction> actions = new ArrayList<>();
    actions.add(all.get(r.nextInt(6))); // at least one recorded action
    int more = r.nextInt(3);
    for (int i = 0; i < more; i++) {
      actions.add(all.get(r.nextInt(all.size())));
    }
    return actions;
  }

  private static PetitionState state(SplittableRandom r, int i, Instant now, int rules) {
    Instant received = now.minus(Duration.ofDays(90));
    int headcount = 1 + r.nextInt(9);
    Set<PetitionFlag> flags = EnumSet.noneOf(PetitionFlag.class);
    for (PetitionFlag f : PetitionFlag.values()) {
      if (r.nextInt(4) == 0) {
        flags.add(f);
      }
    }
    Jurisdiction where = NODES.get(1 + r.nextInt(NODES.size() - 1));
    Petition petition =
        Petition.builder()
            .id(PetitionId.of("P-" + i))
            .channel(Channel.WALK_IN)
            .type(PetitionType.GRIEVANCE)
            .category(MatterCategory.WAGES)
            .request(SECRET)
            .addPetitioners(headcount >= 2 ? Petitioner.representative(PersonId.of("X-" + i)) : Petitioner.of(PersonId.of("X-" + i)))
            .headcount(headcount)
            .arisenIn(V1.id())
            .filedWith(place(V1))
            .receivedAt(received)
            .flags(flags)
            .build();
    PetitionStatus status = pick(r, PetitionStatus.values());
    PetitionState.Builder b = PetitionState.builder();
    b.petition(petition)
        .version(1 + r.nextInt(20))
        .status(status)
        .handling(place(where))
        .updatedAt(now.minus(Duration.ofMinutes(r.nextInt(60 * 24 * 20))))
        .repeatCount(r.nextInt(4))
        .callsRaised(r.nextInt(3) == 0 ? 1 : 0)
        .supervisionCount(r.nextInt(3) == 0 ? 1 : 0);
    if (r.nextInt(4) != 0) {
      b.dueDate(now.atZone(ZONE).toLocalDate().plusDays(r.nextInt(21) - 10));
    }
    if (status == PetitionStatus.IN_MEDIATION || r.nextInt(4) == 0) {
      b.mediationCase(MediationCaseId.of("M-" + i));
      if (r.nextBoolean()) {
        b.mediationResult(pick(r, MediationResult.values()));
      }
    }
    if (status.compareTo(PetitionStatus.REPLIED) >= 0 && status.compareTo(PetitionStatus.UNDER_RE_REVIEW) <= 0) {
      b.repliedAt(received.plus(Duration.ofDays(1)));
      if (status.compareTo(PetitionStatus.UNDER_REVIEW) >= 0) {
        b.reviewRequestedAt(received.plus(Duration.ofDays(2)));
      }
      if (status.compareTo(PetitionStatus.REVIEWED) >= 0) {
        b.reviewOpinionAt(received.plus(Duration.ofDays(3)));
      }
      if (status == PetitionStatus.UNDER_RE_REVIEW) {
        b.reReviewRequestedAt(received.plus(Duration.ofDays(4)));
      }
    }
    if (r.nextInt(4) == 0) {
      b.jointMeetingConvenedAt(now.minus(Duration.ofDays(1)));
    }
    if (r.nextInt(4) == 0) {
      b.caseOwnershipLeader(OfficialId.of("OFF-9"));
    }
    if (r.nextInt(3) == 0) {
      b.addEscalations(
          EscalationRecord.of(
              now.minus(Duration.ofHours(r.nextInt(24 * 6))),
              JurisdictionLevel.VILLAGE,
              JurisdictionLevel.MANAGEMENT_DISTRICT,
              Optional.of("R" + r.nextInt(rules))));
    }
    return b.build();
  }

  @SafeVarargs
  private static <T> T pick(SplittableRandom r, T... values) {
    return values[r.nextInt(values.length)];
  }

  private static String code(PetitionFlag flag) {
    return flag.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  // ---- the reference interpreter -------------------------------------------------------------------

  /**
   * The decisions for {@code s}, written from the package description state by state: the handling node
   * looked up in the tree for every matching rule, the target and parent found there, then idempotency
   * (a recorded escalation within its cool-down, recorded effects) and one escalation per evaluation.
   */
  private static List<String> referenceDecisions(Scenario sc, PetitionState s) {
    List<String> out = new ArrayList<>();
    if (!s.status().isOpen()) {
      return out;
    }
    JurisdictionTree tree = sc.context().tree();
    Jurisdiction node = tree.get(s.handling().jurisdiction());
    List<String> matching = interpreted(sc, s);
    boolean escalated = false;
    for (EscalationRule rule : sc.policy().rules()) {
      if (!matching.contains(rule.id())) {
        continue;
      }
      Optional<Duration> cooldown = rule.repeat().interval();
      Optional<Instant> last = s.lastEscalationBy(rule.id()).map(EscalationRecord::at);
      boolean escalating = rule.actions().stream().anyMatch(EscalationProperties::isEscalation);
      if (escalating && last.isPresent() && (cooldown.isEmpty() || sc.now().isBefore(last.get().plus(cooldown.get())))) {
        continue; // its escalation is recorded and not due again
      }
      Jurisdiction target = null;
      for (EscalationAction a : rule.actions()) {
        if (target == null && a instanceof EscalationAction.EscalateToLevel to) {
          Jurisdiction t = Router.responsibleNode(tree, node.id(), to.level());
          target = t.level().isAbove(node.level()) ? t : null;
        } else if (target == null && a instanceof EscalationAction.EscalateOneLevelUp) {
          target = tree.parent(node.id()).orElse(null);
        }
      }
      if (target != null && escalated) {
        continue;
      }
      boolean call = rule.actions().contains(EscalationAction.raiseCall());
      Jurisdiction parent = call ? tree.parent(node.id()).orElse(null) : null;
      List<EscalationAction> applying = new ArrayList<>();
      boolean traceable = false;
      boolean escalationAdded = false;
      for (EscalationAction a : rule.actions()) {
        if (isEscalation(a) ? target != null && !escalationAdded : !(a instanceof EscalationAction.RaiseCall) || parent != null) {
          applying.add(a);
          escalationAdded |= isEscalation(a);
          traceable |= !(a instanceof EscalationAction.NotifyRole || a instanceof EscalationAction.FlagRisk);
        }
      }
      if (!traceable) {
        continue; // notify and flag-risk actions are not issued alone
      }
      if (target == null) {
        List<Boolean> effects = new ArrayList<>();
        if (parent != null) {
          effects.add(s.callsRaised() > 0);
        }
        for (EscalationAction a : rule.actions()) {
          if (a instanceof EscalationAction.ConveneJointMeeting) {
            effects.add(s.jointMeetingConvenedAt().isPresent());
          } else if (a instanceof EscalationAction.AssignCaseOwner) {
            effects.add(s.caseOwnershipLeader().isPresent());
          } else if (a instanceof EscalationAction.Supervise) {
            effects.add(s.supervisionCount() > 0);
          }
        }
        Optional<Instant> since = escalating && cooldown.isPresent() ? last : Optional.empty();
        if (!effects.isEmpty() && !effects.contains(false)) {
          if (cooldown.isEmpty()) {
            continue; // carried out, and the rule fires once
          }
          since = Optional.of(since.filter(t -> t.isAfter(s.updatedAt())).orElse(s.updatedAt()));
        }
        if (since.isPresent() && sc.now().isBefore(since.get().plus(cooldown.orElseThrow()))) {
          continue;
        }
      }
      out.add(summary(s.id().value(), rule.id(), Optional.ofNullable(target).map(t -> t.id().value()),
          Optional.ofNullable(parent).map(Jurisdiction::level), applying));
      escalated |= target != null;
    }
    return out;
  }

  private static boolean isEscalation(EscalationAction a) {
    return a instanceof EscalationAction.EscalateToLevel || a instanceof EscalationAction.EscalateOneLevelUp;
  }

  /** A decision as text, its escalation action named only as such (the target says where). */
  /** The {@link #summary} of each decision, in order. */
  private static List<String> summaries(List<EscalationDecision> decisions) {
    List<String> out = new ArrayList<>();
    for (EscalationDecision d : decisions) {
      out.add(summary(d.petitionId().value(), d.ruleId(), d.escalatesTo().map(p -> p.jurisdiction().value()),
          d.callLevel(), d.actions()));
    }
    return out;
  }

  private static String summary(
      String petition, String rule, Optional<String> to, Optional<JurisdictionLevel> call, List<EscalationAction> actions) {
    List<String> names = new ArrayList<>();
    for (EscalationAction a : actions) {
      names.add(isEscalation(a) ? "escalate" : a.toString());
    }
    return petition + " " + rule + " to " + to.orElse("-") + ", call " + call.map(Enum::name).orElse("-") + ": " + names;
  }

  /** Evaluates a trigger tree directly from its documented meaning (package description of rules.escalation). */
  private static final class Interpreter implements Trigger.Visitor<Boolean> {
    private final PetitionState s;
    private final Instant now;
    private final LocalDate today;
    private final EscalationPolicy policy;
    private final EscalationContext context;

    Interpreter(PetitionState s, Instant now, EscalationPolicy policy, EscalationContext context) {
      this.s = s;
      this.now = now;
      this.today = now.atZone(ZONE).toLocalDate();
      this.policy = policy;
      this.context = context;
    }

    @Override
    public Boolean overdueBy(Trigger.OverdueBy t) {
      return s.dueDate()
          .map(d -> Duration.between(d.plusDays(1).atStartOfDay(ZONE).toInstant(), now).compareTo(t.threshold()) >= 0)
          .orElse(false);
    }

    @Override
    public Boolean dueWithin(Trigger.DueWithin t) {
      return s.dueDate().map(d -> {
        long days = ChronoUnit.DAYS.between(today, d);
        return days >= 0 && days <= t.days();
      }).orElse(false);
    }

    @Override
    public Boolean headcountAtLeast(Trigger.HeadcountAtLeast t) {
      return s.petition().headcount() >= t.headcount();
    }

    @Override
    public Boolean repeatCountAtLeast(Trigger.RepeatCountAtLeast t) {
      return s.repeatCount() >= t.count();
    }

    @Override
    public Boolean keyPersonCategoryInvolved(Trigger.KeyPersonCategoryInvolved t) {
      if (t.categoryCodes().isEmpty()) {
        return s.flags().contains(PetitionFlag.KEY_PERSON_INVOLVED);
      }
      Set<String> both = new HashSet<>(context.keyPersonCategories(s));
      both.retainAll(t.categoryCodes());
      return !both.isEmpty();
    }

    @Override
    public Boolean mediationFailed(Trigger.MediationFailed t) {
      return s.mediationResult().filter(m -> m == MediationResult.FAILED || m == MediationResult.REFUSED).isPresent();
    }

    @Override
    public Boolean severalDepartments(Trigger.SeveralDepartments t) {
      return context.departments(s) >= t.units();
    }

    @Override
    public Boolean statusIn(Trigger.StatusIn t) {
      return t.statuses().contains(s.status());
    }

    @Override
    public Boolean levelIn(Trigger.LevelIn t) {
      return t.levels().contains(s.handlingLevel());
    }

    @Override
    public Boolean inSensitivePeriod(Trigger.InSensitivePeriod t) {
      return policy.sensitivePeriods().stream()
          .anyMatch(p -> (t.periodCodes().isEmpty() || t.periodCodes().contains(p.code())) && p.contains(today));
    }

    @Override
    public Boolean flagPresent(Trigger.FlagPresent t) {
      return s.flags().stream().anyMatch(f -> code(f).equals(t.flagCode()));
    }

    @Override
    public Boolean and(Trigger.And t) {
      return t.operands().stream().allMatch(o -> o.accept(this));
    }

    @Override
    public Boolean or(Trigger.Or t) {
      return t.operands().stream().anyMatch(o -> o.accept(this));
    }

    @Override
    public Boolean not(Trigger.Not t) {
      return !t.operand().accept(this);
    }
  }

  private static List<String> interpreted(Scenario sc, PetitionState s) {
    Interpreter in = new Interpreter(s, sc.now(), sc.policy(), sc.context());
    List<String> ids = new ArrayList<>();
    for (EscalationRule rule : sc.policy().rules()) {
      if (rule.trigger().accept(in)) {
        ids.add(rule.id());
      }
    }
    return ids;
  }

  // ---- properties -----------------------------------------------------------------------------------

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("scenarios")
  void compiledTriggersAgreeWithTheInterpreter(long seed, Scenario sc) {
    EscalationEngine engine = EscalationEngine.compile(sc.policy(), sc.context());
    for (PetitionState s : sc.states()) {
      assertThat(engine.matchingRules(s, sc.now())).as("state %s", s.id()).isEqualTo(interpreted(sc, s));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("scenarios")
  void batchEvaluationEqualsOneByOneAndOnlyMatchingRulesOfOpenStatesDecide(long seed, Scenario sc) {
    EscalationEngine engine = EscalationEngine.compile(sc.policy(), sc.context());
    List<EscalationDecision> batch = engine.evaluate(sc.states(), sc.now());
    List<EscalationDecision> single = new ArrayList<>();
    for (PetitionState s : sc.states()) {
      List<EscalationDecision> ds = engine.evaluate(s, sc.now());
      single.addAll(ds);
      List<String> matching = interpreted(sc, s);
      int escalations = 0;
      for (EscalationDecision d : ds) {
        assertThat(s.status().isOpen()).isTrue();
        assertThat(matching).contains(d.ruleId());
        assertThat(d.petitionId()).isEqualTo(s.id());
        assertThat(d.policyId()).isEqualTo(sc.policy().id());
        assertThat(d.policyVersion()).isEqualTo(sc.policy().version());
        assertThat(sc.policy().rule(d.ruleId()).orElseThrow().actions()).containsAll(d.actions());
        assertThat(d.explanation()).startsWith(d.ruleId() + ": ").doesNotContain(SECRET);
        assertThat(d.toString()).doesNotContain(SECRET).doesNotContain("X-");
        d.escalatesTo().ifPresent(to -> assertThat(to.level().isAbove(s.handlingLevel())).isTrue());
        escalations += d.escalatesTo().isPresent() ? 1 : 0;
        assertThat(d.toCommands(CommandId.of("c"), sc.now(), TARGETS)).isNotEmpty();
      }
      assertThat(escalations).isLessThanOrEqualTo(1);
    }
    assertThat(batch).isEqualTo(single);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("scenarios")
  void decisionsAgreeWithAReferenceThatLooksUpEveryNode(long seed, Scenario sc) {
    EscalationEngine engine = EscalationEngine.compile(sc.policy(), sc.context());
    List<String> expected = new ArrayList<>();
    for (PetitionState s : sc.states()) {
      expected.addAll(referenceDecisions(sc, s));
    }
    assertThat(summaries(engine.evaluate(sc.states(), sc.now()))).isEqualTo(expected);
  }

  /**
   * The engine matches a policy through one table look-up per state when it fits, and 64 states at a time
   * over columns when a trigger asks the context (key-person categories). Each rule ANDed with "no
   * key-person category that no context names" means the same and takes the columns: both must decide
   * alike.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("scenarios")
  void theTableAndTheColumnsDecideAlike(long seed, Scenario sc) {
    List<EscalationRule> rules = new ArrayList<>();
    for (EscalationRule r : sc.policy().rules()) {
      rules.add(EscalationRule.builder().from(r)
          .trigger(r.trigger().and(Trigger.not(Trigger.keyPersonCategoryIn("no-context-names-this")))).build());
    }
    EscalationPolicy columns = EscalationPolicy.builder().from(sc.policy()).rules(rules).build();
    EscalationEngine table = EscalationEngine.compile(sc.policy(), sc.context());
    EscalationEngine blocks = EscalationEngine.compile(columns, sc.context());
    assertThat(summaries(table.evaluate(sc.states(), sc.now()))).isEqualTo(summaries(blocks.evaluate(sc.states(), sc.now())));
    for (PetitionState s : sc.states()) {
      assertThat(table.matchingRules(s, sc.now())).isEqualTo(blocks.matchingRules(s, sc.now()));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("scenarios")
  void carryingOutTheDecisionsMakesThemIdempotent(long seed, Scenario sc) {
    EscalationEngine engine = EscalationEngine.compile(sc.policy(), sc.context());
    List<EscalationDecision> first = engine.evaluate(sc.states(), sc.now());
    List<PetitionState> after = new ArrayList<>();
    for (PetitionState s : sc.states()) {
      after.add(apply(s, first, sc.now()));
    }
    Set<String> issued = new HashSet<>();
    for (EscalationDecision d : first) {
      assertThat(issued.add(d.petitionId() + "/" + d.ruleId())).isTrue();
    }
    for (EscalationDecision d : engine.evaluate(after, sc.now())) {
      assertThat(issued).as("repeated decision %s", d).doesNotContain(d.petitionId() + "/" + d.ruleId());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("scenarios")
  void aStateOutsideTheTreeFailsFastOrIsLeftAlone(long seed, Scenario sc) {
    EscalationEngine engine = EscalationEngine.compile(sc.policy(), sc.context());
    PetitionState s = sc.states().get(0).toBuilder()
        .handling(HandlingPlace.of(JurisdictionId.of("NOT-IN-TREE"), JurisdictionLevel.VILLAGE)).build();
    boolean anyMatch = s.status().isOpen() && !interpreted(sc, s).isEmpty();
    if (!anyMatch) {
      assertThat(engine.evaluate(s, sc.now())).isEmpty();
    } else {
      try {
        assertThat(engine.evaluate(s, sc.now())).isEmpty(); // every match already recorded
      } catch (UnknownJurisdictionException e) {
        assertThat(e.jurisdiction().value()).isEqualTo("NOT-IN-TREE");
        assertThat(e.getMessage()).doesNotContain(SECRET);
      }
    }
    // At every level: a state handled outside the tree either fails fast or is left alone, and it is left
    // alone only when the same state at every node of that level in the tree gets no decision either (what
    // the level settles without the node is settled at each of its nodes). So no decision is ever made
    // for a jurisdiction outside the tree.
    for (JurisdictionLevel level : JurisdictionLevel.values()) {
      PetitionState outside = s.toBuilder().handling(HandlingPlace.of(JurisdictionId.of("NOT-IN-TREE"), level)).build();
      boolean leftAlone;
      try {
        assertThat(engine.evaluate(outside, sc.now())).isEmpty();
        leftAlone = true;
      } catch (UnknownJurisdictionException e) {
        assertThat(e.jurisdiction().value()).isEqualTo("NOT-IN-TREE");
        leftAlone = false;
      }
      for (Jurisdiction node : sc.context().tree().jurisdictions()) {
        if (node.level() == level && leftAlone) {
          PetitionState inTree = s.toBuilder().handling(HandlingPlace.of(node.id(), level)).build();
          assertThat(engine.evaluate(inTree, sc.now())).as("at %s", node.id()).isEmpty();
        }
      }
    }
  }

  /** Carries out the commands of the decisions about {@code s}, as the petition lifecycle would. */
  private static PetitionState apply(PetitionState s, List<EscalationDecision> decisions, Instant now) {
    PetitionState current = s;
    for (EscalationDecision d : decisions) {
      if (!d.petitionId().equals(s.id())) {
        continue;
      }
      for (PetitionCommand c : d.toCommands(CommandId.of("esc"), now, TARGETS)) {
        PetitionState.Builder b = current.toBuilder();
        b.version(current.version() + 1).updatedAt(now);
        if (c instanceof PetitionCommand.Escalate e) {
          b.addEscalations(EscalationRecord.of(now, e.fromLevel(), e.toLevel(), e.ruleId())).handling(e.to());
        } else if (c instanceof PetitionCommand.RaiseCall) {
          b.callsRaised(current.callsRaised() + 1);
        } else if (c instanceof PetitionCommand.ConveneJointMeeting) {
          b.jointMeetingConvenedAt(now);
        } else if (c instanceof PetitionCommand.AssignCaseOwnership o) {
          b.caseOwnershipLeader(o.leader());
        } else if (c instanceof PetitionCommand.Supervise) {
          b.supervisionCount(current.supervisionCount() + 1);
        }
        current = b.build();
      }
    }
    return current;
  }
}
