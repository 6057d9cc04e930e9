package org.hewei.governance.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.testkit.fixture.SampleTown;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TownGenTest {
  @Test
  @DisplayName("generated towns have the seed's shape and are deterministic per seed")
  void townsHaveTheShapeAndAreDeterministic() {
    SampleTown town = TownGen.towns().sample(5);
    assertThat(town.districts()).hasSize(SampleTown.DISTRICTS_PER_TOWN);
    assertThat(town.villages()).hasSize(SampleTown.VILLAGES_PER_TOWN);
    JurisdictionTree tree = TownGen.townTrees().sample(5);
    assertThat(tree).isEqualTo(town.tree());
    assertThat(tree.jurisdictions()).anyMatch(j -> j.level() == JurisdictionLevel.GRID);
    assertThat(TownGen.towns().sample(6).officials()).isNotEqualTo(town.officials());
  }
}
