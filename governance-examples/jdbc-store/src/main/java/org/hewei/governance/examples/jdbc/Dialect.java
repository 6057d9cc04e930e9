package org.hewei.governance.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The two databases the store supports and their one difference in the schema: PostgreSQL needs
 * {@code COLLATE "C"} on key columns so that SQL orders stream ids as {@code String.compareTo} does
 * (its default collation follows the locale); H2 compares strings that way already.
 */
enum Dialect {
  H2(""),
  POSTGRESQL("COLLATE \"C\"");

  private final String binaryCollation;

  Dialect(String binaryCollation) {
    this.binaryCollation = binaryCollation;
  }

  /** The dialect of the database {@code connection} talks to. */
  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return H2;
    }
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    throw new JdbcStoreException("unsupported database " + product + " (H2 and PostgreSQL are supported)");
  }

  /** {@code sql} with its placeholders ({@code ${C}}) replaced for this dialect. */
  String render(String sql) {
    return sql.replace("${C}", binaryCollation);
  }
}
