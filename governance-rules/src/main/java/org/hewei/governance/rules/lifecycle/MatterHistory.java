package org.hewei.governance.rules.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.petition.PetitionId;

/**
 * 信访事项历史查询 — the caller-supplied, pure lookup {@link PetitionLifecycle} asks about <em>other</em>
 * petitions with the same facts ({@link PetitionMatterKey}): is one already accepted and still within
 * its time limit, and at which level (条例 Art 19(3)); is one final after re-review (不再受理, Art 36)?
 *
 * <p>The lifecycle decides one stream at a time and reads no store, so the application answers these
 * from its own summaries (e.g. a {@code SummaryStore}) before deciding. Implementations must be pure for
 * the duration of a decision and must not report the asking petition itself. {@link #of(List)} is an
 * in-memory implementation over a list of {@link PriorMatter}s; {@link #none()} knows no other matter.
 *
 * <pre>{@code
 * MatterHistory history = MatterHistory.of(List.of(
 *     MatterHistory.PriorMatter.accepted(key, PetitionId.of("ZXD-2022-000100"),
 *         JurisdictionLevel.TOWNSHIP, LocalDate.of(2022, 9, 23)),
 *     MatterHistory.PriorMatter.ofFinal(otherKey, PetitionId.of("ZXD-2021-000007"), JurisdictionLevel.COUNTY)));
 * history.acceptedWithinLimit(key, PetitionId.of("ZXD-2022-000123"), LocalDate.of(2022, 8, 1)); // the township's
 * }</pre>
 */
public interface MatterHistory {

  /**
   * Another petition with {@code key}, accepted and still within its time limit on {@code on}, if any
   * (the earliest-level one when there are several).
   */
  Optional<PriorMatter> acceptedWithinLimit(PetitionMatterKey key, PetitionId asking, LocalDate on);

  /** Another petition with {@code key} that is final after re-review (不再受理), if any. */
  Optional<PetitionId> finalMatter(PetitionMatterKey key, PetitionId asking);

  /** A history that knows no other matter. */
  static MatterHistory none() {
    return of(List.of());
  }

  /** An in-memory history over {@code matters}. */
  static MatterHistory of(List<PriorMatter> matters) {
    List<PriorMatter> copy = List.copyOf(Checks.required("matters", matters));
    return new MatterHistory() {
      @Override
      public Optional<PriorMatter> acceptedWithinLimit(PetitionMatterKey key, PetitionId asking, LocalDate on) {
        return copy.stream()
            .filter(m -> !m.isFinal() && m.key().equals(key) && !m.petition().equals(asking))
            .filter(m -> m.dueDate().map(d -> !on.isAfter(d)).orElse(false))
            .reduce((a, b) -> b.level().isBelow(a.level()) ? b : a);
      }

      @Override
      public Optional<PetitionId> finalMatter(PetitionMatterKey key, PetitionId asking) {
        return copy.stream()
            .filter(m -> m.isFinal() && m.key().equals(key) && !m.petition().equals(asking))
            .map(PriorMatter::petition)
            .findFirst();
      }

      @Override
      public String toString() {
        return "MatterHistory{" + copy.size() + " matters}";
      }
    };
  }

  /**
   * 在办或已终结事项 — one other petition as the history knows it: its key, id, the level that accepted it,
   * its due date while it runs, or that it is final.
   *
   * <pre>{@code
   * MatterHistory.PriorMatter.accepted(key, PetitionId.of("ZXD-2022-000100"), JurisdictionLevel.TOWNSHIP, due);
   * }</pre>
   */
  final class PriorMatter {
    private final PetitionMatterKey key;
    private final PetitionId petition;
    private final JurisdictionLevel level;
    private final Optional<LocalDate> dueDate;
    private final boolean isFinal;

    private PriorMatter(
        PetitionMatterKey key, PetitionId petition, JurisdictionLevel level, Optional<LocalDate> dueDate, boolean isFinal) {
      this.key = Checks.required("key", key);
      this.petition = Checks.required("petition", petition);
      this.level = Checks.required("level", level);
      this.dueDate = dueDate;
      this.isFinal = isFinal;
    }

    /** A matter accepted at {@code level} and running until {@code dueDate} (inclusive). */
    public static PriorMatter accepted(PetitionMatterKey key, PetitionId petition, JurisdictionLevel level, LocalDate dueDate) {
      return new PriorMatter(key, petition, level, Optional.of(Checks.required("dueDate", dueDate)), false);
    }

    /** A matter final after re-review (条例 Art 36); {@code level} is the re-reviewing level. */
    public static PriorMatter ofFinal(PetitionMatterKey key, PetitionId petition, JurisdictionLevel level) {
      return new PriorMatter(key, petition, level, Optional.empty(), true);
    }

    /** The same-facts key. */
    public PetitionMatterKey key() {
      return key;
    }

    /** The other petition. */
    public PetitionId petition() {
      return petition;
    }

    /** The level that accepted (or finally re-reviewed) it. */
    public JurisdictionLevel level() {
      return level;
    }

    /** The last day of its time limit, while it runs. */
    public Optional<LocalDate> dueDate() {
      return dueDate;
    }

    /** Whether it is final (不再受理). */
    public boolean isFinal() {
      return isFinal;
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object other) {
      return other instanceof PriorMatter
          && ((PriorMatter) other).key.equals(key)
          && ((PriorMatter) other).petition.equals(petition)
          && ((PriorMatter) other).level == level
          && ((PriorMatter) other).dueDate.equals(dueDate)
          && ((PriorMatter) other).isFinal == isFinal;
    }

    @Override
    public int hashCode() {
      return Objects.hash(key, petition, level, dueDate, isFinal);
    }

    @Override
    public String toString() {
      return "PriorMatter{" + petition + ", " + level + (isFinal ? ", final" : ", due " + dueDate.orElseThrow()) + "}";
    }
  }
}
