package org.hewei.governance.examples.simulation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;

/**
 * 模拟参数 — the parsed command line: {@code --days N --seed S --scale town|county|prefecture --format
 * table|jsonl --store=memory|h2:<file>|<jdbc url>}, or {@code --help}.
 *
 * <p>Days run from 1 to 3650, further bounded so that the last simulated day lies {@link
 * #HORIZON_DAYS} days before the end of the holiday calendar (deadlines computed on the last day
 * must stay inside it).
 *
 * <pre>{@code
 * SimulationOptions o = SimulationOptions.parse(new String[] {"--days", "7"});
 * o.days(); // 7
 * }</pre>
 *
 * @param days simulated days
 * @param seed the random seed
 * @param scale the territory
 * @param format the output format
 * @param help whether only the usage was asked for
 * @param store where petition events are stored: {@code memory} (default), {@code h2:<file>} or a JDBC URL
 */
public record SimulationOptions(int days, long seed, Scale scale, OutputFormat format, boolean help, String store) {
  /** The default store: the testkit's in-memory store. */
  public static final String MEMORY = "memory";

  /** The first simulated day: 2022-07-01 (the 2022 calendar applies). */
  public static final LocalDate START = LocalDate.of(2022, 7, 1);

  /** Days kept free at the end of the calendar for deadlines. */
  public static final int HORIZON_DAYS = 200;

  /** The usage text. */
  public static final String USAGE =
      "Usage: java -jar hewei-town-simulation.jar [--days N] [--seed S] [--scale town|county|prefecture]"
          + " [--format table|jsonl] [--store=memory|h2:<file>|<jdbc url>] [--help]\n"
          + "  --days N     simulated days from " + START + ", 1.." + maxDays() + " (default 30)\n"
          + "  --seed S     random seed, a long (default 42)\n"
          + "  --scale X    town (default), county (5 towns) or prefecture (2 counties x 20 towns)\n"
          + "  --format F   table (default) or jsonl\n"
          + "  --store=S    memory (default), h2:<file> (embedded H2 file, e.g. h2:./town) or a JDBC URL\n"
          + "               (jdbc:postgresql://host/db?user=u&password=p); a store that already holds a run is\n"
          + "               continued: --days more days after the last day it recorded\n";

  /** The most days the calendar allows (at most 3650). */
  public static int maxDays() {
    LocalDate last = WorkingDayCalendar.chinaMainland().lastDate().minusDays(HORIZON_DAYS);
    return (int) Math.min(3650, ChronoUnit.DAYS.between(START, last) + 1);
  }

  /**
   * Parses {@code args}.
   *
   * @throws UsageException for an unknown option, a missing value or a value out of range
   */
  public static SimulationOptions parse(String[] args) throws UsageException {
    int days = 30;
    long seed = 42L;
    Scale scale = Scale.TOWN;
    OutputFormat format = OutputFormat.TABLE;
    boolean help = false;
    String store = MEMORY;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.startsWith("--store=") || option.equals("--store")) {
        String value = option.equals("--store") && i + 1 < args.length ? args[++i] : option.substring(Math.min(option.length(), 8));
        if (!value.equals(MEMORY) && !(value.startsWith("h2:") && value.length() > 3) && !value.startsWith("jdbc:")) {
          throw new UsageException("--store must be memory, h2:<file> or a jdbc: URL, got: " + value);
        }
        store = value;
        continue;
      }
      if (option.equals("--help") || option.equals("-h")) {
        help = true;
        continue;
      }
      if (!option.equals("--days") && !option.equals("--seed") && !option.equals("--scale")
          && !option.equals("--format")) {
        throw new UsageException("unknown option: " + option);
      }
      if (i + 1 >= args.length) {
        throw new UsageException("missing value for " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--days":
          days = parseDays(value);
          break;
        case "--seed":
          try {
            seed = Long.parseLong(value);
          } catch (NumberFormatException e) {
            throw new UsageException("--seed must be a whole number, got: " + value);
          }
          break;
        case "--scale":
          scale = Scale.parse(value).orElseThrow(() -> new UsageException("unknown scale: " + value));
          break;
        default:
          format = OutputFormat.parse(value).orElseThrow(() -> new UsageException("unknown format: " + value));
          break;
      }
    }
    return new SimulationOptions(days, seed, scale, format, help, store);
  }

  private static int parseDays(String value) throws UsageException {
    int max = maxDays();
    try {
      int days = Integer.parseInt(value);
      if (days >= 1 && days <= max) {
        return days;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--days must be a whole number from 1 to " + max + ", got: " + value);
  }

  /** The last simulated day. */
  public LocalDate lastDay() {
    return START.plusDays(days - 1L);
  }
}
