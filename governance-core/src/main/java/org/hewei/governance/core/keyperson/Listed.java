package org.hewei.governance.core.keyperson;

import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.person.Masking;
import org.immutables.value.Value;

/**
 * 已列管 — a person or a place was listed (列管) in a category.
 *
 * <p>An event: a fact recorded in the record's stream. Free text (reasons, findings) may contain personal information and is shown in
 * {@code toString} only as its length; for a record about a person, the category and the level are
 * never shown either.
 *
 * <pre>{@code
 * Listed e = Listed.builder().eventId(EventId.of("evt-1")).occurredAt(now).actor(actor)
 *     .recordId(id).subject(KeySubject.person(PersonId.of("P-000042")))
 *     .category(KeyPersonCatalogue.FLOATING_POPULATION).level(ControlLevel.ATTENTION)
 *     .responsibleOfficial(officer).jurisdiction(village).listedOn(day).reason("...")
 *     .build();
 * e.toString(); // "...subject=person:P-000042, category=***, level=***, ..."
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Listed implements KeyPersonEvent, ListingDetails {
  Listed() {}

  /** A new builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    KeySubject.checkCategory(subject(), category());
    Checks.personalText("reason", reason(), Checks.MAX_TEXT);
  }

  @Override
  public String toString() {
    return "Listed{" + "eventId=" + eventId() + ", occurredAt=" + occurredAt() + ", actor=" + actor() + ", recordId=" + recordId() + ", subject=" + subject() + ", category=" + subject().shown(category()) + ", level=" + subject().shown(level()) + ", responsibleOfficial=" + responsibleOfficial() + ", jurisdiction=" + jurisdiction() + ", listedOn=" + listedOn() + ", reason=" + Masking.maskFreeText(reason()) + "}";
  }

  /** Builds a {@link Listed}. */
  public static final class Builder extends ImmutableListed.Builder {
    Builder() {}
  }
}
