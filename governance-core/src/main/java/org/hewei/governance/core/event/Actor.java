package org.hewei.governance.core.event;

import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.person.PersonId;
import org.immutables.value.Value;

/**
 * 行为人 — who issued a command or caused an event: an official acting in a role, a citizen (a
 * petitioner, a party), or the system itself (an escalation policy, a scheduler).
 *
 * <p>An actor carries only opaque identifiers, never names, so it may be printed and logged.
 *
 * <pre>{@code
 * Actor clerk  = Actor.official(OfficialId.of("ZXD-OFF-017"), Role.PETITION_OFFICER);
 * Actor citizen = Actor.person(PersonId.of("P-000042"));
 * Actor engine = Actor.system("escalation:zxd-default@3");
 * }</pre>
 */
@Value.Immutable
public abstract class Actor {
  /** 行为人类别 — the kinds of actor. */
  public enum Kind {
    /** 工作人员: an official acting in one of their roles. */
    OFFICIAL,
    /** 群众: a citizen (petitioner, party, resident). */
    PERSON,
    /** 系统: an automated component (policy evaluation, scheduler, import). */
    SYSTEM
  }

  Actor() {}

  /** The kind of actor. */
  public abstract Kind kind();

  /** The official, when {@link #kind()} is {@link Kind#OFFICIAL}. */
  public abstract Optional<OfficialId> official();

  /** The role the official acted in, when {@link #kind()} is {@link Kind#OFFICIAL}. */
  public abstract Optional<Role> role();

  /** The citizen, when {@link #kind()} is {@link Kind#PERSON}. */
  public abstract Optional<PersonId> person();

  /** The component, when {@link #kind()} is {@link Kind#SYSTEM}, e.g. {@code "escalation:zxd@3"}. */
  public abstract Optional<String> component();

  /** An official acting in {@code role}. */
  public static Actor official(OfficialId official, Role role) {
    return ImmutableActor.builder().kind(Kind.OFFICIAL).official(official).role(role).build();
  }

  /** A citizen. */
  public static Actor person(PersonId person) {
    return ImmutableActor.builder().kind(Kind.PERSON).person(person).build();
  }

  /** An automated component, named by a label of at most 200 characters. */
  public static Actor system(String component) {
    return ImmutableActor.builder()
        .kind(Kind.SYSTEM)
        .component(Checks.text("component", component, Checks.MAX_LABEL))
        .build();
  }

  @Value.Check
  void check() {
    Checks.check(
        official().isPresent() == (kind() == Kind.OFFICIAL) && role().isPresent() == official().isPresent(),
        "official",
        kind(),
        "an official and a role are given exactly when the actor is an official");
    Checks.check(person().isPresent() == (kind() == Kind.PERSON), "person", kind(), "a person is given exactly when the actor is a person");
    Checks.check(component().isPresent() == (kind() == Kind.SYSTEM), "component", kind(), "a component is given exactly when the actor is the system");
  }

  @Override
  public String toString() {
    switch (kind()) {
      case OFFICIAL:
        return "official:" + official().orElseThrow() + "/" + role().orElseThrow();
      case PERSON:
        return "person:" + person().orElseThrow();
      default:
        return "system:" + component().orElseThrow();
    }
  }
}
