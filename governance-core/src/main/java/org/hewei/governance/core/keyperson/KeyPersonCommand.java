package org.hewei.governance.core.keyperson;

import org.hewei.governance.core.event.DomainCommand;

/**
 * 列管记录指令 — the commands on a key-person or key-place record: list (列管), record a visit (走访),
 * change the control level, delist (撤管). governance-rules decides them against a {@link
 * KeyPersonRecordState}.
 *
 * <pre>{@code
 * KeyPersonCommand command = ...;
 * if (command instanceof RecordVisit visit) {
 *   LocalDate day = visit.visitedOn();
 * }
 * }</pre>
 */
public sealed interface KeyPersonCommand extends DomainCommand
    permits ListSubject, RecordVisit, ChangeLevel, Delist {
  /** The record the command is about. */
  KeyPersonRecordId recordId();
}
