package org.hewei.governance.testkit.generate;

import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.testkit.fixture.SampleTown;

/**
 * 乡镇生成器 — whole sample towns ({@link SampleTown}) as generators, so a property test can run over
 * many differently-seeded towns of the seed's shape (6 管区, 31 villages …).
 *
 * <pre>{@code
 * static Stream<Arguments> towns() { return Cases.of(TownGen.towns(), 300); }
 * JurisdictionTree tree = TownGen.townTrees().sample(7L);
 * }</pre>
 */
public final class TownGen {
  private TownGen() {}

  /** Sample towns (中心店镇's shape) built from a seed drawn from the random source. */
  public static Gen<SampleTown> towns() {
    return random -> SampleTown.town(random.nextLong());
  }

  /** The jurisdiction trees of {@link #towns()}: township → 6 管区 → 31 村 → 网格. */
  public static Gen<JurisdictionTree> townTrees() {
    return towns().map(SampleTown::tree);
  }
}
