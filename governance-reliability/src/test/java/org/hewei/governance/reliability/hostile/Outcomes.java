package org.hewei.governance.reliability.hostile;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hewei.governance.core.InvalidValueException;

/**
 * 结果统计 — counts the hostile inputs of one target family and keeps the first few answers that were
 * not documented: anything thrown that is not an {@link InvalidValueException} (which covers
 * {@code MissingValueException}, {@code UnknownJurisdictionException}, {@code DateOutsideCalendarException},
 * {@code InvalidTreeException}, {@code InvalidDateRangeException}, {@code NotEnoughOfficialsException}).
 *
 * <pre>{@code
 * Outcomes parsers = new Outcomes("parsers");
 * parsers.call("CitizenId.parse", seed, () -> CitizenId.parse(text));
 * assertThat(parsers.undocumented()).isEmpty();
 * }</pre>
 */
final class Outcomes {
  /** What a call may throw: the documented exceptions. */
  static boolean documented(Throwable t) {
    return t instanceof InvalidValueException;
  }

  /** A call that may throw. */
  @FunctionalInterface
  interface Call {
    Object run() throws Exception;
  }

  private final String family;
  private final @org.jspecify.annotations.Nullable Outcomes parent;
  private final AtomicLong inputs = new AtomicLong();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final Map<String, AtomicLong> perTarget = new ConcurrentHashMap<>();
  private final List<String> undocumented = new ArrayList<>();
  private final java.util.Set<String> signatures = new java.util.TreeSet<>();

  Outcomes(String family) {
    this(family, null);
  }

  private Outcomes(String family, @org.jspecify.annotations.Nullable Outcomes parent) {
    this.family = family;
    this.parent = parent;
  }

  /** Outcomes of one batch (one seed): counted here and in this family's totals. */
  Outcomes batch() {
    return new Outcomes(family, this);
  }

  /**
   * Runs one hostile input against {@code target}; counts it, and records an undocumented answer.
   *
   * @return the value, or null when the call threw
   */
  Object call(String target, long seed, Call call) {
    count(target);
    try {
      Object value = call.run();
      for (Outcomes o = this; o != null; o = o.parent) {
        o.accepted.incrementAndGet();
      }
      return value;
    } catch (Throwable t) {
      Throwable cause = t instanceof InvocationTargetException i && i.getCause() != null ? i.getCause() : t;
      if (documented(cause)) {
        for (Outcomes o = this; o != null; o = o.parent) {
          o.refused.incrementAndGet();
        }
      } else {
        undocumented(target, seed, cause);
      }
      return null;
    }
  }

  private final AtomicLong decisionsAccepted = new AtomicLong();
  private final AtomicLong decisionsRejected = new AtomicLong();

  /** Counts a lifecycle decision by its kind: an acceptance (events) or a typed rejection. */
  void decided(boolean accepted) {
    for (Outcomes o = this; o != null; o = o.parent) {
      (accepted ? o.decisionsAccepted : o.decisionsRejected).incrementAndGet();
    }
  }

  long decisionsAccepted() {
    return decisionsAccepted.get();
  }

  long decisionsRejected() {
    return decisionsRejected.get();
  }

  /** Counts one input against {@code target} without running it (the caller checks the answer). */
  void count(String target) {
    for (Outcomes o = this; o != null; o = o.parent) {
      o.inputs.incrementAndGet();
      o.perTarget.computeIfAbsent(target, k -> new AtomicLong()).incrementAndGet();
    }
  }

  /** Records an undocumented answer found by the caller. */
  synchronized void undocumented(String target, long seed, Throwable cause) {
    if (parent != null) {
      parent.undocumented(target, seed, cause);
    }
    if (cause instanceof VirtualMachineError && !(cause instanceof StackOverflowError)) {
      throw (VirtualMachineError) cause;
    }
    StackTraceElement top = cause.getStackTrace().length > 0 ? cause.getStackTrace()[0] : null;
    signatures.add(target.replaceAll(" seed.*", "") + " -> " + cause.getClass().getSimpleName() + " at " + top);
    if (undocumented.size() < 30) {
      StackTraceElement at = cause.getStackTrace().length > 0 ? cause.getStackTrace()[0] : null;
      undocumented.add(target + " seed " + seed + ": " + cause.getClass().getName() + " at " + at + ": "
          + String.valueOf(cause.getMessage()).lines().findFirst().orElse(""));
    }
  }

  /** Records a property violation other than an exception (e.g. a rejected decision with events). */
  synchronized void violation(String target, long seed, String what) {
    if (parent != null) {
      parent.violation(target, seed, what);
    }
    signatures.add(target + " -> " + what);
    if (undocumented.size() < 30) {
      undocumented.add(target + " seed " + seed + ": " + what);
    }
  }

  synchronized List<String> undocumented() {
    return List.copyOf(undocumented);
  }

  /** Each distinct undocumented answer once: target, exception, where thrown. */
  synchronized java.util.Set<String> signatures() {
    return new java.util.TreeSet<>(signatures);
  }

  long inputs() {
    return inputs.get();
  }

  long accepted() {
    return accepted.get();
  }

  long refused() {
    return refused.get();
  }

  Map<String, AtomicLong> perTarget() {
    return perTarget;
  }

  String family() {
    return family;
  }

  /** One line for the log of the run, e.g. for docs/reliability.md. */
  String summary(long millis) {
    return String.format("[hostile] %s: %,d inputs (%,d answered, %,d documented exceptions%s) over %d targets in %,d ms",
        family, inputs(), accepted(), refused(),
        decisionsAccepted.get() + decisionsRejected.get() == 0 ? ""
            : String.format("; decisions: %,d accepted, %,d rejected", decisionsAccepted.get(), decisionsRejected.get()),
        perTarget.size(), millis)
        + (signatures.isEmpty() ? "" : "\n[hostile] undocumented:\n  " + String.join("\n  ", signatures()));
  }
}
