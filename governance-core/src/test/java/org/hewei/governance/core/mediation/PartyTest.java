package org.hewei.governance.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.mediation.MediationCommandTest.assertRejected;

import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;
import org.junit.jupiter.api.Test;

class PartyTest {
  @Test
  void aPartyIsAPersonOrAUnitWithItsStanding() {
    Party p = Party.person(PersonId.of("P-1"), PartyRole.APPLICANT);
    Party u = Party.unit(UnitId.of("ENT-7"), PartyRole.RESPONDENT);
    assertThat(p.subject()).isEqualTo("person:P-1");
    assertThat(u.subject()).isEqualTo("unit:ENT-7");
    assertThat(p).hasToString("person:P-1/APPLICANT");
    assertThat(p.isSameSubject(Party.person(PersonId.of("P-1"), PartyRole.OTHER))).isTrue();
    assertThat(p.isSameSubject(u)).isFalse();
    assertThat(p.unit()).isEmpty();
    assertThat(u.person()).isEmpty();
  }

  @Test
  void exactlyOneOfPersonAndUnit() {
    assertRejected(
        () ->
            ImmutableParty.builder()
                .person(PersonId.of("P-1"))
                .unit(UnitId.of("U-1"))
                .role(PartyRole.OTHER)
                .build(),
        "party",
        "exactly one of person and unit");
    assertRejected(
        () -> ImmutableParty.builder().role(PartyRole.OTHER).build(), "party", "exactly one of person and unit");
  }

  @Test
  void rolesHaveChineseNames() {
    assertThat(PartyRole.APPLICANT.chineseName()).isEqualTo("申请人");
    for (PartyRole r : PartyRole.values()) {
      assertThat(r.chineseName()).isNotBlank();
    }
  }
}
