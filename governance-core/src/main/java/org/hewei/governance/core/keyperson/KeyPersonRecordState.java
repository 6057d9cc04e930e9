package org.hewei.governance.core.keyperson;

import java.time.LocalDate;
import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.OfficialId;
import org.immutables.value.Value;

/**
 * 列管记录状态 — the current state of a key-person or key-place record, the fold of its events
 * (governance-rules implements that fold).
 *
 * <p>Invariants checked when built: the category is for the subject's kind; the last visit and the
 * delisting day are not before the listing day; the version (number of events applied) is at least 1.
 * {@link #toString()} never shows the category or level of a person.
 *
 * <pre>{@code
 * KeyPersonRecordState s = KeyPersonRecordState.builder()
 *     .id(KeyPersonRecordId.of("ZXD-ZD-0007"))
 *     .subject(KeySubject.place("北村加油站"))
 *     .category(KeyPersonCatalogue.HAZARDOUS_MATERIALS_SITE).level(ControlLevel.FOCUS)
 *     .responsibleOfficial(OfficialId.of("ZXD-OFF-017")).jurisdiction(JurisdictionId.of("370883103201"))
 *     .listedOn(LocalDate.of(2022, 7, 25)).version(1)
 *     .build();
 * s.isListed(); // true
 * }</pre>
 */
@Value.Immutable
public abstract class KeyPersonRecordState {
  KeyPersonRecordState() {}

  /** The record's id. */
  public abstract KeyPersonRecordId id();

  /** The person or place listed. */
  public abstract KeySubject subject();

  /** The category. */
  public abstract KeyPersonCategory category();

  /** The current control level. */
  public abstract ControlLevel level();

  /** The official responsible (包保责任人). */
  public abstract OfficialId responsibleOfficial();

  /** The jurisdiction the record belongs to. */
  public abstract JurisdictionId jurisdiction();

  /** The day of listing. */
  public abstract LocalDate listedOn();

  /** The day of the latest visit, if any. */
  public abstract Optional<LocalDate> lastVisit();

  /** The day of delisting, if delisted. */
  public abstract Optional<LocalDate> delistedOn();

  /** The number of events folded into this state (the stream version); at least 1. */
  public abstract long version();

  /** A new builder; use {@code builder().from(state)} to derive a new state from an old one. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the record is still listed (not delisted). */
  public final boolean isListed() {
    return delistedOn().isEmpty();
  }

  @Value.Check
  void check() {
    KeySubject.checkCategory(subject(), category());
    lastVisit()
        .ifPresent(day -> Checks.check(!day.isBefore(listedOn()), "lastVisit", day, "must not be before listedOn " + listedOn()));
    delistedOn()
        .ifPresent(day -> Checks.check(!day.isBefore(listedOn()), "delistedOn", day, "must not be before listedOn " + listedOn()));
    Checks.atLeast("version", version(), 1L);
  }

  @Override
  public String toString() {
    return "KeyPersonRecordState{id=" + id() + ", subject=" + subject()
        + ", category=" + subject().shown(category()) + ", level=" + subject().shown(level())
        + ", responsibleOfficial=" + responsibleOfficial() + ", jurisdiction=" + jurisdiction()
        + ", listedOn=" + listedOn() + ", lastVisit=" + lastVisit().map(Object::toString).orElse("none")
        + ", delistedOn=" + delistedOn().map(Object::toString).orElse("none")
        + ", version=" + version() + "}";
  }

  /** Builds a {@link KeyPersonRecordState}. */
  public static final class Builder extends ImmutableKeyPersonRecordState.Builder {
    Builder() {}
  }
}
