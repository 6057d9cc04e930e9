/**
 * Hewei governance-rules (和为贵): lifecycle, deadlines and calendars, routing, escalation, access,
 * reports, schedules — pure functions over governance-core values.
 *
 * <p>Every exported package is API with a compatibility promise; {@code internal} packages are not.
 */
module org.hewei.governance.rules {
  requires transitive org.hewei.governance.core;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.hewei.governance.rules.access;
  exports org.hewei.governance.rules.calendar;
  exports org.hewei.governance.rules.deadline;
  exports org.hewei.governance.rules.escalation;
  exports org.hewei.governance.rules.lifecycle;
  exports org.hewei.governance.rules.report;
  exports org.hewei.governance.rules.routing;
  exports org.hewei.governance.rules.schedule;
  exports org.hewei.governance.rules;
}
