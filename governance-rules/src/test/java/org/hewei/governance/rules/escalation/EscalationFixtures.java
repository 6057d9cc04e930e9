package org.hewei.governance.rules.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.petition.EscalationRecord;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.rules.routing.SeedTown;

/** States and a minimal "apply the commands" for escalation tests. */
final class EscalationFixtures {
  /** 2026-03-10 10:00 in Beijing. */
  static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  static final CommandTargets TARGETS =
      CommandTargets.fixed(
          UnitId.of("ZXD-XFB"), Set.of(UnitId.of("ZXD-XFB"), UnitId.of("ZXD-SFS")), OfficialId.of("ZXD-OFF-017"));

  private EscalationFixtures() {}

  /** An accepted state of {@code p}, handled where it was filed, last updated when received. */
  static PetitionState.Builder state(Petition p) {
    PetitionState.Builder b = PetitionState.builder();
    b.petition(p).version(3).status(PetitionStatus.ACCEPTED).updatedAt(SeedTown.RECEIVED);
    return b;
  }

  /** The state after the commands of {@code decisions} were carried out at {@code now} (a stand-in for the lifecycle). */
  static PetitionState apply(PetitionState s, List<EscalationDecision> decisions, Instant now) {
    PetitionState current = s;
    int n = 0;
    for (EscalationDecision d : decisions) {
      if (!d.petitionId().equals(s.id())) {
        continue;
      }
      for (PetitionCommand c : d.toCommands(CommandId.of("esc-" + n++), now, TARGETS)) {
        current = apply(current, c, now);
      }
    }
    return current;
  }

  static PetitionState apply(PetitionState s, PetitionCommand c, Instant now) {
    PetitionState.Builder b = s.toBuilder();
    b.version(s.version() + 1).updatedAt(now);
    if (c instanceof PetitionCommand.Escalate e) {
      b.addEscalations(EscalationRecord.of(now, e.fromLevel(), e.toLevel(), e.ruleId()));
      b.handling(e.to());
    } else if (c instanceof PetitionCommand.RaiseCall) {
      b.callsRaised(s.callsRaised() + 1);
    } else if (c instanceof PetitionCommand.ConveneJointMeeting) {
      b.jointMeetingConvenedAt(now);
    } else if (c instanceof PetitionCommand.AssignCaseOwnership o) {
      b.caseOwnershipLeader(o.leader());
    } else if (c instanceof PetitionCommand.Supervise) {
      b.supervisionCount(s.supervisionCount() + 1);
    } else {
      throw new AssertionError("unexpected command " + c);
    }
    return b.build();
  }

  static Optional<String> none() {
    return Optional.empty();
  }
}
