package org.hewei.governance.rules.lifecycle;

import java.util.Optional;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 驳回 — why a command was not carried out: the rule it broke (a stable code), a readable reason, and
 * the article where the law sets the rule. A rejection never contains personal information.
 *
 * <pre>{@code
 * Rejection r = Rejection.of(commandId, "petition.extension.once",
 *     "an extension was already approved; a second one is not allowed", "信访工作条例 第三十四条");
 * r.rule();    // "petition.extension.once"
 * r.article(); // Optional[信访工作条例 第三十四条]
 * }</pre>
 */
@Value.Immutable
public abstract class Rejection {
  Rejection() {}

  /** The rejected command. */
  public abstract CommandId commandId();

  /** A stable code of the broken rule, e.g. {@code "petition.extension.max-30-days"}. */
  public abstract String rule();

  /** A readable reason, without personal information. */
  public abstract String reason();

  /** The legal basis, e.g. {@code "信访工作条例 第三十四条"}; empty for structural rules. */
  public abstract Optional<String> article();

  /** A rejection citing an article. */
  public static Rejection of(CommandId commandId, String rule, String reason, String article) {
    return ImmutableRejection.builder()
        .commandId(commandId)
        .rule(Checks.text("rule", rule, Checks.MAX_LABEL))
        .reason(Checks.text("reason", reason, Checks.MAX_TEXT))
        .article(Checks.text("article", article, Checks.MAX_LABEL))
        .build();
  }

  /** A rejection of a rule that no article sets (order of steps, structure, roles of local practice). */
  public static Rejection of(CommandId commandId, String rule, String reason) {
    return ImmutableRejection.builder()
        .commandId(commandId)
        .rule(Checks.text("rule", rule, Checks.MAX_LABEL))
        .reason(Checks.text("reason", reason, Checks.MAX_TEXT))
        .build();
  }

  @Override
  public String toString() {
    return "Rejection{" + commandId() + ", " + rule() + ": " + reason()
        + article().map(a -> " (" + a + ")").orElse("") + "}";
  }
}
