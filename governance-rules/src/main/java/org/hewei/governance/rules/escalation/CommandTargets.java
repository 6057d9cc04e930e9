package org.hewei.governance.rules.escalation;

import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.UnitId;

/**
 * 指令对象 — who the commands of an {@link EscalationDecision} name where the policy only names a role
 * or a kind of action: the supervising unit (督办), the units of a joint meeting (联席会议) and the
 * leader who takes case ownership (包案). The integrator answers from its organisation data; the engine
 * never picks people.
 *
 * <pre>{@code
 * CommandTargets targets = CommandTargets.fixed(
 *     UnitId.of("ZXD-XFB"), Set.of(UnitId.of("ZXD-XFB"), UnitId.of("ZXD-SFS")), OfficialId.of("ZXD-OFF-017"));
 * decision.toCommands(CommandId.of("esc-1"), now, targets);
 * }</pre>
 */
public interface CommandTargets {
  /** The unit that supervises the matter of {@code decision}. */
  UnitId supervisor(EscalationDecision decision);

  /** The units (at least 2) called to the joint meeting for {@code decision}. */
  Set<UnitId> jointMeetingUnits(EscalationDecision decision);

  /** The leader holding {@code role} who takes ownership; {@code level} empty means where the matter is handled. */
  OfficialId caseOwner(EscalationDecision decision, Role role, Optional<JurisdictionLevel> level);

  /** The same answers for every decision. */
  static CommandTargets fixed(UnitId supervisor, Set<UnitId> jointMeetingUnits, OfficialId caseOwner) {
    Checks.required("supervisor", supervisor);
    Set<UnitId> units = Set.copyOf(Checks.required("jointMeetingUnits", jointMeetingUnits));
    Checks.required("caseOwner", caseOwner);
    return new CommandTargets() {
      @Override
      public UnitId supervisor(EscalationDecision decision) {
        return supervisor;
      }

      @Override
      public Set<UnitId> jointMeetingUnits(EscalationDecision decision) {
        return units;
      }

      @Override
      public OfficialId caseOwner(EscalationDecision decision, Role role, Optional<JurisdictionLevel> level) {
        return caseOwner;
      }
    };
  }
}
