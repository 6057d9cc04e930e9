package org.hewei.governance.core.outreach;

import java.util.Optional;
import org.hewei.governance.core.event.DomainCommand;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.organization.OfficialId;
import org.immutables.value.Value;

/**
 * 代办指令 — a request to change an errand (民生代办): {@link Request}, {@link Accept}, {@link
 * Complete}, {@link Decline}. The lifecycle (request → accept → done, or declined before it is done)
 * is decided by governance-rules; these types only check that a command is well formed.
 *
 * <pre>{@code
 * ErrandCommand c = ErrandCommand.Accept.builder()
 *     .commandId(CommandId.of("cmd-9")).issuedAt(now).actor(actor)
 *     .errandId(ErrandId.of("ZXD-DB-2022-0103"))
 *     .handler(OfficialId.of("ZXD-VC-201-1"))
 *     .build();
 * }</pre>
 */
@Value.Enclosing
public sealed interface ErrandCommand extends DomainCommand {
  /** The errand the command is for. */
  ErrandId errandId();

  /**
   * 登记代办 — register a resident's request. The errand's id must equal {@link #errandId()}.
   *
   * <pre>{@code
   * ErrandCommand.Request.builder()....errandId(errand.id()).errand(errand).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Request implements ErrandCommand {
    Request() {}

    /** The errand asked for. */
    public abstract Errand errand();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    @Value.Check
    void check() {
      ErrandPayloadChecks.sameErrand(errand(), errandId());
    }

    /** Builds a {@link Request}. */
    public static final class Builder extends ImmutableErrandCommand.Request.Builder {
      Builder() {}
    }
  }

  /**
   * 受理代办 — a handler takes the errand on.
   *
   * <pre>{@code
   * ErrandCommand.Accept.builder()....handler(OfficialId.of("ZXD-VC-201-1")).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Accept implements ErrandCommand {
    Accept() {}

    /** The official who will do it. */
    public abstract OfficialId handler();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link Accept}. */
    public static final class Builder extends ImmutableErrandCommand.Accept.Builder {
      Builder() {}
    }
  }

  /**
   * 办结 — the errand is done.
   *
   * <pre>{@code
   * ErrandCommand.Complete.builder()....note("已代缴").build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Complete implements ErrandCommand {
    Complete() {}

    /** A note on the result; personal information, never printed. */
    @Value.Redacted
    public abstract Optional<String> note();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    @Value.Check
    void check() {
      note().ifPresent(n -> Checks.personalText("note", n, Checks.MAX_TEXT));
    }

    /** Builds a {@link Complete}. */
    public static final class Builder extends ImmutableErrandCommand.Complete.Builder {
      Builder() {}
    }
  }

  /**
   * 不予代办 — the errand is declined, with a reason told to the resident.
   *
   * <pre>{@code
   * ErrandCommand.Decline.builder()....reason("须本人到场办理").build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Decline implements ErrandCommand {
    Decline() {}

    /** Why; may concern the resident's circumstances, so never printed. */
    @Value.Redacted
    public abstract String reason();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    @Value.Check
    void check() {
      Checks.personalText("reason", reason(), Checks.MAX_TEXT);
    }

    /** Builds a {@link Decline}. */
    public static final class Builder extends ImmutableErrandCommand.Decline.Builder {
      Builder() {}
    }
  }
}
