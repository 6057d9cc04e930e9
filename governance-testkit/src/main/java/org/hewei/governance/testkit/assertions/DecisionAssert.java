package org.hewei.governance.testkit.assertions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.rules.lifecycle.Decision;

/**
 * 处理决定断言 — checks on a {@link Decision} of a {@code Decider}: accepted or rejected, for which rule,
 * citing which article, producing which events. Events are described by type and event id only, never
 * by their contents.
 *
 * <pre>{@code
 * assertThat(lifecycle.decide(state, extend))
 *     .isRejectedFor("petition.extension.once")
 *     .citesArticle("第三十四条");
 * assertThat(lifecycle.decide(state, register))
 *     .producedEvents(PetitionEvent.Registered.class);
 * }</pre>
 */
public final class DecisionAssert extends AbstractAssert<DecisionAssert, Decision<?>> {

  DecisionAssert(Decision<?> actual) {
    super(actual, DecisionAssert.class);
    info.useRepresentation(RedactedRepresentation.INSTANCE);
  }

  /** The command was carried out. */
  public DecisionAssert isAccepted() {
    isNotNull();
    if (!actual.isAccepted()) {
      failWithMessage("Expected the command to be accepted but it was rejected: %s",
          RedactedRepresentation.describe(actual.rejection().orElseThrow()));
    }
    return this;
  }

  /** The command was rejected. */
  public DecisionAssert isRejected() {
    isNotNull();
    if (actual.isAccepted()) {
      failWithMessage("Expected the command to be rejected but it was accepted with %s",
          RedactedRepresentation.describeEvents(actual.events()));
    }
    return this;
  }

  /** The command was rejected for the rule {@code ruleCode}. */
  public DecisionAssert isRejectedFor(String ruleCode) {
    isRejected();
    if (!actual.rejection().orElseThrow().rule().equals(ruleCode)) {
      failWithMessage("Expected the command to be rejected for rule %s but it was rejected for %s",
          ruleCode, RedactedRepresentation.describe(actual.rejection().orElseThrow()));
    }
    return this;
  }

  /** The command was rejected citing an article containing {@code article} (see {@link RejectionAssert#citesArticle}). */
  public DecisionAssert citesArticle(String article) {
    isRejected();
    new RejectionAssert(actual.rejection().orElseThrow()).citesArticle(article);
    return this;
  }

  /** An assertion on the rejection, after checking the command was rejected. */
  public RejectionAssert rejection() {
    isRejected();
    return new RejectionAssert(actual.rejection().orElseThrow());
  }

  /** The command was accepted and produced exactly {@code count} events. */
  public DecisionAssert producedEventCount(int count) {
    isAccepted();
    if (actual.events().size() != count) {
      failWithMessage("Expected %s event(s) but the command produced %s: %s", count, actual.events().size(),
          RedactedRepresentation.describeEvents(actual.events()));
    }
    return this;
  }

  /**
   * The command was accepted and produced events of exactly these types, in this order (an event of
   * a subtype of a given type matches it).
   */
  @SafeVarargs
  public final DecisionAssert producedEvents(Class<? extends DomainEvent>... types) {
    isAccepted();
    List<? extends DomainEvent> events = actual.events();
    boolean same = events.size() == types.length;
    for (int i = 0; same && i < types.length; i++) {
      same = types[i].isInstance(events.get(i));
    }
    if (!same) {
      List<String> expected = new ArrayList<>();
      for (Class<?> type : types) {
        expected.add(type.getEnclosingClass() == null
            ? type.getSimpleName() : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName());
      }
      failWithMessage("Expected events of types %s but the command produced %s", expected,
          RedactedRepresentation.describeEvents(events));
    }
    return this;
  }

  /**
   * The command was accepted and produced exactly {@code expected} ({@code equals}, in order). On a
   * difference the message names the first differing position and the types and ids there; event
   * contents are not printed.
   */
  public DecisionAssert producedExactly(DomainEvent... expected) {
    return producedExactly(Arrays.asList(expected));
  }

  /** {@link #producedExactly(DomainEvent...)} with a list. */
  public DecisionAssert producedExactly(List<? extends DomainEvent> expected) {
    isAccepted();
    List<? extends DomainEvent> events = actual.events();
    for (int i = 0; i < Math.max(events.size(), expected.size()); i++) {
      if (i >= events.size() || i >= expected.size() || !events.get(i).equals(expected.get(i))) {
        failWithMessage("Expected events %s but the command produced %s; they differ at #%s%s",
            RedactedRepresentation.describeEvents(expected), RedactedRepresentation.describeEvents(events), i,
            i < events.size() && i < expected.size()
                ? " (values not printed: events may hold personal information)" : "");
      }
    }
    return this;
  }
}
