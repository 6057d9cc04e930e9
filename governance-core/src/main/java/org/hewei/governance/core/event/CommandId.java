package org.hewei.governance.core.event;

import org.hewei.governance.core.TypedId;

/**
 * 指令标识 — identifies one command, so that a retried command is recognised.
 *
 * <pre>{@code
 * CommandId id = CommandId.of("cmd-51b9");
 * }</pre>
 */
public final class CommandId extends TypedId<CommandId> {
  private CommandId(String value) {
    super("commandId", value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code value} is not a valid identifier
   */
  public static CommandId of(String value) {
    return new CommandId(value);
  }
}
