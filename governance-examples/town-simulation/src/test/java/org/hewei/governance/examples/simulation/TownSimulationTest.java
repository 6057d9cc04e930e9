package org.hewei.governance.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hewei.governance.core.organization.Official;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.testkit.fixture.SampleTown;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TownSimulationTest {
  private static final String[] TWO_WEEKS = {"--days", "14", "--seed", "7"};

  private static SimulationResult run(String... args) {
    return TownSimulation.run(args);
  }

  @Test
  @DisplayName("the default run succeeds, prints a progress line per week and the ledger sections")
  void defaultSections() {
    SimulationResult r = run(TWO_WEEKS);
    assertThat(r.exitCode()).isZero();
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).contains("week  1 ", "week  2 ", "Ledger (台账)", "Received by channel", "Escalations (",
        "Rejected commands by rule");
    assertThat(r.stdout().lines().filter(l -> l.startsWith("week "))).hasSize(2);
  }

  @Test
  @DisplayName("every escalation line carries the engine's explanation")
  void everyEscalationExplained() {
    SimulationResult r = run("--days", "60", "--seed", "3");
    List<String> lines = section(r.stdout(), "Escalations (");
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      int colon = line.indexOf(": ");
      assertThat(colon).as(line).isPositive();
      assertThat(line.substring(colon + 2).trim()).as(line).isNotEmpty();
    }
  }

  @Test
  @DisplayName("no name, citizen id, phone or address of a resident or official appears in the output")
  void noPersonalData() {
    SimulationResult table = run(TWO_WEEKS);
    SimulationResult json = run("--days", "14", "--seed", "7", "--format", "jsonl");
    SampleTown town = SampleTown.town(7L);
    List<String> secrets = new ArrayList<>();
    for (Person p : town.persons()) {
      secrets.add(p.name().value());
      p.citizenId().ifPresent(c -> secrets.add(c.value()));
      p.phone().ifPresent(c -> secrets.add(c.value()));
      p.address().ifPresent(a -> secrets.add(a.text()));
    }
    for (Official o : town.officials()) {
      secrets.add(o.name().value());
      o.phone().ifPresent(c -> secrets.add(c.value()));
    }
    assertThat(secrets).hasSizeGreaterThan(100);
    for (String secret : secrets) {
      assertThat(table.stdout()).doesNotContain(secret);
      assertThat(json.stdout()).doesNotContain(secret);
    }
  }

  @Test
  @DisplayName("counts add up: received by channel sums to the total; mediation settled ≤ cases; districts sum to the town")
  void countsAddUp() {
    SimulationResult r = run("--days", "30", "--seed", "11", "--format", "jsonl");
    String channels = r.stdout().lines().filter(l -> l.contains("\"type\":\"channels\"")).findFirst().orElseThrow();
    long total = number(channels, "received");
    long sum = 0;
    Matcher m = Pattern.compile("\"([A-Z_0-9]+)\":(\\d+)").matcher(channels);
    while (m.find()) {
      sum += Long.parseLong(m.group(2));
    }
    assertThat(total).isPositive();
    assertThat(sum).isEqualTo(total);
    List<String> ledger = r.stdout().lines().filter(l -> l.contains("\"type\":\"ledger\"")).toList();
    assertThat(ledger).hasSize(1 + SampleTown.DISTRICTS_PER_TOWN);
    long districts = 0;
    for (String line : ledger) {
      assertThat(number(line, "mediationSettled")).isLessThanOrEqualTo(number(line, "mediationCases"));
      assertThat(number(line, "concludedAtVillage") + number(line, "concludedAtDistrict") + number(line, "concludedAtTown"))
          .isLessThanOrEqualTo(number(line, "concluded"));
      assertThat(number(line, "keyPersonVisitsOverdue")).isLessThanOrEqualTo(number(line, "keyPersonsListed"));
      if (line.contains("MANAGEMENT_DISTRICT")) {
        districts += number(line, "received");
      }
    }
    assertThat(districts).isEqualTo(number(ledger.get(0), "received"));
    assertThat(number(ledger.get(0), "mediationCases")).as("mediation ran").isPositive();
    assertThat(number(ledger.get(0), "errandsRequested")).as("errands ran").isPositive();
  }

  @Test
  @DisplayName("the same seed gives the same output; another seed gives another")
  void deterministic() {
    assertThat(run(TWO_WEEKS).stdout()).isEqualTo(run(TWO_WEEKS).stdout());
    assertThat(run("--days", "14", "--seed", "8").stdout()).isNotEqualTo(run(TWO_WEEKS).stdout());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"--days 0", "--bogus", "--scale planet", "--days", "--days x", "--format xml", "--seed 1.5",
      "--days 99999"})
  @DisplayName("unknown or invalid options: exit 2, usage on stderr, nothing on stdout")
  void usageErrors(String args) {
    SimulationResult r = run(args.split(" "));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).startsWith("error: ").contains("Usage: ");
  }

  @Test
  @DisplayName("--help prints the usage and exits 0")
  void help() {
    SimulationResult r = run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).startsWith("Usage: ");
  }

  @Test
  @DisplayName("jsonl: every line is one JSON object")
  void jsonLines() {
    SimulationResult r = run("--days", "21", "--seed", "5", "--format", "jsonl");
    List<String> lines = r.stdout().lines().toList();
    assertThat(lines).hasSizeGreaterThan(5);
    for (String line : lines) {
      assertThat(isJsonObject(line)).as(line).isTrue();
    }
    assertThat(isJsonObject("{\"a\":1")).isFalse();
    assertThat(isJsonObject("{\"a\":\"x\"}")).isTrue();
  }

  @Test
  @DisplayName("the county scale runs every township")
  void countyScale() {
    SimulationResult r = run("--days", "3", "--scale", "county");
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).contains("scale county").contains("TOWNSHIP");
  }

  private static long number(String json, String key) {
    Matcher m = Pattern.compile("\"" + key + "\":(\\d+)").matcher(json);
    assertThat(m.find()).as(key + " in " + json).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static List<String> section(String text, String header) {
    List<String> result = new ArrayList<>();
    boolean in = false;
    for (String line : text.lines().toList()) {
      if (line.startsWith(header)) {
        in = true;
      } else if (in && line.isEmpty()) {
        break;
      } else if (in) {
        result.add(line);
      }
    }
    return result;
  }

  /** A structural check: braces and brackets balance outside strings, strings close, one object. */
  static boolean isJsonObject(String line) {
    if (!line.startsWith("{") || !line.endsWith("}")) {
      return false;
    }
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0 && i != line.length() - 1) {
          return false;
        }
      }
    }
    return depth == 0 && !inString;
  }
}
