package org.hewei.governance.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.petition.PetitionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every public entry point gives the same value for the same seed, and different values across seeds. */
class DeterminismTest {
  private static Map<String, Gen<?>> entryPoints() {
    JurisdictionTree tree =
        LongStream.range(0, 1000)
            .mapToObj(JurisdictionGen.trees()::sample)
            .filter(t -> t.jurisdictions().stream().anyMatch(j -> j.level() == JurisdictionLevel.GRID))
            .findFirst()
            .orElseThrow();
    Map<String, Gen<?>> gens = new LinkedHashMap<>();
    gens.put("divisionCodes", JurisdictionGen.divisionCodes());
    gens.put("divisionCodes(VILLAGE)", JurisdictionGen.divisionCodes(JurisdictionLevel.VILLAGE));
    gens.put("noCountyTownshipCodes", JurisdictionGen.noCountyTownshipCodes());
    gens.put("jurisdictions", JurisdictionGen.jurisdictions());
    gens.put("trees", JurisdictionGen.trees());
    gens.put("geoPoints", JurisdictionGen.geoPoints());
    gens.put("boundaries", JurisdictionGen.boundaries());
    gens.put("gridCells", JurisdictionGen.gridCells(tree));
    gens.put("citizenIds", PersonGen.citizenIds());
    gens.put("phones", PersonGen.phones());
    gens.put("names", PersonGen.names());
    gens.put("addresses", PersonGen.addresses());
    gens.put("persons", PersonGen.persons(tree));
    gens.put("invalidDivisionCodes", InvalidGen.divisionCodes());
    gens.put("invalidCitizenIds", InvalidGen.citizenIds());
    gens.put("invalidPhones", InvalidGen.phones());
    gens.put("units", OrganizationGen.units(tree));
    gens.put("officials", OrganizationGen.officials(tree));
    gens.put("dutyShifts", OrganizationGen.dutyShifts(tree));
    gens.put("keyPersonRecords", KeyPersonGen.records(tree));
    gens.put("listSubjects", KeyPersonGen.listSubjects(tree));
    gens.put("petitions", PetitionGen.petitions(tree));
    gens.put("petitionStates", PetitionGen.states(tree));
    gens.put("acceptedStates", PetitionGen.states(tree, PetitionStatus.ACCEPTED));
    gens.put("handlingOpinions", PetitionGen.handlingOpinions());
    gens.put("disputes", MediationGen.disputes(tree));
    gens.put("venues", MediationGen.venues(tree));
    gens.put("agreements", MediationGen.agreements());
    gens.put("caseStates", MediationGen.caseStates(tree));
    gens.put("activities", OutreachGen.activities(tree));
    gens.put("errandStates", OutreachGen.errandStates(tree));
    gens.put("triggers", PolicyGen.triggers());
    gens.put("escalationPolicies", PolicyGen.escalationPolicies());
    gens.put("deadlinePolicies", PolicyGen.deadlinePolicies());
    gens.put("actors", EventGen.actors());
    gens.put("instants", EventGen.instants());
    gens.put("freeText", TextGen.freeText(500));
    return gens;
  }

  @Test
  @DisplayName("the same seed gives the same value; 20 seeds give at least 2 different values")
  void deterministicPerSeed() {
    entryPoints().forEach((name, gen) -> {
      for (long seed = 0; seed < 20; seed++) {
        assertThat(gen.sample(seed)).as(name + " seed " + seed).isEqualTo(gen.sample(seed));
      }
      Set<Object> distinct = LongStream.range(0, 20).mapToObj(gen::sample).collect(Collectors.toSet());
      assertThat(distinct).as(name).hasSizeGreaterThan(1);
    });
  }
}
