package org.hewei.governance.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hewei.governance.core.petition.PetitionState;
import org.kie.api.KieBase;
import org.kie.api.conf.SequentialOption;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;

/**
 * 规则引擎对照 — the three-level response in DRL ({@code three-level-response.drl}) on Drools
 * (drools-engine-classic), in one of its session modes; the KieBase is built once.
 *
 * <pre>{@code
 * DroolsThreeLevel drools = DroolsThreeLevel.build(DroolsThreeLevel.Mode.STATELESS_SEQUENTIAL);
 * List<Fired> fired = drools.evaluate(states, new ThreeLevelByHand(tree, now, periods));
 * }</pre>
 */
public final class DroolsThreeLevel {
  /** How the facts go through Drools. */
  public enum Mode {
    /** A stateless session (insert all, fire all) on a sequential KieBase: no agenda re-evaluation. */
    STATELESS_SEQUENTIAL,
    /** A stateless session on a normal (phreak) KieBase. */
    STATELESS,
    /** A stateful session per evaluation: insert every state, fire all rules, dispose. */
    STATEFUL
  }

  private final Mode mode;
  private final KieBase base;

  private DroolsThreeLevel(Mode mode, KieBase base) {
    this.mode = mode;
    this.base = base;
  }

  /** Compiles the DRL into a KieBase for {@code mode} (once per JVM and mode). */
  public static DroolsThreeLevel build(Mode mode) {
    return Fixtures.memo("drools-" + mode, () -> compile(mode));
  }

  private static DroolsThreeLevel compile(Mode mode) {
    KieHelper helper = new KieHelper().addContent(drl(), ResourceType.DRL);
    KieBase base = mode == Mode.STATELESS_SEQUENTIAL ? helper.build(SequentialOption.YES) : helper.build();
    return new DroolsThreeLevel(mode, base);
  }

  /** The firings for {@code states}, recorded through {@code run} (reset first). */
  public List<Fired> evaluate(List<PetitionState> states, ThreeLevelByHand run) {
    run.reset();
    if (mode == Mode.STATEFUL) {
      KieSession session = base.newKieSession();
      try {
        session.setGlobal("run", run);
        for (int i = 0, n = states.size(); i < n; i++) {
          session.insert(states.get(i));
        }
        session.fireAllRules();
      } finally {
        session.dispose();
      }
    } else {
      StatelessKieSession session = base.newStatelessKieSession();
      session.setGlobal("run", run);
      session.execute(states);
    }
    return run.fired();
  }

  private static String drl() {
    try (InputStream in = DroolsThreeLevel.class.getResourceAsStream("three-level-response.drl")) {
      if (in == null) {
        throw new IllegalStateException("three-level-response.drl is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
