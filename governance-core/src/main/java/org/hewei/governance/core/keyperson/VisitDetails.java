package org.hewei.governance.core.keyperson;

import java.time.LocalDate;
import org.hewei.governance.core.organization.OfficialId;

/**
 * 走访内容 — what a visit to a listed subject records: who visited, when, and what was found. Carried
 * by the command {@link RecordVisit} and the event {@link Visited}:
 *
 * <pre>{@code
 * Visited e = Visited.builder().from((VisitDetails) command)
 *     .eventId(id).occurredAt(command.issuedAt()).actor(command.actor()).recordId(command.recordId())
 *     .build();
 * }</pre>
 */
public interface VisitDetails {
  /** The official who visited. */
  OfficialId visitor();

  /** The day of the visit. */
  LocalDate visitedOn();

  /** What was found (personal free text, at most 20,000 characters). */
  String findings();
}
