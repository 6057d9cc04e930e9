package org.hewei.governance.examples.jdbc;

/** The PostgreSQL server given by system properties {@code hewei.postgres.url/.user/.password}. */
final class Postgres {
  private static final ReusingDataSource DATA_SOURCE = ReusingDataSource.of(
      System.getProperty("hewei.postgres.url", ""),
      System.getProperty("hewei.postgres.user", ""),
      System.getProperty("hewei.postgres.password", ""),
      16);

  private Postgres() {}

  static boolean configured() {
    return !System.getProperty("hewei.postgres.url", "").isBlank();
  }

  /** One shared data source (connections reused across tests). */
  static ReusingDataSource dataSource() {
    return DATA_SOURCE;
  }
}
