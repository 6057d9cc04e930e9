package org.hewei.governance.examples.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * 连接复用数据源 — the smallest useful connection pool: a {@link DataSource} over a JDBC URL that keeps
 * up to {@code maxIdle} connections open and hands them out again, so an operation does not pay for a
 * new connection (on PostgreSQL: a new server process and a SCRAM handshake). Closing a handed-out
 * connection rolls back what is uncommitted and keeps the connection for the next caller; a broken one
 * is dropped. No size limit, no validation query, no eviction: production code uses a real pool
 * (HikariCP, the application server's); this keeps the example free of further dependencies.
 *
 * <pre>{@code
 * DataSource ds = ReusingDataSource.of("jdbc:postgresql://127.0.0.1:5432/hewei", "hewei", password, 16);
 * JdbcGovernanceStore store = JdbcGovernanceStore.create(ds);
 * }</pre>
 */
public final class ReusingDataSource implements DataSource {
  private final String url;
  private final String user;
  private final String password;
  private final BlockingQueue<Connection> idle;

  private ReusingDataSource(String url, String user, String password, int maxIdle) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.idle = new ArrayBlockingQueue<>(maxIdle);
  }

  /**
   * A data source for {@code url} keeping up to {@code maxIdle} (≥ 1) connections open; an empty {@code
   * user} takes the credentials from the URL.
   */
  public static ReusingDataSource of(String url, String user, String password, int maxIdle) {
    return new ReusingDataSource(url, user, password, Math.max(1, maxIdle));
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection physical = idle.poll();
    while (physical != null && physical.isClosed()) {
      physical = idle.poll();
    }
    return handOut(physical != null ? physical
        : user.isEmpty() ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password));
  }

  private Connection handOut(Connection physical) {
    boolean[] closed = {false};
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "close":
              if (!closed[0]) {
                closed[0] = true;
                giveBack(physical);
              }
              return null;
            case "isClosed":
              return closed[0] || physical.isClosed();
            default:
              if (closed[0]) {
                throw new SQLException("connection already closed", "08003");
              }
              try {
                return method.invoke(physical, args);
              } catch (InvocationTargetException e) {
                throw e.getCause() == null ? e : e.getCause();
              }
          }
        });
  }

  private void giveBack(Connection physical) {
    try {
      if (!physical.isClosed() && !physical.getAutoCommit()) {
        physical.rollback();
        physical.setAutoCommit(true);
      }
      if (physical.isClosed() || !idle.offer(physical)) {
        physical.close();
      }
    } catch (SQLException e) {
      try {
        physical.close(); // broken: drop it
      } catch (SQLException ignored) {
        // already unusable
      }
    }
  }

  /** Closes the idle connections (handed-out ones close when given back). */
  public void closeIdle() {
    for (Connection c = idle.poll(); c != null; c = idle.poll()) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    return DriverManager.getConnection(url, username, pass);
  }

  @Override
  public @Nullable PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(@Nullable PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {
    DriverManager.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no logging");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }

  /** {@code "ReusingDataSource{3 idle}"} (not the URL: it may carry a password). */
  @Override
  public String toString() {
    return "ReusingDataSource{" + idle.size() + " idle}";
  }
}
