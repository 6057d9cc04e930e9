package org.hewei.governance.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.junit.jupiter.api.Test;

/**
 * An event stored by an older version of the model still loads: a real "v1" payload of {@code
 * Declined} — when the reason was called {@code reasonText}, the actor was one string and the time was
 * epoch milliseconds — is upcast to the current form.
 */
class UpcasterTest {
  /** What version 1 of the software wrote (kept verbatim, as it would sit in a database). */
  private static final String V1 = "{\"type\":\"petition.PetitionEvent.Declined\",\"version\":1,\"data\":{"
      + "\"eventId\":\"evt-0001\",\"petitionId\":\"ZXD-2022-000123\",\"occurredAt\":1658800800000,"
      + "\"actor\":\"official:ZXD-OFF-017/PETITION_OFFICER\",\"reasonText\":\"已由县法院判决，不予受理\"}}";

  /** v1 → v2: the reason was renamed. */
  private static final Upcaster RENAME_REASON = Upcaster.of("petition.PetitionEvent.Declined", 1, data -> {
    data.set("reason", data.remove("reasonText"));
    return data;
  });

  /** v2 → v3: the actor became an object and the time an ISO-8601 instant. */
  private static final Upcaster STRUCTURED_ACTOR = Upcaster.of("petition.PetitionEvent.Declined", 2, data -> {
    String[] actor = data.remove("actor").textValue().substring("official:".length()).split("/");
    ObjectNode a = data.putObject("actor");
    a.put("kind", "OFFICIAL").put("official", actor[0]).put("role", actor[1]);
    data.put("occurredAt", Instant.ofEpochMilli(data.remove("occurredAt").longValue()).toString());
    return data;
  });

  private static final HeweiJson EVOLVED = HeweiJson.builder().upcaster(STRUCTURED_ACTOR).upcaster(RENAME_REASON).build();

  private static final PetitionEvent.Declined CURRENT = PetitionEvent.Declined.builder()
      .eventId(EventId.of("evt-0001"))
      .petitionId(PetitionId.of("ZXD-2022-000123"))
      .occurredAt(Instant.parse("2022-07-26T02:00:00Z"))
      .actor(Actor.official(OfficialId.of("ZXD-OFF-017"), Role.PETITION_OFFICER))
      .reason("已由县法院判决，不予受理")
      .build();

  @Test
  void aVersionOnePayloadIsUpcastThroughTheChainToTheCurrentForm() {
    assertThat(EVOLVED.read(V1, PetitionEvent.class)).isEqualTo(CURRENT);
  }

  @Test
  void newDataIsWrittenInTheCurrentVersionAndReadsBackWithoutUpcasting() {
    assertThat(EVOLVED.currentVersion("petition.PetitionEvent.Declined")).isEqualTo(3);
    String written = EVOLVED.write(CURRENT);
    assertThat(written).contains("\"version\":3").contains("\"reason\":");
    assertThat(EVOLVED.read(written, PetitionEvent.class)).isEqualTo(CURRENT);
    assertThat(HeweiJson.standard().write(CURRENT)).contains("\"version\":1");
  }

  @Test
  void withoutTheUpcasterTheOldPayloadFailsLoudlyAndNamesNoData() {
    assertThatThrownBy(() -> HeweiJson.standard().read(V1, PetitionEvent.class))
        .isInstanceOf(HeweiJsonException.class)
        .hasMessageNotContaining("法院")
        .hasMessageNotContaining("ZXD-OFF-017");
  }

  @Test
  void aVersionNewerThanTheSoftwareOrAGapInTheChainIsRejected() {
    String future = V1.replace("\"version\":1", "\"version\":4");
    assertThatThrownBy(() -> EVOLVED.read(future, PetitionEvent.class))
        .isInstanceOf(HeweiJsonException.class).hasMessageContaining("version 4 is not supported (1..3)");
    HeweiJson gap = HeweiJson.builder().upcaster(STRUCTURED_ACTOR).build();
    assertThatThrownBy(() -> gap.read(V1, PetitionEvent.class))
        .isInstanceOf(HeweiJsonException.class).hasMessageContaining("no upcaster of petition.PetitionEvent.Declined from version 1");
  }

  @Test
  void upcastersAreCheckedWhenBuilt() {
    assertThatThrownBy(() -> HeweiJson.builder().upcaster(Upcaster.of("no.Such", 1, d -> d)).build())
        .isInstanceOf(HeweiJsonException.class).hasMessageContaining("unknown type name no.Such");
    assertThatThrownBy(() -> HeweiJson.builder().upcaster(RENAME_REASON).upcaster(RENAME_REASON).build())
        .isInstanceOf(HeweiJsonException.class).hasMessageContaining("two upcasters");
    assertThatThrownBy(() -> Upcaster.of("petition.PetitionEvent.Declined", 0, d -> d))
        .isInstanceOf(HeweiJsonException.class);
  }
}
