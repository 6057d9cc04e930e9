package org.hewei.governance.rules.schedule;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.keyperson.ControlLevel;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;

/**
 * 重点人员走访计划 — when listed key persons and key places must be visited next, from the visit
 * interval of their category and control level in a {@link KeyPersonCatalogue} ({@link
 * org.hewei.governance.core.keyperson.CategoryProfile#visitInterval}).
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>The next visit is due {@code interval} after the last visit, or after the listing day if
 *       never visited ({@link #nextVisitDue}). A delisted record is never due. (No lifecycle helper
 *       offered this when it was written, so it is computed here and reused by the reports.)
 *   <li>A visit is overdue on a day when its due day is before that day (the due day itself is still
 *       on time).
 *   <li>{@link #dueIn} projects forward over a period assuming each visit is made on its due day: an
 *       overdue record is listed once with its original due day and {@code overdue = true}, and the
 *       following dues are counted from the period's first day; a record delisted in the period has no
 *       dues after its delisting day. Records listed after the period are not due in it.
 *   <li>A record whose category is not in the catalogue, or whose level the category does not allow,
 *       is rejected with the catalogue's {@link org.hewei.governance.core.InvalidValueException}.
 * </ul>
 *
 * <pre>{@code
 * KeyPersonVisits visits = KeyPersonVisits.of(KeyPersonCatalogue.defaults());
 * visits.nextVisitDue(record);                 // Optional[2022-08-25]
 * visits.dueIn(records, DateRange.of(aug1, aug31));
 * visits.countsByCategoryAndLevel(records, DateRange.of(aug1, aug31)); // {"drug-related"={FOCUS=3}}
 * }</pre>
 */
public final class KeyPersonVisits {
  private final KeyPersonCatalogue catalogue;

  private KeyPersonVisits(KeyPersonCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Visit planning with the intervals of {@code catalogue}. */
  public static KeyPersonVisits of(KeyPersonCatalogue catalogue) {
    return new KeyPersonVisits(Checks.required("catalogue", catalogue));
  }

  /** The visit interval of the record's category at its level. */
  public Period interval(KeyPersonRecordState record) {
    return catalogue.profile(record.category()).visitInterval(record.level());
  }

  /** The day the next visit is due, or empty if the record is delisted. */
  public Optional<LocalDate> nextVisitDue(KeyPersonRecordState record) {
    if (!record.isListed()) {
      return Optional.empty();
    }
    return Optional.of(dueAfterLastVisit(record, interval(record)));
  }

  /** The last visit (or, before any, the listing day) plus {@code interval}. */
  private static LocalDate dueAfterLastVisit(KeyPersonRecordState record, Period interval) {
    return record.lastVisit().orElse(record.listedOn()).plus(interval);
  }

  /** Whether the record's visit is overdue on {@code day} (listed on that day, due day before it). */
  public boolean isOverdue(KeyPersonRecordState record, LocalDate day) {
    if (record.listedOn().isAfter(day) || record.delistedOn().filter(d -> !d.isAfter(day)).isPresent()) {
      return false;
    }
    return dueAfterLastVisit(record, interval(record)).isBefore(day);
  }

  /** Every visit due in {@code period}, by day then record id (see the class comment for the projection). */
  public List<VisitDue> dueIn(Collection<KeyPersonRecordState> records, DateRange period) {
    List<VisitDue> result = new ArrayList<>();
    for (KeyPersonRecordState r : Checks.required("records", records)) {
      if (r.listedOn().isAfter(period.to())) {
        continue;
      }
      Period interval = interval(r);
      LocalDate end = r.delistedOn().filter(d -> d.isBefore(period.to())).orElse(period.to());
      if (r.delistedOn().isPresent() && r.delistedOn().get().isBefore(period.from())) {
        continue;
      }
      LocalDate due = dueAfterLastVisit(r, interval);
      if (due.isBefore(period.from())) {
        result.add(due(r, due, true));
        due = period.from().plus(interval);
      }
      while (!due.isAfter(end)) {
        result.add(due(r, due, false));
        due = due.plus(interval);
      }
    }
    result.sort(Comparator.comparing(VisitDue::dueOn).thenComparing(v -> v.record().value()));
    return result;
  }

  /** The number of visits due in {@code period} per category code and level (codes ascending). */
  public Map<String, Map<ControlLevel, Long>> countsByCategoryAndLevel(
      Collection<KeyPersonRecordState> records, DateRange period) {
    Map<String, Map<ControlLevel, Long>> counts = new TreeMap<>();
    for (VisitDue d : dueIn(records, period)) {
      counts.computeIfAbsent(d.categoryCode(), k -> new EnumMap<>(ControlLevel.class)).merge(d.level(), 1L, Long::sum);
    }
    return counts;
  }

  private static VisitDue due(KeyPersonRecordState r, LocalDate day, boolean overdue) {
    return VisitDue.of(r.id(), r.category().code(), r.level(), r.jurisdiction(), r.responsibleOfficial(), day, overdue);
  }

  @Override
  public String toString() {
    return "KeyPersonVisits{categories=" + catalogue.codes().size() + "}";
  }
}
