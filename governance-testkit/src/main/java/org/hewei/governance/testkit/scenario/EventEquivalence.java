package org.hewei.governance.testkit.scenario;

import java.time.Instant;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonDifferenceCalculator;
import org.hewei.governance.core.event.EventId;

/**
 * 事件比较 — when a scenario counts a produced event as the expected one: {@link #exact()} ({@code equals},
 * the default), or a field-by-field comparison that ignores some fields.
 *
 * <pre>{@code
 * Scenario.forDecider(lifecycle)
 *     .comparingEventsWith(EventEquivalence.ignoringEventIdsAndInstants())
 *     .given(received).when(register).then(expectedRegistered);
 * }</pre>
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface EventEquivalence<E> {

  /** Whether {@code actual} counts as {@code expected}. */
  boolean equivalent(E expected, E actual);

  /** {@code expected.equals(actual)}. */
  static <E> EventEquivalence<E> exact() {
    return Object::equals;
  }

  /**
   * The same class and equal fields (compared recursively), except fields of type {@link EventId} or
   * {@link Instant} (at any depth): for events whose ids and times the test does not control.
   */
  static <E> EventEquivalence<E> ignoringEventIdsAndInstants() {
    RecursiveComparisonConfiguration configuration = new RecursiveComparisonConfiguration();
    configuration.ignoreFieldsOfTypes(EventId.class, Instant.class);
    return (expected, actual) -> sameFields(expected, actual, configuration);
  }

  /** The same class and equal fields (compared recursively) except the fields named {@code fields}. */
  static <E> EventEquivalence<E> ignoringFields(String... fields) {
    RecursiveComparisonConfiguration configuration = new RecursiveComparisonConfiguration();
    configuration.ignoreFields(fields);
    return (expected, actual) -> sameFields(expected, actual, configuration);
  }

  private static boolean sameFields(Object expected, Object actual, RecursiveComparisonConfiguration configuration) {
    return expected.getClass() == actual.getClass()
        && new RecursiveComparisonDifferenceCalculator()
            .determineDifferences(actual, expected, configuration)
            .isEmpty();
  }
}
