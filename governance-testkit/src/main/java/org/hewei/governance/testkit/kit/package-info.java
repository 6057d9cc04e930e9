/**
 * 兼容性测试套件 — {@link org.hewei.governance.testkit.kit.GovernanceStoreCompatibilityKit}, the
 * JUnit 5 tests an integrator runs against their own implementation of the storage SPI: subclass it,
 * implement one factory method, run it.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>One kit for the one SPI interface ({@code GovernanceStore}), with a {@code @Nested} group per
 *       part of the contract (S1 append, S2 load, S3 summaries, S4 registries, S5 capabilities).
 *   <li>Test names are the clauses: {@code required_S1_2_…} for clauses every store must honour,
 *       {@code optional_S3_…} for clauses of an optional capability. Each has a {@code @DisplayName}
 *       stating the rule and failure messages saying what to check.
 *   <li>Optional tests of a capability the store does not declare are <em>skipped</em> with a JUnit
 *       assumption (reported as skipped, never as passed); instead the {@code required_S5_2_…} tests
 *       check that the undeclared operations throw {@code UnsupportedCapabilityException} and write
 *       nothing. These S5.2 tests are in turn skipped for a store that declares the capability.
 *   <li>The kit stores real Hewei events ({@code PetitionEvent}s built with the core builders, with
 *       unicode text and personal data) in a {@code GovernanceStore<DomainEvent>}: a store that passes
 *       can store the events the rules produce. Registries store real {@code Person} values.
 *   <li>Concurrency tests use 8 threads, a start gate and a 60-second timeout per test (a hang is a
 *       failure, never a stuck build); they never assert timings.
 *   <li>The kit is test code in a library: unlike core and rules it starts threads.
 * </ul>
 *
 * <pre>{@code
 * class PostgresStoreContractTest extends GovernanceStoreCompatibilityKit {
 *   @Override protected GovernanceStore<DomainEvent> createStore() { return new PostgresStore(dataSource); }
 * }
 * }</pre>
 */
@NullMarked
package org.hewei.governance.testkit.kit;

import org.jspecify.annotations.NullMarked;
