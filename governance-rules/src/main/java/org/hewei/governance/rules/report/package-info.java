/**
 * 台账与指标 — reports: the ledger (台账) of a jurisdiction subtree for a period and its indicators —
 * petitions received by channel, type and category; concluded at village / management-district /
 * township level and the 小事不出村 rate; on-time rate and overdue count; skip-level, collective and
 * repeat counts; satisfaction; mediation cases and success rate (the seed's police-station room: 29 of
 * 32 = 90.6%); key-person visits due and overdue; outreach against plan (民意5来听, home visits,
 * errands); per police post the figures the seed rewards.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li><b>Exact arithmetic.</b> Counts are {@code long}s; every indicator is a {@link
 *       org.hewei.governance.rules.report.Rate} (exact numerator/denominator) whose percentage is
 *       rounded half-up to one decimal with {@link java.math.BigDecimal}; denominator 0 gives
 *       {@code "n/a"}. No {@code double} anywhere.
 *   <li><b>Fail fast.</b> A record whose jurisdiction is not in the tree throws {@link
 *       org.hewei.governance.core.jurisdiction.UnknownJurisdictionException}; a period ending before it
 *       starts is an {@link org.hewei.governance.rules.schedule.InvalidDateRangeException}.
 *   <li><b>Cheap.</b> One pass over each input collection, O(1) work per record; inputs are not copied
 *       ({@link org.hewei.governance.rules.report.LedgerInput}).
 *   <li><b>Additive.</b> Counts of disjoint subtrees add up to their parent's when the parent itself
 *       holds no records; rates are recomputed from summed counts, never averaged.
 *   <li><b>Police posts.</b> Criminal cases, case clues and intelligence items are police data outside
 *       governance-core, taken as {@link org.hewei.governance.rules.report.PolicePostTally} inputs; the
 *       posts' talks, follow-ups and briefings are counted from outreach activities.
 *   <li><b>Key-person visits</b> are due one catalogue interval after the last visit (computed by
 *       {@link org.hewei.governance.rules.schedule.KeyPersonVisits}, since no lifecycle helper offered
 *       it).
 * </ul>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.rules.report;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;
