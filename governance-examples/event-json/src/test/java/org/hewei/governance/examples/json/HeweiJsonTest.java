package org.hewei.governance.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.keyperson.KeyPersonEvent;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.person.Address;
import org.hewei.governance.core.person.CitizenId;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.person.PersonName;
import org.hewei.governance.core.person.PhoneNumber;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.junit.jupiter.api.Test;

class HeweiJsonTest {
  private static final HeweiJson JSON = HeweiJson.standard();

  private static final PetitionEvent.Declined DECLINED = PetitionEvent.Declined.builder()
      .eventId(EventId.of("evt-7f3a"))
      .petitionId(PetitionId.of("ZXD-1"))
      .occurredAt(Instant.parse("2022-07-26T02:00:00Z"))
      .actor(Actor.official(OfficialId.of("ZXD-OFF-017"), Role.PETITION_OFFICER))
      .reason("已由县法院判决 \"引号\" 👨‍👩‍👧")
      .build();

  private static final Person PERSON = Person.builder()
      .id(PersonId.of("P-000042"))
      .name(PersonName.of("张三"))
      .citizenId(CitizenId.parse("11010519491231002X"))
      .phone(PhoneNumber.parse("13812345678"))
      .address(Address.of("山东省邹城市中心店镇北村12号"))
      .residence(JurisdictionId.of("C-T1-D1-V1"))
      .build();

  @Test
  void theDocumentedFormOfAnEvent() {
    assertThat(JSON.write(DECLINED)).isEqualTo("{\"type\":\"petition.PetitionEvent.Declined\",\"version\":1,"
        + "\"data\":{\"actor\":{\"kind\":\"OFFICIAL\",\"official\":\"ZXD-OFF-017\",\"role\":\"PETITION_OFFICER\"},"
        + "\"eventId\":\"evt-7f3a\",\"occurredAt\":\"2022-07-26T02:00:00Z\",\"petitionId\":\"ZXD-1\","
        + "\"reason\":\"已由县法院判决 \\\"引号\\\" 👨‍👩‍👧\"}}");
    assertThat(JSON.read(JSON.write(DECLINED), PetitionEvent.class)).isEqualTo(DECLINED);
    assertThat(JSON.read(JSON.write(DECLINED), DomainEvent.class)).isEqualTo(DECLINED);
  }

  @Test
  void personalDataIsStoredUnchanged() {
    String text = JSON.write(PERSON);
    assertThat(text).contains("\"type\":\"person.Person\"", "张三", "11010519491231002X", "13812345678", "北村12号");
    assertThat(JSON.read(text, Person.class)).isEqualTo(PERSON);
  }

  @Test
  void errorsNameTypeAndPathButNeverTheData() {
    String text = JSON.write(PERSON);
    assertThatThrownBy(() -> JSON.read(text.replace("11010519491231002X", "11010519491231002Y"), Person.class))
        .isInstanceOf(HeweiJsonException.class)
        .hasMessageContaining("CitizenId").hasMessageContaining("$.data(person.Person).citizenId")
        .hasMessageNotContaining("11010519491231002");
    assertThatThrownBy(() -> JSON.read(text.substring(0, text.length() - 9), Person.class))
        .isInstanceOf(HeweiJsonException.class).hasMessageStartingWith("malformed JSON at line 1")
        .hasMessageNotContaining("张三").hasNoCause();
    assertThatThrownBy(() -> JSON.read(text.replace("\"name\"", "\"nickname\""), Person.class))
        .isInstanceOf(HeweiJsonException.class).hasMessageContaining("unknown property nickname")
        .hasMessageNotContaining("张三");
  }

  @Test
  void theEnvelopeIsChecked() {
    String text = JSON.write(DECLINED);
    assertThatThrownBy(() -> JSON.read(text, KeyPersonEvent.class))
        .isInstanceOf(HeweiJsonException.class).hasMessage("type petition.PetitionEvent.Declined is not a KeyPersonEvent");
    assertThatThrownBy(() -> JSON.read(text.replace("petition.PetitionEvent.Declined", "x.Y"), Object.class))
        .isInstanceOf(HeweiJsonException.class).hasMessage("unknown type name x.Y");
    assertThatThrownBy(() -> JSON.read("{\"type\":\"person.Person\",\"data\":{}}", Object.class))
        .isInstanceOf(HeweiJsonException.class).hasMessageContaining("version (integer)");
    assertThatThrownBy(() -> JSON.read("[]", Object.class)).isInstanceOf(HeweiJsonException.class);
    assertThatThrownBy(() -> JSON.write(List.of(DECLINED)))
        .isInstanceOf(HeweiJsonException.class).hasMessageContaining("has no JSON type name");
  }

  @Test
  void aMissingRequiredAttributeIsReported() {
    String noReason = JSON.write(DECLINED).replaceAll(",\"reason\":\"[^}]*\"", "");
    assertThatThrownBy(() -> JSON.read(noReason, Object.class))
        .isInstanceOf(HeweiJsonException.class).hasMessageContaining("Declined").hasMessageContaining("reason");
  }
}
