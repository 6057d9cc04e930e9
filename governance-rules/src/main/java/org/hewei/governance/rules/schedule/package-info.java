/**
 * 日程与排班 — schedules: the joint listening visits (民意5来听) on configurable days of the month, the
 * reception duty roster (领导接访: 1 section-level cadre + 2 village cadres each working day; 2 village
 * party secretaries a week at the centre) and key-person visits due per category and level.
 *
 * <p>Everything here is local practice from the seed (中心店镇, 2022), so every number is a
 * configurable default ({@link org.hewei.governance.rules.schedule.JointVisitSchedule#seedDefaults},
 * {@link org.hewei.governance.rules.schedule.RosterPolicy#seedDefaults}), never a constant. Decisions:
 *
 * <ul>
 *   <li>Periods are {@link org.hewei.governance.rules.schedule.DateRange}s, both ends inclusive; a
 *       period ending before it starts is an {@link
 *       org.hewei.governance.rules.schedule.InvalidDateRangeException}.
 *   <li>A joint visit day on a rest day moves to the next working day, never into the next slot or the
 *       next month (then back to the previous working day, else dropped) — see {@link
 *       org.hewei.governance.rules.schedule.JointVisitSchedule}.
 *   <li>Rosters rotate fairly (fewest turns first, then longest since last turn, then id), respect
 *       declared absences, never put anyone on two duties a day, and fail with {@link
 *       org.hewei.governance.rules.schedule.NotEnoughOfficialsException} rather than leave a duty
 *       empty — see {@link org.hewei.governance.rules.schedule.DutyRosterPlanner}.
 *   <li>Key-person visits are due one catalogue interval after the last visit (or the listing) — see
 *       {@link org.hewei.governance.rules.schedule.KeyPersonVisits}; the reports reuse it.
 *   <li>Pure and deterministic: no clock; days come from a {@link
 *       org.hewei.governance.rules.calendar.WorkingDayCalendar}; DEBUG logging of decisions only, never
 *       personal data.
 * </ul>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.rules.schedule;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;
