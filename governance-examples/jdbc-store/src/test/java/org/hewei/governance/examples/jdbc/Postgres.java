package org.hewei.governance.examples.jdbc;

import org.postgresql.ds.PGSimpleDataSource;

/** The PostgreSQL server given by system properties {@code hewei.postgres.url/.user/.password}. */
final class Postgres {
  private Postgres() {}

  static boolean configured() {
    return !System.getProperty("hewei.postgres.url", "").isBlank();
  }

  static PGSimpleDataSource dataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(System.getProperty("hewei.postgres.url", ""));
    ds.setUser(System.getProperty("hewei.postgres.user", ""));
    ds.setPassword(System.getProperty("hewei.postgres.password", ""));
    return ds;
  }
}
