package org.hewei.governance.examples.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.spi.GovernanceStore;
import org.hewei.governance.testkit.kit.GovernanceStoreCompatibilityKit;

/**
 * The whole compatibility kit on PostgreSQL, when {@code -Dhewei.postgres.url=jdbc:postgresql://…}
 * (with {@code hewei.postgres.user} and {@code hewei.postgres.password}) is given; otherwise every test
 * is skipped with a message saying how to run it. The tables are emptied before each test.
 */
class JdbcStorePostgresContractTest extends GovernanceStoreCompatibilityKit {
  static final String HOW_TO_RUN = "skipped: PostgreSQL tests need -Dhewei.postgres.url=jdbc:postgresql://127.0.0.1:5432/hewei "
      + "-Dhewei.postgres.user=… -Dhewei.postgres.password=… (.ci/run starts a throw-away server and passes them; "
      + "or: source .ci/postgres && postgres_start, then run mvn with the printed properties)";

  @Override
  protected void setUp() throws Exception {
    assumeTrue(Postgres.configured(), HOW_TO_RUN);
    ReusingDataSource ds = Postgres.dataSource();
    Migrations.migrate(ds);
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("TRUNCATE hewei_event, hewei_summary, hewei_summary_ancestor, hewei_summary_flag, hewei_registry_entry");
    }
  }

  @Override
  protected GovernanceStore<DomainEvent> createStore() {
    return JdbcGovernanceStore.create(Postgres.dataSource());
  }
}
