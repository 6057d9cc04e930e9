package org.hewei.governance.core.keyperson;

import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.person.Masking;
import org.immutables.value.Value;

/**
 * 调整管控等级 — raise or lower the control level of a listed subject.
 *
 * <p>A command: governance-rules decides whether it is allowed. Free text (reasons, findings) may contain personal information and is shown in
 * {@code toString} only as its length; for a record about a person, the category and the level are
 * never shown either.
 *
 * <pre>{@code
 * ChangeLevel.builder().commandId(CommandId.of("cmd-3")).issuedAt(now).actor(actor)
 *     .recordId(id).level(ControlLevel.STRICT).reason("近期多次越级上访苗头")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class ChangeLevel implements KeyPersonCommand {
  ChangeLevel() {}

  /** The new level. */
  public abstract ControlLevel level();

  /** Why (personal free text, at most 20,000 characters). */
  public abstract String reason();

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
    return "ChangeLevel{" + "commandId=" + commandId() + ", issuedAt=" + issuedAt() + ", actor=" + actor() + ", recordId=" + recordId() + ", level=***, reason=" + Masking.maskFreeText(reason()) + "}";
  }

  /** Builds a {@link ChangeLevel}. */
  public static final class Builder extends ImmutableChangeLevel.Builder {
    Builder() {}
  }
}
