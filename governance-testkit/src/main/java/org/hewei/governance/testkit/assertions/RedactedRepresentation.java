package org.hewei.governance.testkit.assertions;

import java.util.List;
import org.assertj.core.presentation.StandardRepresentation;
import org.hewei.governance.core.event.DomainCommand;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.mediation.Agreement;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.Rejection;
import org.jspecify.annotations.Nullable;

/**
 * 脱敏表示 — an AssertJ {@link org.assertj.core.presentation.Representation} that describes Hewei values
 * without personal information: states by id, version and status, events and commands by type and id,
 * persons by id; other values as AssertJ's standard representation does.
 *
 * <p>Every assert class of this package uses it. Install it for all of a test's assertions with
 * {@code Assertions.useRepresentation(RedactedRepresentation.INSTANCE)}.
 *
 * <pre>{@code
 * RedactedRepresentation.INSTANCE.toStringOf(state);
 *     // "PetitionState{id=ZXD-2022-000123, version=3, status=ACCEPTED, level=TOWNSHIP}"
 * RedactedRepresentation.typeName(event); // "PetitionEvent.Registered"
 * }</pre>
 */
public final class RedactedRepresentation extends StandardRepresentation {
  /** The shared instance (stateless). */
  public static final RedactedRepresentation INSTANCE = new RedactedRepresentation();

  private RedactedRepresentation() {}

  @Override
  public String toStringOf(@Nullable Object object) {
    if (object == null) {
      return "null";
    }
    if (object instanceof PetitionState s) {
      return "PetitionState{id=" + s.id() + ", version=" + s.version() + ", status=" + s.status()
          + ", level=" + s.handlingLevel() + "}";
    }
    if (object instanceof Petition p) {
      return "Petition{id=" + p.id() + ", type=" + p.type() + ", channel=" + p.channel() + "}";
    }
    if (object instanceof MediationCaseState s) {
      return "MediationCaseState{id=" + s.id() + ", version=" + s.version() + ", status=" + s.status() + "}";
    }
    if (object instanceof KeyPersonRecordState s) {
      return "KeyPersonRecordState{id=" + s.id() + ", version=" + s.version()
          + ", listed=" + s.isListed() + "}";
    }
    if (object instanceof Agreement a) {
      return "Agreement{form=" + a.form() + ", effectiveOn=" + a.effectiveOn() + "}";
    }
    if (object instanceof Person p) {
      return "Person{id=" + p.id() + "}";
    }
    if (object instanceof Rejection r) {
      return describe(r);
    }
    if (object instanceof Decision<?> d) {
      return describe(d);
    }
    if (object instanceof DomainEvent e) {
      return describe(e);
    }
    if (object instanceof DomainCommand c) {
      return describe(c);
    }
    String standard = super.toStringOf(object);
    return standard == null ? "null" : standard;
  }

  /** An event as {@code Type(eventId)}, e.g. {@code "PetitionEvent.Registered(cmd-51b9.0)"}. */
  public static String describe(DomainEvent event) {
    return typeName(event) + "(" + event.eventId() + ")";
  }

  /** A command as {@code Type(commandId)}, e.g. {@code "PetitionCommand.Register(cmd-51b9)"}. */
  public static String describe(DomainCommand command) {
    return typeName(command) + "(" + command.commandId() + ")";
  }

  /** Events as a list of {@link #describe(DomainEvent)}. */
  public static String describeEvents(List<? extends DomainEvent> events) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < events.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(describe(events.get(i)));
    }
    return sb.append(']').toString();
  }

  /** A rejection by its command, rule code, article and reason (a reason never holds personal data). */
  public static String describe(Rejection rejection) {
    return "Rejection{command=" + rejection.commandId() + ", rule=" + rejection.rule()
        + rejection.article().map(a -> ", article=" + a).orElse("")
        + ", reason=" + rejection.reason() + "}";
  }

  /** A decision by its events or its rejection. */
  public static String describe(Decision<?> decision) {
    return decision.rejection()
        .map(r -> "Decision{rejected " + describe(r) + "}")
        .orElseGet(() -> "Decision{accepted " + describeEvents(decision.events()) + "}");
  }

  /**
   * The readable name of a value's type: the public type an Immutables {@code ImmutableX} implements,
   * prefixed by its enclosing type ({@code "PetitionEvent.Registered"}); never the value itself.
   */
  public static String typeName(Object value) {
    Class<?> type = value.getClass();
    while (type.getSimpleName().startsWith("Immutable")) {
      Class<?> parent = type.getSuperclass();
      if (parent != null && parent != Object.class) {
        type = parent;
      } else if (type.getInterfaces().length > 0) {
        type = type.getInterfaces()[0];
      } else {
        break;
      }
    }
    Class<?> enclosing = type.getEnclosingClass();
    return enclosing == null ? type.getSimpleName() : enclosing.getSimpleName() + "." + type.getSimpleName();
  }
}
