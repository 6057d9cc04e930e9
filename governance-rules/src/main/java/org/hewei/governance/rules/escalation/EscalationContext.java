package org.hewei.governance.rules.escalation;

import java.time.ZoneId;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;

/**
 * 升级评估环境 — what an {@link EscalationEngine} needs besides the policy: the jurisdiction tree (to
 * name the node a matter escalates to and to check states against), the time zone whose calendar days
 * the due dates count in, and optional look-ups for facts a petition state does not hold.
 *
 * <p>Defaults: a state concerns 2 departments when it carries the {@code SEVERAL_DEPARTMENTS} flag,
 * else 1; key-person categories are unknown (an empty set), so a trigger naming categories never fires
 * until {@link #withKeyPersonCategories} supplies them (the "any key person" trigger reads the
 * {@code KEY_PERSON_INVOLVED} flag). The look-ups run on the hot path: keep them allocation-free.
 *
 * <pre>{@code
 * EscalationContext ctx = EscalationContext.chinaMainland(tree)
 *     .withDepartments(s -> departmentsByPetition.getOrDefault(s.id(), 1));
 * }</pre>
 */
public final class EscalationContext {
  /** Mainland China's zone, {@code Asia/Shanghai} (no daylight saving time). */
  public static final ZoneId CHINA = WorkingDayCalendar.CHINA_STANDARD_TIME;

  private static final ToIntFunction<PetitionState> DEPARTMENTS_FROM_FLAG = EscalationContext::departmentsFromFlag;

  private final JurisdictionTree tree;
  private final ZoneId zone;
  private final ToIntFunction<PetitionState> departments;
  private final Function<PetitionState, Set<String>> keyPersonCategories;

  private EscalationContext(
      JurisdictionTree tree,
      ZoneId zone,
      ToIntFunction<PetitionState> departments,
      Function<PetitionState, Set<String>> keyPersonCategories) {
    this.tree = tree;
    this.zone = zone;
    this.departments = departments;
    this.keyPersonCategories = keyPersonCategories;
  }

  /** A context over {@code tree} with due dates counted in {@code zone}. */
  public static EscalationContext of(JurisdictionTree tree, ZoneId zone) {
    return new EscalationContext(
        Checks.required("tree", tree),
        Checks.required("zone", zone),
        DEPARTMENTS_FROM_FLAG,
        EscalationContext::noCategories);
  }

  private static int departmentsFromFlag(PetitionState s) {
    return s.flags().contains(PetitionFlag.SEVERAL_DEPARTMENTS) ? 2 : 1;
  }

  private static Set<String> noCategories(PetitionState s) {
    return Set.of();
  }

  /** A context over {@code tree} with due dates counted in {@link #CHINA}. */
  public static EscalationContext chinaMainland(JurisdictionTree tree) {
    return of(tree, CHINA);
  }

  /** This context counting the departments a state concerns with {@code departments}. */
  public EscalationContext withDepartments(ToIntFunction<PetitionState> departments) {
    return new EscalationContext(tree, zone, Checks.required("departments", departments), keyPersonCategories);
  }

  /** This context reading the key-person category codes involved in a state with {@code categories}. */
  public EscalationContext withKeyPersonCategories(Function<PetitionState, Set<String>> categories) {
    return new EscalationContext(tree, zone, departments, Checks.required("categories", categories));
  }

  /** The jurisdiction tree. */
  public JurisdictionTree tree() {
    return tree;
  }

  /** The zone whose calendar days due dates count in. */
  public ZoneId zone() {
    return zone;
  }

  /** How many departments a state concerns. */
  public int departments(PetitionState state) {
    return departments.applyAsInt(state);
  }

  /**
   * Whether departments are counted by the default rule (2 with {@code SEVERAL_DEPARTMENTS}, else 1), so
   * the engine can count them from the flags it has read already.
   */
  boolean departmentsFromFlags() {
    return departments == DEPARTMENTS_FROM_FLAG;
  }

  /** The key-person category codes involved in a state. */
  public Set<String> keyPersonCategories(PetitionState state) {
    return keyPersonCategories.apply(state);
  }

  /** {@code "EscalationContext{tree of 40 nodes, Asia/Shanghai}"}. */
  @Override
  public String toString() {
    return "EscalationContext{tree of " + tree.size() + " nodes, " + zone + "}";
  }
}
