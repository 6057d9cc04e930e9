package org.hewei.governance.examples.jdbc;

import java.sql.SQLException;
import java.util.Set;

/**
 * JDBC 存储故障 — the database failed (connection lost, timeout, constraint the store did not expect):
 * an infrastructure failure, not a condition of the SPI contract. The append it interrupted wrote
 * nothing (one transaction); retrying the same call is safe (idempotent by event id, S1.5).
 *
 * <p>The message carries the operation, the stream or key and the SQLState, never row data. The
 * {@link SQLException} is attached as cause only for connection, transaction and timeout states
 * (classes 08, 40, 57, HY), whose messages carry no row values; other driver messages may quote
 * values (e.g. PostgreSQL's "Failing row contains …"), so they are left out.
 *
 * <pre>{@code
 * try { store.append(stream, ExpectedVersion.exactly(v), events); }
 * catch (JdbcStoreException e) { retryLater(); } // nothing was written
 * }</pre>
 */
public class JdbcStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final Set<String> SAFE_CLASSES = Set.of("08", "40", "57", "HY");

  /** A failure described by {@code message} (no personal data). */
  public JdbcStoreException(String message) {
    super(message);
  }

  private JdbcStoreException(String message, SQLException cause) {
    super(message, cause);
  }

  /** A failure of {@code operation} on {@code subject} caused by {@code e}. */
  static JdbcStoreException of(String operation, String subject, SQLException e) {
    String state = e.getSQLState() == null ? "?" : e.getSQLState();
    String message = operation + " " + subject + " failed: SQLState " + state + ", vendor code " + e.getErrorCode()
        + " (" + e.getClass().getSimpleName() + "); nothing was written by this call";
    return state.length() >= 2 && SAFE_CLASSES.contains(state.substring(0, 2))
        ? new JdbcStoreException(message, e)
        : new JdbcStoreException(message);
  }
}
