package org.hewei.governance.testkit.assertions;

import org.assertj.core.api.AbstractAssert;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.rules.lifecycle.Rejection;

/**
 * 驳回断言 — checks on a {@link Rejection}: its rule code, the article it cites and its command. A
 * rejection holds no personal information by contract, so messages show its rule, article and reason.
 *
 * <pre>{@code
 * assertThat(rejection)
 *     .hasRule("petition.extension.once")
 *     .citesArticle("第三十四条");
 * }</pre>
 */
public final class RejectionAssert extends AbstractAssert<RejectionAssert, Rejection> {

  RejectionAssert(Rejection actual) {
    super(actual, RejectionAssert.class);
    info.useRepresentation(RedactedRepresentation.INSTANCE);
  }

  /** The broken rule's code is {@code ruleCode}. */
  public RejectionAssert hasRule(String ruleCode) {
    isNotNull();
    if (!actual.rule().equals(ruleCode)) {
      failWithMessage("Expected a rejection for rule %s but got %s", ruleCode, RedactedRepresentation.describe(actual));
    }
    return this;
  }

  /**
   * It cites an article containing {@code article}: the whole citation ({@code "信访工作条例 第三十四条"}) or
   * a part of it ({@code "第三十四条"}).
   */
  public RejectionAssert citesArticle(String article) {
    isNotNull();
    if (actual.article().filter(a -> a.contains(article)).isEmpty()) {
      failWithMessage("Expected a rejection citing %s but got %s", article, RedactedRepresentation.describe(actual));
    }
    return this;
  }

  /** It cites no article (a structural rule or one of local practice). */
  public RejectionAssert citesNoArticle() {
    isNotNull();
    if (actual.article().isPresent()) {
      failWithMessage("Expected a rejection citing no article but got %s", RedactedRepresentation.describe(actual));
    }
    return this;
  }

  /** It rejects the command {@code commandId}. */
  public RejectionAssert isForCommand(CommandId commandId) {
    isNotNull();
    if (!actual.commandId().equals(commandId)) {
      failWithMessage("Expected a rejection of command %s but got %s", commandId,
          RedactedRepresentation.describe(actual));
    }
    return this;
  }
}
