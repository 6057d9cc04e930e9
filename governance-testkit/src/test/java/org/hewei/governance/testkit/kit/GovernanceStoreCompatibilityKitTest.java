package org.hewei.governance.testkit.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The kit's own tests: run programmatically (JUnit Platform Launcher) against a correct second
 * implementation and against stores with one deliberate fault each, it fails exactly the clauses the
 * fault breaks, skips (never passes) what a store does not declare, and names its tests after clauses.
 */
class GovernanceStoreCompatibilityKitTest {
  /** What one run of a kit subclass did, by test method name. */
  static final class Outcome {
    final Set<String> passed = new TreeSet<>();
    final Set<String> failed = new TreeSet<>();
    final Set<String> skipped = new TreeSet<>();
    final Set<String> failedContainers = new TreeSet<>();
  }

  static Outcome run(Class<?> kit) {
    Outcome outcome = new Outcome();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(kit)).build(),
        new TestExecutionListener() {
          @Override
          public void executionSkipped(TestIdentifier id, String reason) {
            name(id).ifPresent(outcome.skipped::add);
          }

          @Override
          public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (!id.isTest()) {
              if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                outcome.failedContainers.add(id.getDisplayName());
              }
              return;
            }
            String name = name(id).orElse(id.getDisplayName());
            switch (result.getStatus()) {
              case SUCCESSFUL:
                outcome.passed.add(name);
                break;
              case ABORTED:
                outcome.skipped.add(name);
                break;
              default:
                outcome.failed.add(name);
            }
          }
        });
    return outcome;
  }

  private static java.util.Optional<String> name(TestIdentifier id) {
    return id.getSource()
        .filter(org.junit.platform.engine.support.descriptor.MethodSource.class::isInstance)
        .map(s -> ((org.junit.platform.engine.support.descriptor.MethodSource) s).getMethodName());
  }

  static Set<String> kitTests() {
    return Arrays.stream(GovernanceStoreCompatibilityKit.class.getDeclaredClasses())
        .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
        .filter(m -> m.isAnnotationPresent(Test.class))
        .map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of("LosesEvents", FaultyStoreKits.LosesEvents.class, Set.of(
            "required_S1_2_largeStreamOf10000Events", "optional_S1_9_eightThreadsAppendToOneStream")),
        Arguments.of("Reorders", FaultyStoreKits.Reorders.class, Set.of("required_S1_3_eventsKeepTheOrderOfTheList")),
        Arguments.of("IgnoresExpectedVersion", FaultyStoreKits.IgnoresExpectedVersion.class, Set.of(
            "required_S1_1_appendIsAtomic",
            "required_S1_4_noStreamMatchesOnlyAStreamWithoutEvents",
            "required_S1_4_exactlyMatchesOnlyThatVersion",
            "optional_S1_9_exactlyOneOfConcurrentSameVersionAppendsWins",
            "optional_S3_2_failedAppendOrRetryKeepsThePreviousSummary")),
        Arguments.of("DuplicatesOnRetry", FaultyStoreKits.DuplicatesOnRetry.class, Set.of(
            "required_S1_1_appendIsAtomic",
            "required_S1_5_reappendingAStoredBatchIsANoOp",
            "required_S1_6_mixedBatchIsRejectedAndWritesNothing",
            "optional_S3_2_failedAppendOrRetryKeepsThePreviousSummary")),
        Arguments.of("NonAtomicBatch", FaultyStoreKits.NonAtomicBatch.class, Set.of(
            "required_S1_1_appendIsAtomic",
            "required_S1_6_mixedBatchIsRejectedAndWritesNothing",
            "required_S1_7_badArgumentsAreRejected")),
        Arguments.of("UnstablePagination", FaultyStoreKits.UnstablePagination.class, Set.of("optional_S3_7_paginationIsStableWhileDataArrives")),
        Arguments.of("DeclaresRegistriesButThrows", FaultyStoreKits.DeclaresRegistriesButThrows.class,
            kitTests().stream().filter(n -> n.startsWith("optional_S4_")).collect(Collectors.toSet())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  @DisplayName("the kit fails exactly the clauses a faulty store breaks, and passes the rest")
  void catchesEachFault(String fault, Class<?> kit, Set<String> expectedFailures) {
    Outcome outcome = run(kit);
    assertThat(outcome.failedContainers).as("no container (set-up, nested group) may fail").isEmpty();
    assertThat(outcome.failed).as("the failed tests of the store that %s", fault)
        .containsExactlyInAnyOrderElementsOf(expectedFailures);
    assertThat(outcome.passed.size() + outcome.failed.size() + outcome.skipped.size())
        .as("every kit test ran or was skipped").isEqualTo(kitTests().size());
  }

  @Test
  @DisplayName("a second, independent correct implementation passes the whole kit; only the S5.2 checks of undeclared capabilities are skipped")
  void correctStorePasses() {
    Outcome outcome = run(FaultyStoreKits.NoFault.class);
    assertThat(outcome.failedContainers).isEmpty();
    assertThat(outcome.failed).as("a correct store fails nothing").isEmpty();
    assertThat(outcome.skipped).containsExactlyInAnyOrder(
        "required_S5_2_undeclaredSummaryQueriesFailCleanly", "required_S5_2_undeclaredRegistriesFailCleanly");
  }

  @Test
  @DisplayName("tests of undeclared capabilities are reported as skipped, never as passed, and S5.2 checks the operations fail cleanly")
  void undeclaredCapabilitiesAreSkippedNotPassed() {
    Outcome outcome = run(FaultyStoreKits.EventsOnly.class);
    assertThat(outcome.failed).as("an events-only store that fails cleanly passes").isEmpty();
    Set<String> optionalCapabilityTests = kitTests().stream()
        .filter(n -> n.startsWith("optional_S3_") || n.startsWith("optional_S4_") || n.startsWith("optional_S1_7_"))
        .collect(Collectors.toSet());
    assertThat(outcome.skipped).as("every summary and registry test is skipped").containsAll(optionalCapabilityTests);
    assertThat(outcome.passed).as("…and none of them is reported as passed").doesNotContainAnyElementsOf(optionalCapabilityTests);
    assertThat(outcome.passed).as("the S5.2 checks run and pass")
        .contains("required_S5_2_undeclaredSummaryQueriesFailCleanly", "required_S5_2_undeclaredRegistriesFailCleanly");
  }

  @Test
  @DisplayName("setUp runs before and tearDown after every kit test")
  void hooksRunAroundEveryTest() {
    FaultyStoreKits.WithHooks.SET_UPS.set(0);
    FaultyStoreKits.WithHooks.TEAR_DOWNS.set(0);
    Outcome outcome = run(FaultyStoreKits.WithHooks.class);
    int tests = outcome.passed.size() + outcome.failed.size() + outcome.skipped.size();
    assertThat(FaultyStoreKits.WithHooks.SET_UPS.get()).as("setUp per test").isEqualTo(tests);
    assertThat(FaultyStoreKits.WithHooks.TEAR_DOWNS.get()).as("tearDown per test").isEqualTo(tests);
  }

  @Test
  @DisplayName("every kit test is named required_S<n>_<m>_… or optional_S<n>_<m>_… and has a display name starting with its clause")
  void testsAreNamedAfterClauses() throws Exception {
    for (Class<?> group : GovernanceStoreCompatibilityKit.class.getDeclaredClasses()) {
      if (!group.isAnnotationPresent(Nested.class)) {
        continue;
      }
      for (Method m : group.getDeclaredMethods()) {
        if (!m.isAnnotationPresent(Test.class)) {
          continue;
        }
        assertThat(m.getName()).as("test name").matches("(required|optional)_S[1-5]_[0-9]+_[A-Za-z0-9]+");
        String clause = m.getName().replaceAll("^(required|optional)_S([1-5])_([0-9]+)_.*$", "S$2.$3");
        assertThat(m.getAnnotation(DisplayName.class)).as("%s has a @DisplayName", m.getName()).isNotNull();
        assertThat(m.getAnnotation(DisplayName.class).value()).as("display name of %s", m.getName()).startsWith(clause + " ");
      }
    }
    assertThat(kitTests()).as("the kit covers every part S1–S5").hasSizeGreaterThan(40)
        .anyMatch(n -> n.contains("_S1_")).anyMatch(n -> n.contains("_S2_")).anyMatch(n -> n.contains("_S3_"))
        .anyMatch(n -> n.contains("_S4_")).anyMatch(n -> n.contains("_S5_"));
  }
}
