package org.hewei.governance.core.spi;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.immutables.value.Value;

/**
 * 摘要查询 — which summaries to list, and which page (clause S3.4–S3.8). Every filter that is set must
 * hold (AND); an empty set means "no filter". Results come in {@link StreamId} order.
 *
 * <pre>{@code
 * SummaryQuery q = SummaryQuery.builder()
 *     .subtree(townId)                       // the town and everything below it
 *     .addStatuses("ASSIGNED", "ACCEPTED")
 *     .dueBefore(LocalDate.of(2022, 8, 1))   // strictly before
 *     .aggregateType(AggregateType.PETITION)
 *     .pageSize(200)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class SummaryQuery {
  /** Largest page: 1000. */
  public static final int MAX_PAGE_SIZE = 1000;

  SummaryQuery() {}

  /** Only summaries whose jurisdiction path contains this id (the subtree rooted here). */
  public abstract Optional<JurisdictionId> subtree();

  /** Only these status codes (empty: any). */
  public abstract Set<String> statuses();

  /** Only summaries with a due date strictly before this day. */
  public abstract Optional<LocalDate> dueBefore();

  /** Only these category codes (empty: any; a summary without category never matches a non-empty set). */
  public abstract Set<String> categories();

  /** Only summaries carrying all these flags (empty: any). */
  public abstract Set<String> flagsAll();

  /** Only streams of this aggregate type. */
  public abstract Optional<AggregateType> aggregateType();

  /** The most items per page (1..1000, default 100). */
  @Value.Default
  public int pageSize() {
    return 100;
  }

  /** Where to continue: the cursor of the previous page; empty for the first page. */
  public abstract Optional<PageCursor> cursor();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SummaryQuery}; {@code build()} throws {@code InvalidValueException} for bad or missing values. */
  public static final class Builder extends ImmutableSummaryQuery.Builder {
    Builder() {}
  }

  /** Every summary, first page of 100. */
  public static SummaryQuery all() {
    return builder().build();
  }

  /** The same query continuing at {@code cursor}. */
  public SummaryQuery withCursor(PageCursor cursor) {
    return builder().from(this).cursor(cursor).build();
  }

  /** Whether {@code summary} passes every filter of this query (the reference semantics of S3.4). */
  public boolean matches(CaseSummary summary) {
    return subtree().map(summary::isWithin).orElse(true)
        && (statuses().isEmpty() || statuses().contains(summary.status()))
        && dueBefore().map(d -> summary.dueDate().map(due -> due.isBefore(d)).orElse(false)).orElse(true)
        && (categories().isEmpty() || summary.category().map(categories()::contains).orElse(false))
        && summary.flags().containsAll(flagsAll())
        && aggregateType().map(t -> t == summary.stream().type()).orElse(true);
  }

  @Value.Check
  void check() {
    Checks.inRange("pageSize", pageSize(), 1, MAX_PAGE_SIZE);
    statuses().forEach(s -> Checks.id("statuses", s));
    categories().forEach(c -> Checks.id("categories", c));
    flagsAll().forEach(f -> Checks.id("flagsAll", f));
  }
}
