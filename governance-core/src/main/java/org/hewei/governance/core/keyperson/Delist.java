package org.hewei.governance.core.keyperson;

import java.time.LocalDate;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.person.Masking;
import org.immutables.value.Value;

/**
 * 撤管 — end the listing of a subject.
 *
 * <p>A command: governance-rules decides whether it is allowed. Free text (reasons, findings) may contain personal information and is shown in
 * {@code toString} only as its length; for a record about a person, the category and the level are
 * never shown either.
 *
 * <pre>{@code
 * Delist.builder().commandId(CommandId.of("cmd-4")).issuedAt(now).actor(actor)
 *     .recordId(id).delistedOn(LocalDate.of(2023, 1, 10)).reason("已迁出本辖区")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Delist implements KeyPersonCommand, DelistingDetails {
  Delist() {}

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
    return "Delist{" + "commandId=" + commandId() + ", issuedAt=" + issuedAt() + ", actor=" + actor() + ", recordId=" + recordId() + ", delistedOn=" + delistedOn() + ", reason=" + Masking.maskFreeText(reason()) + "}";
  }

  /** Builds a {@link Delist}. */
  public static final class Builder extends ImmutableDelist.Builder {
    Builder() {}
  }
}
