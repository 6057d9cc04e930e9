package org.hewei.governance.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;

/** In-memory H2 databases for tests. */
final class H2 {
  private H2() {}

  /** An in-memory database called {@code name}, kept while the JVM runs until {@link #drop}ped. */
  static JdbcDataSource memory(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    ds.setUser("sa");
    return ds;
  }

  /** Drops the in-memory database {@code "kit-" + n}. */
  static void drop(int n) throws SQLException {
    try (Connection c = memory("kit-" + n).getConnection(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }
}
