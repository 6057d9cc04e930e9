package org.hewei.governance.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.person.PersonId;
import org.junit.jupiter.api.Test;

/** The three kinds of actor, how they print and the consistency check of the generated builder. */
class ActorTest {
  @Test
  void eachKindPrintsItsIdentifier() {
    assertThat(Actor.official(OfficialId.of("O-1"), Role.PETITION_OFFICER))
        .hasToString("official:O-1/PETITION_OFFICER");
    assertThat(Actor.person(PersonId.of("P-1"))).hasToString("person:P-1");
    Actor system = Actor.system("deadline-scheduler");
    assertThat(system).hasToString("system:deadline-scheduler");
    assertThat(system.kind()).isEqualTo(Actor.Kind.SYSTEM);
    assertThat(system.component()).contains("deadline-scheduler");
    assertThat(system.person()).isEmpty();
  }

  @Test
  void anOfficialNeedsARoleAndNothingElse() {
    assertThatThrownBy(() -> ImmutableActor.builder().kind(Actor.Kind.OFFICIAL).official(OfficialId.of("O-1")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("official: 'OFFICIAL' — an official and a role are given exactly when the actor is an official");
    assertThatThrownBy(() -> ImmutableActor.builder().kind(Actor.Kind.PERSON).person(PersonId.of("P-1"))
            .role(Role.PETITION_OFFICER).build())
        .hasMessage("official: 'PERSON' — an official and a role are given exactly when the actor is an official");
  }

  @Test
  void aPersonActorNeedsAPersonAndOnlyAPersonActorHasOne() {
    assertThatThrownBy(() -> ImmutableActor.builder().kind(Actor.Kind.PERSON).build())
        .hasMessage("person: 'PERSON' — a person is given exactly when the actor is a person");
    assertThatThrownBy(() -> ImmutableActor.builder().kind(Actor.Kind.SYSTEM).component("x").person(PersonId.of("P-1"))
            .build())
        .hasMessage("person: 'SYSTEM' — a person is given exactly when the actor is a person");
  }

  @Test
  void aSystemActorNeedsAComponentAndOnlyASystemActorHasOne() {
    assertThatThrownBy(() -> ImmutableActor.builder().kind(Actor.Kind.SYSTEM).build())
        .hasMessage("component: 'SYSTEM' — a component is given exactly when the actor is the system");
    assertThatThrownBy(() -> ImmutableActor.builder().kind(Actor.Kind.PERSON).person(PersonId.of("P-1")).component("x")
            .build())
        .hasMessage("component: 'PERSON' — a component is given exactly when the actor is the system");
  }
}
