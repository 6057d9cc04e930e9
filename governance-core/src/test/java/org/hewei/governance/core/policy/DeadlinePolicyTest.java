package org.hewei.governance.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hewei.governance.core.policy.PeriodUnit.CALENDAR_DAYS;
import static org.hewei.governance.core.policy.PeriodUnit.WORKING_DAYS;

import org.hewei.governance.core.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DeadlinePolicy.defaults() holds exactly the numbers of REGULATIONS.md, one test per article. */
class DeadlinePolicyTest {
  private static final DeadlinePolicy D = DeadlinePolicy.defaults();

  private static void assertPeriod(String key, int length, PeriodUnit unit, boolean statutory, String basis) {
    PeriodDefinition p = D.period(key);
    assertThat(p.length()).as(key).isEqualTo(length);
    assertThat(p.unit()).as(key).isEqualTo(unit);
    assertThat(p.statutory()).as(key).isEqualTo(statutory);
    assertThat(p.legalBasis()).as(key).contains(basis);
  }

  @Test
  @DisplayName("条例 Art 22: the petition office registers and routes within 15 days")
  void art22RegisterAndRoute() {
    assertPeriod(DeadlinePolicy.REGISTER_AND_ROUTE, 15, CALENDAR_DAYS, true, "信访工作条例 (2022) Art 22");
  }

  @Test
  @DisplayName("条例 Art 23: another body receiving a petition registers and tells within 15 days")
  void art23OtherBody() {
    assertPeriod(DeadlinePolicy.OTHER_BODY_REGISTER, 15, CALENDAR_DAYS, true, "Art 23");
  }

  @Test
  @DisplayName("条例 Art 23: an objection to an assignment within 5 working days")
  void art23Objection() {
    assertPeriod(DeadlinePolicy.OBJECTION, 5, WORKING_DAYS, true, "Art 23");
  }

  @Test
  @DisplayName("条例 Art 34: grievance matters handled within 60 days")
  void art34Handling() {
    assertPeriod(DeadlinePolicy.GRIEVANCE_HANDLING, 60, CALENDAR_DAYS, true, "Art 34");
  }

  @Test
  @DisplayName("条例 Art 34: an extension of at most 30 days")
  void art34Extension() {
    assertPeriod(DeadlinePolicy.EXTENSION_MAX, 30, CALENDAR_DAYS, true, "Art 34");
  }

  @Test
  @DisplayName("条例 Art 35: review request within 30 days, review opinion within 30 days")
  void art35Review() {
    assertPeriod(DeadlinePolicy.REVIEW_REQUEST, 30, CALENDAR_DAYS, true, "Art 35");
    assertPeriod(DeadlinePolicy.REVIEW_OPINION, 30, CALENDAR_DAYS, true, "Art 35");
  }

  @Test
  @DisplayName("条例 Art 36: re-review request 30 days; opinion 30 days with hearing time not counted")
  void art36ReReview() {
    assertPeriod(DeadlinePolicy.RE_REVIEW_REQUEST, 30, CALENDAR_DAYS, true, "Art 36");
    assertPeriod(DeadlinePolicy.RE_REVIEW_OPINION, 30, CALENDAR_DAYS, true, "Art 36");
    assertThat(D.period(DeadlinePolicy.RE_REVIEW_OPINION).hearingTimeExcluded()).isTrue();
    assertThat(D.period(DeadlinePolicy.RE_REVIEW_REQUEST).hearingTimeExcluded()).isFalse();
  }

  @Test
  @DisplayName("人民调解法 Art 33: joint application for judicial confirmation within 30 days")
  void mediationLawArt33() {
    assertPeriod(DeadlinePolicy.JUDICIAL_CONFIRMATION_APPLICATION, 30, CALENDAR_DAYS, true, "人民调解法 (2010) Art 33");
  }

