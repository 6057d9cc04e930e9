package org.hewei.governance.core.keyperson;

import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.person.Masking;
import org.immutables.value.Value;

/**
 * 管控等级已调整 — the control level of a listed subject changed.
 *
 * <p>An event: a fact recorded in the record's stream. Free text (reasons, findings) may contain personal information and is shown in
 * {@code toString} only as its length; for a record about a person, the category and the level are
 * never shown either.
 *
 * <pre>{@code
 * LevelChanged.builder().eventId(EventId.of("evt-3")).occurredAt(now).actor(actor)
 *     .recordId(id).previousLevel(ControlLevel.FOCUS).level(ControlLevel.STRICT).reason("...")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class LevelChanged implements KeyPersonEvent {
  LevelChanged() {}

  /** The level before. */
  public abstract ControlLevel previousLevel();

  /** The level after; differs from {@link #previousLevel()}. */
  public abstract ControlLevel level();

  /** Why (personal free text, at most 20,000 characters). */
  public abstract String reason();

  /** A new builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.check(previousLevel() != level(), "level", "***", "must differ from the previous level");
    Checks.personalText("reason", reason(), Checks.MAX_TEXT);
  }

  @Override
  public String toString() {
    return "LevelChanged{" + "eventId=" + eventId() + ", occurredAt=" + occurredAt() + ", actor=" + actor() + ", recordId=" + recordId() + ", previousLevel=***, level=***, reason=" + Masking.maskFreeText(reason()) + "}";
  }

  /** Builds a {@link LevelChanged}. */
  public static final class Builder extends ImmutableLevelChanged.Builder {
    Builder() {}
  }
}
