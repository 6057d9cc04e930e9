/**
 * 工作日历 — which days are working days: weekends, statutory holidays (法定节假日) and make-up
 * workdays (调休上班) per year, with the mainland-China calendars 2020–2026 built in.
 *
 * <pre>{@code
 * WorkingDayCalendar cal = WorkingDayCalendar.chinaMainland();
 * cal.isWorkingDay(LocalDate.of(2022, 10, 8));          // true: a make-up Saturday for 国庆节
 * cal.plusWorkingDays(LocalDate.of(2022, 9, 30), 1);    // 2022-10-08
 * cal.isWorkingDay(LocalDate.of(2027, 1, 4));           // DateOutsideCalendarException
 * }</pre>
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li>The facts come from the State Council notices (国务院办公厅关于…部分节假日安排的通知) of each year,
 *       as listed in {@code reference/holidays/}; they are encoded as Java source in
 *       {@code ChinaMainlandHolidays}, one line per holiday, and a test cross-checks them against the
 *       official lists. The law behind them is the 全国年节及纪念日放假办法 (2024 revision: 13 days from
 *       2025, Art 2).
 *   <li>A calendar knows a contiguous range of whole years. Asking about a day outside it throws {@link
 *       org.hewei.governance.rules.calendar.DateOutsideCalendarException}: Hewei never guesses that an
 *       unknown year has no holidays.
 *   <li>Saturday and Sunday are rest days unless a notice makes them make-up workdays; a holiday's off
 *       days are rest days whatever the weekday. A day may not be both an off day and a workday.
 *   <li>Every query is constant time: the builder precomputes, per day of the range, the day's kind,
 *       the number of working days before it, and an index from working-day ordinal back to the day.
 * </ul>
 */
@HeweiStyle
@NullMarked
package org.hewei.governance.rules.calendar;

import org.hewei.governance.core.internal.HeweiStyle;
import org.jspecify.annotations.NullMarked;
