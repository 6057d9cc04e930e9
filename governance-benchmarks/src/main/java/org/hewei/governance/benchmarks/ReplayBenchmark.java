package org.hewei.governance.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.rules.lifecycle.PetitionLifecycle;
import org.hewei.governance.rules.lifecycle.PetitionLifecycleContext;
import org.hewei.governance.testkit.fixture.SampleTown;
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
import org.jspecify.annotations.Nullable;

/**
 * 事件回放基准 — folding {@code streams} petition event streams of 10 to 60 events (made by driving
 * the lifecycle with generated commands, fixed seed) into states: {@code hewei} ({@code
 * lifecycle.fold}, one immutable state per event with every consistency check) vs {@code handWritten}
 * (a mutable fold of the fields the lifecycle changes, over the same events). One op folds every
 * stream; the result lists the events folded.
 *
 * <pre>{@code
 * java -jar target/benchmarks.jar ReplayBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Two forks and 10 s of warm-up: one fork's code layout can make either fold 1.3-1.6x slower than in
// the next fork (measured with -f 3), and a short warm-up left one recorded run in a slow mode
@Fork(2)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReplayBenchmark {
  /** How many streams one op folds. */
  @Param({"1000"})
  public int streams;

  private PetitionLifecycle lifecycle = PetitionLifecycle.of(PetitionLifecycleContext.of(Fixtures.county().tree()));
  private List<List<PetitionEvent>> histories = List.of();
  /** Events in all streams (divide an op's time by it for the cost per event). */
  public long events;

  /** Drives the lifecycle to make the streams; checks both folds agree. */
  @Setup(Level.Trial)
  public void setUp() {
    SampleTown county = Fixtures.county();
    lifecycle = PetitionLifecycle.of(PetitionLifecycleContext.of(county.tree()));
    PetitionLifecycle l = lifecycle;
    List<List<PetitionEvent>> made =
        Fixtures.memo("streams-" + streams, () -> Fixtures.petitionStreams(county, l, streams, 10, 60));
    long n = 0;
    for (List<PetitionEvent> h : made) {
      n += h.size();
    }
    histories = made;
    events = n;
    Tally.agree("replay of " + streams + " streams", "hewei", tally(true), "handWritten", tally(false));
    System.out.println("# " + events + " events in " + streams + " streams");
  }

  private Tally tally(boolean hewei) {
    Tally t = new Tally();
    for (List<PetitionEvent> h : histories) {
      if (hewei) {
        PetitionState s = lifecycle.fold(h).orElseThrow();
        t.add(s.status().name(), Folded.hash(s.version(), s.status(), s.updatedAt().toEpochMilli(),
            s.handling().jurisdiction(), s.dueDate().map(d -> d.toEpochDay()).orElse(-1L), s.callsRaised(),
            s.callsAnswered(), s.supervisionCount(), s.escalations().size(), s.pausedDays()));
      } else {
        Folded f = Folded.of(h);
        t.add(f.status.name(), f.hash());
      }
    }
    return t;
  }

  /** Every stream through the lifecycle's fold. */
  @Benchmark
  public long hewei() {
    long v = 0;
    for (int i = 0, n = histories.size(); i < n; i++) {
      v += lifecycle.fold(histories.get(i)).orElseThrow().version();
    }
    return v;
  }

  /** Every stream through the hand-written mutable fold. */
  @Benchmark
  public long handWritten() {
    long v = 0;
    for (int i = 0, n = histories.size(); i < n; i++) {
      v += Folded.of(histories.get(i)).version;
    }
    return v;
  }

  /** The hand-written fold: one mutable object per stream, fields set in place. */
  static final class Folded {
    long version;
    PetitionStatus status = PetitionStatus.RECEIVED;
    long updatedAt;
    @Nullable JurisdictionId handling;
    long due = -1;
    int callsRaised;
    int callsAnswered;
    int supervisions;
    int escalations;
    int pausedDays;

    static Folded of(List<PetitionEvent> events) {
      Folded f = new Folded();
      for (int i = 0, n = events.size(); i < n; i++) {
        f.apply(events.get(i));
      }
      return f;
    }

    @SuppressWarnings("StatementSwitchToExpressionSwitch")
    void apply(PetitionEvent e) {
      version++;
      updatedAt = e.occurredAt().toEpochMilli();
      if (e instanceof PetitionEvent.Received r) {
        handling = r.petition().filedWith().jurisdiction();
      } else if (e instanceof PetitionEvent.Registered) {
        status = PetitionStatus.REGISTERED;
      } else if (e instanceof PetitionEvent.Forwarded x) {
        status = PetitionStatus.FORWARDED;
        handling = x.to().jurisdiction();
      } else if (e instanceof PetitionEvent.Assigned x) {
        status = PetitionStatus.ASSIGNED;
        handling = x.to().jurisdiction();
        due = x.dueDate().toEpochDay();
      } else if (e instanceof PetitionEvent.AssignmentObjected) {
        status = PetitionStatus.REGISTERED;
      } else if (e instanceof PetitionEvent.Accepted x) {
        status = PetitionStatus.ACCEPTED;
        if (x.dueDate().isPresent()) {
          due = x.dueDate().get().toEpochDay();
        }
      } else if (e instanceof PetitionEvent.Declined) {
        status = PetitionStatus.DECLINED;
      } else if (e instanceof PetitionEvent.Diverted) {
        status = PetitionStatus.DIVERTED;
      } else if (e instanceof PetitionEvent.ExtensionApproved x) {
        if (x.newDueDate().isPresent()) {
          due = x.newDueDate().get().toEpochDay();
        }
      } else if (e instanceof PetitionEvent.CallRaised) {
        callsRaised++;
      } else if (e instanceof PetitionEvent.CallAnswered) {
        callsAnswered++;
      } else if (e instanceof PetitionEvent.ReferredToMediation) {
        status = PetitionStatus.IN_MEDIATION;
      } else if (e instanceof PetitionEvent.MediationReturned) {
        status = PetitionStatus.ACCEPTED;
      } else if (e instanceof PetitionEvent.Escalated x) {
        handling = x.to().jurisdiction();
        escalations++;
      } else if (e instanceof PetitionEvent.Replied) {
        status = PetitionStatus.REPLIED;
      } else if (e instanceof PetitionEvent.ReviewRequested x) {
        status = PetitionStatus.UNDER_REVIEW;
        if (x.dueDate().isPresent()) {
          due = x.dueDate().get().toEpochDay();
        }
      } else if (e instanceof PetitionEvent.ReviewOpinionIssued) {
        status = PetitionStatus.REVIEWED;
      } else if (e instanceof PetitionEvent.ReReviewRequested x) {
        status = PetitionStatus.UNDER_RE_REVIEW;
        if (x.dueDate().isPresent()) {
          due = x.dueDate().get().toEpochDay();
        }
      } else if (e instanceof PetitionEvent.ReReviewOpinionIssued x) {
        pausedDays += x.hearingDays();
      } else if (e instanceof PetitionEvent.DeclaredFinal) {
        status = PetitionStatus.FINAL;
      } else if (e instanceof PetitionEvent.Withdrawn) {
        status = PetitionStatus.WITHDRAWN;
      } else if (e instanceof PetitionEvent.Closed) {
        status = PetitionStatus.CONCLUDED;
      } else if (e instanceof PetitionEvent.Supervised) {
        supervisions++;
      }
      // FirstContactOwnerSet, JointMeeting*, FeedbackRecorded, CaseOwnerAssigned: fields not tallied
    }

    long hash() {
      return Folded.hash(version, status, updatedAt, handling, due, callsRaised, callsAnswered, supervisions, escalations,
          pausedDays);
    }

    @SuppressWarnings("EnumOrdinal")
    static long hash(long version, PetitionStatus status, long updatedAt, @Nullable JurisdictionId handling, long due,
        int callsRaised, int callsAnswered, int supervisions, int escalations, int pausedDays) {
      long h = version;
      h = h * 31 + status.ordinal();
      h = h * 31 + updatedAt;
      h = h * 31 + (handling == null ? 0 : handling.hashCode());
      h = h * 31 + due;
      h = h * 31 + callsRaised;
      h = h * 31 + callsAnswered;
      h = h * 31 + supervisions;
      h = h * 31 + escalations;
      return h * 31 + pausedDays;
    }
  }
}
