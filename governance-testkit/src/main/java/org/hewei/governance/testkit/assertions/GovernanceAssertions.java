package org.hewei.governance.testkit.assertions;

import org.assertj.core.api.Assertions;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.rules.escalation.EscalationDecision;
import org.hewei.governance.rules.lifecycle.Decision;
import org.hewei.governance.rules.lifecycle.Rejection;
import org.hewei.governance.rules.report.LedgerReport;

/**
 * 治理断言 — the one entry point for assertions in tests of applications built on Hewei: every AssertJ
 * {@code assertThat} plus overloads for petitions, their states, mediation cases, key-person records,
 * decisions, rejections, escalation decisions and ledger reports. Failure messages never print personal information.
 *
 * <pre>{@code
 * import static org.hewei.governance.testkit.assertions.GovernanceAssertions.assertThat;
 *
 * assertThat(state).isOverdueAt(LocalDate.of(2022, 9, 26)).isAtLevel(JurisdictionLevel.TOWNSHIP)
 *     .hasCaseOwner(OfficialId.of("ZXD-OFF-017"));
 * assertThat(decision).isRejectedFor("petition.extension.once").citesArticle("第三十四条");
 * assertThat(engine.evaluate(state, now).get(0)).hasRule("R1").escalatesTo(JurisdictionLevel.MANAGEMENT_DISTRICT);
 * assertThat(report).hasReceived(120).hasMediationSuccessRate("90.6%");
 * assertThat(List.of(1, 2)).hasSize(2); // plain AssertJ still works
 * }</pre>
 */
public class GovernanceAssertions extends Assertions {

  /** Use the static methods; subclass only to add a project's own entry points. */
  protected GovernanceAssertions() {}

  /** Assertions on a petition's state. */
  public static PetitionStateAssert assertThat(PetitionState actual) {
    return new PetitionStateAssert(actual);
  }

  /** Assertions on a petition as received. */
  public static PetitionAssert assertThat(Petition actual) {
    return new PetitionAssert(actual);
  }

  /** Assertions on a mediation case's state. */
  public static MediationCaseStateAssert assertThat(MediationCaseState actual) {
    return new MediationCaseStateAssert(actual);
  }

  /** Assertions on a key-person record's state. */
  public static KeyPersonRecordStateAssert assertThat(KeyPersonRecordState actual) {
    return new KeyPersonRecordStateAssert(actual);
  }

  /** Assertions on a decider's decision. */
  public static DecisionAssert assertThat(Decision<?> actual) {
    return new DecisionAssert(actual);
  }

  /** Assertions on a rejection. */
  public static RejectionAssert assertThat(Rejection actual) {
    return new RejectionAssert(actual);
  }

  /** Assertions on a decision of the escalation engine. */
  public static EscalationDecisionAssert assertThat(EscalationDecision actual) {
    return new EscalationDecisionAssert(actual);
  }

  /** Assertions on a ledger report. */
  public static LedgerReportAssert assertThat(LedgerReport actual) {
    return new LedgerReportAssert(actual);
  }
}
