package org.hewei.governance.benchmarks;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.hewei.governance.rules.deadline.DeadlineCalculator;
import org.hewei.governance.rules.deadline.LegalPeriod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 期限计算基准 — a civil-code period of {@code days} calendar days (民法典 Art 201/203: the last day on
 * a rest day moves to the next working day) and a period of {@code days} working days, from each of
 * {@value #STARTS} start dates, on the built-in calendar: {@code hewei} ({@link DeadlineCalculator}) vs
 * {@code naiveLoop} (day by day over the same calendar). One op is {@value #STARTS} starts × 2 periods.
 *
 * <pre>{@code
 * java -jar target/benchmarks.jar DeadlineBenchmark -p days=60
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
// 10 s of warm-up: with 3 s, C2 was still compiling the calendar look-ups in one recorded run (the
// unchanged code measured twice its usual time)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class DeadlineBenchmark {
  static final int STARTS = 256;

  /** The period's length. */
  @Param({"5", "60", "365"})
  public int days;

  private final WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();
  private final DeadlineCalculator calculator = DeadlineCalculator.of(calendar);
  private final LocalDate[] starts = new LocalDate[STARTS];
  private LegalPeriod calendarDays = LegalPeriod.days(1);
  private LegalPeriod workingDays = LegalPeriod.workingDays(1);

  /** Start dates 2022–2024 (fixed seed); checks that both ways give the same due dates. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(Fixtures.SEED);
    long first = LocalDate.of(2022, 1, 1).toEpochDay();
    for (int i = 0; i < STARTS; i++) {
      starts[i] = LocalDate.ofEpochDay(first + random.nextInt(3 * 365));
    }
    calendarDays = LegalPeriod.days(days);
    workingDays = LegalPeriod.workingDays(days);
    Tally.agree("deadlines of " + days + " days", "hewei", tally(true), "naiveLoop", tally(false));
  }

  private Tally tally(boolean hewei) {
    Tally t = new Tally();
    for (LocalDate start : starts) {
      LocalDate a = hewei ? calculator.dueDate(start, calendarDays) : naiveCalendarDays(start, days);
      LocalDate b = hewei ? calculator.dueDate(start, workingDays) : naiveWorkingDays(start, days);
      t.add("days", a.toEpochDay());
      t.add("workingDays", b.toEpochDay());
    }
    return t;
  }

  /** Both periods from every start with {@link DeadlineCalculator}. */
  @Benchmark
  public long hewei() {
    long sum = 0;
    for (LocalDate start : starts) {
      sum += calculator.dueDate(start, calendarDays).toEpochDay();
      sum += calculator.dueDate(start, workingDays).toEpochDay();
    }
    return sum;
  }

  /** Both periods from every start, counting day by day. */
  @Benchmark
  public long naiveLoop() {
    long sum = 0;
    for (LocalDate start : starts) {
      sum += naiveCalendarDays(start, days).toEpochDay();
      sum += naiveWorkingDays(start, days).toEpochDay();
    }
    return sum;
  }

  private LocalDate naiveCalendarDays(LocalDate start, int n) {
    LocalDate d = start;
    for (int i = 0; i < n; i++) {
      d = d.plusDays(1);
    }
    while (!calendar.isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private LocalDate naiveWorkingDays(LocalDate start, int n) {
    LocalDate d = start;
    int counted = 0;
    while (counted < n) {
      d = d.plusDays(1);
      if (calendar.isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }
}
