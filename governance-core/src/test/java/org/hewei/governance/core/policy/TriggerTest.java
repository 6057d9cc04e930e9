package org.hewei.governance.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hewei.governance.core.jurisdiction.JurisdictionLevel.MANAGEMENT_DISTRICT;
import static org.hewei.governance.core.jurisdiction.JurisdictionLevel.VILLAGE;

import java.time.Duration;
import java.util.List;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.keyperson.KeyPersonCategory;
import org.hewei.governance.core.petition.PetitionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TriggerTest {

  @Test
  @DisplayName("the brief's example reads as text: overdue by ≥ 3 days AND level = VILLAGE")
  void readsWell() {
    Trigger t = Trigger.overdueBy(3).and(Trigger.levelIs(VILLAGE));
    assertThat(t).hasToString("overdue by ≥ 3 days AND level = VILLAGE");
    assertThat(t).isInstanceOf(Trigger.And.class);
    assertThat(t.depth()).isEqualTo(2);
    assertThat(Trigger.parse(t.toString())).isEqualTo(t);
  }

  @Test
  @DisplayName("every atom prints its documented text")
  void atomsPrint() {
    assertThat(Trigger.overdueBy(1)).hasToString("overdue by ≥ 1 day");
    assertThat(Trigger.overdueBy(Duration.ofHours(5))).hasToString("overdue by ≥ 5 hours");
    assertThat(Trigger.overdueBy(Duration.ofMinutes(90))).hasToString("overdue by ≥ 90 minutes");
    assertThat(Trigger.dueWithin(2)).hasToString("due within 2 days");
    assertThat(Trigger.dueWithin(1)).hasToString("due within 1 day");
    assertThat(Trigger.headcountAtLeast(5)).hasToString("headcount ≥ 5");
    assertThat(Trigger.repeatCountAtLeast(2)).hasToString("repeat count ≥ 2");
    assertThat(Trigger.keyPersonInvolved()).hasToString("key person involved");
    assertThat(Trigger.keyPersonCategoryIn("petition-focus", "drug-related"))
        .hasToString("key-person category in {drug-related, petition-focus}");
    assertThat(Trigger.mediationFailed()).hasToString("mediation failed");
    assertThat(Trigger.departmentsAtLeast(2)).hasToString("departments ≥ 2");
    assertThat(Trigger.statusIn(PetitionStatus.ACCEPTED, PetitionStatus.ASSIGNED))
        .hasToString("status in {ASSIGNED, ACCEPTED}");
    assertThat(Trigger.levelIn(VILLAGE, MANAGEMENT_DISTRICT)).hasToString("level in {MANAGEMENT_DISTRICT, VILLAGE}");
    assertThat(Trigger.inSensitivePeriod()).hasToString("in sensitive period");
    assertThat(Trigger.inSensitivePeriod("npc-2026")).hasToString("in sensitive period {npc-2026}");
    assertThat(Trigger.flagPresent("collective")).hasToString("flag collective");
  }

  @Test
  @DisplayName("composites parenthesise nested AND/OR and NOT binds tighter than AND")
  void compositesPrint() {
    Trigger a = Trigger.overdueBy(3);
    Trigger b = Trigger.levelIs(VILLAGE);
    Trigger c = Trigger.mediationFailed();
    assertThat(a.or(b.and(c))).hasToString("overdue by ≥ 3 days OR (level = VILLAGE AND mediation failed)");
    assertThat(a.and(b).negate()).hasToString("NOT (overdue by ≥ 3 days AND level = VILLAGE)");
    assertThat(Trigger.not(a).and(b)).hasToString("NOT overdue by ≥ 3 days AND level = VILLAGE");
    assertThat(Trigger.not(Trigger.not(a))).hasToString("NOT NOT overdue by ≥ 3 days");
  }

  @Test
  @DisplayName("and()/or() chains flatten into one operator of n operands")
  void chainsFlatten() {
    Trigger t = Trigger.overdueBy(3).and(Trigger.levelIs(VILLAGE)).and(Trigger.mediationFailed());
    assertThat(((Trigger.And) t).operands()).hasSize(3);
    Trigger o = Trigger.dueWithin(1).or(Trigger.headcountAtLeast(5)).or(Trigger.mediationFailed());
    assertThat(((Trigger.Or) o).operands()).hasSize(3);
    assertThat(t.depth()).isEqualTo(2);
  }

  @Test
  @DisplayName("structural equality: equal parts make equal triggers, order of set members does not matter")
  void equality() {
    assertThat(Trigger.overdueBy(3)).isEqualTo(Trigger.overdueBy(Duration.ofDays(3)));
    assertThat(Trigger.keyPersonCategoryIn("a", "b")).isEqualTo(Trigger.keyPersonCategoryIn("b", "a"));
    assertThat(Trigger.levelIs(VILLAGE)).isEqualTo(Trigger.levelIn(VILLAGE));
    assertThat(Trigger.mediationFailed()).isSameAs(Trigger.mediationFailed());
    assertThat(Trigger.overdueBy(3)).isNotEqualTo(Trigger.overdueBy(4));
  }

  @Test
  @DisplayName("key-person categories are referred to by their code")
  void keyPersonCategoriesByCode() {
    KeyPersonCategory drugs = KeyPersonCategory.of("drug-related", "涉毒人员", KeyPersonCategory.Subject.PERSON);
    assertThat(Trigger.keyPersonCategoryIn(drugs)).isEqualTo(Trigger.keyPersonCategoryIn("drug-related"));
  }

  @Test
  @DisplayName("numbers must be positive and bounded; departments ≥ 2")
  void numbersValidated() {
    assertThatThrownBy(() -> Trigger.overdueBy(0)).isInstanceOf(InvalidValueException.class).hasMessageContaining("overdueBy");
    assertThatThrownBy(() -> Trigger.overdueBy(3651)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Trigger.overdueBy(Duration.ofSeconds(90))).hasMessageContaining("whole minutes");
    assertThatThrownBy(() -> Trigger.overdueBy(Duration.ofMinutes(-5))).hasMessageContaining("positive");
    assertThatThrownBy(() -> Trigger.overdueBy(Duration.ZERO)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Trigger.dueWithin(0)).isInstanceOf(InvalidValueException.class).hasMessageContaining("dueWithin");
    assertThatThrownBy(() -> Trigger.headcountAtLeast(0)).hasMessageContaining("headcountAtLeast");
    assertThatThrownBy(() -> Trigger.repeatCountAtLeast(0)).hasMessageContaining("repeatCountAtLeast");
    assertThatThrownBy(() -> Trigger.departmentsAtLeast(1)).hasMessageContaining("at least 2");
  }

  @Test
  @DisplayName("lists and sets must be non-empty, elements non-null and codes identifiers")
  @SuppressWarnings("NullAway") // passes null on purpose
  void collectionsValidated() {
    assertThatThrownBy(() -> Trigger.statusIn()).isInstanceOf(InvalidValueException.class).hasMessageContaining("statuses");
    assertThatThrownBy(() -> Trigger.levelIn()).hasMessageContaining("levels");
    assertThatThrownBy(() -> Trigger.keyPersonCategoryIn(List.<String>of())).hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> Trigger.keyPersonCategoryIn("bad code")).hasMessageContaining("categoryCodes");
    assertThatThrownBy(() -> Trigger.flagPresent("")).hasMessageContaining("flagCode");
    assertThatThrownBy(() -> Trigger.inSensitivePeriod("两会")).hasMessageContaining("periodCodes");
    assertThatThrownBy(() -> Trigger.statusIn((PetitionStatus) null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Trigger.levelIs(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Trigger.not(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Trigger.overdueBy(3).and(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Trigger.allOf(Trigger.overdueBy(3))).hasMessageContaining("at least 2 operands");
    assertThatThrownBy(() -> Trigger.anyOf(List.of())).hasMessageContaining("at least 2 operands");
  }

  @Test
  @DisplayName("nesting is limited to 32 levels with a clear error, when building and when parsing")
  void depthLimit() {
    Trigger t = Trigger.mediationFailed();
    for (int i = 1; i < Trigger.MAX_DEPTH; i++) {
      t = Trigger.not(t);
    }
    assertThat(t.depth()).isEqualTo(32);
    assertThat(Trigger.parse(t.toString())).isEqualTo(t);
    Trigger deepest = t;
    assertThatThrownBy(() -> Trigger.not(deepest))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must not nest deeper than 32 levels");
    assertThatThrownBy(() -> deepest.and(Trigger.dueWithin(1)))
        .hasMessageContaining("must not nest deeper than 32 levels");
    assertThatThrownBy(() -> Trigger.parse("NOT " + deepest))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must not nest deeper than 32 levels");
    assertThatThrownBy(() -> Trigger.parse("(".repeat(5_000) + "mediation failed" + ")".repeat(5_000)))
        .hasMessageContaining("must not nest deeper than 32 levels");
  }

  @Test
  @DisplayName("parse accepts >= and user-written precedence (AND binds tighter than OR)")
  void parseLenient() {
    assertThat(Trigger.parse("headcount >= 5")).isEqualTo(Trigger.headcountAtLeast(5));
    assertThat(Trigger.parse("flag a AND flag b OR flag c"))
        .isEqualTo(Trigger.anyOf(Trigger.allOf(Trigger.flagPresent("a"), Trigger.flagPresent("b")), Trigger.flagPresent("c")));
    assertThat(Trigger.parse("((mediation failed))")).isEqualTo(Trigger.mediationFailed());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {
      "", "overdue", "overdue by ≥ 0 days", "overdue by ≥ 3 weeks", "headcount ≥ 99999999999",
      "level = CITY", "status in {}", "status in {OPEN}", "(mediation failed", "mediation failed)",
      "mediation failed AND", "NOT", "flag a b", "key-person category in {a, , b}", "due within 1 days AND x"})
  @DisplayName("parse rejects malformed text with InvalidValueException naming the trigger")
  void parseRejects(String text) {
    assertThatThrownBy(() -> Trigger.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("trigger:");
  }

  @Test
  @DisplayName("parse errors say what and where")
  void parseErrorPosition() {
    assertThatThrownBy(() -> Trigger.parse("mediation failed AND bogus"))
        .hasMessageContaining("unknown condition 'bogus' at position 21");
  }
}
