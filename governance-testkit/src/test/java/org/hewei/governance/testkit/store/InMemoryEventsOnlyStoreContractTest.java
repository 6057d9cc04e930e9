package org.hewei.governance.testkit.store;

import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.spi.GovernanceStore;
import org.hewei.governance.core.spi.StoreCapabilities;
import org.hewei.governance.testkit.kit.GovernanceStoreCompatibilityKit;

/** Declaring no optional capability, the in-memory store passes the kit's required tests and S5.2; the rest is skipped. */
class InMemoryEventsOnlyStoreContractTest extends GovernanceStoreCompatibilityKit {
  @Override
  protected GovernanceStore<DomainEvent> createStore() {
    return InMemoryGovernanceStore.create(StoreCapabilities.none());
  }
}
