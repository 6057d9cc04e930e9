/**
 * 政策 — policies as data: escalation (升级/响应), deadlines (时限) and routing (分流) policies with id
 * and version, printable and comparable; governance-rules compiles and evaluates them.
 *
 * <ul>
 *   <li>{@link org.hewei.governance.core.policy.EscalationPolicy}: ordered {@link
 *       org.hewei.governance.core.policy.EscalationRule}s of a sealed {@link
 *       org.hewei.governance.core.policy.Trigger} algebra and sealed {@link
 *       org.hewei.governance.core.policy.EscalationAction}s, per-rule {@link
 *       org.hewei.governance.core.policy.RepeatPolicy}, declared {@link
 *       org.hewei.governance.core.policy.SensitivePeriod}s (重要时段), {@code describe()} and {@code diff()}.
 *   <li>{@link org.hewei.governance.core.policy.DeadlinePolicy}: named {@link
 *       org.hewei.governance.core.policy.PeriodDefinition}s; {@code defaults()} = REGULATIONS.md.
 *   <li>{@link org.hewei.governance.core.policy.RoutingPolicy}: 小事不出村、大事不出镇、矛盾不上交, 诉访分离,
 *       {@link org.hewei.governance.core.policy.CollectiveProfile}.
 * </ul>
 *
 * <p>Decisions: triggers print as text and {@link org.hewei.governance.core.policy.Trigger#parse} reads
 * that text back (so policies can be stored as text); {@code AND}/{@code OR} need two operands and
 * nesting stops at 32 levels; sensitive periods live in the escalation policy and triggers refer to them
 * by code (a trigger without codes means any declared period); flags, matter categories and key-person
 * categories are referred to by identifier codes, because their taxonomies are open; local practice
 * (the 15-day departmental limit, 12345 tiers, the collective profile, the routing rules) is data
 * marked as such, never a constant of the rules.
 *
 * <pre>{@code
 * Trigger t = Trigger.overdueBy(3).and(Trigger.levelIs(JurisdictionLevel.VILLAGE));
 * }</pre>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.policy;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;
