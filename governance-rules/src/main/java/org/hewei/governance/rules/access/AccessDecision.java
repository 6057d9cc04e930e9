package org.hewei.governance.rules.access;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 访问决定 — the answer of {@link AccessControl} for one viewer and one record: the level, the reason
 * (with its article) and, unless the level is {@link AccessLevel#NONE}, the view.
 *
 * <p>{@link #toString()} shows the level, reason code and article only — never the view.
 *
 * <pre>{@code
 * AccessDecision<PetitionView> d = control.petition(viewer, state);
 * d.level();            // AccessLevel.REDACTED
 * d.reason().code();    // "role-not-entitled"
 * d.view().orElseThrow().request(); // "(42 chars)"
 * }</pre>
 *
 * @param <V> the view type
 */
public final class AccessDecision<V> {
  private final AccessLevel level;
  private final AccessReason reason;
  private final @Nullable V view;

  private AccessDecision(AccessLevel level, AccessReason reason, @Nullable V view) {
    this.level = level;
    this.reason = reason;
    this.view = view;
  }

  static <V> AccessDecision<V> full(AccessReason reason, V view) {
    return new AccessDecision<>(AccessLevel.FULL, reason, view);
  }

  static <V> AccessDecision<V> redacted(AccessReason reason, V view) {
    return new AccessDecision<>(AccessLevel.REDACTED, reason, view);
  }

  static <V> AccessDecision<V> none(AccessReason reason) {
    return new AccessDecision<>(AccessLevel.NONE, reason, null);
  }

  /** How much the viewer may see. */
  public AccessLevel level() {
    return level;
  }

  /** Why. */
  public AccessReason reason() {
    return reason;
  }

  /** The article behind the reason, if the law sets it ({@code reason().article()}). */
  public Optional<String> article() {
    return reason.article();
  }

  /** The view: present exactly when the level is not {@link AccessLevel#NONE}. */
  public Optional<V> view() {
    return Optional.ofNullable(view);
  }

  /** Whether the viewer sees anything. */
  public boolean isVisible() {
    return level != AccessLevel.NONE;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AccessDecision<?> that
        && that.level == level
        && that.reason == reason
        && Objects.equals(that.view, view);
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, reason, view);
  }

  /** e.g. {@code "AccessDecision{NONE, accused-party, 信访工作条例 Art 30, 46(5)}"}; never the view. */
  @Override
  public String toString() {
    return "AccessDecision{" + level + ", " + reason.code() + reason.article().map(a -> ", " + a).orElse("") + "}";
  }
}
