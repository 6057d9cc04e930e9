package org.hewei.governance.rules.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 民意5来听 联合走访日程 — the days of the month on which the cadres in charge of a village, its party
 * secretary and first secretary visit together (seed: the 5th, 15th and 25th), and where such a day
 * goes when it falls on a rest day.
 *
 * <p>The days are local practice, so they are configurable ({@link #seedDefaults} gives the seed's
 * 5/15/25). <b>Rest-day rule</b> (decision): each configured day ("slot") of a month is resolved
 * within that month, in slot order:
 *
 * <ul>
 *   <li>{@link RestDayRule#NEXT_WORKING_DAY} (default): a slot on a rest day moves to the next working
 *       day — but only if that day is before the next slot's nominal day and still in the same month;
 *       otherwise it moves back to the last working day before the slot that is after the previous
 *       slot's resolved day; if there is none, the slot is dropped for that month. A visit therefore
 *       never lands in the next slot or the next month (e.g. 2022-10-05, National Day week → 10-08, a
 *       make-up Saturday; 2022-10-15, a Saturday → 10-17).
 *   <li>{@link RestDayRule#PREVIOUS_WORKING_DAY}: the mirror image — back to the previous working day
 *       (after the previous slot's resolved day, in the same month), else forward as above.
 *   <li>{@link RestDayRule#KEEP}: visits are held on the nominal day even on rest days.
 * </ul>
 *
 * <p>A slot past the month's end (the 31st in April) is dropped for that month. Working days come
 * from the {@link WorkingDayCalendar}; asking about a month outside the calendar's range throws its
 * {@link org.hewei.governance.rules.calendar.DateOutsideCalendarException}.
 *
 * <pre>{@code
 * JointVisitSchedule s = JointVisitSchedule.seedDefaults(WorkingDayCalendar.chinaMainland());
 * s.visitDaysIn(YearMonth.of(2022, 10)); // [2022-10-08, 2022-10-17, 2022-10-25]
 * JointVisitSchedule own = JointVisitSchedule.builder()
 *     .calendar(WorkingDayCalendar.chinaMainland()).addDaysOfMonth(10, 20)
 *     .restDayRule(JointVisitSchedule.RestDayRule.PREVIOUS_WORKING_DAY).build();
 * }</pre>
 */
@Value.Immutable
public abstract class JointVisitSchedule {
  private static final Logger LOG = LoggerFactory.getLogger(JointVisitSchedule.class);

  /**
   * 遇休息日规则 — what happens to a visit day that falls on a rest day.
   *
   * <pre>{@code
   * JointVisitSchedule.RestDayRule.NEXT_WORKING_DAY; // the default
   * }</pre>
   */
  public enum RestDayRule {
    /** 顺延: to the next working day (within the month, before the next slot). */
    NEXT_WORKING_DAY,
    /** 提前: to the previous working day (within the month, after the previous slot). */
    PREVIOUS_WORKING_DAY,
    /** 照常: held on the nominal day even if it is a rest day. */
    KEEP
  }

  JointVisitSchedule() {}

  /** The configured days of the month (1–31), ascending; at least one. */
  @Value.NaturalOrder
  public abstract SortedSet<Integer> daysOfMonth();

  /** The rule for days that fall on a rest day (default {@link RestDayRule#NEXT_WORKING_DAY}). */
  @Value.Default
  public RestDayRule restDayRule() {
    return RestDayRule.NEXT_WORKING_DAY;
  }

  /** The working-day calendar that says which days are rest days. */
  public abstract WorkingDayCalendar calendar();

  /** A copy with another rest-day rule, e.g. {@code seed.withRestDayRule(RestDayRule.KEEP)}. */
  public abstract JointVisitSchedule withRestDayRule(RestDayRule rule);

  /** The seed's schedule: the 5th, 15th and 25th, moved to the next working day. */
  public static JointVisitSchedule seedDefaults(WorkingDayCalendar calendar) {
    return builder().calendar(calendar).addDaysOfMonth(5, 15, 25).build();
  }

  /** A new builder; {@code calendar} and at least one day of the month are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The visit days of {@code month}, ascending, after the rest-day rule.
   *
   * @throws org.hewei.governance.rules.calendar.DateOutsideCalendarException if the calendar does not
   *     know the month
   */
  public final List<LocalDate> visitDaysIn(YearMonth month) {
    List<LocalDate> result = new ArrayList<>(daysOfMonth().size());
    Integer[] slots = daysOfMonth().toArray(new Integer[0]);
    LocalDate monthEnd = month.atEndOfMonth();
    @Nullable LocalDate previous = null;
    for (int i = 0; i < slots.length; i++) {
      if (!month.isValidDay(slots[i])) {
        continue;
      }
      LocalDate nominal = month.atDay(slots[i]);
      LocalDate limit = // exclusive upper bound: the next slot's nominal day, or the next month
          i + 1 < slots.length && month.isValidDay(slots[i + 1]) ? month.atDay(slots[i + 1]) : monthEnd.plusDays(1);
      LocalDate lower = previous == null ? month.atDay(1).minusDays(1) : previous; // exclusive
      @Nullable LocalDate resolved = resolve(nominal, lower, limit);
      if (resolved == null) {
        LOG.debug("joint visit slot {} dropped: no working day between {} and {}", nominal, lower, limit);
        continue;
      }
      if (!resolved.equals(nominal)) {
        LOG.debug("joint visit slot {} is a rest day, held on {}", nominal, resolved);
      }
      result.add(resolved);
      previous = resolved;
    }
    return result;
  }

  /** The visit days in {@code range}, ascending (a slot counts where it is held, not where it was nominal). */
  public final List<LocalDate> visitDays(DateRange range) {
    List<LocalDate> result = new ArrayList<>();
    for (YearMonth m = YearMonth.from(range.from()); !m.isAfter(YearMonth.from(range.to())); m = m.plusMonths(1)) {
      for (LocalDate day : visitDaysIn(m)) {
        if (range.contains(day)) {
          result.add(day);
        }
      }
    }
    return result;
  }

  private @Nullable LocalDate resolve(LocalDate nominal, LocalDate lowerExclusive, LocalDate limitExclusive) {
    WorkingDayCalendar cal = calendar();
    if (restDayRule() == RestDayRule.KEEP || cal.isWorkingDay(nominal)) {
      return nominal.isAfter(lowerExclusive) ? nominal : null;
    }
    @Nullable LocalDate forward = forward(nominal, limitExclusive);
    @Nullable LocalDate backward = backward(nominal, lowerExclusive);
    return restDayRule() == RestDayRule.NEXT_WORKING_DAY
        ? (forward != null ? forward : backward)
        : (backward != null ? backward : forward);
  }

  private @Nullable LocalDate forward(LocalDate nominal, LocalDate limitExclusive) {
    LocalDate next = calendar().nextWorkingDayAfter(nominal);
    return next.isBefore(limitExclusive) ? next : null;
  }

  private @Nullable LocalDate backward(LocalDate nominal, LocalDate lowerExclusive) {
    LocalDate prev = calendar().plusWorkingDays(nominal, -1);
    return prev.isAfter(lowerExclusive) ? prev : null;
  }

  @Value.Check
  void check() {
    Checks.notEmpty("daysOfMonth", daysOfMonth());
    for (int day : daysOfMonth()) {
      Checks.inRange("daysOfMonth", day, 1, 31);
    }
  }

  /** E.g. {@code "JointVisitSchedule{days=[5, 15, 25], rule=NEXT_WORKING_DAY, calendar=中国大陆}"}. */
  @Override
  public String toString() {
    return "JointVisitSchedule{days=" + daysOfMonth() + ", rule=" + restDayRule() + ", calendar=" + calendar().name() + "}";
  }

  /** Builds a {@link JointVisitSchedule}. */
  public static final class Builder extends ImmutableJointVisitSchedule.Builder {
    Builder() {}
  }
}
