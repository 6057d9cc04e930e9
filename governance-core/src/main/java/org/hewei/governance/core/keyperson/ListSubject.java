package org.hewei.governance.core.keyperson;

import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.person.Masking;
import org.immutables.value.Value;

/**
 * 列管 — list a person or a place as a key subject in a category, at a control level, with a responsible official.
 *
 * <p>A command: governance-rules decides whether it is allowed. Free text (reasons, findings) may contain personal information and is shown in
 * {@code toString} only as its length; for a record about a person, the category and the level are
 * never shown either.
 *
 * <pre>{@code
 * ListSubject cmd = ListSubject.builder()
 *     .commandId(CommandId.of("cmd-1")).issuedAt(now).actor(Actor.official(officer, Role.POLICE_OFFICER))
 *     .recordId(KeyPersonRecordId.of("ZXD-ZD-0007"))
 *     .subject(KeySubject.place("北村加油站"))
 *     .category(KeyPersonCatalogue.HAZARDOUS_MATERIALS_SITE).level(ControlLevel.FOCUS)
 *     .responsibleOfficial(officer).jurisdiction(JurisdictionId.of("370883103201"))
 *     .listedOn(LocalDate.of(2022, 7, 25)).reason("储存危险化学品")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class ListSubject implements KeyPersonCommand, ListingDetails {
  ListSubject() {}

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
    return "ListSubject{" + "commandId=" + commandId() + ", issuedAt=" + issuedAt() + ", actor=" + actor() + ", recordId=" + recordId() + ", subject=" + subject() + ", category=" + subject().shown(category()) + ", level=" + subject().shown(level()) + ", responsibleOfficial=" + responsibleOfficial() + ", jurisdiction=" + jurisdiction() + ", listedOn=" + listedOn() + ", reason=" + Masking.maskFreeText(reason()) + "}";
  }

  /** Builds a {@link ListSubject}. */
  public static final class Builder extends ImmutableListSubject.Builder {
    Builder() {}
  }
}
