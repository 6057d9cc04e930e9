package org.hewei.governance.examples.kafka;

import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.rules.lifecycle.Rejection;
import org.jspecify.annotations.Nullable;

/**
 * 不予处理的指令 — the value of a record on the rejections topic: which command of which petition was
 * refused, by which rule, why, and under which article. Codes, ids and the lifecycle's reason only
 * (the lifecycle never puts personal information into a reason).
 *
 * <pre>{@code
 * RejectedCommand r = RejectedCommand.of(close, rejection);
 * r.rule(); // "petition.close.not-replied"
 * }</pre>
 *
 * @param commandId the refused command's id
 * @param petitionId its petition
 * @param command the command's kind (its simple class name, e.g. {@code Close})
 * @param rule the rule code
 * @param reason the reason
 * @param article the legal article, or null
 */
public record RejectedCommand(
    String commandId, String petitionId, String command, String rule, String reason, @Nullable String article) {

  /** The record of {@code rejection} of {@code command}. */
  public static RejectedCommand of(PetitionCommand command, Rejection rejection) {
    return new RejectedCommand(
        rejection.commandId().value(),
        command.petitionId().value(),
        kind(command),
        rejection.rule(),
        rejection.reason(),
        rejection.article().orElse(null));
  }

  /** The kind of {@code command}: the simple name of its interface in {@link PetitionCommand}. */
  static String kind(PetitionCommand command) {
    for (Class<?> c : command.getClass().getInterfaces()) {
      if (PetitionCommand.class.isAssignableFrom(c)) {
        return c.getSimpleName();
      }
    }
    Class<?> superclass = command.getClass().getSuperclass();
    return superclass != null && PetitionCommand.class.isAssignableFrom(superclass)
        ? superclass.getSimpleName()
        : command.getClass().getSimpleName();
  }
}
