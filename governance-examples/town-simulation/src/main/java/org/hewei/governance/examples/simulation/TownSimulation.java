package org.hewei.governance.examples.simulation;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.rules.report.Ledger;
import org.hewei.governance.rules.report.LedgerInput;
import org.hewei.governance.rules.report.LedgerReport;
import org.hewei.governance.rules.report.MediationFigures;
import org.hewei.governance.rules.report.PetitionFigures;
import org.hewei.governance.rules.schedule.DateRange;
import org.hewei.governance.testkit.fixture.SampleTown;

/**
 * 示例乡镇模拟 (main) — runs the sample town for N simulated days and prints a progress line per
 * week, the ledger (台账) with its indicators for the territory and each unit below it (小事不出村,
 * on time, satisfaction, mediation success), every escalation with its explanation and the rejected
 * commands by rule. Ids and codes only: no personal data is printed.
 *
 * <pre>{@code
 * java -jar governance-examples/target/hewei-town-simulation.jar --days 30 --seed 42
 * SimulationResult r = TownSimulation.run(new String[] {"--days", "7"}); // in-process, no System.exit
 * }</pre>
 */
public final class TownSimulation {
  private TownSimulation() {}

  /** Runs the simulation and exits with its status (0, or 2 for a usage error). */
  public static void main(String[] args) {
    SimulationResult r = run(args);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, false, StandardCharsets.UTF_8);
    out.print(r.stdout());
    out.flush();
    err.print(r.stderr());
    err.flush();
    if (r.exitCode() != 0) {
      System.exit(r.exitCode());
    }
  }

  /** Runs the simulation for {@code args}; all output is built before it is returned. */
  public static SimulationResult run(String[] args) {
    SimulationOptions options;
    try {
      options = SimulationOptions.parse(args);
    } catch (UsageException e) {
      return new SimulationResult(2, "", "error: " + e.getMessage() + "\n" + SimulationOptions.USAGE);
    }
    if (options.help()) {
      return new SimulationResult(0, SimulationOptions.USAGE, "");
    }
    return new SimulationResult(0, simulate(options), "");
  }

  private static String simulate(SimulationOptions o) {
    if (o.store().equals(SimulationOptions.MEMORY)) {
      SampleTown town = o.scale().build(o.seed());
      DateRange period = DateRange.of(SimulationOptions.START, o.lastDay());
      return simulate(o, town, period, new Simulation(town, o.seed(), period), "");
    }
    SimulationStore store = SimulationStore.open(o.store());
    try {
      Resumed resumed = store.resume();
      LocalDate first = resumed.lastDay().map(d -> d.plusDays(1)).orElse(SimulationOptions.START);
      LocalDate last = first.plusDays(o.days() - 1L);
      if (last.isAfter(SimulationOptions.START.plusDays(SimulationOptions.maxDays() - 1L))) {
        return "the store already holds the run up to " + first.minusDays(1) + "; " + o.days()
            + " more days would leave the holiday calendar\n";
      }
      SampleTown town = o.scale().build(o.seed());
      DateRange period = DateRange.of(first, last);
      String note = resumed.isEmpty()
          ? ", store " + storeLabel(o.store()) + " (new)"
          : ", store " + storeLabel(o.store()) + " (continuing " + resumed.petitions().size() + " petitions after "
              + resumed.lastDay().orElseThrow() + ")";
      return simulate(o, town, period, new Simulation(town, o.seed(), period, store.store(), resumed), note);
    } finally {
      store.close();
    }
  }

  /** {@code h2:<file>} as given; a JDBC URL without its query (which may carry a password). */
  private static String storeLabel(String spec) {
    int query = spec.indexOf('?');
    return query < 0 ? spec : spec.substring(0, query);
  }

  private static String simulate(SimulationOptions o, SampleTown town, DateRange period, Simulation sim, String note) {
    boolean json = o.format() == OutputFormat.JSONL;
    List<String> lines = new ArrayList<>();
    LocalDate from = period.from();
    LocalDate to = period.to();
    if (json) {
      lines.add(Json.object(map("type", "run", "scale", o.scale().optionValue(), "seed", o.seed(), "days", o.days(),
          "from", from, "to", to, "root", town.root().id().value(),
          "townships", town.townships().size(), "dutyShifts", sim.plannedShifts())));
    } else {
      lines.add("Hewei town simulation: scale " + o.scale().optionValue() + ", seed " + o.seed() + ", " + o.days()
          + " days " + from + ".." + to + ", root " + town.root().id().value() + note);
      lines.add("Townships " + town.townships().size() + ", villages " + town.villages().size() + ", duty shifts planned "
          + sim.plannedShifts() + " (reception daily, centre duty weekly)");
    }
    LocalDate weekStart = from;
    int escalationsBefore = 0;
    for (int i = 0; i < o.days(); i++) {
      LocalDate day = from.plusDays(i);
      sim.runDay(day);
      if ((i + 1) % 7 == 0 || i == o.days() - 1) {
        lines.add(weekLine(json, i / 7 + 1, weekStart, day, sim, escalationsBefore));
        escalationsBefore = sim.escalations().size();
        weekStart = day.plusDays(1);
      }
    }
    ledger(lines, json, sim, DateRange.of(SimulationOptions.START, to), to);
    escalations(lines, json, sim);
    rejections(lines, json, sim);
    StringBuilder b = new StringBuilder();
    for (String line : lines) {
      b.append(line).append('\n');
    }
    return b.toString();
  }

  private static String weekLine(boolean json, int week, LocalDate from, LocalDate to, Simulation sim, int escalationsBefore) {
    long received = 0;
    long open = 0;
    long replied = 0;
    for (PetitionState s : sim.desk().states()) {
      received++;
      if (s.status().isOpen()) {
        open++;
      }
      if (s.repliedAt().isPresent()) {
        replied++;
      }
    }
    long rejected = sim.desk().rejections().values().stream().mapToLong(Long::longValue).sum();
    int escalated = sim.escalations().size() - escalationsBefore;
    if (json) {
      return Json.object(map("type", "week", "week", week, "from", from, "to", to, "receivedToDate", received,
          "repliedToDate", replied, "open", open, "escalations", escalated, "rejectedToDate", rejected));
    }
    return String.format("week %2d %s..%s  received %5d  replied %5d  open %5d  escalations %3d  rejected %4d",
        week, from, to, received, replied, open, escalated, rejected);
  }

  private static void ledger(List<String> lines, boolean json, Simulation sim, DateRange period, LocalDate asOf) {
    SampleTown town = sim.town();
    Ledger ledger = Ledger.of(town.tree(), town.catalogue(), sim.jointVisits());
    LedgerInput input = LedgerInput.builder()
        .petitions(sim.desk().states())
        .mediationCases(sim.mediation().states())
        .errands(sim.errands().states())
        .keyPersonRecords(sim.keyPersons().states())
        .policePosts(town.policePosts())
        .build();
    List<Jurisdiction> roots = new ArrayList<>();
    roots.add(town.root());
    roots.addAll(town.tree().children(town.root().id()));
    if (!json) {
      lines.add("");
      lines.add("Ledger (台账) " + period.from() + ".." + period.to() + " as of " + asOf);
      lines.add(String.format("%-16s %-20s %8s %9s %-22s %-18s %7s %-18s %-16s",
          "jurisdiction", "level", "received", "concluded", "small-in-village", "on-time", "overdue", "satisfaction", "mediation"));
    }
    LedgerReport rootReport = null;
    List<LedgerReport> reports = new ArrayList<>();
    for (Jurisdiction j : roots) {
      LedgerReport r = ledger.report(j.id(), period, asOf, input);
      if (rootReport == null) {
        rootReport = r;
      }
      reports.add(r);
      PetitionFigures p = r.petitions();
      MediationFigures m = r.mediation();
      if (json) {
        lines.add(Json.object(map("type", "ledger", "jurisdiction", j.id().value(), "level", j.level().name(),
            "received", p.received(), "concluded", p.concluded(), "concludedAtVillage", p.concludedAtVillage(),
            "concludedAtDistrict", p.concludedAtDistrict(), "concludedAtTown", p.concludedAtTown(),
            "smallMattersStayInVillage", p.smallMattersStayInVillage().percentText(),
            "onTime", p.onTime().percentText(), "overdue", p.overdue(), "satisfaction", p.satisfaction().percentText(),
            "mediationCases", m.received(), "mediationSettled", m.settled(),
            "mediationSuccess", m.successRate().percentText(), "keyPersonsListed", r.keyPersons().listed(),
            "keyPersonVisitsDue", r.keyPersons().visitsDue(), "keyPersonVisitsOverdue", r.keyPersons().visitsOverdue(),
            "jointVisitsPlanned", r.outreach().jointVisitsPlanned(), "errandsRequested", r.outreach().errandsRequested(),
            "errandsDone", r.outreach().errandsDone())));
      } else {
        lines.add(String.format("%-16s %-20s %8d %9d %-22s %-18s %7d %-18s %-16s",
            j.id().value(), j.level().name(), p.received(), p.concluded(), p.smallMattersStayInVillage(), p.onTime(),
            p.overdue(), p.satisfaction(), m.settled() + "/" + m.received() + " " + m.successRate().percentText()));
      }
    }
    if (!json) {
      lines.add("");
      lines.add(String.format("%-16s %12s %12s %15s %-18s %19s %-20s", "jurisdiction", "key persons", "visits due",
          "visits overdue", "visit compliance", "joint visits (plan)", "errands done/asked"));
      for (LedgerReport r : reports) {
        lines.add(String.format("%-16s %12d %12d %15d %-18s %19d %-20s", r.root().value(), r.keyPersons().listed(),
            r.keyPersons().visitsDue(), r.keyPersons().visitsOverdue(), r.keyPersons().visitCompliance(),
            r.outreach().jointVisitsPlanned(), r.outreach().errandCompletion()));
      }
    }
    if (rootReport != null) {
      Map<Channel, Long> byChannel = rootReport.petitions().receivedByChannel();
      if (json) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", "channels");
        members.put("jurisdiction", rootReport.root().value());
        members.put("received", rootReport.petitions().received());
        byChannel.forEach((c, n) -> members.put(c.name(), n));
        lines.add(Json.object(members));
      } else {
        lines.add("");
        lines.add("Received by channel (" + rootReport.root().value() + ", total " + rootReport.petitions().received() + ")");
        byChannel.forEach((c, n) -> lines.add(String.format("  %-16s %6d", c.name(), n)));
      }
    }
    Map<PetitionStatus, Long> byStatus = new LinkedHashMap<>();
    for (PetitionStatus s : PetitionStatus.values()) {
      byStatus.put(s, 0L);
    }
    sim.desk().states().forEach(s -> byStatus.merge(s.status(), 1L, Long::sum));
    if (json) {
      Map<String, Object> members = new LinkedHashMap<>();
      members.put("type", "statuses");
      byStatus.forEach((s, n) -> members.put(s.name(), n));
      members.put("acceptedCommands", sim.desk().acceptedCommands());
      members.put("storedEvents", sim.desk().appendedEvents());
      lines.add(Json.object(members));
    } else {
      lines.add("");
      lines.add("Petitions by status (accepted commands " + sim.desk().acceptedCommands() + ", events stored "
          + sim.desk().appendedEvents() + ")");
      byStatus.forEach((s, n) -> {
        if (n > 0) {
          lines.add(String.format("  %-16s %6d", s.name(), n));
        }
      });
    }
  }

  private static void escalations(List<String> lines, boolean json, Simulation sim) {
    if (!json) {
      lines.add("");
      lines.add("Escalations (" + sim.escalations().size() + ")");
    }
    for (Simulation.Escalation e : sim.escalations()) {
      if (json) {
        lines.add(Json.object(map("type", "escalation", "day", e.day(), "petition", e.petition().value(),
            "rule", e.ruleId(), "ruleName", e.ruleName(), "commands", e.commands(), "acceptedCommands", e.accepted(),
            "explanation", e.explanation())));
      } else {
        lines.add(String.format("  %s %s %s (%s) commands %d/%d: %s", e.day(), e.petition().value(), e.ruleId(),
            e.ruleName(), e.accepted(), e.commands(), e.explanation()));
      }
    }
  }

  private static void rejections(List<String> lines, boolean json, Simulation sim) {
    Map<String, Long> rejections = sim.desk().rejections();
    if (json) {
      Map<String, Object> members = new LinkedHashMap<>();
      members.put("type", "rejections");
      members.putAll(rejections);
      lines.add(Json.object(members));
      return;
    }
    lines.add("");
    lines.add("Rejected commands by rule (" + rejections.values().stream().mapToLong(Long::longValue).sum() + ")");
    rejections.forEach((rule, n) -> lines.add(String.format("  %-40s %6d", rule, n)));
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object v = keysAndValues[i + 1];
      m.put((String) keysAndValues[i], v instanceof Long || v instanceof Integer ? v : String.valueOf(v));
    }
    return m;
  }
}
