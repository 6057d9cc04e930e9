package org.hewei.governance.core.keyperson;

import java.time.LocalDate;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.person.Masking;
import org.immutables.value.Value;

/**
 * 已撤管 — the listing of a subject ended.
 *
 * <p>An event: a fact recorded in the record's stream. Free text (reasons, findings) may contain personal information and is shown in
 * {@code toString} only as its length; for a record about a person, the category and the level are
 * never shown either.
 *
 * <pre>{@code
 * Delisted.builder().eventId(EventId.of("evt-4")).occurredAt(now).actor(actor)
 *     .recordId(id).delistedOn(LocalDate.of(2023, 1, 10)).reason("已迁出本辖区")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Delisted implements KeyPersonEvent, DelistingDetails {
  Delisted() {}

  /** A new builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.personalText("reason", reason(), Checks.MAX_TEXT);
  }

  @Override
  public String toString() {
    return "Delisted{" + "eventId=" + eventId() + ", occurredAt=" + occurredAt() + ", actor=" + actor() + ", recordId=" + recordId() + ", delistedOn=" + delistedOn() + ", reason=" + Masking.maskFreeText(reason()) + "}";
  }

  /** Builds a {@link Delisted}. */
  public static final class Builder extends ImmutableDelisted.Builder {
    Builder() {}
  }
}
