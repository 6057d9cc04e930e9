/**
 * 期间计算 — due dates of legal periods per 民法典 Art 201–203 and 1259, in calendar days, months or
 * working days, over a {@link org.hewei.governance.rules.calendar.WorkingDayCalendar}; pauses and
 * extensions.
 *
 * <pre>{@code
 * DeadlineCalculator calc = DeadlineCalculator.of(WorkingDayCalendar.chinaMainland());
 * calc.dueDate(LocalDate.of(2022, 9, 20), LegalPeriod.days(15));      // 2022-10-08 (10-05 is 国庆节)
 * calc.dueDate(LocalDate.of(2024, 1, 31), LegalPeriod.months(1));     // 2024-02-29 (Art 202)
 * calc.dueDate(LocalDate.of(2022, 9, 29), LegalPeriod.workingDays(5)); // 2022-10-11
 * }</pre>
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li>The start day is not counted (Art 201): a period of {@code n} days from {@code start} has its
 *       last day on {@code start + n}; of {@code n} months on the corresponding day of the month, or the
 *       month's last day where there is none (Art 202).
 *   <li>法定休假日 in Art 203 is read as every rest day of the calendar: the statutory holidays of the
 *       全国年节及纪念日放假办法 (Art 2) and the weekly rest days (公休日, Saturday and Sunday), which the
 *       放假办法 itself treats as rest days (Art 6: a holiday falling on 周六、周日 is made up on a
 *       workday). The same words in the procedural laws (期间届满的最后一日是法定休假日的…) are applied to
 *       weekends in judicial and administrative practice, and Hewei follows that reading. Make-up
 *       workdays (调休) are working days and do not move a period's end. A last day on a rest day
 *       therefore moves to the next working day of the calendar ("the day after the rest days end").
 *   <li>Working-day periods count only working days (make-up workdays count, off days and weekends do
 *       not); their last day is always a working day and never moves.
 *   <li>The last day ends at 24:00 (Art 203 para 2): a matter is overdue only from the day after. A
 *       period "within 60 days" (60日内) includes the 60th day (以内 includes the number itself, Art
 *       1259), so the due date is the period's last day, inclusive.
 *   <li>A pause (中止, e.g. hearing time not counted, 信访工作条例 Art 36) takes its days out of the count:
 *       its calendar days for day and month periods, its working days for working-day periods. Only
 *       paused days after the start and up to the period's (unadjusted) end matter.
 *   <li>An extension (延长) is a new period counted from the day after the current due date (Art 201
 *       applied to the extension), with the same rest-day rule. The cap (30 days, 信访工作条例 Art 34) is
 *       the lifecycle's rule; {@link org.hewei.governance.rules.deadline.DeadlineCalculator#extend(
 *       Deadline, int, int)} offers it.
 *   <li>All arithmetic is constant time per period (plus the number of pauses), using the calendar's
 *       precomputed indexes.
 * </ul>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.rules.deadline;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;
