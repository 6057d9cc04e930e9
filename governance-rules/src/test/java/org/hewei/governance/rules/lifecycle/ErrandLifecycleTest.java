package org.hewei.governance.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.outreach.Errand;
import org.hewei.governance.core.outreach.ErrandCategory;
import org.hewei.governance.core.outreach.ErrandCommand;
import org.hewei.governance.core.outreach.ErrandEvent;
import org.hewei.governance.core.outreach.ErrandId;
import org.hewei.governance.core.outreach.ErrandState;
import org.hewei.governance.core.outreach.ErrandStatus;
import org.hewei.governance.core.person.PersonId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ErrandLifecycleTest {
  private static final ErrandId ID = ErrandId.of("ZXD-DB-2022-0103");
  private static final PersonId RESIDENT = PersonId.of("P-42");
  private static final OfficialId HANDLER = OfficialId.of("ZXD-VC-201-1");
  private static final Actor CADRE = Actor.official(HANDLER, Role.VILLAGE_CADRE);
  private static final Actor OTHER_CADRE = Actor.official(OfficialId.of("ZXD-VC-201-2"), Role.VILLAGE_CADRE);
  private static final Instant NOW = Instant.parse("2022-07-05T01:30:00Z");
  private static final String SECRET = "代缴2023年度城乡居民医保，身份证号已登记";

  private final ErrandLifecycle lifecycle = ErrandLifecycle.create();
  private Optional<ErrandState> state = Optional.empty();
  private int commands;

  private static Errand errand() {
    return Errand.builder().id(ID).resident(RESIDENT).category(ErrandCategory.MEDICAL_INSURANCE)
        .jurisdiction(JurisdictionId.of("370883104201")).requestedAt(NOW).details(SECRET).build();
  }

  private CommandId nextId() {
    return CommandId.of("er-" + ++commands);
  }

  private ErrandCommand request(Actor actor) {
    return ErrandCommand.Request.builder().commandId(nextId()).issuedAt(NOW).actor(actor).errandId(ID)
        .errand(errand()).build();
  }

  private ErrandCommand accept(Actor actor, OfficialId handler) {
    return ErrandCommand.Accept.builder().commandId(nextId()).issuedAt(NOW).actor(actor).errandId(ID)
        .handler(handler).build();
  }

  private ErrandCommand complete(Actor actor) {
    return ErrandCommand.Complete.builder().commandId(nextId()).issuedAt(NOW.plusSeconds(3600)).actor(actor)
        .errandId(ID).note(SECRET).build();
  }

  private ErrandCommand decline(Actor actor) {
    return ErrandCommand.Decline.builder().commandId(nextId()).issuedAt(NOW.plusSeconds(60)).actor(actor)
        .errandId(ID).reason(SECRET).build();
  }

  private void ok(ErrandCommand c) {
    Decision<ErrandEvent> d = lifecycle.decide(state, c);
    assertThat(d.rejection()).as("decision of %s", c.getClass().getSimpleName()).isEmpty();
    for (ErrandEvent e : d.events()) {
      state = Optional.of(lifecycle.evolve(state, e));
    }
  }

  private String rejected(ErrandCommand c) {
    Decision<ErrandEvent> d = lifecycle.decide(state, c);
    assertThat(d.events()).isEmpty();
    assertThat(d.toString()).doesNotContain(SECRET);
    return d.rejection().orElseThrow().rule();
  }

  @Test
  @DisplayName("request → accept → done: the handler is recorded and the errand is concluded when done")
  void happyPath() {
    ok(request(CADRE));
    assertThat(state.orElseThrow().status()).isEqualTo(ErrandStatus.REQUESTED);
    ok(accept(CADRE, HANDLER));
    assertThat(state.orElseThrow().handler()).hasValue(HANDLER);
    ok(complete(CADRE));
    ErrandState s = state.orElseThrow();
    assertThat(s.status()).isEqualTo(ErrandStatus.DONE);
    assertThat(s.concludedAt()).hasValue(NOW.plusSeconds(3600));
    assertThat(s.version()).isEqualTo(3);
  }

  @Test
  @DisplayName("decline: from requested or accepted, with the reason kept but never printed")
  void decline() {
    ok(request(CADRE));
    ok(decline(OTHER_CADRE));
    ErrandState s = state.orElseThrow();
    assertThat(s.status()).isEqualTo(ErrandStatus.DECLINED);
    assertThat(s.declineReason()).hasValue(SECRET);
    assertThat(s.toString()).doesNotContain(SECRET);
    state = Optional.empty();
    ok(request(CADRE));
    ok(accept(CADRE, HANDLER));
    ok(decline(CADRE));
    assertThat(state.orElseThrow().status()).isEqualTo(ErrandStatus.DECLINED);
  }

  @Test
  @DisplayName("order: nothing before the request, one request, accept only when requested, complete only when accepted")
  void order() {
    assertThat(rejected(accept(CADRE, HANDLER))).isEqualTo("errand.not-requested");
    ok(request(CADRE));
    assertThat(rejected(request(CADRE))).isEqualTo("errand.already-requested");
    assertThat(rejected(complete(CADRE))).isEqualTo("errand.complete.not-accepted");
    ok(accept(CADRE, HANDLER));
    assertThat(rejected(accept(CADRE, HANDLER))).isEqualTo("errand.accept.not-requested");
    ok(complete(CADRE));
    assertThat(rejected(decline(CADRE))).isEqualTo("errand.concluded");
    assertThat(rejected(complete(CADRE))).isEqualTo("errand.concluded");
  }

  @Test
  @DisplayName("actors: the resident or an official requests; the handler accepts and completes; officials decline")
  void actors() {
    assertThat(rejected(request(Actor.person(PersonId.of("P-43"))))).isEqualTo("errand.actor.role");
    assertThat(rejected(request(Actor.system("import")))).isEqualTo("errand.actor.role");
    ok(request(Actor.person(RESIDENT)));
    assertThat(rejected(accept(OTHER_CADRE, HANDLER))).isEqualTo("errand.accept.handler");
    assertThat(rejected(decline(Actor.person(RESIDENT)))).isEqualTo("errand.actor.role");
    ok(accept(CADRE, HANDLER));
    assertThat(rejected(complete(OTHER_CADRE))).isEqualTo("errand.complete.handler");
    ErrandCommand otherId = ErrandCommand.Complete.builder().commandId(nextId()).issuedAt(NOW).actor(CADRE)
        .errandId(ErrandId.of("OTHER-1")).build();
    assertThat(rejected(otherId)).isEqualTo("errand.mismatch");
  }

  @Test
  @DisplayName("events carry the derived id and the command's instant; evolve rejects impossible events")
  void evolve() {
    ErrandCommand c = request(CADRE);
    ErrandEvent requested = lifecycle.decide(state, c).events().get(0);
    assertThat(requested.eventId()).isEqualTo(EventId.of(c.commandId().value() + ".0"));
    assertThat(requested.occurredAt()).isEqualTo(NOW);
    ErrandState s = lifecycle.evolve(Optional.empty(), requested);
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), requested)).isInstanceOf(InvalidValueException.class);
    ErrandEvent completed = ErrandEvent.Completed.builder().eventId(EventId.of("e-2")).occurredAt(NOW).actor(CADRE)
        .errandId(ID).build();
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), completed))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("REQUESTED");
    assertThatThrownBy(() -> lifecycle.evolve(Optional.empty(), completed)).isInstanceOf(InvalidValueException.class);
    ErrandEvent declined = ErrandEvent.Declined.builder().eventId(EventId.of("e-3")).occurredAt(NOW).actor(CADRE)
        .errandId(ID).reason(SECRET).build();
    ErrandState done = lifecycle.fold(List.of(requested, declined)).orElseThrow();
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(done), declined))
        .isInstanceOf(InvalidValueException.class).hasMessageNotContaining(SECRET);
    ErrandEvent foreign = ErrandEvent.Accepted.builder().eventId(EventId.of("e-4")).occurredAt(NOW).actor(CADRE)
        .errandId(ErrandId.of("OTHER-1")).handler(HANDLER).build();
    assertThatThrownBy(() -> lifecycle.evolve(Optional.of(s), foreign)).isInstanceOf(InvalidValueException.class);
  }
}
