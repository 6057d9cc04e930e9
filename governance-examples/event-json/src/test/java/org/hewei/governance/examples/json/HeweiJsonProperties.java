package org.hewei.governance.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.keyperson.KeyPersonCommand;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.PetitionLifecycle;
import org.hewei.governance.rules.lifecycle.PetitionLifecycleContext;
import org.hewei.governance.testkit.generate.Generators;
import org.hewei.governance.testkit.generate.JurisdictionGen;
import org.hewei.governance.testkit.generate.KeyPersonGen;
import org.hewei.governance.testkit.generate.MediationGen;
import org.hewei.governance.testkit.generate.OrganizationGen;
import org.hewei.governance.testkit.generate.OutreachGen;
import org.hewei.governance.testkit.generate.PetitionGen;
import org.hewei.governance.testkit.generate.PersonGen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value the testkit generators produce — petition walks (every command issued, every event the
 * lifecycle decided, every state folded), mediation, key-person and errand states and commands,
 * persons, officials, units, jurisdictions, disputes, triggers and escalation policies — reads back
 * equal from its JSON, as text and as bytes.
 */
class HeweiJsonProperties {
  private static final int SEEDS = 300;
  private static final HeweiJson JSON = HeweiJson.standard();

  static Stream<Long> seeds() {
    return Stream.iterate(1L, s -> s + 1).limit(SEEDS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyGeneratedValueRoundTrips(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    JurisdictionTree tree = JurisdictionGen.trees().generate(random);
    List<Object> values = new ArrayList<>(petitionWalk(tree, random));
    values.add(PersonGen.persons(tree).generate(random));
    values.add(OrganizationGen.officials(tree).generate(random));
    values.add(OrganizationGen.units(tree).generate(random));
    values.addAll(tree.jurisdictions());
    values.add(MediationGen.disputes(tree).generate(random));
    values.add(MediationGen.caseStates(tree).generate(random));
    KeyPersonRecordState record = KeyPersonGen.records(tree).generate(random);
    values.add(record);
    values.add(KeyPersonGen.listSubjects(tree).generate(random));
    KeyPersonCommand keyPersonCommand = KeyPersonGen.commands(record).generate(random);
    values.add(keyPersonCommand);
    values.add(OutreachGen.errandStates(tree).generate(random));
    values.add(OutreachGen.activities(tree).generate(random));
    values.add(Generators.triggers().generate(random));
    values.add(Generators.escalationPolicies().generate(random));

    for (Object value : values) {
      String text = JSON.write(value);
      assertThat(JSON.read(text, Object.class)).as(JSON.typeName(value.getClass())).isEqualTo(value);
      assertThat(JSON.readBytes(JSON.writeBytes(value), Object.class)).isEqualTo(value);
      assertThat(JSON.write(JSON.read(text, Object.class))).as("writing is deterministic").isEqualTo(text);
    }
  }

  /** A petition's life: receipt, then up to 20 commands chosen from the state, decided and folded. */
  private static List<Object> petitionWalk(JurisdictionTree tree, SplittableRandom random) {
    PetitionLifecycle lifecycle = PetitionLifecycle.of(PetitionLifecycleContext.of(tree));
    List<Object> values = new ArrayList<>();
    PetitionCommand receive = PetitionGen.receives(tree).generate(random);
    Optional<PetitionState> state = Optional.empty();
    PetitionCommand command = receive;
    for (int step = 0; step < 20; step++) {
      values.add(command);
      Decision<PetitionEvent> decision = lifecycle.decide(state, command);
      for (PetitionEvent e : decision.events()) {
        values.add(e);
        state = Optional.of(lifecycle.evolve(state, e));
      }
      if (state.isEmpty()) {
        break;
      }
      values.add(state.get());
      command = PetitionGen.commands(state.get(), tree).generate(random);
    }
    return values;
  }
}
