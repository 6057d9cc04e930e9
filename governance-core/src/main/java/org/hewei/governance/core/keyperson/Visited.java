package org.hewei.governance.core.keyperson;

import java.time.LocalDate;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.person.Masking;
import org.immutables.value.Value;

/**
 * 已走访 — a listed subject was visited.
 *
 * <p>An event: a fact recorded in the record's stream. Free text (reasons, findings) may contain personal information and is shown in
 * {@code toString} only as its length; for a record about a person, the category and the level are
 * never shown either.
 *
 * <pre>{@code
 * Visited.builder().eventId(EventId.of("evt-2")).occurredAt(now).actor(actor)
 *     .recordId(id).visitor(officer).visitedOn(LocalDate.of(2022, 8, 5)).findings("在家, 情绪稳定")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Visited implements KeyPersonEvent, VisitDetails {
  Visited() {}

  /** A new builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.personalText("findings", findings(), Checks.MAX_TEXT);
  }

  @Override
  public String toString() {
    return "Visited{" + "eventId=" + eventId() + ", occurredAt=" + occurredAt() + ", actor=" + actor() + ", recordId=" + recordId() + ", visitor=" + visitor() + ", visitedOn=" + visitedOn() + ", findings=" + Masking.maskFreeText(findings()) + "}";
  }

  /** Builds a {@link Visited}. */
  public static final class Builder extends ImmutableVisited.Builder {
    Builder() {}
  }
}
