package org.hewei.governance.testkit.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * 使用记录 — what an {@link InMemoryGovernanceStore} noticed about how it was called, in call order:
 * stale expected versions, re-appended and mixed batches, bad arguments, calls to undeclared
 * capabilities (like Micrometer's test registry, it validates usage). Immutable; taken by
 * {@link InMemoryGovernanceStore#usage()}.
 *
 * <pre>{@code
 * store.usage().assertNoMistakes();                                    // fails listing every issue
 * assertThat(store.usage().issues(UsageIssue.Kind.REAPPENDED_BATCH)).hasSize(1);
 * }</pre>
 */
public final class StoreUsage {
  private final List<UsageIssue> issues;

  StoreUsage(List<UsageIssue> issues) {
    this.issues = List.copyOf(issues);
  }

  /** Every issue, oldest first. */
  public List<UsageIssue> issues() {
    return issues;
  }

  /** The issues of {@code kind}, oldest first. */
  public List<UsageIssue> issues(UsageIssue.Kind kind) {
    return issues.stream().filter(i -> i.kind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /** Whether no issue of any kind was recorded. */
  public boolean isClean() {
    return issues.isEmpty();
  }

  /**
   * Does nothing when {@link #isClean()}; otherwise throws an {@link AssertionError} listing every
   * issue (a test helper: re-appends count too, as they usually mean a retry the test did not intend).
   */
  public void assertNoMistakes() {
    if (!issues.isEmpty()) {
      throw new AssertionError(
          "the store was used incorrectly " + issues.size() + " time(s):\n  "
              + issues.stream().map(UsageIssue::toString).collect(Collectors.joining("\n  ")));
    }
  }

  /** {@code "StoreUsage{2 issues}"}. */
  @Override
  public String toString() {
    return "StoreUsage{" + issues.size() + " issues}";
  }
}
