package org.hewei.governance.core.keyperson;

import java.time.LocalDate;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.person.Masking;
import org.immutables.value.Value;

/**
 * 走访 — record a visit to a listed subject: who visited, when, and what was found.
 *
 * <p>A command: governance-rules decides whether it is allowed. Free text (reasons, findings) may contain personal information and is shown in
 * {@code toString} only as its length; for a record about a person, the category and the level are
 * never shown either.
 *
 * <pre>{@code
 * RecordVisit.builder().commandId(CommandId.of("cmd-2")).issuedAt(now).actor(actor)
 *     .recordId(id).visitor(officer).visitedOn(LocalDate.of(2022, 8, 5)).findings("在家, 情绪稳定")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class RecordVisit implements KeyPersonCommand, VisitDetails {
  RecordVisit() {}

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
    return "RecordVisit{" + "commandId=" + commandId() + ", issuedAt=" + issuedAt() + ", actor=" + actor() + ", recordId=" + recordId() + ", visitor=" + visitor() + ", visitedOn=" + visitedOn() + ", findings=" + Masking.maskFreeText(findings()) + "}";
  }

  /** Builds a {@link RecordVisit}. */
  public static final class Builder extends ImmutableRecordVisit.Builder {
    Builder() {}
  }
}
