package org.hewei.governance.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The two databases the store supports and their two differences.
 *
 * <ul>
 *   <li><b>Schema</b>: PostgreSQL needs {@code COLLATE "C"} on key columns so that SQL orders stream ids
 *       as {@code String.compareTo} does (its default collation follows the locale); H2 compares strings
 *       that way already.
 *   <li><b>Appends under {@code any()}</b> ({@link #lockStream}): on PostgreSQL the append first takes
 *       a transaction-scoped advisory lock on the stream, so writers that do not care about the version
 *       queue in arrival order instead of racing for it. Without the lock, eight such writers on one
 *       stream collide on every version, the losers all retry at once, and one of them measured 50
 *       lost races in a row in about one run in eight of the compatibility kit's S3.2 test. H2 has no
 *       advisory locks; there the retry loop's jittered back-off spreads the losers out.
 * </ul>
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

  /**
   * PostgreSQL advisory locks live in one namespace per database, keyed by two ints: the first is this
   * constant (the store's own key space, so an application's advisory locks on the same database do
   * not block appends), the second the stream's hash. Two streams with the same hash only queue
   * behind each other; correctness still rests on the (stream, version) key.
   */
  static final int STREAM_LOCK_SPACE = 0x4865_7765; // "Hewe"

  /**
   * Makes concurrent appends to {@code stream} within the transaction on {@code c} wait for each
   * other until commit or rollback (PostgreSQL); does nothing on H2.
   */
  void lockStream(Connection c, String stream) throws SQLException {
    if (this != POSTGRESQL) {
      return;
    }
    try (PreparedStatement p = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
      p.setInt(1, STREAM_LOCK_SPACE);
      p.setInt(2, stream.hashCode());
      p.execute();
    }
  }

  /** {@code sql} with its placeholders ({@code ${C}}) replaced for this dialect. */
  String render(String sql) {
    return sql.replace("${C}", binaryCollation);
  }
}
