package org.hewei.governance.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonCommand;
import org.hewei.governance.core.keyperson.KeyPersonEvent;
import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.mediation.MediationCaseId;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.mediation.MediationCommand;
import org.hewei.governance.core.mediation.MediationEvent;
import org.hewei.governance.core.outreach.ErrandCommand;
import org.hewei.governance.core.outreach.ErrandEvent;
import org.hewei.governance.core.outreach.ErrandId;
import org.hewei.governance.core.outreach.ErrandState;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.reliability.support.DomainSamples;
import org.hewei.governance.reliability.support.Scale;
import org.hewei.governance.rules.lifecycle.ErrandLifecycle;
import org.hewei.governance.rules.lifecycle.KeyPersonLifecycle;
import org.hewei.governance.rules.lifecycle.MediationLifecycle;
import org.hewei.governance.rules.lifecycle.PetitionLifecycle;
import org.hewei.governance.rules.lifecycle.PetitionLifecycleContext;
import org.hewei.governance.testkit.generate.JurisdictionGen;
import org.hewei.governance.testkit.generate.KeyPersonGen;
import org.hewei.governance.testkit.generate.MediationGen;
import org.hewei.governance.testkit.generate.OutreachGen;
import org.hewei.governance.testkit.generate.PetitionGen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input, one family per lifecycle (petition, mediation, key person, errand): commands of every
 * permitted kind — from the testkit's generators and built reflectively — against generated states and
 * no state, with wrong aggregate ids, issue times out of order and outside the calendar, replayed
 * commands and events applied twice (see {@link LifecycleFuzz} for what is checked). 400 seeds × 250
 * decisions = 100,000 per lifecycle per run (× {@code -Dhewei.hostile.scale}).
 */
class LifecycleHostileInputProperties {
  static final int BATCH = 250;
  static final List<JurisdictionTree> TREES =
      IntStream.range(0, 4).mapToObj(i -> JurisdictionGen.trees().sample(7_000L + i)).toList();
  static final HostileValues VALUES;
  static final List<PetitionLifecycle> PETITION_LIFECYCLES;

  static {
    List<Object> roots = new ArrayList<>(DomainSamples.roots(3, 4));
    roots.addAll(TREES);
    for (JurisdictionTree tree : TREES) {
      for (long s = 0; s < 5; s++) {
        roots.add(MediationGen.caseStates(tree).sample(s));
        roots.add(OutreachGen.errandStates(tree).sample(s));
        roots.add(KeyPersonGen.records(tree).sample(s));
        roots.add(PetitionGen.states(tree).sample(s));
      }
    }
    VALUES = new HostileValues(ValuePool.harvest(roots));
    PETITION_LIFECYCLES = TREES.stream().map(t -> PetitionLifecycle.of(PetitionLifecycleContext.of(t))).toList();
  }

  static final Outcomes PETITION = new Outcomes("PetitionLifecycle commands");
  static final Outcomes MEDIATION = new Outcomes("MediationLifecycle commands");
  static final Outcomes KEY_PERSON = new Outcomes("KeyPersonLifecycle commands");
  static final Outcomes ERRAND = new Outcomes("ErrandLifecycle commands");
  static final long STARTED = System.nanoTime();

  static final LifecycleFuzz<PetitionState, PetitionCommand, PetitionEvent> PETITIONS = new LifecycleFuzz<>(
      seed -> PETITION_LIFECYCLES.get(tree(seed)),
      (seed, s) -> PetitionGen.states(TREES.get(tree(seed))).sample(s),
      (seed, state) -> PetitionGen.anyCommands(state, TREES.get(tree(seed))),
      PetitionCommand.class, PetitionId.class, VALUES);
  static final LifecycleFuzz<MediationCaseState, MediationCommand, MediationEvent> MEDIATIONS = new LifecycleFuzz<>(
      seed -> MediationLifecycle.chinaMainland(),
      (seed, s) -> MediationGen.caseStates(TREES.get(tree(seed))).sample(s),
      null, MediationCommand.class, MediationCaseId.class, VALUES);
  static final LifecycleFuzz<KeyPersonRecordState, KeyPersonCommand, KeyPersonEvent> KEY_PERSONS = new LifecycleFuzz<>(
      seed -> KeyPersonLifecycle.of(KeyPersonCatalogue.defaults()),
      (seed, s) -> KeyPersonGen.records(TREES.get(tree(seed))).sample(s),
      (seed, state) -> KeyPersonGen.commands(state),
      KeyPersonCommand.class, KeyPersonRecordId.class, VALUES);
  static final LifecycleFuzz<ErrandState, ErrandCommand, ErrandEvent> ERRANDS = new LifecycleFuzz<>(
      seed -> ErrandLifecycle.create(),
      (seed, s) -> OutreachGen.errandStates(TREES.get(tree(seed))).sample(s),
      null, ErrandCommand.class, ErrandId.class, VALUES);

  private static int tree(long seed) {
    return Math.floorMod(seed, TREES.size());
  }

  static LongStream seeds() {
    return LongStream.range(0, 400L * Scale.hostile());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void petitionLifecycle(long seed) {
    check(PETITIONS, PETITION, seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mediationLifecycle(long seed) {
    check(MEDIATIONS, MEDIATION, seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void keyPersonLifecycle(long seed) {
    check(KEY_PERSONS, KEY_PERSON, seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void errandLifecycle(long seed) {
    check(ERRANDS, ERRAND, seed);
  }

  private static void check(LifecycleFuzz<?, ?, ?> fuzz, Outcomes family, long seed) {
    Outcomes batch = family.batch();
    Outcomes building = new Outcomes("command building");
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> fuzz.run(seed, BATCH, batch, building));
    assertThat(batch.undocumented()).as("undocumented answers or broken decisions").isEmpty();
    assertThat(building.undocumented()).as("undocumented answers of command builders").isEmpty();
  }

  @AfterAll
  static void eachLifecycleGetsItsHundredThousandAndAcceptsSome() {
    long millis = (System.nanoTime() - STARTED) / 1_000_000;
    for (Outcomes family : List.of(PETITION, MEDIATION, KEY_PERSON, ERRAND)) {
      System.out.println(family.summary(millis) + "; " + org.hewei.governance.reliability.support.Load.describe());
    }
    for (Outcomes family : List.of(PETITION, MEDIATION, KEY_PERSON, ERRAND)) {
      assertThat(family.inputs()).as(family.family()).isGreaterThanOrEqualTo(100_000L * Scale.hostile());
      assertThat(family.accepted()).as(family.family() + ": decisions made (not thrown)").isGreaterThan(family.inputs() / 2);
      assertThat(family.decisionsAccepted()).as(family.family() + ": some commands are accepted").isPositive();
      assertThat(family.decisionsRejected()).as(family.family() + ": some commands are rejected").isPositive();
    }
  }
}
