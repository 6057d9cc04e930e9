package org.hewei.governance.core.policy;

import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.organization.Role;
import org.immutables.value.Value;

/**
 * 处置措施 — what an {@link EscalationRule} does when its trigger fires: escalate (to a level, or one
 * level up), notify a role, raise a call (呼叫-响应), convene a joint meeting (联席会议), assign a case
 * owner (包案), supervise (督办) or flag a risk. A sealed set of data; governance-rules turns actions
 * into commands.
 *
 * <pre>{@code
 * EscalationAction a = EscalationAction.notifyRole(Role.SECTION_LEVEL_CADRE, JurisdictionLevel.MANAGEMENT_DISTRICT);
 * a.toString(); // "notify SECTION_LEVEL_CADRE at MANAGEMENT_DISTRICT"
 * }</pre>
 */
public sealed interface EscalationAction
    permits EscalationAction.EscalateToLevel,
        EscalationAction.EscalateOneLevelUp,
        EscalationAction.NotifyRole,
        EscalationAction.RaiseCall,
        EscalationAction.ConveneJointMeeting,
        EscalationAction.AssignCaseOwner,
        EscalationAction.Supervise,
        EscalationAction.FlagRisk {

  /** 提级: move the matter to {@code level}. */
  static EscalationAction escalateTo(JurisdictionLevel level) {
    return ImmutableEscalateToLevel.of(Checks.required("level", level));
  }

  /** 上提一级: move the matter to the parent of its current jurisdiction. */
  static EscalationAction escalateOneLevelUp() {
    return EscalateOneLevelUp.INSTANCE;
  }

  /** 通知: notify the officials holding {@code role} where the matter is handled. */
  static EscalationAction notifyRole(Role role) {
    return ImmutableNotifyRole.of(Checks.required("role", role), Optional.empty());
  }

  /** 通知: notify the officials holding {@code role} at {@code level} above or at the matter. */
  static EscalationAction notifyRole(Role role, JurisdictionLevel level) {
    return ImmutableNotifyRole.of(Checks.required("role", role), Optional.of(Checks.required("level", level)));
  }

  /** 呼叫-响应: raise a call to the level above, which must respond. */
  static EscalationAction raiseCall() {
    return RaiseCall.INSTANCE;
  }

  /** 联席会议: convene the joint meeting (中心吹哨、部门报到; 条例 Art 13, 24). */
  static EscalationAction conveneJointMeeting() {
    return ConveneJointMeeting.INSTANCE;
  }

  /** 包案: assign a case owner holding {@code role} (e.g. a section-level cadre). */
  static EscalationAction assignCaseOwner(Role role) {
    return ImmutableAssignCaseOwner.of(Checks.required("role", role), Optional.empty());
  }

  /** 包案: assign a case owner holding {@code role} at {@code level} (e.g. a township leader; 条例 Art 18). */
  static EscalationAction assignCaseOwner(Role role, JurisdictionLevel level) {
    return ImmutableAssignCaseOwner.of(
        Checks.required("role", role), Optional.of(Checks.required("level", level)));
  }

  /** 督办: put the matter under supervision. */
  static EscalationAction supervise() {
    return Supervise.INSTANCE;
  }

  /** 风险标记: mark the matter with a risk label (an identifier, e.g. {@code "collective-risk"}). */
  static EscalationAction flagRisk(String riskLabel) {
    return ImmutableFlagRisk.of(Checks.id("riskLabel", riskLabel));
  }

  /** 提级到指定层级. */
  @Value.Immutable
  abstract non-sealed class EscalateToLevel implements EscalationAction {
    EscalateToLevel() {}

    /** The target level. */
    @Value.Parameter
    public abstract JurisdictionLevel level();

    /** {@code "escalate to TOWNSHIP"}. */
    @Override
    public String toString() {
      return "escalate to " + level();
    }
  }

  /** 上提一级. */
  final class EscalateOneLevelUp implements EscalationAction {
    static final EscalateOneLevelUp INSTANCE = new EscalateOneLevelUp();

    private EscalateOneLevelUp() {}

    /** {@code "escalate one level up"}. */
    @Override
    public String toString() {
      return "escalate one level up";
    }
  }

  /** 通知岗位. */
  @Value.Immutable
  abstract non-sealed class NotifyRole implements EscalationAction {
    NotifyRole() {}

    /** The role to notify. */
    @Value.Parameter
    public abstract Role role();

    /** The level whose officials are notified; empty means the level handling the matter. */
    @Value.Parameter
    public abstract Optional<JurisdictionLevel> level();

    /** {@code "notify POLICE_OFFICER"} or {@code "notify SECTION_LEVEL_CADRE at TOWNSHIP"}. */
    @Override
    public String toString() {
      return "notify " + role() + level().map(l -> " at " + l).orElse("");
    }
  }

  /** 呼叫-响应. */
  final class RaiseCall implements EscalationAction {
    static final RaiseCall INSTANCE = new RaiseCall();

    private RaiseCall() {}

    /** {@code "raise a call"}. */
    @Override
    public String toString() {
      return "raise a call";
    }
  }

  /** 召开联席会议. */
  final class ConveneJointMeeting implements EscalationAction {
    static final ConveneJointMeeting INSTANCE = new ConveneJointMeeting();

    private ConveneJointMeeting() {}

    /** {@code "convene joint meeting"}. */
    @Override
    public String toString() {
      return "convene joint meeting";
    }
  }

  /** 包案: assign a case owner. */
  @Value.Immutable
  abstract non-sealed class AssignCaseOwner implements EscalationAction {
    AssignCaseOwner() {}

    /** The role the case owner must hold. */
    @Value.Parameter
    public abstract Role role();

    /** The level the case owner comes from; empty means the level handling the matter. */
    @Value.Parameter
    public abstract Optional<JurisdictionLevel> level();

    /** {@code "assign case owner SECTION_LEVEL_CADRE at TOWNSHIP"}. */
    @Override
    public String toString() {
      return "assign case owner " + role() + level().map(l -> " at " + l).orElse("");
    }
  }

  /** 督办. */
  final class Supervise implements EscalationAction {
    static final Supervise INSTANCE = new Supervise();

    private Supervise() {}

    /** {@code "supervise"}. */
    @Override
    public String toString() {
      return "supervise";
    }
  }

  /** 风险标记. */
  @Value.Immutable
  abstract non-sealed class FlagRisk implements EscalationAction {
    FlagRisk() {}

    /** The risk label (an identifier). */
    @Value.Parameter
    public abstract String riskLabel();

    @Value.Check
    void check() {
      Checks.id("riskLabel", riskLabel());
    }

    /** {@code "flag risk collective-risk"}. */
    @Override
    public String toString() {
      return "flag risk " + riskLabel();
    }
  }
}
