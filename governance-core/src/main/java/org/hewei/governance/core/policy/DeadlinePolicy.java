package org.hewei.governance.core.policy;

import static org.hewei.governance.core.policy.PeriodUnit.CALENDAR_DAYS;
import static org.hewei.governance.core.policy.PeriodUnit.WORKING_DAYS;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 期限政策 — the named periods that deadlines are computed from, each with its length, unit and legal
 * basis. {@link #defaults()} holds exactly the numbers of REGULATIONS.md (信访工作条例 2022, 人民调解法)
 * plus the seed town's local practice; users override a period with {@link #withPeriod} or build
 * their own policy.
 *
 * <pre>{@code
 * DeadlinePolicy p = DeadlinePolicy.defaults();
 * p.period(DeadlinePolicy.GRIEVANCE_HANDLING).length(); // 60 (条例 Art 34)
 * DeadlinePolicy local = p.withPeriod(p.period(DeadlinePolicy.DEPARTMENT_LIMIT).withLength(10)).withVersion(2);
 * }</pre>
 */
@Value.Immutable
public abstract class DeadlinePolicy {
  /** 登记、转送、交办: the petition office registers and routes within 15 days (条例 Art 22). */
  public static final String REGISTER_AND_ROUTE = "register-and-route";
  /** 其他机关登记告知: another body receiving a petition directly, 15 days (条例 Art 23). */
  public static final String OTHER_BODY_REGISTER = "other-body-register";
  /** 异议: a body given a matter outside its remit objects within 5 working days (条例 Art 23). */
  public static final String OBJECTION = "objection";
  /** 办理: grievance matters are handled within 60 days of acceptance (条例 Art 34). */
  public static final String GRIEVANCE_HANDLING = "grievance-handling";
  /** 延期: an extension of at most 30 days (条例 Art 34). */
  public static final String EXTENSION_MAX = "extension-max";
  /** 复查申请: within 30 days of receiving the written reply (条例 Art 35). */
  public static final String REVIEW_REQUEST = "review-request";
  /** 复查意见: within 30 days of receiving the request (条例 Art 35). */
  public static final String REVIEW_OPINION = "review-opinion";
  /** 复核申请: within 30 days of receiving the review opinion (条例 Art 36). */
  public static final String RE_REVIEW_REQUEST = "re-review-request";
  /** 复核意见: within 30 days, hearing time not counted (条例 Art 36). */
  public static final String RE_REVIEW_OPINION = "re-review-opinion";
  /** 司法确认申请: jointly within 30 days of the agreement taking effect (人民调解法 Art 33). */
  public static final String JUDICIAL_CONFIRMATION_APPLICATION = "judicial-confirmation-application";
  /** 部门办结时限: departments conclude forwarded requests within 15 days (seed town, local practice). */
  public static final String DEPARTMENT_LIMIT = "department-limit";
  /** 12345 紧急类: the same day (local practice example). */
  public static final String HOTLINE_URGENT = "hotline-12345-urgent";
  /** 12345 咨询类: 3 working days (local practice example). */
  public static final String HOTLINE_ENQUIRY = "hotline-12345-enquiry";
  /** 12345 投诉类: 13 working days (local practice example). */
  public static final String HOTLINE_COMPLAINT = "hotline-12345-complaint";

  private static final String TIAOLI = "信访工作条例 (2022) Art ";

  private static final DeadlinePolicy DEFAULTS =
      builder()
          .id(PolicyId.of("hewei-deadlines"))
          .version(1)
          .title("信访工作条例 2022 与人民调解法期限（含中心店镇本地做法）")
          .addPeriods(
              PeriodDefinition.statutory(REGISTER_AND_ROUTE, "登记并转送交办", 15, CALENDAR_DAYS, TIAOLI + "22"),
              PeriodDefinition.statutory(OTHER_BODY_REGISTER, "其他机关登记告知", 15, CALENDAR_DAYS, TIAOLI + "23"),
              PeriodDefinition.statutory(OBJECTION, "交办异议", 5, WORKING_DAYS, TIAOLI + "23"),
              PeriodDefinition.statutory(GRIEVANCE_HANDLING, "申诉求决类办理", 60, CALENDAR_DAYS, TIAOLI + "34"),
              PeriodDefinition.statutory(EXTENSION_MAX, "延期（最长）", 30, CALENDAR_DAYS, TIAOLI + "34"),
              PeriodDefinition.statutory(REVIEW_REQUEST, "复查申请", 30, CALENDAR_DAYS, TIAOLI + "35"),
              PeriodDefinition.statutory(REVIEW_OPINION, "复查意见", 30, CALENDAR_DAYS, TIAOLI + "35"),
              PeriodDefinition.statutory(RE_REVIEW_REQUEST, "复核申请", 30, CALENDAR_DAYS, TIAOLI + "36"),
              PeriodDefinition.builder()
                  .key(RE_REVIEW_OPINION)
                  .name("复核意见")
                  .length(30)
                  .unit(CALENDAR_DAYS)
                  .legalBasis(TIAOLI + "36")
                  .statutory(true)
                  .hearingTimeExcluded(true)
                  .build(),
              PeriodDefinition.statutory(
                  JUDICIAL_CONFIRMATION_APPLICATION,
                  "司法确认申请",
                  30,
                  CALENDAR_DAYS,
                  "人民调解法 (2010) Art 33; 民事诉讼法 (2023) Art 205"),
              PeriodDefinition.localPractice(
                  DEPARTMENT_LIMIT, "部门办结时限", 15, CALENDAR_DAYS, "中心店镇做法 (seed 2022-07-25)"),
              PeriodDefinition.localPractice(HOTLINE_URGENT, "12345 紧急类", 0, CALENDAR_DAYS, "12345 地方做法示例"),
              PeriodDefinition.localPractice(HOTLINE_ENQUIRY, "12345 咨询类", 3, WORKING_DAYS, "12345 地方做法示例"),
              PeriodDefinition.localPractice(HOTLINE_COMPLAINT, "12345 投诉类", 13, WORKING_DAYS, "12345 地方做法示例"))
          .build();

  DeadlinePolicy() {}

  /** The policy's id. */
  public abstract PolicyId id();

  /** The version (≥ 1). */
  public abstract int version();

  /** A title (at most 200 characters). */
  public abstract String title();

  /** The periods (keys unique), in display order. */
  public abstract List<PeriodDefinition> periods();

  /** The default periods: REGULATIONS.md's numbers and the seed's local practice (id {@code hewei-deadlines}, v1). */
  public static DeadlinePolicy defaults() {
    return DEFAULTS;
  }

  /** A new builder; {@code builder().from(DeadlinePolicy.defaults())} starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeadlinePolicy}; {@code build()} throws {@code InvalidValueException} for bad or missing values. */
  public static final class Builder extends ImmutableDeadlinePolicy.Builder {
    Builder() {}
  }

  /**
   * The period with {@code key}.
   *
   * @throws InvalidValueException naming the key and the known keys when there is none
   */
  public PeriodDefinition period(String key) {
    return find(key)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "key",
                    key,
                    "no period with this key in deadline policy "
                        + id()
                        + " v"
                        + version()
                        + "; known keys: "
                        + periods().stream().map(PeriodDefinition::key).collect(Collectors.joining(", "))));
  }

  /** The period with {@code key}, if any. */
  public Optional<PeriodDefinition> find(String key) {
    return periods().stream().filter(p -> p.key().equals(key)).findFirst();
  }

  /** This policy with {@code period} replacing the period with the same key (or added at the end). */
  public DeadlinePolicy withPeriod(PeriodDefinition period) {
    Checks.required("period", period);
    List<PeriodDefinition> list = new ArrayList<>(periods());
    boolean replaced = false;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).key().equals(period.key())) {
        list.set(i, period);
        replaced = true;
      }
    }
    if (!replaced) {
      list.add(period);
    }
    return builder().from(this).periods(list).build();
  }

  /** This policy with another version number. */
  public DeadlinePolicy withVersion(int version) {
    return builder().from(this).version(version).build();
  }

  @Value.Check
  void check() {
    Checks.atLeast("version", version(), 1);
    Checks.text("title", title(), Checks.MAX_LABEL);
    Set<String> keys = new HashSet<>();
    for (PeriodDefinition p : periods()) {
      Checks.check(keys.add(p.key()), "periods", p.key(), "period keys must be unique");
    }
  }

  /** The whole policy: a header line and one line per period. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    s.append("Deadline policy ").append(id()).append(" v").append(version()).append(" — ").append(title());
    periods().forEach(p -> s.append("\n  ").append(p));
    return s.toString();
  }

  /** {@code "DeadlinePolicy{hewei-deadlines v1, 14 periods}"}. */
  @Override
  public String toString() {
    return "DeadlinePolicy{" + id() + " v" + version() + ", " + periods().size() + " periods}";
  }
}
