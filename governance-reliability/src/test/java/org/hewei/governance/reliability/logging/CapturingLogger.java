package org.hewei.governance.reliability.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** A logger that is enabled at every level and records every call in {@link CapturingLogs}. */
final class CapturingLogger extends LegacyAbstractLogger {
  private static final long serialVersionUID = 1L;

  CapturingLogger(String name) {
    this.name = name;
  }

  @Override
  public boolean isTraceEnabled() {
    return true;
  }

  @Override
  public boolean isDebugEnabled() {
    return true;
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return CapturingLogger.class.getName();
  }

  @Override
  protected void handleNormalizedLoggingCall(
      Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
    List<String> args = new ArrayList<>();
    if (arguments != null) {
      for (Object a : arguments) {
        args.add(String.valueOf(a));
      }
    }
    String pattern = String.valueOf(messagePattern);
    String formatted = MessageFormatter.basicArrayFormat(pattern, arguments);
    String thrown = "";
    if (throwable != null) {
      StringWriter out = new StringWriter();
      throwable.printStackTrace(new PrintWriter(out));
      thrown = out.toString();
    }
    CapturingLogs.record(new CapturedEvent(name, level, pattern, List.copyOf(args), String.valueOf(formatted), thrown));
  }
}
