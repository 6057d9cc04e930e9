package org.hewei.governance.testkit.kit;

import java.util.EnumSet;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.spi.GovernanceStore;

/**
 * The kit run against {@link FaultyStore} with one fault each; launched programmatically by {@link
 * GovernanceStoreCompatibilityKitTest} (the class names do not end in {@code Test}, so the build does
 * not run them directly).
 */
final class FaultyStoreKits {
  private FaultyStoreKits() {}

  static GovernanceStore<DomainEvent> faulty(FaultyStore.Fault... faults) {
    EnumSet<FaultyStore.Fault> set = EnumSet.noneOf(FaultyStore.Fault.class);
    java.util.Collections.addAll(set, faults);
    return new FaultyStore(set);
  }

  static class NoFault extends GovernanceStoreCompatibilityKit {
    @Override
    protected GovernanceStore<DomainEvent> createStore() {
      return faulty();
    }
  }

  static class LosesEvents extends GovernanceStoreCompatibilityKit {
    @Override
    protected GovernanceStore<DomainEvent> createStore() {
      return faulty(FaultyStore.Fault.LOSES_EVENTS);
    }
  }

  static class Reorders extends GovernanceStoreCompatibilityKit {
    @Override
    protected GovernanceStore<DomainEvent> createStore() {
      return faulty(FaultyStore.Fault.REORDERS);
    }
  }

  static class IgnoresExpectedVersion extends GovernanceStoreCompatibilityKit {
    @Override
    protected GovernanceStore<DomainEvent> createStore() {
      return faulty(FaultyStore.Fault.IGNORES_EXPECTED_VERSION);
    }
  }

  static class DuplicatesOnRetry extends GovernanceStoreCompatibilityKit {
    @Override
    protected GovernanceStore<DomainEvent> createStore() {
      return faulty(FaultyStore.Fault.DUPLICATES_ON_RETRY);
    }
  }

  static class NonAtomicBatch extends GovernanceStoreCompatibilityKit {
    @Override
    protected GovernanceStore<DomainEvent> createStore() {
      return faulty(FaultyStore.Fault.NON_ATOMIC_BATCH);
    }
  }

  static class UnstablePagination extends GovernanceStoreCompatibilityKit {
    @Override
    protected GovernanceStore<DomainEvent> createStore() {
      return faulty(FaultyStore.Fault.UNSTABLE_PAGINATION);
    }
  }

  static class DeclaresRegistriesButThrows extends GovernanceStoreCompatibilityKit {
    @Override
    protected GovernanceStore<DomainEvent> createStore() {
      return faulty(FaultyStore.Fault.DECLARES_REGISTRIES_BUT_THROWS);
    }
  }

  static class EventsOnly extends GovernanceStoreCompatibilityKit {
    @Override
    protected GovernanceStore<DomainEvent> createStore() {
      return faulty(FaultyStore.Fault.EVENTS_ONLY);
    }
  }

  /** Counts its hook calls, to test that setUp and tearDown run around every test. */
  static class WithHooks extends GovernanceStoreCompatibilityKit {
    static final java.util.concurrent.atomic.AtomicInteger SET_UPS = new java.util.concurrent.atomic.AtomicInteger();
    static final java.util.concurrent.atomic.AtomicInteger TEAR_DOWNS = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    protected void setUp() {
      SET_UPS.incrementAndGet();
    }

    @Override
    protected GovernanceStore<DomainEvent> createStore() {
      return faulty(FaultyStore.Fault.EVENTS_ONLY);
    }

    @Override
    protected void tearDown(GovernanceStore<DomainEvent> store) {
      TEAR_DOWNS.incrementAndGet();
    }
  }
}
