package org.hewei.governance.testkit.assertions;

import static org.hewei.governance.testkit.assertions.GovernanceAssertions.assertThat;
import static org.hewei.governance.testkit.assertions.Values.KEY_PERSON;
import static org.hewei.governance.testkit.assertions.Values.OWNER;
import static org.hewei.governance.testkit.assertions.Values.PARTY;
import static org.hewei.governance.testkit.assertions.Values.PETITIONER;
import static org.hewei.governance.testkit.assertions.Values.SUMMARY;
import static org.hewei.governance.testkit.assertions.Values.TERMS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hewei.governance.core.event.CommandId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.keyperson.ControlLevel;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.mediation.JudicialConfirmationStatus;
import org.hewei.governance.core.mediation.MediationOutcome;
import org.hewei.governance.core.mediation.MediationStatus;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.HandlingOutcome;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.rules.lifecycle.Decision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GovernanceAssertionsTest {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** A check that must fail; returns its message. */
  interface Check {
    void run();
  }

  static String failureOf(Check check) {
    try {
      check.run();
    } catch (AssertionError e) {
      String message = String.valueOf(e.getMessage());
      assertNoPersonalData(message);
      return message;
    }
    throw new AssertionError("expected the assertion to fail");
  }

  static void assertNoPersonalData(String message) {
    org.assertj.core.api.Assertions.assertThat(message)
        .doesNotContain("张三", "13800138000", "370883199001011234", "北村12号", PETITIONER, "P-000043")
        .doesNotContain(SUMMARY, "宅基地", TERMS, "3000", PARTY, "P-000778")
        .doesNotContain(KEY_PERSON, "drug-related", "涉毒", "STRICT", "严格");
  }

  @Nested
  class PetitionStates {
    private final PetitionState state = Values.accepted();

    @Test
    @DisplayName("passing checks chain on a petition state")
    void passes() {
      assertThat(state)
          .isInStatus(PetitionStatus.ACCEPTED)
          .isOpen()
          .isDueOn(LocalDate.of(2022, 9, 23))
          .isNotOverdueAt(LocalDate.of(2022, 9, 23))
          .isOverdueAt(LocalDate.of(2022, 9, 24))
          .isOverdueAt(Instant.parse("2022-09-23T16:00:00Z"), CHINA)
          .isNotOverdueAt(Instant.parse("2022-09-23T15:59:59Z"), CHINA)
          .isAtLevel(JurisdictionLevel.TOWNSHIP)
          .isHandledIn(JurisdictionId.of("370883103"))
          .hasCaseOwner(OWNER)
          .hasFirstContactOwner(OfficialId.of("ZXD-OFF-001"))
          .hasVersion(3)
          .hasEscalated("overdue-village")
          .hasNotEscalated("overdue-town")
          .hasEscalationsCount(1)
          .hasFlag(PetitionFlag.COLLECTIVE)
          .doesNotHaveFlag(PetitionFlag.THREAT);
    }

    @Test
    @DisplayName("the due date is the last day, inclusive (民法典 Art 201–203): overdue only from the next day")
    void overdueBoundary() {
      String message = failureOf(() -> assertThat(state).isOverdueAt(LocalDate.of(2022, 9, 23)));
      org.assertj.core.api.Assertions.assertThat(message)
          .contains("ZXD-2022-000123", "overdue on 2022-09-23", "due on 2022-09-23");
      failureOf(() -> assertThat(state).isNotOverdueAt(LocalDate.of(2022, 9, 24)));
    }

    @Test
    @DisplayName("a closed petition or one without a due date is never overdue")
    void closedOrUndatedNotOverdue() {
      PetitionState withdrawn = state.toBuilder().status(PetitionStatus.WITHDRAWN).build();
      org.assertj.core.api.Assertions.assertThat(
              failureOf(() -> assertThat(withdrawn).isOverdueAt(LocalDate.of(2023, 1, 1))))
          .contains("closed (WITHDRAWN)");
      assertThat(withdrawn).isClosed().isNotOverdueAt(LocalDate.of(2023, 1, 1));
      PetitionState undated = PetitionState.builder().from(state).dueDate(java.util.Optional.empty()).build();
      org.assertj.core.api.Assertions.assertThat(
              failureOf(() -> assertThat(undated).isOverdueAt(LocalDate.of(2023, 1, 1))))
          .contains("no due date");
    }

    @Test
    @DisplayName("each failing check names the petition by id, version and status and shows no personal data")
    void failures() {
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(state).isInStatus(PetitionStatus.REPLIED)))
          .contains("ZXD-2022-000123", "version 3", "REPLIED", "ACCEPTED");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(state).isClosed())).contains("open");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(state).isAtLevel(JurisdictionLevel.COUNTY)))
          .contains("COUNTY", "TOWNSHIP");
      org.assertj.core.api.Assertions.assertThat(
              failureOf(() -> assertThat(state).hasCaseOwner(OfficialId.of("ZXD-OFF-099"))))
          .contains("ZXD-OFF-099", "ZXD-OFF-017");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(state).hasNoCaseOwner()))
          .contains("ZXD-OFF-017");
      org.assertj.core.api.Assertions.assertThat(
              failureOf(() -> assertThat(state).hasFirstContactOwner(OWNER))).contains("ZXD-OFF-001");
      org.assertj.core.api.Assertions.assertThat(
              failureOf(() -> assertThat(state).hasCaseOwnershipLeader(OWNER))).contains("none");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(state).hasVersion(4)))
          .contains("version 4", "version 3");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(state).hasEscalated("overdue-town")))
          .contains("overdue-town", "VILLAGE->TOWNSHIP by overdue-village");
      failureOf(() -> assertThat(state).hasNotEscalated("overdue-village"));
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(state).hasEscalationsCount(2)))
          .contains("2 escalation(s)", "has 1");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(state).hasFlag(PetitionFlag.URGENT)))
          .contains("URGENT", "COLLECTIVE");
      failureOf(() -> assertThat(state).doesNotHaveFlag(PetitionFlag.COLLECTIVE));
      failureOf(() -> assertThat(state).hasOutcome(HandlingOutcome.SUPPORTED));
      failureOf(() -> assertThat(state).isDueOn(LocalDate.of(2022, 9, 22)));
      failureOf(() -> assertThat(state).isHandledIn(JurisdictionId.of("370883")));
      failureOf(() -> assertThat(state).isReferredTo(org.hewei.governance.core.mediation.MediationCaseId.of("TJ-1")));
    }

    @Test
    @DisplayName("inherited AssertJ checks describe the state by id, version and status only")
    void inheritedChecksUseTheRedactedRepresentation() {
      PetitionState other = state.toBuilder().version(4).build();
      String message = failureOf(() -> assertThat(state).isEqualTo(other));
      org.assertj.core.api.Assertions.assertThat(message)
          .contains("PetitionState{id=ZXD-2022-000123, version=3, status=ACCEPTED, level=TOWNSHIP}");
    }
  }

  @Nested
  class Petitions {
    @Test
    @DisplayName("passing and failing checks on a petition as received, without its request or petitioners")
    void petition() {
      var petition = Values.petition();
      assertThat(petition)
          .hasId(PetitionId.of("ZXD-2022-000123"))
          .hasChannel(Channel.WALK_IN)
          .hasType(PetitionType.GRIEVANCE)
          .hasCategory(MatterCategory.WAGES)
          .hasFlag(PetitionFlag.COLLECTIVE)
          .hasHeadcount(12)
          .hasPetitionersCount(2)
          .hasRepresentativesCount(1)
          .hasPetitioner(PersonId.of(PETITIONER))
          .isFiledAtLevel(JurisdictionLevel.TOWNSHIP)
          .aroseIn(JurisdictionId.of("370883103201"));
      org.assertj.core.api.Assertions.assertThat(
              failureOf(() -> assertThat(petition).hasPetitioner(PersonId.of("P-000044"))))
          .contains("ZXD-2022-000123", "the given person", "2 petitioner(s)")
          .doesNotContain("P-000044");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(petition).hasHeadcount(3)))
          .contains("headcount 3", "has 12");
      failureOf(() -> assertThat(petition).hasId(PetitionId.of("X-1")));
      failureOf(() -> assertThat(petition).hasChannel(Channel.LETTER));
      failureOf(() -> assertThat(petition).hasType(PetitionType.SUGGESTION));
      failureOf(() -> assertThat(petition).hasCategory(MatterCategory.LAND));
      failureOf(() -> assertThat(petition).hasFlag(PetitionFlag.THREAT));
      failureOf(() -> assertThat(petition).hasPetitionersCount(1));
      failureOf(() -> assertThat(petition).hasRepresentativesCount(2));
      failureOf(() -> assertThat(petition).isFiledAtLevel(JurisdictionLevel.VILLAGE));
      failureOf(() -> assertThat(petition).aroseIn(JurisdictionId.of("370883")));
      failureOf(() -> assertThat(petition).isEqualTo(Values.accepted()));
    }
  }

  @Nested
  class MediationCases {
    @Test
    @DisplayName("a settled case with a written agreement effective on the seal day (人民调解法 Art 29)")
    void settled() {
      assertThat(Values.settled())
          .isInStatus(MediationStatus.SETTLED)
          .hasOutcome(MediationOutcome.SETTLED)
          .hasAgreement()
          .hasAgreementEffectiveOn(LocalDate.of(2022, 7, 22))
          .hasAgreementInEffectOn(LocalDate.of(2022, 7, 22))
          .hasSessionsHeld(1)
          .hasConsentOfAllParties()
          .hasJudicialConfirmation(JudicialConfirmationStatus.NOT_APPLIED)
          .hasVersion(5);
    }

    @Test
    @DisplayName("failing checks name the case by id and status, never its parties, summary or terms")
    void failures() {
      var settled = Values.settled();
      org.assertj.core.api.Assertions.assertThat(
              failureOf(() -> assertThat(settled).isInStatus(MediationStatus.FAILED)))
          .contains("ZXD-TJ-2022-031", "FAILED", "SETTLED");
      org.assertj.core.api.Assertions.assertThat(
              failureOf(() -> assertThat(settled).hasAgreementEffectiveOn(LocalDate.of(2022, 7, 20))))
          .contains("2022-07-20", "2022-07-22");
      failureOf(() -> assertThat(settled).hasAgreementInEffectOn(LocalDate.of(2022, 7, 21)));
      failureOf(() -> assertThat(settled).hasOutcome(MediationOutcome.FAILED));
      failureOf(() -> assertThat(settled).hasNoOutcome());
      failureOf(() -> assertThat(settled).hasSessionsHeld(2));
      failureOf(() -> assertThat(settled).hasJudicialConfirmation(JudicialConfirmationStatus.APPLIED));
      failureOf(() -> assertThat(settled).isReferredFrom(PetitionId.of("ZXD-2022-000123")));
      failureOf(() -> assertThat(settled).hasVersion(1));
      failureOf(() -> assertThat(settled).isEqualTo(settled.toBuilder().version(6).build()));
      var opened = settled.toBuilder().status(MediationStatus.IN_PROGRESS).outcome(java.util.Optional.empty())
          .agreement(java.util.Optional.empty()).consents(List.of()).build();
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(opened).hasAgreement()))
          .contains("has none");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(opened).hasConsentOfAllParties()))
          .contains("0 of 2");
    }
  }

  @Nested
  class KeyPersonRecords {
    @Test
    @DisplayName("a listed person's category and control level are never printed (个人信息保护法 Art 28)")
    void person() {
      var record = Values.listedPerson();
      assertThat(record)
          .isListed()
          .hasLevel(ControlLevel.STRICT)
          .hasCategory(KeyPersonCatalogue.DRUG_RELATED)
          .hasResponsibleOfficial(OWNER)
          .belongsTo(JurisdictionId.of("370883103201"))
          .wasLastVisitedOn(LocalDate.of(2022, 8, 5))
          .hasVersion(2);
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(record).hasLevel(ControlLevel.FOCUS)))
          .contains("ZXD-ZD-0008", "***")
          .doesNotContain("FOCUS");
      org.assertj.core.api.Assertions.assertThat(
              failureOf(() -> assertThat(record).hasCategory(KeyPersonCatalogue.FLOATING_POPULATION)))
          .doesNotContain("floating-population", "流动人口");
      failureOf(() -> assertThat(record).isDelistedOn(LocalDate.of(2022, 9, 1)));
      failureOf(() -> assertThat(record).hasResponsibleOfficial(OfficialId.of("ZXD-OFF-001")));
      failureOf(() -> assertThat(record).belongsTo(JurisdictionId.of("370883")));
      failureOf(() -> assertThat(record).wasLastVisitedOn(LocalDate.of(2022, 8, 6)));
      failureOf(() -> assertThat(record).hasNoVisit());
      failureOf(() -> assertThat(record).hasVersion(3));
      failureOf(() -> assertThat(record).isEqualTo(org.hewei.governance.core.keyperson.KeyPersonRecordState.builder().from(record).version(3).build()));
      var delisted = org.hewei.governance.core.keyperson.KeyPersonRecordState.builder().from(record)
          .delistedOn(LocalDate.of(2022, 9, 1)).version(3).build();
      assertThat(delisted).isDelistedOn(LocalDate.of(2022, 9, 1));
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(delisted).isListed()))
          .contains("delisted on 2022-09-01");
    }
  }

  @Nested
  class Decisions {
    @Test
    @DisplayName("a rejection for a rule of 条例 Art 34, checked by code and article")
    void rejected() {
      Decision<TestEvent> decision = Decision.reject(Values.extensionOnce());
      assertThat(decision).isRejected().isRejectedFor("petition.extension.once").citesArticle("第三十四条");
      assertThat(decision).rejection().hasRule("petition.extension.once").isForCommand(CommandId.of("cmd-51b9"))
          .citesArticle("信访工作条例 第三十四条");
      assertThat(Values.extensionOnce()).hasRule("petition.extension.once");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(decision).isAccepted()))
          .contains("rejected", "petition.extension.once", "信访工作条例 第三十四条");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(decision).isRejectedFor("other.rule")))
          .contains("other.rule", "petition.extension.once");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(decision).citesArticle("第三十五条")))
          .contains("第三十五条");
      failureOf(() -> assertThat(decision).producedEvents(TestEvent.class));
      failureOf(() -> assertThat(Values.extensionOnce()).citesNoArticle());
      failureOf(() -> assertThat(Values.extensionOnce()).isForCommand(CommandId.of("cmd-x")));
      failureOf(() -> assertThat(Values.extensionOnce()).hasRule("x"));
    }

    @Test
    @DisplayName("accepted decisions: types, exact events, and messages that show types and ids, not contents")
    void accepted() {
      TestEvent first = TestEvent.of("cmd-1.0", "张三的诉求");
      TestEvent second = TestEvent.of("cmd-1.1", "13800138000");
      Decision<TestEvent> decision = Decision.accept(List.of(first, second));
      assertThat(decision).isAccepted().producedEventCount(2).producedEvents(TestEvent.class, TestEvent.class)
          .producedExactly(first, second);
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(decision).isRejected()))
          .contains("TestEvent(cmd-1.0)", "TestEvent(cmd-1.1)");
      org.assertj.core.api.Assertions.assertThat(failureOf(() -> assertThat(decision).producedEvents(TestEvent.class)))
          .contains("[TestEvent]");
      String differs = failureOf(() -> assertThat(decision)
          .producedExactly(first, TestEvent.of("cmd-1.1", "李四")));
      org.assertj.core.api.Assertions.assertThat(differs).contains("differ at #1").doesNotContain("李四");
      failureOf(() -> assertThat(decision).producedExactly(first));
      failureOf(() -> assertThat(decision).producedEventCount(1));
      failureOf(() -> assertThat(decision).rejection());
      failureOf(() -> assertThat(decision).isEqualTo(Decision.accept(first)));
    }
  }
}
