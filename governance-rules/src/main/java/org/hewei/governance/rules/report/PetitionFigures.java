package org.hewei.governance.rules.report;

import java.util.Map;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.PetitionType;
import org.immutables.value.Value;

/**
 * 信访台账指标 — the petition part of a {@link LedgerReport}: what was received in the period (by
 * channel, type and category; skip-level, collective, repeat), what was concluded and at which level
 * (小事不出村), on time, overdue as of the report day, and satisfaction.
 *
 * <p>Definitions (decisions; see {@link Ledger} for which petitions count at all):
 *
 * <ul>
 *   <li><b>received</b>: received ({@code receivedAt}, in the ledger's zone) within the period;
 *       {@link #receivedByChannel()} and {@link #receivedByType()} list every constant (zeros
 *       included), {@link #receivedByCategory()} only categories seen, by code. Each sums to {@link
 *       #received()}.
 *   <li><b>skip-level / collective / repeat</b>: received in the period and carrying the flag ({@code
 *       REPEAT} also when {@code repeatCount > 0}).
 *   <li><b>concluded</b> (办结): the reply or handling opinion reached the petitioner ({@code
 *       repliedAt}) within the period; a petition {@code CONCLUDED} or {@code FINAL} without a reply
 *       date counts on the day of its last event. The level is the level handling it ({@code
 *       handlingLevel}): village (incl. grid), management district, township, or above.
 *   <li><b>on time</b>: concluded with a due date, on or before it (the due date is the last day,
 *       inclusive).
 *   <li><b>overdue</b>: as of the report day, still open, not replied, and due before that day — over
 *       every petition in the subtree, whatever the period.
 *   <li><b>satisfaction</b>: the ratings of the petitions concluded in the period (满意 and 基本满意 count
 *       as satisfied).
 * </ul>
 *
 * <pre>{@code
 * PetitionFigures p = report.petitions();
 * p.received();                        // 120
 * p.smallMattersStayInVillage();       // 71/96 (74.0%)
 * p.onTime().percentText();            // "97.9%"
 * }</pre>
 */
@Value.Immutable
public abstract class PetitionFigures {
  PetitionFigures() {}

  /** Petitions received in the period. */
  public abstract long received();

  /** Received, per channel (every channel listed). */
  public abstract Map<Channel, Long> receivedByChannel();

  /** Received, per type (every type listed). */
  public abstract Map<PetitionType, Long> receivedByType();

  /** Received, per matter category seen (by code). */
  public abstract Map<MatterCategory, Long> receivedByCategory();

  /** 越级访 among those received. */
  public abstract long skipLevel();

  /** 集体访 among those received. */
  public abstract long collective();

  /** 重复访 among those received. */
  public abstract long repeat();

  /** Concluded (replied) in the period. */
  public abstract long concluded();

  /** Concluded at village level (or a grid cell). */
  public abstract long concludedAtVillage();

  /** Concluded at management-district level. */
  public abstract long concludedAtDistrict();

  /** Concluded at township level. */
  public abstract long concludedAtTown();

  /** Concluded above the township (county and up). */
  public abstract long concludedAboveTown();

  /** Concluded petitions that had a due date. */
  public abstract long concludedWithDueDate();

  /** Of those, concluded on or before the due date. */
  public abstract long concludedOnTime();

  /** Open, unreplied and past the due date on the report day. */
  public abstract long overdue();

  /** Concluded petitions with a satisfaction rating. */
  public abstract long rated();

  /** Of those, rated satisfied or basically satisfied. */
  public abstract long satisfied();

  /** 小事不出村: concluded at village level / concluded. */
  public final Rate smallMattersStayInVillage() {
    return Rate.of(concludedAtVillage(), concluded());
  }

  /** 大事不出镇: concluded at village, district or township level / concluded. */
  public final Rate mattersStayInTown() {
    return Rate.of(concluded() - concludedAboveTown(), concluded());
  }

  /** 按期办结率: concluded on time / concluded with a due date. */
  public final Rate onTime() {
    return Rate.of(concludedOnTime(), concludedWithDueDate());
  }

  /** 满意率: satisfied / rated. */
  public final Rate satisfaction() {
    return Rate.of(satisfied(), rated());
  }

  @Value.Check
  void check() {
    Checks.check(sum(receivedByChannel()) == received(), "receivedByChannel", sum(receivedByChannel()), "must sum to received");
    Checks.check(sum(receivedByType()) == received(), "receivedByType", sum(receivedByType()), "must sum to received");
    Checks.check(sum(receivedByCategory()) == received(), "receivedByCategory", sum(receivedByCategory()), "must sum to received");
    long byLevel = concludedAtVillage() + concludedAtDistrict() + concludedAtTown() + concludedAboveTown();
    Checks.check(byLevel == concluded(), "concluded", concluded(), "must equal the sum over levels (" + byLevel + ")");
    Checks.check(concludedOnTime() <= concludedWithDueDate() && concludedWithDueDate() <= concluded(),
        "concludedOnTime", concludedOnTime(), "must be within concludedWithDueDate within concluded");
    Checks.check(satisfied() <= rated() && rated() <= concluded(), "satisfied", satisfied(), "must be within rated within concluded");
  }

  private static long sum(Map<?, Long> counts) {
    long total = 0;
    for (long n : counts.values()) {
      total += n;
    }
    return total;
  }
}
