package org.hewei.governance.rules.report;

import java.time.LocalDate;
import java.util.List;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.rules.schedule.DateRange;
import org.immutables.value.Value;

/**
 * 台账报表 — the ledger of a jurisdiction subtree for a period, as computed by {@link Ledger}: petition,
 * mediation, key-person, outreach and police-post figures. Holds counts only (no personal data); every
 * indicator is a {@link Rate} derived from them.
 *
 * <pre>{@code
 * LedgerReport r = ledger.report(town, DateRange.of(jan1, jul25), jul25, input);
 * r.mediation().successRate().percentText();          // "90.6%"
 * r.petitions().smallMattersStayInVillage();
 * }</pre>
 */
@Value.Immutable
public abstract class LedgerReport {
  LedgerReport() {}

  /** The root of the subtree reported on. */
  public abstract JurisdictionId root();

  /** The period (both ends inclusive). */
  public abstract DateRange period();

  /** The day "overdue" and "listed" are judged on. */
  public abstract LocalDate asOf();

  /** Petition figures. */
  public abstract PetitionFigures petitions();

  /** Mediation figures. */
  public abstract MediationFigures mediation();

  /** Key-person visit figures. */
  public abstract KeyPersonFigures keyPersons();

  /** Outreach figures. */
  public abstract OutreachFigures outreach();

  /** Per police post in the subtree, by unit id. */
  public abstract List<PolicePostFigures> policePosts();
}
