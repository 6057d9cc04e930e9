package org.hewei.governance.testkit.store;

import org.immutables.value.Value;

/**
 * 使用问题 — one questionable call the {@link InMemoryGovernanceStore} saw: its kind, what it
 * concerned (a stream or registry key, ids only) and the message of the answer the SPI gave. Carries
 * no personal information.
 *
 * <pre>{@code
 * UsageIssue i = store.usage().issues().get(0);
 * i.kind();     // STALE_EXPECTED_VERSION
 * i.subject();  // "PETITION/ZXD-1"
 * }</pre>
 */
@Value.Immutable
public abstract class UsageIssue {
  /** 问题类别 — the kinds of issue. */
  public enum Kind {
    /** An append or registry write whose expected version did not match (S1.4, S4.1): a stale read. */
    STALE_EXPECTED_VERSION,
    /** A batch wholly stored already, answered as an idempotent retry (S1.5): a re-append. */
    REAPPENDED_BATCH,
    /** A batch mixing stored and new event ids (S1.6): a caller bug. */
    MIXED_BATCH,
    /** A missing or invalid argument (S1.7, S2.2, S3.8, S4.4). */
    INVALID_ARGUMENT,
    /** A call to an operation of a capability the store does not declare (S5.2). */
    UNSUPPORTED_CAPABILITY
  }

  UsageIssue() {}

  /** The kind of issue. */
  @Value.Parameter
  public abstract Kind kind();

  /** What it concerned: {@code "PETITION/ZXD-1"}, {@code "registry officials/OFF-1"}, or the operation. */
  @Value.Parameter
  public abstract String subject();

  /** The message of the exception (or result) the store answered with. */
  @Value.Parameter
  public abstract String detail();

  /** An issue. */
  public static UsageIssue of(Kind kind, String subject, String detail) {
    return ImmutableUsageIssue.of(kind, subject, detail);
  }

  /** {@code "STALE_EXPECTED_VERSION PETITION/ZXD-1: …"}. */
  @Override
  public String toString() {
    return kind() + " " + subject() + ": " + detail();
  }
}
