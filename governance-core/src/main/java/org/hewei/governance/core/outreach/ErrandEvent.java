package org.hewei.governance.core.outreach;

import java.util.Optional;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.organization.OfficialId;
import org.immutables.value.Value;

/**
 * 代办事件 — something that happened to an errand (民生代办): {@link Requested}, {@link Accepted},
 * {@link Completed}, {@link Declined}. Produced by governance-rules from accepted {@link
 * ErrandCommand}s and folded into an {@link ErrandState}; each carries its id, instant, actor and
 * the errand id, and validates its payload like the matching command.
 *
 * <pre>{@code
 * ErrandEvent e = ErrandEvent.Accepted.builder()
 *     .eventId(EventId.of("evt-9")).occurredAt(now).actor(actor)
 *     .errandId(ErrandId.of("ZXD-DB-2022-0103"))
 *     .handler(OfficialId.of("ZXD-VC-201-1"))
 *     .build();
 * }</pre>
 */
@Value.Enclosing
public sealed interface ErrandEvent extends DomainEvent {
  /** The errand the event belongs to. */
  ErrandId errandId();

  /**
   * 已登记代办 — a resident's request was registered. The errand's id must equal {@link #errandId()}.
   *
   * <pre>{@code
   * ErrandEvent.Requested.builder()....errandId(errand.id()).errand(errand).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Requested implements ErrandEvent {
    Requested() {}

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

    /** Builds a {@link Requested}. */
    public static final class Builder extends ImmutableErrandEvent.Requested.Builder {
      Builder() {}
    }
  }

  /**
   * 已受理代办 — a handler took the errand on.
   *
   * <pre>{@code
   * ErrandEvent.Accepted.builder()....handler(OfficialId.of("ZXD-VC-201-1")).build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Accepted implements ErrandEvent {
    Accepted() {}

    /** The official who will do it. */
    public abstract OfficialId handler();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link Accepted}. */
    public static final class Builder extends ImmutableErrandEvent.Accepted.Builder {
      Builder() {}
    }
  }

  /**
   * 已办结 — the errand was done.
   *
   * <pre>{@code
   * ErrandEvent.Completed.builder()....note("已代缴").build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Completed implements ErrandEvent {
    Completed() {}

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

    /** Builds a {@link Completed}. */
    public static final class Builder extends ImmutableErrandEvent.Completed.Builder {
      Builder() {}
    }
  }

  /**
   * 已不予代办 — the errand was declined, with a reason told to the resident.
   *
   * <pre>{@code
   * ErrandEvent.Declined.builder()....reason("须本人到场办理").build();
   * }</pre>
   */
  @Value.Immutable
  abstract non-sealed class Declined implements ErrandEvent {
    Declined() {}

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

    /** Builds a {@link Declined}. */
    public static final class Builder extends ImmutableErrandEvent.Declined.Builder {
      Builder() {}
    }
  }
}
