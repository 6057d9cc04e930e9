package org.hewei.governance.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.mediation.Fixtures.SECRET;
import static org.hewei.governance.core.mediation.MediationCommandTest.assertRejected;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AgreementTest {
  private static final LocalDate JUL20 = LocalDate.of(2022, 7, 20);

  @Test
  @DisplayName("a written agreement takes effect when parties and mediator have signed and the committee sealed (人民调解法 Art 29)")
  void writtenTakesEffectOnTheLastSigningStep() {
    Agreement sealedLast = Agreement.written(SECRET, JUL20, JUL20, JUL20.plusDays(1), JUL20.plusDays(2));
    assertThat(sealedLast.effectiveOn()).isEqualTo(LocalDate.of(2022, 7, 22));
    Agreement partiesLast = Agreement.written(SECRET, JUL20, JUL20.plusDays(5), JUL20, JUL20.plusDays(1));
    assertThat(partiesLast.effectiveOn()).isEqualTo(LocalDate.of(2022, 7, 25));
    Agreement mediatorLast = Agreement.written(SECRET, JUL20, JUL20, JUL20.plusDays(3), JUL20);
    assertThat(mediatorLast.effectiveOn()).isEqualTo(LocalDate.of(2022, 7, 23));
    Agreement sameDay = Agreement.written(SECRET, JUL20, JUL20, JUL20, JUL20);
    assertThat(sameDay.effectiveOn()).isEqualTo(JUL20);
  }

  @Test
  @DisplayName("an oral agreement takes effect on the day the parties agree (人民调解法 Art 30)")
  void oralTakesEffectWhenAgreed() {
    Agreement oral = Agreement.oral(SECRET, JUL20);
    assertThat(oral.form()).isEqualTo(Agreement.Form.ORAL);
    assertThat(oral.effectiveOn()).isEqualTo(JUL20);
    assertThat(oral.partiesSignedOn()).isEmpty();
  }

  @Test
  @DisplayName("judicial confirmation within 30 days of taking effect, the effective day not counted (人民调解法 Art 33, 民法典 Art 201)")
  void judicialConfirmationWindowIsThirtyCalendarDaysAfterTheEffectiveDay() {
    assertThat(Agreement.JUDICIAL_CONFIRMATION_DAYS).isEqualTo(30);
    assertThat(Agreement.written(SECRET, JUL20, JUL20, JUL20, LocalDate.of(2022, 7, 22))
            .nominalJudicialConfirmationDeadline())
        .isEqualTo(LocalDate.of(2022, 8, 21));
    // across a year end
    assertThat(Agreement.oral(SECRET, LocalDate.of(2022, 12, 15)).nominalJudicialConfirmationDeadline())
        .isEqualTo(LocalDate.of(2023, 1, 14));
    // a leap February
    assertThat(Agreement.oral(SECRET, LocalDate.of(2024, 2, 1)).nominalJudicialConfirmationDeadline())
        .isEqualTo(LocalDate.of(2024, 3, 2));
    // nominal: 2022-09-01 + 30 = 2022-10-01, National Day; the rest-day rule (民法典 Art 203) is the
    // rules module's calendar, so the nominal value stays on the holiday
    assertThat(Agreement.oral(SECRET, LocalDate.of(2022, 9, 1)).nominalJudicialConfirmationDeadline())
        .isEqualTo(LocalDate.of(2022, 10, 1));
  }

  @Test
  void theWindowCountsFromTheWrittenAgreementsEffectiveDayNotTheDayOfAgreement() {
    Agreement a = Agreement.written(SECRET, JUL20, JUL20.plusDays(4), JUL20, JUL20);
    assertThat(a.nominalJudicialConfirmationDeadline()).isEqualTo(JUL20.plusDays(34));
  }

  @Test
  @DisplayName("a written agreement needs all signing steps (人民调解法 Art 29)")
  void writtenNeedsEverySigningDate() {
    assertRejected(
        () ->
            Agreement.builder().form(Agreement.Form.WRITTEN).terms(SECRET).agreedOn(JUL20)
                .mediatorSignedOn(JUL20).committeeSealedOn(JUL20).build(),
        "partiesSignedOn",
        "Art 29");
    assertRejected(
        () ->
            Agreement.builder().form(Agreement.Form.WRITTEN).terms(SECRET).agreedOn(JUL20)
                .partiesSignedOn(JUL20).committeeSealedOn(JUL20).build(),
        "mediatorSignedOn",
        "Art 29");
    assertRejected(
        () ->
            Agreement.builder().form(Agreement.Form.WRITTEN).terms(SECRET).agreedOn(JUL20)
                .partiesSignedOn(JUL20).mediatorSignedOn(JUL20).build(),
        "committeeSealedOn",
        "Art 29");
  }

  @Test
  void noSigningStepBeforeTheAgreement() {
    assertRejected(
        () -> Agreement.written(SECRET, JUL20, JUL20.minusDays(1), JUL20, JUL20),
        "partiesSignedOn",
        "must not be before agreedOn");
    assertRejected(
        () -> Agreement.written(SECRET, JUL20, JUL20, JUL20.minusDays(1), JUL20),
        "mediatorSignedOn",
        "must not be before agreedOn");
    assertRejected(
        () -> Agreement.written(SECRET, JUL20, JUL20, JUL20, JUL20.minusDays(1)),
        "committeeSealedOn",
        "must not be before agreedOn");
  }

  @Test
  @DisplayName("an oral agreement has no signing dates (人民调解法 Art 30)")
  void oralHasNoSigningDates() {
    assertRejected(
        () -> Agreement.builder().from(Agreement.oral(SECRET, JUL20)).committeeSealedOn(JUL20).build(),
        "form",
        "Art 30");
  }

  @Test
  void performanceDayNotBeforeTheAgreement() {
    assertThat(Agreement.builder().from(Agreement.oral(SECRET, JUL20)).performBy(JUL20.plusDays(10)).build().performBy())
        .contains(JUL20.plusDays(10));
    assertRejected(
        () -> Agreement.builder().from(Agreement.oral(SECRET, JUL20)).performBy(JUL20.minusDays(1)).build(),
        "performBy",
        "must not be before agreedOn");
  }

  @Test
  void termsArePersonalTextNeverPrinted() {
    assertRejected(() -> Agreement.oral(" ", JUL20), "terms", "blank");
    assertThat(Agreement.oral(SECRET, JUL20).toString())
        .contains("effectiveOn=2022-07-20")
        .doesNotContain("赵铁柱")
        .doesNotContain("13912345678");
  }
}
