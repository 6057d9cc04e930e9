package org.hewei.governance.rules.schedule;

import java.time.LocalDate;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.keyperson.ControlLevel;
import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.organization.OfficialId;
import org.immutables.value.Value;

/**
 * 应走访 — one key-person (or key-place) visit that falls due: which record, on which day, whether it
 * was already overdue when the planning period began, and who is responsible.
 *
 * <p>A person's category is sensitive personal information (PIPL Art 28), so this value carries the
 * category <i>code</i> for grouping but {@link #toString()} shows only the record id, day and flag.
 *
 * <pre>{@code
 * for (VisitDue due : KeyPersonVisits.of(catalogue).dueIn(records, range)) {
 *   due.record(); due.dueOn(); due.overdue();
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class VisitDue {
  VisitDue() {}

  /** The record to visit. */
  public abstract KeyPersonRecordId record();

  /** The category's code (sensitive for a person: never printed). */
  public abstract String categoryCode();

  /** The record's control level (never printed). */
  public abstract ControlLevel level();

  /** The jurisdiction of the record. */
  public abstract JurisdictionId jurisdiction();

  /** The official responsible (包保责任人). */
  public abstract OfficialId responsibleOfficial();

  /** The day the visit is due (its last permissible day). */
  public abstract LocalDate dueOn();

  /** Whether it was already due before the planning period began (then {@link #dueOn()} is that earlier day). */
  public abstract boolean overdue();

  static VisitDue of(
      KeyPersonRecordId record, String categoryCode, ControlLevel level, JurisdictionId jurisdiction,
      OfficialId responsible, LocalDate dueOn, boolean overdue) {
    return ImmutableVisitDue.builder().record(record).categoryCode(categoryCode).level(level)
        .jurisdiction(jurisdiction).responsibleOfficial(responsible).dueOn(dueOn).overdue(overdue).build();
  }

  /** Record id, day and overdue flag; never the category or level. */
  @Override
  public String toString() {
    return "VisitDue{record=" + record() + ", dueOn=" + dueOn() + (overdue() ? ", overdue" : "") + "}";
  }
}
