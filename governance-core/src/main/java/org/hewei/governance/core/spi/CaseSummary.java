package org.hewei.governance.core.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.immutables.value.Value;

/**
 * 案件摘要 — the queryable row of one stream: where it is (jurisdiction and its path from the root),
 * its status, due date, category and flags, when it last changed and at which stream version. Written in
 * the same call as the events it reflects (clause S3.1) and read by {@link SummaryStore#query}.
 *
 * <p>A summary carries codes and ids only — never personal information — so stores may index and log it.
 * {@link #jurisdictionPath()} is the materialised path root..self: integrators index it (e.g. a
 * PostgreSQL array with a GIN index, or one row per ancestor) so that a subtree query is "path contains
 * the subtree root".
 *
 * <pre>{@code
 * CaseSummary s = CaseSummary.builder()
 *     .stream(StreamId.petition(PetitionId.of("ZXD-1")))
 *     .jurisdiction(village)
 *     .jurisdictionPath(List.of(county, town, district, village))
 *     .status("ASSIGNED").category("land-contract").addFlags("collective")
 *     .dueDate(LocalDate.of(2022, 8, 9)).updatedAt(now)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class CaseSummary {
  /** Deepest jurisdiction path: 16 levels. */
  public static final int MAX_PATH = 16;

  CaseSummary() {}

  /** The stream this summarises. */
  public abstract StreamId stream();

  /** The jurisdiction the case belongs to now. */
  public abstract JurisdictionId jurisdiction();

  /** The ancestors of {@link #jurisdiction()} from the root down to it, inclusive (1..16, no repeats). */
  public abstract List<JurisdictionId> jurisdictionPath();

  /** The status code (an identifier, e.g. a {@code PetitionStatus} name). */
  public abstract String status();

  /** The current due date, if a deadline runs. */
  public abstract Optional<LocalDate> dueDate();

  /** The category code (matter category, key-person category, dispute type), if any. */
  public abstract Optional<String> category();

  /** Flag codes (e.g. {@code "collective"}, {@code "skip-level"}). */
  public abstract Set<String> flags();

  /** When the case last changed (the time of the last event it reflects). */
  public abstract Instant updatedAt();

  /**
   * The stream version the summary reflects (≥ 0). The store sets it on write to the stream's
   * version after the append (S3.1); the value a caller passes is ignored.
   */
  @Value.Default
  public long version() {
    return 0;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseSummary}; {@code build()} throws {@code InvalidValueException} for bad or missing values. */
  public static final class Builder extends ImmutableCaseSummary.Builder {
    Builder() {}
  }

  /** This summary stamped with {@code version} (used by stores, S3.1). */
  public CaseSummary withVersion(long version) {
    return builder().from(this).version(version).build();
  }

  /** Whether the case lies in the subtree rooted at {@code root} (its path contains it). */
  public boolean isWithin(JurisdictionId root) {
    return jurisdictionPath().contains(root);
  }

  @Value.Check
  void check() {
    List<JurisdictionId> path = jurisdictionPath();
    Checks.notEmpty("jurisdictionPath", path);
    Checks.atMost("jurisdictionPath", path, MAX_PATH);
    Checks.check(path.get(path.size() - 1).equals(jurisdiction()), "jurisdictionPath", path,
        "must end with the jurisdiction itself (" + jurisdiction() + ")");
    Checks.check(new HashSet<>(path).size() == path.size(), "jurisdictionPath", path, "must not repeat an id");
    Checks.id("status", status());
    category().ifPresent(c -> Checks.id("category", c));
    flags().forEach(f -> Checks.id("flags", f));
    Checks.atLeast("version", version(), 0L);
  }
}
