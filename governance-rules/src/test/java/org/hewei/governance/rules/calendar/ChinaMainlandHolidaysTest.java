package org.hewei.governance.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cross-checks the built-in table against the official day lists ({@code ../shared/reference/holidays/
 * YYYY.json} beside the repository; skipped when absent).
 */
class ChinaMainlandHolidaysTest {
  private static final WorkingDayCalendar CAL = WorkingDayCalendar.chinaMainland();
  private static final Pattern DAY =
      Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"date\"\\s*:\\s*\"([0-9-]+)\"\\s*,\\s*\"isOffDay\"\\s*:\\s*(true|false)");

  /** The repository root: the working directory or its parent (surefire runs in the module). */
  private static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("governance-rules")) ? here : Objects.requireNonNull(here.getParent());
  }

  /**
   * {@code ../shared/reference/holidays} relative to the repository root; a worktree kept one level
   * deeper (…/wt/name) finds it one level further up.
   */
  private static Path holidaysDirectory() {
    Path root = repositoryRoot();
    Path candidate = root.resolveSibling("shared").resolve("reference").resolve("holidays");
    if (!Files.isDirectory(candidate) && root.getParent() != null) {
      candidate = root.getParent().resolveSibling("shared").resolve("reference").resolve("holidays");
    }
    return candidate;
  }

  /** date → (name, isOffDay) from the official file of {@code year}. */
  private static Map<LocalDate, String> officialDays(int year) throws IOException {
    Path file = holidaysDirectory().resolve(year + ".json");
    assumeTrue(Files.isRegularFile(file), "official holiday list not available at " + file + "; cross-check skipped");
    String json = Files.readString(file, StandardCharsets.UTF_8);
    Map<LocalDate, String> days = new HashMap<>();
    Matcher m = DAY.matcher(json);
    while (m.find()) {
      days.put(LocalDate.parse(m.group(2)), m.group(1) + "|" + m.group(3));
    }
    int entries = json.split("\"date\"", -1).length - 1;
    assertThat(days).as("every entry of %s parsed", file).hasSize(entries);
    return days;
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("the built-in table equals the official list of each year")
  @ValueSource(ints = {2020, 2021, 2022, 2023, 2024, 2025, 2026})
  void tableMatchesOfficialList(int year) throws IOException {
    Map<LocalDate, String> official = officialDays(year);
    Map<LocalDate, String> table = new HashMap<>();
    for (Holiday h : CAL.holidays()) {
      if (h.year() != year) {
        continue;
      }
      for (LocalDate day = h.firstOffDay(); !day.isAfter(h.lastOffDay()); day = day.plusDays(1)) {
        table.put(day, h.name() + "|true");
      }
      for (LocalDate day : h.makeUpWorkdays()) {
        table.put(day, h.name() + "|false");
      }
    }
    assertThat(table).isEqualTo(official);
    for (Map.Entry<LocalDate, String> e : official.entrySet()) {
      boolean off = e.getValue().endsWith("|true");
      assertThat(CAL.isWorkingDay(e.getKey())).as("%s", e.getKey()).isEqualTo(!off);
      assertThat(CAL.holiday(e.getKey()).map(Holiday::name)).hasValue(e.getValue().split("\\|")[0]);
    }
  }

  @Test
  @DisplayName("every day 2020–2026 not in an official list is a working day exactly when it is Mon–Fri")
  void otherDaysFollowTheWeek() throws IOException {
    Set<LocalDate> listed = new HashSet<>();
    for (int year = 2020; year <= 2026; year++) {
      listed.addAll(officialDays(year).keySet());
    }
    int checked = 0;
    for (LocalDate day = CAL.firstDate(); !day.isAfter(CAL.lastDate()); day = day.plusDays(1)) {
      if (listed.contains(day)) {
        continue;
      }
      boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      assertThat(CAL.dayKind(day)).as("%s", day).isEqualTo(weekend ? DayKind.WEEKEND : DayKind.WORKDAY);
      assertThat(CAL.holiday(day)).isEmpty();
      checked++;
    }
    assertThat(checked).isEqualTo(2557 - listed.size());
  }
}
