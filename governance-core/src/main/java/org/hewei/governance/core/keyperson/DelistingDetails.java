package org.hewei.governance.core.keyperson;

import java.time.LocalDate;

/**
 * 撤管内容 — what a delisting records: the day and the reason. Carried by the command {@link Delist}
 * and the event {@link Delisted}:
 *
 * <pre>{@code
 * Delisted e = Delisted.builder().from((DelistingDetails) command)
 *     .eventId(id).occurredAt(command.issuedAt()).actor(command.actor()).recordId(command.recordId())
 *     .build();
 * }</pre>
 */
public interface DelistingDetails {
  /** The day of delisting. */
  LocalDate delistedOn();

  /** Why (personal free text, at most 20,000 characters). */
  String reason();
}
