/**
 * 走访与服务 — the field work that feeds everything else: joint listening visits (民意5来听),
 * police-community talks (警民恳谈), case follow-up visits (案件回访), home visits (入户走访), situation
 * briefings (警情通报会), grid patrols, and errands done on a resident's behalf (民生代办).
 *
 * <p>{@link org.hewei.governance.core.outreach.OutreachActivity} records one activity with its
 * {@link org.hewei.governance.core.outreach.Finding}s (new disputes, requests, key-person sightings).
 * An {@link org.hewei.governance.core.outreach.Errand} has its own small event-sourced life:
 * sealed {@link org.hewei.governance.core.outreach.ErrandCommand} / {@link
 * org.hewei.governance.core.outreach.ErrandEvent} and {@link
 * org.hewei.governance.core.outreach.ErrandState}; the transitions (request → accept → done, or
 * declined) are decided in governance-rules.
 *
 * <p>Decisions: activities are dated by day ({@code LocalDate}), as plans and reports count them; a
 * key-person sighting carries only the record id, never the category (sensitive, PIPL Art 28);
 * descriptions, notes and reasons are personal information and never printed.
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.core.outreach;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;
