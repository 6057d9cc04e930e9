package org.hewei.governance.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.mediation.MediationCommandTest.assertRejected;

import java.util.EnumSet;
import java.util.Set;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.person.PersonId;
import org.junit.jupiter.api.Test;

class MediatorTest {
  @Test
  void elderVolunteersAreResidentsWithFiveElderKinds() {
    Mediator m = Mediator.volunteer(PersonId.of("P-7"), EnumSet.of(ElderKind.RETIRED_TEACHER, ElderKind.VETERAN_SOLDIER));
    assertThat(m.isElderVolunteer()).isTrue();
    assertThat(m.subject()).isEqualTo("person:P-7");
    assertThat(m.professional()).isFalse();
    assertThat(m.police()).isFalse();
    assertThat(ElderKind.values()).extracting(ElderKind::chineseName)
        .containsExactly("老干部", "老党员", "老教师", "老模范", "老军人");
  }

  @Test
  void officialsMayBeProfessionalOrPolice() {
    Mediator m = Mediator.official(OfficialId.of("O-1"));
    assertThat(m.isElderVolunteer()).isFalse();
    assertThat(m.subject()).isEqualTo("official:O-1");
    assertThat(Fixtures.OFFICER.police()).isTrue();
    assertThat(Fixtures.OFFICER.professional()).isTrue();
  }

  @Test
  void exactlyOneOfOfficialAndPerson() {
    assertRejected(
        () -> Mediator.builder().official(OfficialId.of("O-1")).person(PersonId.of("P-1")).build(),
        "mediator",
        "exactly one of official and person");
    assertRejected(() -> Mediator.builder().build(), "mediator", "exactly one of official and person");
  }

  @Test
  void aPoliceMediatorIsAnOfficial() {
    assertRejected(
        () -> Mediator.builder().person(PersonId.of("P-1")).police(true).build(),
        "police",
        "must be an official");
  }

  @Test
  void printsOnlyIdsAndFlags() {
    assertThat(Mediator.volunteer(PersonId.of("P-7"), Set.of(ElderKind.RETIRED_CADRE)).toString())
        .contains("P-7")
        .contains("RETIRED_CADRE");
  }
}
