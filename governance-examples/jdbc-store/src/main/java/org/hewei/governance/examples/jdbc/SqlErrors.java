package org.hewei.governance.examples.jdbc;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Classifies SQL errors: which unique constraint a violation (SQLState 23505, the same on H2 and
 * PostgreSQL) hit, and which errors are transient conflicts worth retrying.
 */
final class SqlErrors {
  /** The unique constraints the store relies on. */
  enum Unique {
    /** (stream, version): another writer stored this version first. */
    EVENT_VERSION,
    /** (stream, event id): another writer stored this event first. */
    EVENT_ID,
    /** (registry, key): another writer created this key first. */
    REGISTRY_KEY,
    /** Any other. */
    OTHER
  }

  private static final String UNIQUE_VIOLATION = "23505";

  private SqlErrors() {}

  /** The unique constraint {@code e} (or an exception chained to it) violated, if it is a unique violation. */
  static Optional<Unique> uniqueViolation(SQLException e) {
    for (@Nullable Throwable t = e; t != null; t = next(t)) {
      if (t instanceof SQLException && UNIQUE_VIOLATION.equals(((SQLException) t).getSQLState())) {
        // PostgreSQL names the constraint; H2 names the index (derived from the constraint) and the table.
        String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("hewei_event_id_uq")) {
          return Optional.of(Unique.EVENT_ID);
        }
        if (m.contains("hewei_event_pk") || m.contains("hewei_event(")) {
          return Optional.of(Unique.EVENT_VERSION);
        }
        if (m.contains("hewei_registry_entry")) {
          return Optional.of(Unique.REGISTRY_KEY);
        }
        return Optional.of(Unique.OTHER);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code e} is a transient conflict between transactions: serialization failure or deadlock
   * (40001, 40P01), H2's lock timeout (HYT00) or concurrent update (error 90131).
   */
  static boolean isTransientConflict(SQLException e) {
    for (@Nullable Throwable t = e; t != null; t = next(t)) {
      if (t instanceof SQLException) {
        SQLException s = (SQLException) t;
        String state = String.valueOf(s.getSQLState());
        if (state.equals("40001") || state.equals("40P01") || state.equals("HYT00") || s.getErrorCode() == 90131) {
          return true;
        }
      }
    }
    return false;
  }

  private static @Nullable Throwable next(Throwable t) {
    if (t instanceof SQLException && ((SQLException) t).getNextException() != null) {
      return ((SQLException) t).getNextException();
    }
    return t.getCause() == t ? null : t.getCause();
  }
}
