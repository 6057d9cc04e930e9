/**
 * Hewei governance-core (和为贵): the immutable domain model and the storage SPI.
 *
 * <p>Every exported package is API with a compatibility promise; {@code internal} is not.
 */
module org.hewei.governance.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  // Annotations that generated Immutables code carries (compile time only).
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.hewei.governance.core;
  exports org.hewei.governance.core.event;
  exports org.hewei.governance.core.jurisdiction;
  exports org.hewei.governance.core.keyperson;
  exports org.hewei.governance.core.mediation;
  exports org.hewei.governance.core.organization;
  exports org.hewei.governance.core.outreach;
  exports org.hewei.governance.core.person;
  exports org.hewei.governance.core.petition;
  exports org.hewei.governance.core.policy;
  exports org.hewei.governance.core.spi;
  exports org.hewei.governance.core.internal to
      org.hewei.governance.rules,
      org.hewei.governance.testkit;
}
