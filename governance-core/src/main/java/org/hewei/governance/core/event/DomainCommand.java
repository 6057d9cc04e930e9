package org.hewei.governance.core.event;

import java.time.Instant;

/**
 * 业务指令 — a request to change a petition, a mediation case or a key-person record; governance-rules
 * decides whether it is allowed and which events it produces.
 *
 * <pre>{@code
 * DomainCommand c = ...;
 * c.commandId(); c.issuedAt(); c.actor();
 * }</pre>
 */
public interface DomainCommand {
  /** The command's id; a retried command keeps it. */
  CommandId commandId();

  /** When the command was issued (the decision's "now"). */
  Instant issuedAt();

  /** Who issued it. */
  Actor actor();
}
