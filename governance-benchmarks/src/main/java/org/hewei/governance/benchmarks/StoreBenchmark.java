package org.hewei.governance.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.spi.AggregateType;
import org.hewei.governance.core.spi.CaseSummary;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.RecordedEvent;
import org.hewei.governance.core.spi.StreamId;
import org.hewei.governance.core.spi.SummaryQuery;
import org.hewei.governance.rules.lifecycle.PetitionLifecycle;
import org.hewei.governance.rules.lifecycle.PetitionLifecycleContext;
import org.hewei.governance.testkit.fixture.SampleTown;
import org.hewei.governance.testkit.store.InMemoryGovernanceStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 内存存储基准 — the in-memory reference store holding {@code events} petition events (streams of 10 to
 * 60 events with their case summaries): {@code append} (a whole stream with its summary to a new stream;
 * {@value #APPENDS} per single-shot op, reported per stream), {@code load} (one stream), and the query
 * "open, due before T, in this township's subtree" through the store's indexes ({@code queryHewei}) vs a
 * full scan of the summaries in stream order ({@code queryScan}), both returning the first page.
 *
 * <pre>{@code
 * java -jar target/benchmarks.jar StoreBenchmark -p events=1000000
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StoreBenchmark {
  static final int APPENDS = 2000;
  /** At most this many distinct streams are generated; the store holds copies of them under other ids. */
  static final int MAX_TEMPLATES = 2000;

  /** How many events the store holds. */
  @Param({"1000000"})
  public int events;

  private InMemoryGovernanceStore<PetitionEvent> store = InMemoryGovernanceStore.create();
  private List<List<PetitionEvent>> templates = List.of();
  private List<CaseSummary> templateSummaries = List.of();
  private List<StreamId> streams = List.of();
  private List<CaseSummary> scan = List.of();
  private SummaryQuery query = SummaryQuery.all();
  private int next;
  private int templateCount = 1;
  private int appended;

  /** Fills the store; checks that the indexed query and the scan give the same page. */
  @Setup(Level.Trial)
  public void setUp() {
    SampleTown county = Fixtures.county();
    JurisdictionTree tree = county.tree();
    PetitionLifecycle lifecycle = PetitionLifecycle.of(PetitionLifecycleContext.of(tree));
    templateCount = Math.min(MAX_TEMPLATES, events / 35 + 1);
    int count = templateCount;
    templates = Fixtures.memo("streams-" + count, () -> Fixtures.petitionStreams(county, lifecycle, count, 10, 60));
    List<CaseSummary> summaries = new ArrayList<>();
    for (List<PetitionEvent> t : templates) {
      PetitionState s = lifecycle.fold(t).orElseThrow();
      summaries.add(summary(StreamId.of(AggregateType.PETITION, "T"), s, tree));
    }
    templateSummaries = summaries;
    store = InMemoryGovernanceStore.create();
    List<StreamId> ids = new ArrayList<>();
    List<CaseSummary> all = new ArrayList<>();
    long held = 0;
    for (int i = 0; held < events; i++) {
      StreamId id = StreamId.of(AggregateType.PETITION, String.format("B-%08d", i));
      CaseSummary s = append(id, i);
      ids.add(id);
      all.add(s);
      held += templates.get(i % templateCount).size();
    }
    streams = ids;
    all.sort((a, b) -> a.stream().compareTo(b.stream()));
    scan = all;
    List<String> open = new ArrayList<>();
    for (PetitionStatus st : PetitionStatus.values()) {
      if (st.isOpen()) {
        open.add(st.name());
      }
    }
    JurisdictionId township = county.townships().get(2).id();
    query = SummaryQuery.builder().subtree(township).statuses(open)
        .dueBefore(LocalDate.ofInstant(Fixtures.NOW, org.hewei.governance.rules.escalation.EscalationContext.CHINA))
        .build();
    Tally.agree("query", "hewei", tally(queryHewei()), "scan", tally(queryScan()));
    System.out.println("# " + held + " events in " + streams.size() + " streams; page of " + queryHewei().size());
  }

  private CaseSummary append(StreamId id, int i) {
    CaseSummary t = templateSummaries.get(i % templateCount);
    CaseSummary s = CaseSummary.builder().from(t).stream(id).build();
    store.append(id, ExpectedVersion.noStream(), templates.get(i % templateCount), Optional.of(s));
    return s;
  }

  private static CaseSummary summary(StreamId id, PetitionState s, JurisdictionTree tree) {
    List<JurisdictionId> path = new ArrayList<>();
    for (Jurisdiction j : tree.pathToRoot(s.handling().jurisdiction())) {
      path.add(j.id());
    }
    Collections.reverse(path);
    return CaseSummary.builder()
        .stream(id)
        .jurisdiction(s.handling().jurisdiction())
        .jurisdictionPath(path)
        .status(s.status().name())
        .dueDate(s.dueDate())
        .category(s.petition().category().code())
        .updatedAt(s.updatedAt())
        .build();
  }

  private static Tally tally(List<CaseSummary> page) {
    Tally t = new Tally();
    for (CaseSummary s : page) {
      t.add("summary", s.stream().toString().hashCode());
    }
    return t;
  }

  /** Appends {@value #APPENDS} whole streams (with summaries) to new streams; one op is one stream. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OperationsPerInvocation(APPENDS)
  @Warmup(iterations = 5)
  @Measurement(iterations = 5)
  public int append() {
    int n = 0;
    for (int k = 0; k < APPENDS; k++) {
      int i = streams.size() + appended++;
      n += templates.get(i % templateCount).size();
      append(StreamId.of(AggregateType.PETITION, "A-" + i), i);
    }
    return n;
  }

  /** Loads one stream (10 to 60 events). */
  @Benchmark
  public List<RecordedEvent<PetitionEvent>> load() {
    int i = next++;
    if (next == streams.size()) {
      next = 0;
    }
    return store.load(streams.get(i));
  }

  /** The first page of open cases due before T in one township, through the indexes. */
  @Benchmark
  public List<CaseSummary> queryHewei() {
    return store.query(query).items();
  }

  /** The same page by scanning every summary in stream order. */
  @Benchmark
  public List<CaseSummary> queryScan() {
    List<CaseSummary> page = new ArrayList<>();
    for (int i = 0, n = scan.size(); i < n && page.size() < query.pageSize(); i++) {
      CaseSummary s = scan.get(i);
      if (query.matches(s)) {
        page.add(s);
      }
    }
    return page;
  }
}
