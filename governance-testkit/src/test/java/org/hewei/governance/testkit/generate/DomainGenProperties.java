package org.hewei.governance.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.keyperson.KeyPersonCommand;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.MediationStatus;
import org.hewei.governance.core.organization.DutyShift;
import org.hewei.governance.core.organization.Official;
import org.hewei.governance.core.outreach.ErrandState;
import org.hewei.governance.core.outreach.OutreachActivity;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.policy.DeadlinePolicy;
import org.hewei.governance.core.policy.EscalationPolicy;
import org.hewei.governance.core.policy.Trigger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every domain generator builds valid values (the builders did not throw) and is deterministic per seed. */
class DomainGenProperties {
  private static final int N = 300;

  static Stream<Arguments> seeds() {
    return Cases.of(Gen.constant(0), N);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("organization, key-person, outreach and policy generators build valid values deterministically")
  void smallDomainsAreValid(long seed, int unused) {
    JurisdictionTree tree = JurisdictionGen.trees().sample(seed);
    Official official = OrganizationGen.officials(tree).sample(seed);
    assertThat(official.roles()).isNotEmpty();
    assertThat(tree.has(official.jurisdiction())).isTrue();
    DutyShift shift = OrganizationGen.dutyShifts(official).sample(seed);
    assertThat(official.roles()).contains(shift.role());
    assertThat(OrganizationGen.units(tree).sample(seed)).isEqualTo(OrganizationGen.units(tree).sample(seed));

    KeyPersonRecordState record = KeyPersonGen.records(tree).sample(seed);
    assertThat(record.category().subject()).isEqualTo(record.subject().kind());
    KeyPersonCommand command = KeyPersonGen.commands(record).sample(seed);
    assertThat(command.recordId()).isEqualTo(record.id());
    assertThat(KeyPersonGen.listSubjects(tree).sample(seed).listedOn()).isNotNull();

    OutreachActivity activity = OutreachGen.activities(tree).sample(seed);
    assertThat(activity.officials()).isNotEmpty();
    ErrandState errand = OutreachGen.errandStates(tree).sample(seed);
    assertThat(errand.concludedAt().isPresent()).isEqualTo(errand.status().isTerminal());

    Trigger trigger = PolicyGen.triggers().sample(seed);
    assertThat(Trigger.parse(trigger.toString())).isEqualTo(trigger);
    EscalationPolicy policy = PolicyGen.escalationPolicies().sample(seed);
    assertThat(policy).isEqualTo(PolicyGen.escalationPolicies().sample(seed));
    DeadlinePolicy deadlines = PolicyGen.deadlinePolicies().sample(seed);
    assertThat(deadlines.periods()).hasSizeGreaterThanOrEqualTo(DeadlinePolicy.defaults().periods().size());
    assertThat(EventGen.actors().sample(seed)).isEqualTo(EventGen.actors().sample(seed));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("petition generators build valid petitions, states in every status and commands for them")
  void petitionsAreValid(long seed, int unused) {
    JurisdictionTree tree = JurisdictionGen.trees().sample(seed);
    Petition petition = PetitionGen.petitions(tree).sample(seed);
    assertThat(tree.has(petition.arisenIn())).isTrue();
    assertThat(tree.contains(petition.filedWith().jurisdiction(), petition.arisenIn())).isTrue();
    assertThat(petition.flags().contains(PetitionFlag.COLLECTIVE)).isEqualTo(petition.headcount() >= 5);
    assertThat(PetitionGen.accusations(tree).sample(seed).accusedParty()).isPresent();
    assertThat(PetitionGen.collectivePetitions(tree).sample(seed).representatives()).isNotEmpty();
    for (PetitionStatus status : PetitionStatus.values()) {
      PetitionState state = PetitionGen.states(tree, status).sample(seed + status.ordinal());
      assertThat(state.status()).isEqualTo(status);
      assertThat(state.updatedAt()).isAfterOrEqualTo(state.petition().receivedAt());
      PetitionCommand c = PetitionGen.commands(state, tree).sample(seed);
      assertThat(c.petitionId()).isEqualTo(state.id());
      assertThat(c.issuedAt()).isAfterOrEqualTo(state.updatedAt());
      assertThat(PetitionGen.anyCommands(state, tree).sample(seed).petitionId()).isEqualTo(state.id());
    }
    assertThat(PetitionGen.receives(tree).sample(seed).petition().id()).isNotNull();
    assertThat(PetitionGen.handlingOpinions().sample(seed)).isEqualTo(PetitionGen.handlingOpinions().sample(seed));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("mediation generators build valid disputes, agreements and case states in every status")
  void mediationIsValid(long seed, int unused) {
    JurisdictionTree tree = JurisdictionGen.trees().sample(seed);
    assertThat(MediationGen.disputes(tree).sample(seed).parties()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(MediationGen.agreements().sample(seed).effectiveOn()).isNotNull();
    assertThat(MediationGen.mediators().sample(seed)).isEqualTo(MediationGen.mediators().sample(seed));
    for (MediationStatus status : MediationStatus.values()) {
      MediationCaseState state = MediationGen.caseStates(tree, status).sample(seed + status.ordinal());
      assertThat(state.status()).isEqualTo(status);
    }
  }

  @Test
  @DisplayName("headcounts 4, 5 and 6 occur often; every channel, type and status comes up")
  void biasHitsTheEdges() {
    List<Integer> headcounts = IntStream.range(0, 1000).mapToObj(PetitionGen.headcounts()::sample).toList();
    assertThat(headcounts).contains(1, 4, 5, 6, Petition.MAX_HEADCOUNT);
    assertThat(headcounts.stream().filter(h -> h >= 4 && h <= 6).count()).isGreaterThan(200);
    JurisdictionTree tree = JurisdictionGen.trees().sample(3);
    List<Petition> petitions = IntStream.range(0, 1000).mapToObj(PetitionGen.petitions(tree)::sample).toList();
    assertThat(petitions.stream().map(Petition::channel).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(org.hewei.governance.core.petition.Channel.values());
    assertThat(petitions.stream().map(Petition::type).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(PetitionType.values());
    Set<PetitionStatus> statuses = IntStream.range(0, 500).mapToObj(i -> PetitionGen.states(tree).sample(i).status()).collect(Collectors.toSet());
    assertThat(statuses).containsExactlyInAnyOrder(PetitionStatus.values());
    List<Trigger> deep = IntStream.range(0, 20).mapToObj(PolicyGen.deepTriggers()::sample).toList();
    assertThat(deep).allMatch(t -> t.depth() == Trigger.MAX_DEPTH);
  }

  @Test
  @DisplayName("event instants hit the last day before National Day and Spring Festival 2022–2026")
  void instantsHitHolidayEdges() {
    List<java.time.LocalDate> before = EventGen.lastDaysBeforeNationalDayAndSpringFestival();
    assertThat(before).contains(java.time.LocalDate.of(2022, 9, 30), java.time.LocalDate.of(2022, 1, 30));
    assertThat(before).hasSizeGreaterThanOrEqualTo(10);
    Set<java.time.LocalDate> days = IntStream.range(0, 2000).mapToObj(EventGen.dates()::sample).collect(Collectors.toSet());
    assertThat(days).containsAll(before);
    java.time.LocalDate due = java.time.LocalDate.of(2022, 10, 8);
    Set<java.time.Instant> near = IntStream.range(0, 200).mapToObj(EventGen.instantsNear(due)::sample).collect(Collectors.toSet());
    assertThat(near).contains(EventGen.endOf(due), EventGen.startOf(due.plusDays(1)));
    assertThat(Arrays.asList(EventGen.startOf(due), EventGen.endOf(due))).allMatch(i -> i.atZone(EventGen.ZONE).toLocalDate().equals(due));
  }
}
