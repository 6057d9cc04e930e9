package org.hewei.governance.rules.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.rules.calendar.DateOutsideCalendarException;
import org.hewei.governance.rules.calendar.Holiday;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;

/**
 * 期间计算器 — computes due dates of {@link LegalPeriod}s over a {@link WorkingDayCalendar}, per 民法典
 * Art 201–203: the start day is not counted; a period of days ends on {@code start + n}, of months on
 * the corresponding day or the month's last day (Art 202); a last day on a rest day (weekend or
 * holiday) moves to the next working day (Art 203); working-day periods end on the {@code n}-th working
 * day after the start. See the package documentation for the decisions behind these rules.
 *
 * <p>Each computation is constant time (plus the number of pauses) using the calendar's indexes. A
 * period whose end the calendar cannot know throws {@link DateOutsideCalendarException}.
 *
 * <pre>{@code
 * DeadlineCalculator calc = DeadlineCalculator.of(WorkingDayCalendar.chinaMainland());
 * calc.dueDate(LocalDate.of(2022, 9, 20), LegalPeriod.days(15));         // 2022-10-08
 * calc.dueDate(LocalDate.of(2023, 1, 31), LegalPeriod.months(1));        // 2023-02-28
 * calc.dueDate(LocalDate.of(2022, 9, 29), LegalPeriod.workingDays(5));   // 2022-10-11
 * Deadline review = calc.deadline(LocalDate.of(2024, 3, 1), LegalPeriod.days(30), "信访工作条例 Art 36");
 * review = calc.excluding(review, Pause.of(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 15), "听证"));
 * review.dueDate();                                                      // 2024-04-07 → working day
 * review = calc.extend(review, 30, DeadlineCalculator.PETITION_MAX_EXTENSION_DAYS);
 * }</pre>
 */
public final class DeadlineCalculator {
  /** The longest extension of a petition's handling period: 30 days (信访工作条例 Art 34). */
  public static final int PETITION_MAX_EXTENSION_DAYS = 30;

  private final WorkingDayCalendar calendar;

