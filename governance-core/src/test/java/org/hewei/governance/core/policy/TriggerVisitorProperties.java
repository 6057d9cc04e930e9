package org.hewei.governance.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.hewei.governance.core.PropertySeeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The visitor dispatches every kind to its own method: a rebuilding visitor returns an equal trigger. */
class TriggerVisitorProperties {

  static LongStream seeds() {
    return PropertySeeds.upTo(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rebuildingVisitorReturnsAnEqualTrigger(long seed) {
    Trigger t = TriggerProperties.tree(new SplittableRandom(seed), 6);
    assertThat(t.accept(new Rebuild())).isEqualTo(t);
    assertThat(t.accept(new Depth())).isEqualTo(t.depth());
  }

  /** Builds each node again from its parts through the public factories. */
  static final class Rebuild implements Trigger.Visitor<Trigger> {
    @Override
    public Trigger overdueBy(Trigger.OverdueBy t) {
      return Trigger.overdueBy(t.threshold());
    }

    @Override
    public Trigger dueWithin(Trigger.DueWithin t) {
      return Trigger.dueWithin(t.days());
    }

    @Override
    public Trigger headcountAtLeast(Trigger.HeadcountAtLeast t) {
      return Trigger.headcountAtLeast(t.headcount());
    }

    @Override
    public Trigger repeatCountAtLeast(Trigger.RepeatCountAtLeast t) {
      return Trigger.repeatCountAtLeast(t.count());
    }

    @Override
    public Trigger keyPersonCategoryInvolved(Trigger.KeyPersonCategoryInvolved t) {
      return t.categoryCodes().isEmpty() ? Trigger.keyPersonInvolved() : Trigger.keyPersonCategoryIn(t.categoryCodes());
    }

    @Override
    public Trigger mediationFailed(Trigger.MediationFailed t) {
      return Trigger.mediationFailed();
    }

    @Override
    public Trigger severalDepartments(Trigger.SeveralDepartments t) {
      return Trigger.departmentsAtLeast(t.units());
    }

    @Override
    public Trigger statusIn(Trigger.StatusIn t) {
      return Trigger.statusIn(t.statuses());
    }

    @Override
    public Trigger levelIn(Trigger.LevelIn t) {
      return Trigger.levelIn(t.levels());
    }

    @Override
    public Trigger inSensitivePeriod(Trigger.InSensitivePeriod t) {
      return Trigger.inSensitivePeriod(t.periodCodes().toArray(new String[0]));
    }

    @Override
    public Trigger flagPresent(Trigger.FlagPresent t) {
      return Trigger.flagPresent(t.flagCode());
    }

    @Override
    public Trigger and(Trigger.And t) {
      return Trigger.allOf(rebuild(t.operands()));
    }

    @Override
    public Trigger or(Trigger.Or t) {
      return Trigger.anyOf(rebuild(t.operands()));
    }

    @Override
    public Trigger not(Trigger.Not t) {
      return Trigger.not(t.operand().accept(this));
    }

    private List<Trigger> rebuild(List<Trigger> operands) {
      return operands.stream().map(o -> o.accept(this)).collect(Collectors.toList());
    }
  }

  /** Computes the depth by visiting. */
  static final class Depth implements Trigger.Visitor<Integer> {
    @Override
    public Integer overdueBy(Trigger.OverdueBy t) {
      return 1;
    }

    @Override
    public Integer dueWithin(Trigger.DueWithin t) {
      return 1;
    }

    @Override
    public Integer headcountAtLeast(Trigger.HeadcountAtLeast t) {
      return 1;
    }

    @Override
    public Integer repeatCountAtLeast(Trigger.RepeatCountAtLeast t) {
      return 1;
    }

    @Override
    public Integer keyPersonCategoryInvolved(Trigger.KeyPersonCategoryInvolved t) {
      return 1;
    }

    @Override
    public Integer mediationFailed(Trigger.MediationFailed t) {
      return 1;
    }

    @Override
    public Integer severalDepartments(Trigger.SeveralDepartments t) {
      return 1;
    }

    @Override
    public Integer statusIn(Trigger.StatusIn t) {
      return 1;
    }

    @Override
    public Integer levelIn(Trigger.LevelIn t) {
      return 1;
    }

    @Override
    public Integer inSensitivePeriod(Trigger.InSensitivePeriod t) {
      return 1;
    }

    @Override
    public Integer flagPresent(Trigger.FlagPresent t) {
      return 1;
    }

    @Override
    public Integer and(Trigger.And t) {
      return 1 + t.operands().stream().mapToInt(o -> o.accept(this)).max().orElse(0);
    }

    @Override
    public Integer or(Trigger.Or t) {
      return 1 + t.operands().stream().mapToInt(o -> o.accept(this)).max().orElse(0);
    }

    @Override
    public Integer not(Trigger.Not t) {
      return 1 + t.operand().accept(this);
    }
  }
}
