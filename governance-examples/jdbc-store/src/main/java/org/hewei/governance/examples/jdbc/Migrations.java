package org.hewei.governance.examples.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * 数据库迁移 — creates and upgrades the store's schema from the versioned SQL files shipped in this
 * module ({@code db/migration/V<n>__<description>.sql}, listed in order in {@code hewei-migrations.txt}
 * because a class path cannot be listed portably). Each applied version is recorded in {@code
 * hewei_schema_version}; {@link #migrate} applies only the missing ones, in order, each in its own
 * transaction, and is safe to call at every start.
 *
 * <p>Dialects: the files are plain SQL that H2 and PostgreSQL both accept, with one placeholder,
 * {@code ${C}}, for the binary collation PostgreSQL needs on key columns. On PostgreSQL a migration and
 * its record commit together; H2 commits DDL implicitly, so a failure there may leave a migration half
 * applied (drop the database and start again — H2 is the embedded, throw-away choice).
 *
 * <pre>{@code
 * List<Integer> applied = Migrations.migrate(dataSource); // [1, 2, 3] on an empty database, [] afterwards
 * }</pre>
 */
public final class Migrations {
  /** The class-path resource listing the migration files in order. */
  public static final String INDEX = "hewei-migrations.txt";

  private static final Pattern FILE = Pattern.compile("db/migration/V(\\d+)__([A-Za-z0-9_]+)\\.sql");

  private Migrations() {}

  /**
   * Applies the migrations the database has not recorded yet and returns their versions.
   *
   * @throws JdbcStoreException if the database fails or a migration file is missing
   */
  public static List<Integer> migrate(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      Dialect dialect = Dialect.of(c);
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS hewei_schema_version (version INTEGER PRIMARY KEY, "
            + "description VARCHAR(200) NOT NULL, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)");
      }
      List<Integer> applied = new ArrayList<>();
      for (String file : resource(INDEX).split("\n")) {
        if (file.isBlank()) {
          continue;
        }
        Matcher m = FILE.matcher(file.trim());
        if (!m.matches()) {
          throw new JdbcStoreException("bad migration file name " + file.trim());
        }
        int version = Integer.parseInt(m.group(1));
        if (isApplied(c, version)) {
          continue;
        }
        apply(c, dialect, version, m.group(2), resource(file.trim()));
        applied.add(version);
      }
      return List.copyOf(applied);
    } catch (SQLException e) {
      throw JdbcStoreException.of("migrate", "schema", e);
    }
  }

  /** The versions recorded as applied, in order. */
  public static List<Integer> applied(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT version FROM hewei_schema_version ORDER BY version")) {
      List<Integer> versions = new ArrayList<>();
      while (r.next()) {
        versions.add(r.getInt(1));
      }
      return List.copyOf(versions);
    } catch (SQLException e) {
      throw JdbcStoreException.of("read", "schema versions", e);
    }
  }

  private static boolean isApplied(Connection c, int version) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM hewei_schema_version WHERE version = ?")) {
      p.setInt(1, version);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  private static void apply(Connection c, Dialect dialect, int version, String description, String sql)
      throws SQLException {
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        for (String statement : statements(dialect.render(sql))) {
          s.execute(statement);
        }
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO hewei_schema_version (version, description) VALUES (?, ?)")) {
        p.setInt(1, version);
        p.setString(2, description);
        p.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** The statements of a migration: comments ({@code --} to the end of a line) removed, split at {@code ;}. */
  static List<String> statements(String sql) {
    StringBuilder code = new StringBuilder();
    for (String line : sql.split("\n")) {
      int comment = line.indexOf("--");
      code.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
    }
    List<String> statements = new ArrayList<>();
    for (String s : code.toString().split(";")) {
      if (!s.isBlank()) {
        statements.add(s.trim());
      }
    }
    return statements;
  }

  private static String resource(String name) {
    try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new JdbcStoreException("migration resource " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new JdbcStoreException("cannot read migration resource " + name);
    }
  }
}
