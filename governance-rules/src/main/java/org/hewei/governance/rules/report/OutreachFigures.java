package org.hewei.governance.rules.report;

import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 走访与代办指标 — outreach done against plan in a {@link LedgerReport}: joint listening visits
 * (民意5来听) held against the schedule, home visits, and errands done on residents' behalf (代办).
 *
 * <p>Definitions (decisions):
 *
 * <ul>
 *   <li><b>planned</b> joint visits: the schedule's visit days in the period × the villages in the
 *       subtree (every village is visited on every visit day);
 *   <li><b>held on plan</b>: distinct (village, day) pairs of {@code JOINT_LISTENING_VISIT} activities
 *       held on a scheduled day in a village (or one of its grid cells) of the subtree — at most the
 *       plan (a report rooted at a grid cell has no village, so no plan and nothing on plan);
 *   <li><b>held</b>: every joint listening visit in the period, scheduled or not;
 *   <li><b>errands</b>: requested in the period; done among those requested (status {@code DONE});
 *       done in the period (concluded in the period, whenever requested).
 * </ul>
 *
 * <pre>{@code
 * OutreachFigures o = report.outreach();
 * o.jointVisitPlanFulfilment(); // 90/93 (96.8%)
 * }</pre>
 */
@Value.Immutable
public abstract class OutreachFigures {
  OutreachFigures() {}

  /** Joint visits planned: visit days × villages. */
  public abstract long jointVisitsPlanned();

  /** Joint visits held on plan (distinct village and scheduled day). */
  public abstract long jointVisitsHeldOnPlan();

  /** All joint listening visits held in the period. */
  public abstract long jointVisitsHeld();

  /** Home visits (入户走访) in the period. */
  public abstract long homeVisits();

  /** Households visited, summed over all activities in the period. */
  public abstract long householdsVisited();

  /** Errands requested in the period. */
  public abstract long errandsRequested();

  /** Of those, done. */
  public abstract long errandsDoneOfRequested();

  /** Errands concluded as done in the period (whenever requested). */
  public abstract long errandsDone();

  /** Joint visits held on plan / planned. */
  public final Rate jointVisitPlanFulfilment() {
    return Rate.of(jointVisitsHeldOnPlan(), jointVisitsPlanned());
  }

  /** Errands done / requested, among those requested in the period. */
  public final Rate errandCompletion() {
    return Rate.of(errandsDoneOfRequested(), errandsRequested());
  }

  @Value.Check
  void check() {
    Checks.check(jointVisitsHeldOnPlan() <= jointVisitsPlanned() && jointVisitsHeldOnPlan() <= jointVisitsHeld(),
        "jointVisitsHeldOnPlan", jointVisitsHeldOnPlan(), "must not exceed planned or held");
    Checks.check(errandsDoneOfRequested() <= errandsRequested(), "errandsDoneOfRequested", errandsDoneOfRequested(),
        "must not exceed errandsRequested");
  }
}
