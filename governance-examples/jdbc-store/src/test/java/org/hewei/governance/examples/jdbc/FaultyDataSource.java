package org.hewei.governance.examples.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A DataSource whose connections can be killed at one chosen point of the next transaction: the
 * physical connection is closed (the database rolls back what is uncommitted) and the call fails as a
 * lost connection (SQLState 08006) — as when the network drops between two statements.
 */
final class FaultyDataSource {
  /** Where the next connection dies. */
  enum Fault {
    /** When the statement whose SQL starts with the given prefix is prepared. */
    BEFORE_STATEMENT,
    /** At commit, before the database commits. */
    BEFORE_COMMIT,
    /** At commit, after the database committed: the acknowledgement is lost. */
    AFTER_COMMIT
  }

  private final DataSource target;
  private final AtomicReference<@Nullable Fault> armed = new AtomicReference<>();
  private volatile String sqlPrefix = "";

  FaultyDataSource(DataSource target) {
    this.target = target;
  }

  /** Kills the next connection that reaches {@code fault} (for BEFORE_STATEMENT: a statement starting with {@code sqlPrefix}). */
  void arm(Fault fault, String sqlPrefix) {
    this.sqlPrefix = sqlPrefix;
    armed.set(fault);
  }

  boolean fired() {
    return armed.get() == null;
  }

  DataSource dataSource() {
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(method, target, args);
          return result instanceof Connection ? connection((Connection) result) : result;
        });
  }

  private Connection connection(Connection physical) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("prepareStatement") && String.valueOf(args[0]).startsWith(sqlPrefix)
              && armed.compareAndSet(Fault.BEFORE_STATEMENT, null)) {
            throw kill(physical);
          }
          if (name.equals("commit") && armed.compareAndSet(Fault.BEFORE_COMMIT, null)) {
            throw kill(physical);
          }
          Object result = invoke(method, physical, args);
          if (name.equals("commit") && armed.compareAndSet(Fault.AFTER_COMMIT, null)) {
            throw kill(physical);
          }
          return result;
        });
  }

  private static SQLException kill(Connection physical) throws SQLException {
    physical.close();
    return new SQLException("connection lost (injected)", "08006");
  }

  private static @Nullable Object invoke(java.lang.reflect.Method method, Object target, Object @Nullable [] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause() == null ? e : e.getCause();
    }
  }
}