  private DeadlineCalculator(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** A calculator over {@code calendar}. */
  public static DeadlineCalculator of(WorkingDayCalendar calendar) {
    return new DeadlineCalculator(Checks.required("calendar", calendar));
  }

  /** The calendar this calculator counts on. */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /**
   * The last day of {@code period} counted from {@code start} (start not counted).
   *
   * @throws DateOutsideCalendarException if the last day (or, for working days, the start) is outside
   *     the calendar's known range
   */
  public LocalDate dueDate(LocalDate start, LegalPeriod period) {
    return dueDate(start, period, List.of());
  }

  /**
   * The last day of {@code period} counted from {@code start}, not counting the days of {@code pauses}
   * (calendar days for day and month periods, working days for working-day periods).
   */
  public LocalDate dueDate(LocalDate start, LegalPeriod period, List<Pause> pauses) {
    Checks.required("start", start);
    Checks.required("period", period);
    return advance(start, period, merge(pauses), null); // no explanation: nothing to write
  }

  /** A {@link Deadline} of {@code period} from {@code start}, set by {@code basis}. */
  public Deadline deadline(LocalDate start, LegalPeriod period, String basis) {
    return compute(start, period, basis, List.of(), List.of());
  }

  /** {@code deadline} with the days of {@code pause} not counted (e.g. hearing time, 条例 Art 36). */
  public Deadline excluding(Deadline deadline, Pause pause) {
    Checks.required("deadline", deadline);
    List<Pause> pauses = new ArrayList<>(deadline.pauses());
    pauses.add(Checks.required("pause", pause));
    return compute(deadline.start(), deadline.period(), deadline.basis(), pauses, deadline.extensions());
  }

  /**
   * {@code deadline} extended by {@code extension}, counted from the day after its current due date.
   * No cap is applied; see {@link #extend(Deadline, int, int)}.
   */
  public Deadline extend(Deadline deadline, LegalPeriod extension) {
    Checks.required("deadline", deadline);
    List<LegalPeriod> extensions = new ArrayList<>(deadline.extensions());
    extensions.add(Checks.required("extension", extension));
    return compute(deadline.start(), deadline.period(), deadline.basis(), deadline.pauses(), extensions);
  }

  /**
   * {@code deadline} extended by {@code days} calendar days, at most {@code maxDays} (for petitions
   * {@link #PETITION_MAX_EXTENSION_DAYS}, 信访工作条例 Art 34).
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code days} is not 1..{@code maxDays}
   */
  public Deadline extend(Deadline deadline, int days, int maxDays) {
    Checks.atLeast("maxDays", maxDays, 1);
    Checks.inRange("days", days, 1, maxDays);
    return extend(deadline, LegalPeriod.days(days));
  }

  /** Whether {@code today} is after {@code dueDate} (the last day ends at 24:00, 民法典 Art 203). */
  public static boolean isOverdue(LocalDate dueDate, LocalDate today) {
    return Checks.required("today", today).isAfter(Checks.required("dueDate", dueDate));
  }

  /** The calendar days {@code today} is past {@code dueDate}; 0 when not overdue. */
  public static long daysOverdue(LocalDate dueDate, LocalDate today) {
    return isOverdue(dueDate, today) ? ChronoUnit.DAYS.between(dueDate, today) : 0;
  }

  /** The working days after {@code dueDate} up to and including {@code today}; 0 when not overdue. */
  public int workingDaysOverdue(LocalDate dueDate, LocalDate today) {
    return isOverdue(dueDate, today) ? calendar.workingDaysBetween(dueDate, today) : 0;
  }

  private Deadline compute(
      LocalDate start,
      LegalPeriod period,
      String basis,
      List<Pause> pauses,
      List<LegalPeriod> extensions) {
    Checks.required("start", start);
    Checks.required("period", period);
    Checks.text("basis", basis, Checks.MAX_LABEL);
    List<long[]> merged = merge(pauses);
    StringBuilder explanation = new StringBuilder();
    explanation.append(period).append(" from ").append(start).append(" (").append(basis).append(')');
    LocalDate due = advance(start, period, merged, explanation);
    for (LegalPeriod extension : extensions) {
      explanation.append("; extended by ").append(extension).append(" from ").append(due);
      due = advance(due, extension, merged, explanation);
    }
    explanation.append(" → due ").append(due);
    return ImmutableDeadline.builder()
        .start(start)
        .period(period)
        .basis(basis)
        .pauses(pauses)
        .extensions(extensions)
        .dueDate(due)
        .explanation(explanation.toString())
        .build();
  }

  /** Sorted, merged pauses as inclusive epoch-day intervals. */
  private static List<long[]> merge(List<Pause> pauses) {
    if (Checks.required("pauses", pauses).isEmpty()) {
      return List.of(); // the common case: nothing to sort or merge
    }
    List<long[]> intervals = new ArrayList<>();
    for (Pause pause : Checks.required("pauses", pauses)) {
      Checks.required("pauses", pause);
      intervals.add(new long[] {pause.first().toEpochDay(), pause.last().toEpochDay()});
    }
    intervals.sort(Comparator.comparingLong(interval -> interval[0]));
    List<long[]> merged = new ArrayList<>();
    for (long[] interval : intervals) {
      long[] previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (previous != null && interval[0] <= previous[1] + 1) {
        previous[1] = Math.max(previous[1], interval[1]);
      } else {
        merged.add(interval.clone());
      }
    }
    return merged;
  }

  private LocalDate advance(LocalDate from, LegalPeriod period, List<long[]> pauses, @Nullable StringBuilder why) {
    long fromDay = from.toEpochDay();
    int n = period.amount();
    switch (period.unit()) {
      case WORKING_DAYS:
        {
          LocalDate end = calendar.plusWorkingDays(inCalendar("start", from), n);
          for (long[] pause : pauses) {
            long first = Math.max(pause[0], fromDay + 1);
            if (first > pause[1]) {
              continue;
            }
            if (first > end.toEpochDay()) {
              break;
            }
            int paused =
                calendar.workingDaysIn(
                    inCalendar("pauses", LocalDate.ofEpochDay(first)),
                    inCalendar("pauses", LocalDate.ofEpochDay(pause[1])));
            if (why != null) {
              why.append("; ").append(paused).append(" working days paused from ").append(LocalDate.ofEpochDay(first));
            }
            end = calendar.plusWorkingDays(end, paused);
          }
          return end;
        }
      case MONTHS:
        return restDayRule(shift(from.plusMonths(n).toEpochDay(), fromDay, pauses, why), why);
      default:
        return restDayRule(shift(fromDay + n, fromDay, pauses, why), why);
    }
  }

  /** The calendar-day end {@code end} moved later by the paused days after {@code fromDay}. */
  private static long shift(long end, long fromDay, List<long[]> pauses, @Nullable StringBuilder why) {
    long shifted = end;
    for (long[] pause : pauses) {
      long first = Math.max(pause[0], fromDay + 1);
      if (first > pause[1]) {
        continue;
      }
      if (first > shifted) {
        break;
      }
      long days = pause[1] - first + 1;
      if (why != null) {
        why.append("; ").append(days).append(" days paused from ").append(LocalDate.ofEpochDay(first));
      }
      shifted += days;
    }
    return shifted;
  }

  /** 民法典 Art 203: a last day on a rest day moves to the next working day. */
  private LocalDate restDayRule(long lastEpochDay, @Nullable StringBuilder why) {
    LocalDate last = inCalendar("lastDay", LocalDate.ofEpochDay(lastEpochDay));
    if (calendar.isWorkingDay(last)) {
      return last;
    }
    LocalDate due = calendar.nextWorkingDayOnOrAfter(last);
    if (why == null) {
      return due;
    }
    why.append(": last day ")
        .append(last)
        .append(" is a rest day (")
        .append(calendar.holiday(last).filter(h -> h.isOffDay(last)).map(Holiday::name).orElse(last.getDayOfWeek() == DayOfWeek.SATURDAY ? "周六" : "周日"))
        .append("), so the period ends on the next working day ")
        .append(due)
        .append(" (民法典 Art 203)");
    return due;
  }

  private LocalDate inCalendar(String field, LocalDate date) {
    if (!calendar.contains(date)) {
      throw new DateOutsideCalendarException(
          field,
          date,
          calendar.firstDate(),
          calendar.lastDate(),
          "is outside the calendar's known range "
              + calendar.firstDate()
              + ".."
              + calendar.lastDate()
              + " ("
              + calendar.name()
              + ")");
    }
    return date;
  }

  @Override
  public String toString() {
    return "DeadlineCalculator[" + calendar + "]";
  }
}
