package org.hewei.governance.examples.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.spi.GovernanceStore;
import org.hewei.governance.testkit.kit.GovernanceStoreCompatibilityKit;

/** The whole compatibility kit on embedded in-memory H2: a fresh database per test. */
class JdbcStoreH2ContractTest extends GovernanceStoreCompatibilityKit {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  protected GovernanceStore<DomainEvent> createStore() {
    return JdbcGovernanceStore.create(h2("kit-" + DATABASES.incrementAndGet()));
  }

  @Override
  protected void tearDown(GovernanceStore<DomainEvent> store) throws Exception {
    H2.drop(DATABASES.get());
  }

  /** An in-memory H2 database called {@code name} that lives until dropped. */
  static JdbcDataSource h2(String name) {
    return H2.memory(name);
  }
}
