/**
 * 矛盾纠纷调解 — disputes found by screening (排查) or referral (警调对接, 访调对接) and mediation cases:
 * venues, mediators, consent, sessions, outcomes and agreements (人民调解法 2010).
 *
 * <p>What is here: the values ({@link org.hewei.governance.core.mediation.Dispute}, {@link
 * org.hewei.governance.core.mediation.Party}, {@link org.hewei.governance.core.mediation.Venue},
 * {@link org.hewei.governance.core.mediation.Mediator}, {@link
 * org.hewei.governance.core.mediation.Agreement}), the sealed {@link
 * org.hewei.governance.core.mediation.MediationCommand} and {@link
 * org.hewei.governance.core.mediation.MediationEvent} hierarchies and the folded {@link
 * org.hewei.governance.core.mediation.MediationCaseState}. What is not: the lifecycle (which command
 * is allowed when, consent before sessions, the 30-day judicial-confirmation window with the
 * rest-day rule) — that is governance-rules' {@code lifecycle}.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Parties, mediators and actors carry ids only; free text that may name people (a dispute's
 *       summary, session notes, agreement terms, reasons) is personal information: {@code
 *       @Value.Redacted} and validated with masked messages.
 *   <li>A dispute referred from a petition must name the petition (so the case can be returned to
 *       it); a police incident number is optional and only for police referrals.
 *   <li>{@link org.hewei.governance.core.mediation.Agreement#nominalJudicialConfirmationDeadline()}
 *       is calendar-day arithmetic only (effective day + 30, 民法典 Art 201); the rest-day rule of
 *       民法典 Art 203 is applied by the rules module's calendar.
 *   <li>The court decision on judicial confirmation reuses {@link
 *       org.hewei.governance.core.mediation.JudicialConfirmationStatus} (its decided values) rather
 *       than a second enum.
 *   <li>Commands and events are nested in their sealed interface ({@code MediationCommand.Open},
 *       {@code MediationEvent.Opened}): one concept (the case's vocabulary) per file.
 * </ul>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.mediation;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;
