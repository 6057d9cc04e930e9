package org.hewei.governance.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.keyperson.Sensitivity;
import org.hewei.governance.core.mediation.ElderKind;
import org.hewei.governance.core.mediation.Mediator;
import org.hewei.governance.core.person.Masking;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.EscalationRecord;
import org.hewei.governance.core.spi.Page;
import org.hewei.governance.rules.access.AccessPolicy;
import org.junit.jupiter.api.Test;

/**
 * The findings of the hostile-input runs, one example each: every one threw NullPointerException before
 * its fix and answers MissingValueException now (docs/reliability.md, "Fixes the figures exposed").
 */
class FixedFindingsTest {
  @Test
  void officialJurisdictionWithoutCode() {
    assertThatThrownBy(() -> Jurisdiction.official(null, "邹城市")).isInstanceOf(MissingValueException.class);
  }

  @Test
  void escalationRecordWithNullRuleId() {
    assertThatThrownBy(() -> EscalationRecord.of(Instant.EPOCH, JurisdictionLevel.TOWNSHIP, JurisdictionLevel.COUNTY, null))
        .isInstanceOf(MissingValueException.class);
  }

  @Test
  void maskingNull() {
    assertThatThrownBy(() -> Masking.maskName(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Masking.maskCitizenId(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Masking.maskPhone(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Masking.maskAddress(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Masking.maskFreeText(null)).isInstanceOf(MissingValueException.class);
  }

  /** Was Guava's NullPointerException from ImmutableSet.Builder: the generated builders now check elements. */
  @Test
  void nullElementsOfCollectionAttributes() {
    Set<ElderKind> withNull = new HashSet<>(Arrays.asList(ElderKind.RETIRED_CADRE, null));
    assertThatThrownBy(() -> Mediator.volunteer(PersonId.of("P-1"), withNull)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Mediator.builder().addElderKinds((ElderKind) null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Page.of(Arrays.asList("a", null), Optional.empty())).isInstanceOf(MissingValueException.class);
  }

  @Test
  void accessPolicyRoleSetWithNull() {
    Set<org.hewei.governance.core.organization.Role> withNull =
        new HashSet<>(Arrays.asList(org.hewei.governance.core.organization.Role.PETITION_OFFICER, null));
    assertThatThrownBy(() -> AccessPolicy.builder().sensitivityRoles(Map.of(Sensitivity.SENSITIVE, withNull)).build())
        .isInstanceOf(MissingValueException.class);
  }
}
