package org.hewei.governance.core.keyperson;

import java.time.LocalDate;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.OfficialId;

/**
 * 列管内容 — what a listing says: the subject, its category and control level, the responsible
 * official, the jurisdiction, the day and the reason. The command {@link ListSubject} and the event
 * {@link Listed} both carry it, so the event is built from the command in one step:
 *
 * <pre>{@code
 * Listed e = Listed.builder().from((ListingDetails) command)
 *     .eventId(id).occurredAt(command.issuedAt()).actor(command.actor()).recordId(command.recordId())
 *     .build();
 * }</pre>
 */
public interface ListingDetails {
  /** The person or place listed. */
  KeySubject subject();

  /** The category; it is for the subject's kind (person or place). */
  KeyPersonCategory category();

  /** The control level at listing. */
  ControlLevel level();

  /** The official responsible for the record (包保责任人). */
  OfficialId responsibleOfficial();

  /** The jurisdiction (village, community, grid cell) the record belongs to. */
  JurisdictionId jurisdiction();

  /** The day of listing. */
  LocalDate listedOn();

  /** Why the subject is listed (personal free text, at most 20,000 characters). */
  String reason();
}
