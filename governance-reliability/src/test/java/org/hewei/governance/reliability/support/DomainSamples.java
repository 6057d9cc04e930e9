package org.hewei.governance.reliability.support;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.testkit.generate.EventGen;
import org.hewei.governance.testkit.generate.JurisdictionGen;
import org.hewei.governance.testkit.generate.KeyPersonGen;
import org.hewei.governance.testkit.generate.MediationGen;
import org.hewei.governance.testkit.generate.OrganizationGen;
import org.hewei.governance.testkit.generate.OutreachGen;
import org.hewei.governance.testkit.generate.PersonGen;
import org.hewei.governance.testkit.generate.PetitionGen;
import org.hewei.governance.testkit.generate.PolicyGen;

/**
 * 领域样本 — a broad, seeded sample of every kind of domain value the testkit generates (trees, persons,
 * officials, units, petitions and their states and commands, disputes, mediation cases, key-person
 * records and commands, errands, outreach, policies, triggers, boundaries): the roots from which the
 * fuzzers harvest valid values and over which the privacy properties scan.
 *
 * <pre>{@code
 * List<Object> roots = DomainSamples.roots(8, 5);
 * }</pre>
 */
public final class DomainSamples {
  private DomainSamples() {}

  /** Values for {@code trees} generated trees, {@code perTree} of each kind per tree. */
  public static List<Object> roots(int trees, int perTree) {
    List<Object> out = new ArrayList<>();
    for (int t = 0; t < trees; t++) {
      SplittableRandom random = new SplittableRandom(1_000L + t);
      JurisdictionTree tree = JurisdictionGen.trees().generate(random);
      out.add(tree);
      out.addAll(JurisdictionGen.gridCells(tree).generate(random));
      for (int i = 0; i < perTree; i++) {
        PetitionState p = PetitionGen.states(tree).generate(random);
        out.add(p);
        out.add(PetitionGen.anyCommands(p, tree).generate(random));
        out.add(PetitionGen.accusations(tree).generate(random));
        out.add(PetitionGen.collectivePetitions(tree).generate(random));
        out.add(MediationGen.caseStates(tree).generate(random));
        out.add(MediationGen.disputes(tree).generate(random));
        out.add(MediationGen.venues(tree).generate(random));
        out.add(MediationGen.mediators().generate(random));
        out.add(MediationGen.agreements().generate(random));
        KeyPersonRecordState k = KeyPersonGen.records(tree).generate(random);
        out.add(k);
        out.add(KeyPersonGen.commands(k).generate(random));
        out.add(KeyPersonGen.listSubjects(tree).generate(random));
        out.add(OutreachGen.errandStates(tree).generate(random));
        out.add(OutreachGen.activities(tree).generate(random));
        out.add(OutreachGen.findings().generate(random));
        out.add(OrganizationGen.units(tree).generate(random));
        out.add(OrganizationGen.officials(tree).generate(random));
        out.add(OrganizationGen.dutyShifts(tree).generate(random));
        out.add(PersonGen.persons(tree).generate(random));
        out.add(EventGen.actors().generate(random));
        out.add(PolicyGen.triggers().generate(random));
        out.add(PolicyGen.deepTriggers().generate(random));
        out.add(PolicyGen.escalationPolicies().generate(random));
        out.add(PolicyGen.deadlinePolicies().generate(random));
        out.add(JurisdictionGen.boundaries().generate(random));
        out.add(PetitionGen.handlingOpinions().generate(random));
        out.add(PetitionGen.reviewOpinions().generate(random));
      }
    }
    return out;
  }
}
