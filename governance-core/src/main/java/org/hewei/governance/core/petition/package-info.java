/**
 * 信访 — petitions (信访事项): channels, the three types of 条例 Art 29–31, matter categories, petitioners
 * and representatives, flags, commands, events and state.
 *
 * <p>This package holds data only. Which command is allowed when, and how an event changes a {@link
 * org.hewei.governance.core.petition.PetitionState}, is governance-rules' petition lifecycle
 * ({@code decide}/{@code evolve}); limits the law sets (30-day extension cap, review windows, the cap
 * of 5 representatives) are checked there so that a rejection can cite its article.
 *
 * <p>Decisions written down here:
 *
 * <ul>
 *   <li><b>Representatives</b> are petitioners marked as such ({@link
 *       org.hewei.governance.core.petition.Petitioner#representative}), so "representatives ⊆
 *       petitioners" holds by construction; a person may be listed only once, and representatives
 *       need a group (headcount ≥ 2, 条例 Art 20).
 *   <li><b>Accused party</b>: present exactly for {@link
 *       org.hewei.governance.core.petition.PetitionType#ACCUSATION} (possibly only described, not
 *       identified). The other side of a grievance is a party of a dispute (mediation), not an accused;
 *       Art 30's confidentiality attaches to accusations.
 *   <li><b>Facts</b> are optional on a {@link org.hewei.governance.core.petition.Petition} (a phone
 *       log may record only the request); the handling opinion (Art 32) always states them.
 *   <li><b>Where</b>: where a petition is filed or handled is a {@link
 *       org.hewei.governance.core.petition.HandlingPlace} (jurisdiction id + level + optional unit),
 *       so folding events needs no jurisdiction tree.
 *   <li><b>Due dates</b> are {@link java.time.LocalDate}s, the last day of the period inclusive
 *       (民法典 Art 201–203 count in days); instants record when things happened.
 *   <li><b>Escalations</b> carry policy id, version and rule id together (or none: an official
 *       decided), and always go up; the state keeps a small {@link
 *       org.hewei.governance.core.petition.EscalationRecord} per escalation for idempotency and
 *       cool-down.
 *   <li><b>Personal information</b>: request, facts, reasons, notes, decisions, opinions and the
 *       description of an unnamed accused party are checked like any text (not blank, at most 20,000
 *       characters, no control characters) but printed as {@code ***} and never put into an exception
 *       message. A petition's {@code toString} shows counts instead of petitioner ids.
 *   <li><b>Commands and events</b> are nested in their sealed interfaces ({@code
 *       PetitionCommand.Assign}, {@code PetitionEvent.Assigned}), one per step of the life, each an
 *       Immutables value with {@code builder()}; the events carry the due dates the rules computed.
 * </ul>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.petition;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;
