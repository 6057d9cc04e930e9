package org.hewei.governance.testkit.store;

import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.spi.GovernanceStore;
import org.hewei.governance.testkit.kit.GovernanceStoreCompatibilityKit;

/** The in-memory store passes the whole compatibility kit, every capability declared. */
class InMemoryGovernanceStoreContractTest extends GovernanceStoreCompatibilityKit {
  @Override
  protected GovernanceStore<DomainEvent> createStore() {
    return InMemoryGovernanceStore.create();
  }
}
