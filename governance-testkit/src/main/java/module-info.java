/**
 * Hewei governance-testkit (和为贵): test support for applications that embed Hewei.
 */
module org.hewei.governance.testkit {
  requires transitive org.hewei.governance.core;
  requires transitive org.hewei.governance.rules;
  requires transitive org.junit.jupiter.api;
  requires transitive org.junit.jupiter.params;
  requires transitive org.assertj.core;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.hewei.governance.testkit.assertions;
  exports org.hewei.governance.testkit.fixture;
  exports org.hewei.governance.testkit.generate;
  exports org.hewei.governance.testkit.kit;
  exports org.hewei.governance.testkit.scenario;
  exports org.hewei.governance.testkit.store;
  exports org.hewei.governance.testkit;
}