  @Test
  @DisplayName("seed: departments conclude forwarded requests within 15 days — local practice, configurable")
  void seedDepartmentLimit() {
    assertPeriod(DeadlinePolicy.DEPARTMENT_LIMIT, 15, CALENDAR_DAYS, false, "seed");
    DeadlinePolicy local = D.withPeriod(D.period(DeadlinePolicy.DEPARTMENT_LIMIT).withLength(10)).withVersion(2);
    assertThat(local.period(DeadlinePolicy.DEPARTMENT_LIMIT).length()).isEqualTo(10);
    assertThat(local.version()).isEqualTo(2);
    assertThat(local.periods()).hasSameSizeAs(D.periods());
    assertThat(D.period(DeadlinePolicy.DEPARTMENT_LIMIT).length()).isEqualTo(15);
  }

  @Test
  @DisplayName("12345 tiers are local-practice examples: same day, 3 and 13 working days")
  void hotlineTiers() {
    assertPeriod(DeadlinePolicy.HOTLINE_URGENT, 0, CALENDAR_DAYS, false, "12345");
    assertPeriod(DeadlinePolicy.HOTLINE_ENQUIRY, 3, WORKING_DAYS, false, "12345");
    assertPeriod(DeadlinePolicy.HOTLINE_COMPLAINT, 13, WORKING_DAYS, false, "12345");
    assertThat(D.period(DeadlinePolicy.HOTLINE_URGENT).toString()).contains("same day");
  }

  @Test
  @DisplayName("the defaults hold exactly 14 periods; statutory ones are exactly the ten of the law")
  void exactlyTheseDefaults() {
    assertThat(D.periods()).hasSize(14);
    assertThat(D.periods().stream().filter(PeriodDefinition::statutory).count()).isEqualTo(10);
    assertThat(D.id().value()).isEqualTo("hewei-deadlines");
    assertThat(D.version()).isEqualTo(1);
    assertThat(D).hasToString("DeadlinePolicy{hewei-deadlines v1, 14 periods}");
    assertThat(D.describe()).contains("objection 交办异议: 5 工作日 (statutory, 信访工作条例 (2022) Art 23)");
  }

  @Test
  @DisplayName("an unknown key gives a clear error listing the known keys")
  void unknownKey() {
    assertThatThrownBy(() -> D.period("appeal"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'appeal'")
        .hasMessageContaining("hewei-deadlines v1")
        .hasMessageContaining("known keys: register-and-route");
    assertThat(D.find("appeal")).isEmpty();
  }

  @Test
  @DisplayName("a new key is added; duplicate keys, bad lengths and texts are rejected")
  void validation() {
    PeriodDefinition extra = PeriodDefinition.localPractice("visit", "回访", 7, CALENDAR_DAYS, "本地");
    assertThat(D.withPeriod(extra).periods()).hasSize(15).endsWith(extra);
    assertThatThrownBy(() -> DeadlinePolicy.builder().from(D).addPeriods(D.period(DeadlinePolicy.OBJECTION)).build())
        .hasMessageContaining("period keys must be unique");
    assertThatThrownBy(() -> PeriodDefinition.statutory("k", "n", 0, WORKING_DAYS, "b")).hasMessageContaining("length");
    assertThatThrownBy(() -> PeriodDefinition.statutory("k", "n", -1, CALENDAR_DAYS, "b")).hasMessageContaining("length");
    assertThatThrownBy(() -> PeriodDefinition.statutory("k", "n", 3651, PeriodUnit.MONTHS, "b")).hasMessageContaining("length");
    assertThatThrownBy(() -> PeriodDefinition.statutory("k k", "n", 1, CALENDAR_DAYS, "b")).hasMessageContaining("key");
    assertThatThrownBy(() -> PeriodDefinition.statutory("k", "", 1, CALENDAR_DAYS, "b")).hasMessageContaining("name");
    assertThatThrownBy(() -> PeriodDefinition.statutory("k", "n", 1, CALENDAR_DAYS, " ")).hasMessageContaining("legalBasis");
    assertThatThrownBy(() -> D.withVersion(0)).hasMessageContaining("version");
    assertThat(PeriodUnit.WORKING_DAYS.chineseName()).isEqualTo("工作日");
  }
}
