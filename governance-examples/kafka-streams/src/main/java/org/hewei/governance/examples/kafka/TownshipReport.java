package org.hewei.governance.examples.kafka;

import org.hewei.governance.rules.report.LedgerReport;
import org.hewei.governance.rules.report.PetitionFigures;

/**
 * 乡镇信访日报 — the value of a record on the reports topic: the petition indicators of the {@link
 * org.hewei.governance.rules.report.Ledger} (台账) for one township and one day, as the ledger defines
 * them ({@link PetitionFigures}): received, skip-level, collective, repeat, concluded by level
 * (小事不出村), on time, overdue as of the day, rated and satisfied; rates as the ledger's percent text
 * ({@code "n/a"} when undefined). Counts only, never a person.
 *
 * <pre>{@code
 * TownshipReport r = TownshipReport.of(ledger.report(township, DateRange.of(day, day), day, input));
 * r.received();          // 3
 * r.onTimeRate();        // "100.0%"
 * }</pre>
 *
 * @param township the township's jurisdiction id
 * @param day the day (ISO date)
 * @param received petitions received that day
 * @param skipLevel of them, skip-level (越级)
 * @param collective of them, collective (集体访)
 * @param repeat of them, repeat (重复访)
 * @param concluded concluded (办结) that day
 * @param concludedAtVillage of them, at village level
 * @param concludedAtDistrict of them, at management-district level
 * @param concludedAtTown of them, at township level
 * @param concludedAboveTown of them, above the township
 * @param onTime of them, on time
 * @param overdue open and overdue as of the day
 * @param rated concluded and rated
 * @param satisfied of them, satisfied
 * @param smallMattersStayInVillageRate the 小事不出村 rate
 * @param onTimeRate the on-time rate
 * @param satisfactionRate the satisfaction rate
 */
public record TownshipReport(
    String township,
    String day,
    long received,
    long skipLevel,
    long collective,
    long repeat,
    long concluded,
    long concludedAtVillage,
    long concludedAtDistrict,
    long concludedAtTown,
    long concludedAboveTown,
    long onTime,
    long overdue,
    long rated,
    long satisfied,
    String smallMattersStayInVillageRate,
    String onTimeRate,
    String satisfactionRate) {

  /** The petition indicators of {@code report} (a one-day ledger of a township). */
  public static TownshipReport of(LedgerReport report) {
    PetitionFigures p = report.petitions();
    return new TownshipReport(
        report.root().value(),
        report.period().from().toString(),
        p.received(),
        p.skipLevel(),
        p.collective(),
        p.repeat(),
        p.concluded(),
        p.concludedAtVillage(),
        p.concludedAtDistrict(),
        p.concludedAtTown(),
        p.concludedAboveTown(),
        p.concludedOnTime(),
        p.overdue(),
        p.rated(),
        p.satisfied(),
        p.smallMattersStayInVillage().percentText(),
        p.onTime().percentText(),
        p.satisfaction().percentText());
  }
}
