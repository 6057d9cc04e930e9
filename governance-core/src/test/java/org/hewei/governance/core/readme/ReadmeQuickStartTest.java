package org.hewei.governance.core.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.jurisdiction.DivisionCode;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.person.CitizenId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Keeps the README's quick start true: the same calls, with the results the README shows. */
class ReadmeQuickStartTest {
  @Test
  @DisplayName("README quick start: division code, citizen id, masking and a rejected check digit")
  void quickStartBehavesAsDocumented() {
    DivisionCode zoucheng = DivisionCode.parse("370883");
    assertThat(zoucheng.level()).isEqualTo(JurisdictionLevel.COUNTY);

    CitizenId id = CitizenId.parse("11010519491231002X");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(String.valueOf(id)).isEqualTo("110105********002X");

    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> CitizenId.parse("110105194912310021"));
    assertThat(e.field()).isEqualTo("citizenId");
    assertThat(e.rule()).isNotBlank().doesNotContain("110105194912310021");
    assertThat(e.getMessage()).doesNotContain("110105194912310021");
  }
}
