package org.hewei.governance.rules.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.policy.CollectiveProfile;
import org.hewei.governance.core.policy.EscalationAction;
import org.hewei.governance.core.policy.EscalationPolicy;
import org.hewei.governance.core.policy.EscalationRule;
import org.hewei.governance.core.policy.PolicyId;
import org.hewei.governance.core.policy.RepeatPolicy;
import org.hewei.governance.core.policy.SensitivePeriod;
import org.hewei.governance.core.policy.Trigger;

/**
 * 默认升级响应政策 — ready-made escalation policies. {@link #threeLevelResponse()} is the seed town's
 * three-level response system (镇、管区、村三级信访响应体系, 中心店镇 2022-07-25): every rule below is
 * local practice made data (the law sets no escalation thresholds); its source is named per rule.
 *
 * <table>
 *   <caption>Rules of {@code hewei-three-level-response} v1, in evaluation order</caption>
 *   <tr><th>id</th><th>trigger</th><th>actions</th><th>source</th></tr>
 *   <tr><td>R1</td><td>overdue by ≥ 1 day AND level = VILLAGE</td><td>escalate to MANAGEMENT_DISTRICT</td>
 *       <td>seed: village → management district; threshold a local-practice default</td></tr>
 *   <tr><td>R2</td><td>overdue by ≥ 4 days AND level = MANAGEMENT_DISTRICT</td><td>escalate to TOWNSHIP</td>
 *       <td>seed: management district → town; 3 more days for the district, a local-practice default</td></tr>
 *   <tr><td>R3</td><td>due within 3 days</td><td>notify HEAD_OF_BODY where handled; supervise</td>
 *       <td>local-practice default (临期督办)</td></tr>
 *   <tr><td>R4</td><td>headcount ≥ collective threshold (default 5)</td><td>raise a call; escalate to TOWNSHIP</td>
 *       <td>seed: 呼叫-响应, 大事不出镇; threshold from the {@link CollectiveProfile} (条例 Art 20 profile)</td></tr>
 *   <tr><td>R5</td><td>repeat count ≥ 2</td><td>assign case owner SECTION_LEVEL_CADRE at TOWNSHIP</td>
 *       <td>seed: 专案包保; 条例 Art 18 (leaders take cases)</td></tr>
 *   <tr><td>R6</td><td>key person involved</td><td>escalate to MANAGEMENT_DISTRICT; notify POLICE_OFFICER at
 *       MANAGEMENT_DISTRICT</td><td>seed: a police post in every management district (警力下沉, 警民联动)</td></tr>
 *   <tr><td>R7</td><td>departments ≥ 2</td><td>convene joint meeting</td>
 *       <td>seed: 涉及多个部门的，召开联席会议; 条例 Art 13, 24</td></tr>
 *   <tr><td>R8</td><td>in a sensitive period AND (collective OR threat OR key person)</td><td>supervise, every 7 days</td>
 *       <td>seed: 重要时段集中排查; periods and interval local-practice defaults</td></tr>
 * </table>
 *
 * <pre>{@code
 * EscalationPolicy p = DefaultEscalationPolicies.threeLevelResponse();
 * p.describe(); // one line per rule
 * }</pre>
 */
public final class DefaultEscalationPolicies {
  /** The id of {@link #threeLevelResponse()}. */
  public static final PolicyId THREE_LEVEL_RESPONSE = PolicyId.of("hewei-three-level-response");

  private static final EscalationPolicy DEFAULT =
      threeLevelResponse(CollectiveProfile.national(), nationalDayPeriods(2022, 2027));

  private DefaultEscalationPolicies() {}

  /**
   * The seed's three-level response (id {@code hewei-three-level-response}, version 1) with the national
   * collective profile (5 persons) and the National Day weeks (October 1–7) of 2022–2027 as sensitive
   * periods.
   */
  public static EscalationPolicy threeLevelResponse() {
    return DEFAULT;
  }

  /**
   * The three-level response with another collective profile and other sensitive periods (at least one).
   *
   * <pre>{@code
   * DefaultEscalationPolicies.threeLevelResponse(CollectiveProfile.zhejiang(), List.of(npc2026));
   * }</pre>
   */
  public static EscalationPolicy threeLevelResponse(CollectiveProfile profile, List<SensitivePeriod> periods) {
    Checks.required("profile", profile);
    Checks.notEmpty("periods", Checks.required("periods", periods));
    return EscalationPolicy.builder()
        .id(THREE_LEVEL_RESPONSE)
        .version(1)
        .title("镇、管区、村三级信访响应（中心店镇做法）")
        .sensitivePeriods(periods)
        .addRules(
            rule("R1", "村级超期上提管区",
                Trigger.overdueBy(1).and(Trigger.levelIs(JurisdictionLevel.VILLAGE)),
                EscalationAction.escalateTo(JurisdictionLevel.MANAGEMENT_DISTRICT)),
            rule("R2", "管区超期上提镇",
                Trigger.overdueBy(4).and(Trigger.levelIs(JurisdictionLevel.MANAGEMENT_DISTRICT)),
                EscalationAction.escalateTo(JurisdictionLevel.TOWNSHIP)),
            rule("R3", "临期提醒督办",
                Trigger.dueWithin(3),
                EscalationAction.notifyRole(Role.HEAD_OF_BODY),
                EscalationAction.supervise()),
            rule("R4", "集体访呼叫响应、大事不出镇",
                Trigger.headcountAtLeast(profile.collectiveThreshold()),
                EscalationAction.raiseCall(),
                EscalationAction.escalateTo(JurisdictionLevel.TOWNSHIP)),
            rule("R5", "重复访专案包保",
                Trigger.repeatCountAtLeast(2),
                EscalationAction.assignCaseOwner(Role.SECTION_LEVEL_CADRE, JurisdictionLevel.TOWNSHIP)),
            rule("R6", "涉重点人员通报管区警务室",
                Trigger.keyPersonInvolved(),
                EscalationAction.escalateTo(JurisdictionLevel.MANAGEMENT_DISTRICT),
                EscalationAction.notifyRole(Role.POLICE_OFFICER, JurisdictionLevel.MANAGEMENT_DISTRICT)),
            rule("R7", "多部门联席会议（中心吹哨、部门报到）",
                Trigger.departmentsAtLeast(2),
                EscalationAction.conveneJointMeeting()),
            EscalationRule.builder()
                .id("R8")
                .name("重要时段督办")
                .trigger(Trigger.inSensitivePeriod()
                    .and(Trigger.flagPresent("collective").or(Trigger.flagPresent("threat")).or(Trigger.keyPersonInvolved())))
                .addActions(EscalationAction.supervise())
                .repeat(RepeatPolicy.everyDays(7))
                .build())
        .build();
  }

  private static EscalationRule rule(String id, String name, Trigger trigger, EscalationAction... actions) {
    return EscalationRule.builder().id(id).name(name).trigger(trigger).addActions(actions).build();
  }

  private static List<SensitivePeriod> nationalDayPeriods(int fromYear, int toYear) {
    List<SensitivePeriod> periods = new ArrayList<>();
    for (int y = fromYear; y <= toYear; y++) {
      periods.add(SensitivePeriod.of("national-day-" + y, "国庆", LocalDate.of(y, 10, 1), LocalDate.of(y, 10, 7)));
    }
    return periods;
  }
}
