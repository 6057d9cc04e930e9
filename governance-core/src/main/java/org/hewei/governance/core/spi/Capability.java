package org.hewei.governance.core.spi;

/**
 * 可选能力 — what a store may or may not support beyond the required event streams (S1, S2). A store
 * declares its capabilities in {@link Store#capabilities()}; the compatibility kit skips (never passes)
 * the tests of a capability not declared and checks that its operations fail with
 * {@link UnsupportedCapabilityException}.
 *
 * <pre>{@code
 * StoreCapabilities.of(Capability.SUMMARY_QUERIES, Capability.CONCURRENT_APPENDS);
 * }</pre>
 */
public enum Capability {
  /** 摘要查询: summaries are stored with appends and can be read and queried (S3). */
  SUMMARY_QUERIES,
  /** 摘要事务: a summary is stored in the same atomic unit as the events it describes (S3.2); needs SUMMARY_QUERIES. */
  TRANSACTIONAL_SUMMARIES,
  /** 名录存储: registries of jurisdictions, officials, persons (S4). */
  REGISTRIES,
  /** 并发追加: appends and registry writes may be called from several threads or processes at once (S1.9). */
  CONCURRENT_APPENDS
}
