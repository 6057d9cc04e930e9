package org.hewei.governance.examples.kafka;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.rules.report.Ledger;
import org.hewei.governance.rules.report.LedgerInput;
import org.hewei.governance.rules.schedule.DateRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 台账日报定时 — when the task's stream time reaches the end of a day (the report schedule, default
 * 00:00 China Standard Time of the next day), computes the {@link Ledger} of that day for every
 * township that has petitions in the task's store and forwards one {@link TownshipReport} per township
 * to the reports sink, keyed {@code <county>/<township>/<day>}. Townships without any petition in the
 * store have no report. When stream time jumps several days, each missed day is reported (at most
 * {@link #MAX_CATCH_UP_DAYS}, the most recent ones). A township whose ledger cannot be computed (e.g. a
 * day outside the calendar) is skipped with a warning naming the township and day only.
 *
 * <pre>{@code
 * context.schedule(Duration.ofMinutes(1), PunctuationType.STREAM_TIME,
 *     new ReportPunctuator(context, states, new DutyMarker(duties, ReportPunctuator.DUTY, midnight), ledger, tree));
 * }</pre>
 */
final class ReportPunctuator implements Punctuator {
  static final String DUTY = "report";
  static final int MAX_CATCH_UP_DAYS = 31;
  private static final Logger LOG = LoggerFactory.getLogger(ReportPunctuator.class);

  private final ProcessorContext<Object, Object> context;
  private final KeyValueStore<String, PetitionState> states;
  private final DutyMarker marker;
  private final Ledger ledger;
  private final JurisdictionTree tree;

  ReportPunctuator(ProcessorContext<Object, Object> context, KeyValueStore<String, PetitionState> states,
      DutyMarker marker, Ledger ledger, JurisdictionTree tree) {
    this.context = context;
    this.states = states;
    this.marker = marker;
    this.ledger = ledger;
    this.tree = tree;
  }

  @Override
  public void punctuate(long streamTime) {
    Instant now = Instant.ofEpochMilli(streamTime);
    Optional<Instant> due = marker.reached(now);
    if (due.isEmpty()) {
      return;
    }
    DailySchedule schedule = marker.schedule();
    Instant last = schedule.lastAtOrBefore(now);
    Instant first = due.get();
    Instant earliest = schedule.on(schedule.dayOf(last).minusDays(MAX_CATCH_UP_DAYS - 1L));
    if (first.isBefore(earliest)) {
      first = earliest;
    }
    Map<String, List<PetitionState>> byTownship = byTownship(PetitionStates.all(states));
    for (Instant at = first; !at.isAfter(last); at = schedule.firstAfter(at)) {
      LocalDate day = schedule.dayOf(at).minusDays(1);
      for (Map.Entry<String, List<PetitionState>> e : byTownship.entrySet()) {
        report(e.getKey(), e.getValue(), day, streamTime);
      }
    }
    marker.done(now);
  }

  private void report(String township, List<PetitionState> petitions, LocalDate day, long streamTime) {
    JurisdictionId id = JurisdictionId.of(township);
    TownshipReport report;
    try {
      report = TownshipReport.of(ledger.report(id, DateRange.of(day, day), day,
          LedgerInput.builder().petitions(petitions).build()));
    } catch (RuntimeException e) {
      LOG.warn("no report for township {} on {}: {}", township, day, e.getClass().getSimpleName());
      return;
    }
    String key = PetitionKey.county(tree, id) + "/" + township + "/" + day;
    context.forward(new Record<Object, Object>(key, report, streamTime), PetitionTopology.REPORTS);
  }

  private Map<String, List<PetitionState>> byTownship(List<PetitionState> all) {
    Map<String, List<PetitionState>> result = new TreeMap<>();
    for (PetitionState s : all) {
      township(s).ifPresent(t -> result.computeIfAbsent(t, k -> new ArrayList<>()).add(s));
    }
    return result;
  }

  private Optional<String> township(PetitionState s) {
    JurisdictionId where = s.petition().arisenIn();
    if (!tree.has(where)) {
      return Optional.empty();
    }
    for (Jurisdiction j : tree.pathToRoot(where)) {
      if (j.level() == JurisdictionLevel.TOWNSHIP) {
        return Optional.of(j.id().value());
      }
    }
    return Optional.empty();
  }
}
