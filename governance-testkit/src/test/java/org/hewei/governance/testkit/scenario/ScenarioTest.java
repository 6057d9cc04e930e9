package org.hewei.governance.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hewei.governance.testkit.scenario.Counter.close;
import static org.hewei.governance.testkit.scenario.Counter.closed;
import static org.hewei.governance.testkit.scenario.Counter.increment;
import static org.hewei.governance.testkit.scenario.Counter.incremented;
import static org.hewei.governance.testkit.scenario.Counter.open;
import static org.hewei.governance.testkit.scenario.Counter.opened;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.rules.lifecycle.Decider;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.testkit.scenario.Counter.Command;
import org.hewei.governance.testkit.scenario.Counter.Event;
import org.hewei.governance.testkit.scenario.Counter.Incremented;
import org.hewei.governance.testkit.scenario.Counter.State;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  private static final Instant T0 = Instant.parse("2022-07-25T01:30:00Z");
  private static final String PI = "张三 13800138000";

  private static final GivenStage<State, Command, Event> OPENED =
      Scenario.forDecider(Counter.DECIDER).given(opened("c-open", T0));

  /** Runs {@code check}, which must fail; returns the message after checking it holds no personal data. */
  private static String failureOf(Runnable check) {
    try {
      check.run();
    } catch (AssertionError e) {
      String message = String.valueOf(e.getMessage());
      assertThat(message).doesNotContain("张三", "13800138000");
      return message;
    }
    throw new AssertionError("expected the scenario to fail");
  }

  @Test
  @DisplayName("given events, when a command, then exactly the produced events")
  void givenWhenThen() {
    OPENED.when(increment("c-inc", T0, 3, PI)).then(incremented("c-inc", 0, T0, 3, PI))
        .thenAccepted()
        .thenEventTypes(Incremented.class)
        .thenEventsMatch(e -> e instanceof Incremented i && i.by() == 3)
        .thenState(s -> assertThat(s.value()).isEqualTo(3))
        .thenState(s -> assertThat(s.version()).isEqualTo(2));
  }

  @Test
  @DisplayName("givenNoPriorActivity: the first command meets an empty stream")
  void noPriorActivity() {
    ThenStage<State, Command, Event> then =
        Scenario.forDecider(Counter.DECIDER).givenNoPriorActivity().when(open("c-open", T0)).then(opened("c-open", T0));
    assertThat(then.state()).contains(new State("C-1", 0, false, 1, T0));
    assertThat(then.decision().isAccepted()).isTrue();
    assertThatThrownBy(() -> OPENED.givenNoPriorActivity()).isInstanceOf(IllegalStateException.class);
    Scenario.forDecider(Counter.DECIDER).givenNoPriorActivity().when(close("c-x", T0)).thenRejected("counter.missing");
  }

  @Test
  @DisplayName("a rejected command: thenRejected by rule code; the state is the state before")
  void rejected() {
    OPENED.when(increment("c-inc", T0, 0, PI)).thenRejected().thenRejected("counter.positive")
        .thenRejectedSatisfying(r -> assertThat(r.article()).isEmpty())
        .thenState(s -> assertThat(s.version()).isEqualTo(1));
    OPENED.given(closed("c-close", T0)).when(increment("c-inc", T0, 1, PI))
        .thenRejectedSatisfying(r -> assertThat(r.article()).contains("计数条例 第一条"));
  }

  @Test
  @DisplayName("a wrong rejection or an unexpected acceptance fails naming the step, the rule and the steps so far")
  void rejectionFailures() {
    String wrongRule = failureOf(() -> OPENED.when(increment("c-inc", T0, 0, PI)).thenRejected("counter.closed"));
    assertThat(wrongRule)
        .contains("thenRejected(counter.closed)", "counter.positive", "given 1 event(s) [Counter.Opened(c-open.0)]",
            "when Counter.Increment(c-inc)", "rejected for rule counter.positive");
    String accepted = failureOf(() -> OPENED.when(increment("c-inc", T0, 12, PI)).thenRejected());
    assertThat(accepted).contains("accepted with 2 event(s) [Counter.Incremented(c-inc.0), Counter.Incremented(c-inc.1)]");
    String notAccepted = failureOf(() -> OPENED.when(increment("c-inc", T0, -1, PI)).thenAccepted());
    assertThat(notAccepted).contains("rejected", "counter.positive");
    failureOf(() -> OPENED.when(increment("c-inc", T0, -1, PI)).then(incremented("c-inc", 0, T0, 1, PI)));
    failureOf(() -> OPENED.when(increment("c-inc", T0, -1, PI)).thenEventTypes(Incremented.class));
  }

  @Test
  @DisplayName("differing events: the message names the position, types and ids, never the values")
  void eventDifferences() {
    ThenStage<State, Command, Event> then = OPENED.when(increment("c-inc", T0, 12, PI));
    then.then(incremented("c-inc", 0, T0, 10, PI), incremented("c-inc", 1, T0, 2, PI));
    String value = failureOf(() -> then.then(incremented("c-inc", 0, T0, 10, PI), incremented("c-inc", 1, T0, 3, PI)));
    assertThat(value).contains("event #1 differs", "Incremented(c-inc.1)", "same type, different values", "then(2 event(s))");
    String type = failureOf(() -> then.then(incremented("c-inc", 0, T0, 10, PI), closed("c-inc", T0)));
    assertThat(type).contains("different types", "Closed(c-inc.0)");
    String count = failureOf(() -> then.then(incremented("c-inc", 0, T0, 10, PI)));
    assertThat(count).contains("expected 1 event(s)", "produced 2 event(s)");
    assertThat(failureOf(() -> then.thenEventTypes(Incremented.class))).contains("[Incremented]");
    assertThat(failureOf(() -> then.thenEventsMatch(e -> true, e -> e instanceof Incremented i && i.by() == 3)))
        .contains("event #1 Counter.Incremented(c-inc.1) does not match predicate #1");
    assertThat(failureOf(() -> then.thenEventsMatch(e -> true))).contains("expected 1 event(s)");
  }

  @Test
  @DisplayName("events are compared exactly by default; ignoring event ids and instants only when asked")
  void equivalence() {
    Incremented otherIdAndTime = incremented("c-other", 0, T0.plusSeconds(5), 3, PI);
    failureOf(() -> OPENED.when(increment("c-inc", T0, 3, PI)).then(otherIdAndTime));
    OPENED.ignoringEventIdsAndInstants().when(increment("c-inc", T0, 3, PI)).then(otherIdAndTime);
    failureOf(() -> OPENED.ignoringEventIdsAndInstants().when(increment("c-inc", T0, 3, PI))
        .then(incremented("c-other", 0, T0, 4, PI)));
    failureOf(() -> OPENED.ignoringEventIdsAndInstants().when(close("c-inc", T0)).then(otherIdAndTime));
    OPENED.comparingEventsWith(EventEquivalence.ignoringFields("note")).when(increment("c-inc", T0, 3, PI))
        .then(incremented("c-inc", 0, T0, 3, "another note"));
    assertThat(EventEquivalence.<Event>exact().equivalent(opened("a", T0), opened("a", T0))).isTrue();
  }

  @Test
  @DisplayName("time: givenCurrentTime, whenTimeElapses and commands built at the scenario's now")
  void time() {
    GivenStage<State, Command, Event> given = OPENED.givenCurrentTime(T0.plusSeconds(60));
    assertThat(given.now()).isEqualTo(T0.plusSeconds(60));
    assertThat(OPENED.now()).as("defaults to the last event's time").isEqualTo(T0);
    TimeStage<State, Command, Event> later = given.whenTimeElapses(Duration.ofDays(2)).whenTimeElapses(Duration.ofHours(1));
    Instant expected = T0.plusSeconds(60).plus(Duration.ofDays(2)).plus(Duration.ofHours(1));
    assertThat(later.now()).isEqualTo(expected);
    later.whenAtNow(now -> increment("c-inc", now, 1, PI)).then(incremented("c-inc", 0, expected, 1, PI))
        .thenState(s -> assertThat(s.changedAt()).isEqualTo(expected));
    assertThat(later.state()).map(State::version).contains(1L);
    given.whenAtNow(now -> close("c-close", now)).then(closed("c-close", T0.plusSeconds(60)));
    assertThatThrownBy(() -> given.whenTimeElapses(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scenario.forDecider(Counter.DECIDER).whenTimeElapses(Duration.ofDays(1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("givenCurrentTime");
    ThenStage<State, Command, Event> untimed =
        Scenario.forDecider(Counter.DECIDER).when(open("c-open", T0.plusSeconds(9)));
    assertThat(untimed.now()).as("without a time, the command's issuedAt").isEqualTo(T0.plusSeconds(9));
  }

  @Test
  @DisplayName("escalation: the caller's probe is evaluated on the state at the scenario's now")
  void escalation() {
    GivenStage<State, Command, Event> watched = OPENED.withEscalationProbe(Counter.STALE);
    watched.whenTimeElapses(Duration.ofDays(7)).thenNoEscalation()
        .whenTimeElapses(Duration.ofSeconds(1)).thenEscalates().thenEscalates(1)
        .thenEscalatesSatisfying(found -> assertThat(found).hasSize(1));
    watched.whenTimeElapses(Duration.ofDays(8)).when(close("c-close", T0.plus(Duration.ofDays(8))))
        .thenNoEscalation();
    watched.whenTimeElapses(Duration.ofDays(8)).whenAtNow(now -> increment("c-inc", now, 1, PI))
        .thenNoEscalation()
        .and().whenTimeElapses(Duration.ofDays(8)).thenEscalates(1);
    String none = failureOf(() -> watched.whenTimeElapses(Duration.ofDays(1)).thenEscalates());
    assertThat(none).contains("thenEscalates", "at least 1", "found 0 []", "when time elapses PT24H");
    String some = failureOf(() -> watched.whenTimeElapses(Duration.ofDays(9)).thenNoEscalation());
    assertThat(some).contains("thenNoEscalation", "exactly 0", "found 1 [Counter.Stale]");
    failureOf(() -> watched.whenTimeElapses(Duration.ofDays(9)).thenEscalates(2));
    String unsatisfied = failureOf(() -> watched.whenTimeElapses(Duration.ofDays(9))
        .thenEscalatesSatisfying(found -> assertThat(found).isEmpty()));
    assertThat(unsatisfied).contains("do not satisfy");
    failureOf(() -> watched.whenTimeElapses(Duration.ofDays(1)).thenEscalatesSatisfying(found -> { }));
    assertThatThrownBy(() -> OPENED.whenTimeElapses(Duration.ofDays(9)).thenEscalates())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("withEscalationProbe");
    failureOf(() -> Scenario.forDecider(Counter.DECIDER).withEscalationProbe(Counter.STALE).givenCurrentTime(T0)
        .whenTimeElapses(Duration.ofDays(1)).thenNoEscalation());
  }

  @Test
  @DisplayName("and(): the produced events join the given ones; a rejected command adds none")
  void continuation() {
    OPENED.when(increment("c-1", T0, 2, PI)).and()
        .when(increment("c-2", T0, 3, PI)).thenState(s -> assertThat(s.value()).isEqualTo(5))
        .and().when(close("c-3", T0)).and()
        .when(increment("c-4", T0, 1, PI)).thenRejected("counter.closed");
    OPENED.when(increment("c-1", T0, -2, PI)).and().when(increment("c-2", T0, 3, PI))
        .thenState(s -> assertThat(s.version()).isEqualTo(2));
  }

  @Test
  @DisplayName("stages are immutable: a shared beginning is not changed by the tests that use it")
  void immutable() {
    OPENED.given(closed("c-close", T0)).givenCurrentTime(T0.plusSeconds(99));
    assertThat(OPENED.state()).map(State::closed).contains(false);
    assertThat(OPENED.now()).isEqualTo(T0);
  }

  @Test
  @DisplayName("a decider that throws, or given events that cannot be folded, fail with the step named")
  void deciderBugs() {
    Decider<State, Command, Event> broken = new Decider<>() {
      @Override
      public Decision<Event> decide(Optional<State> state, Command command) {
        throw new IllegalArgumentException("a bug while handling " + PI);
      }

      @Override
      public State evolve(Optional<State> state, Event event) {
        return Counter.DECIDER.evolve(state, event);
      }
    };
    String thrown = failureOf(() -> Scenario.forDecider(broken).given(opened("c-open", T0)).when(close("c-close", T0)));
    assertThat(thrown).contains("when Counter.Close(c-close)", "the decider threw IllegalArgumentException");
    String corrupt = failureOf(() -> OPENED.given(opened("c-again", T0)).when(close("c-close", T0)));
    assertThat(corrupt).contains("when Counter.Close(c-close)", "cannot be folded", "IllegalStateException");
  }

  @Test
  @DisplayName("only legal sequences compile: no then… before a when…, no then(events) after time alone")
  void typedStages() {
    assertThat(names(GivenStage.class)).noneMatch(n -> n.startsWith("then"))
        .contains("given", "givenNoPriorActivity", "givenCurrentTime", "when", "whenAtNow", "whenTimeElapses");
    assertThat(names(TimeStage.class)).doesNotContain("given", "then", "thenRejected", "thenEventTypes")
        .contains("when", "whenTimeElapses", "thenEscalates", "thenNoEscalation", "thenState");
    assertThat(names(ThenStage.class)).doesNotContain("given", "when", "whenTimeElapses")
        .contains("then", "thenRejected", "thenEventsMatch", "thenEventTypes", "thenEscalates", "and");
  }

  @Test
  @DisplayName("thenState on an empty stream fails: there is no state")
  void noState() {
    Decision<Event> rejected = Scenario.forDecider(Counter.DECIDER).givenNoPriorActivity()
        .when(close("c-x", T0)).decision();
    assertThat(rejected.isAccepted()).isFalse();
    assertThat(failureOf(() -> Scenario.forDecider(Counter.DECIDER).givenNoPriorActivity().when(close("c-x", T0))
        .thenState(s -> { })))
        .contains("there is no state");
    assertThat(Scenario.forDecider(Counter.DECIDER).state()).isEqualTo(Optional.empty());
  }

  private static List<String> names(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods()).filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
        .map(Method::getName).toList();
  }
}
