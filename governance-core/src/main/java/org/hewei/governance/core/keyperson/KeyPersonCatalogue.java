package org.hewei.governance.core.keyperson;

import com.google.common.collect.ImmutableMap;
import java.time.Period;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.keyperson.KeyPersonCategory.Subject;
import org.hewei.governance.core.organization.Role;
import org.jspecify.annotations.Nullable;

/**
 * 重点人员/场所类别目录 — the open taxonomy of key-person and key-place categories with their
 * {@link CategoryProfile}s, looked up by code.
 *
 * <p>{@link #defaults()} holds the categories named in the seed and in common township practice.
 * Visit intervals are local practice (no national rule sets them), so they are only defaults; override
 * a profile with {@link #with(CategoryProfile)} or build a catalogue of your own with {@link
 * #builder()}. The defaults (level: interval):
 *
 * <table>
 *   <caption>default catalogue</caption>
 *   <tr><th>code</th><th>名称</th><th>levels and visit intervals</th><th>role</th><th>sensitivity</th></tr>
 *   <tr><td>floating-population</td><td>流动人口</td><td>ATTENTION 3 months, FOCUS 1 month</td><td>POLICE_OFFICER</td><td>SENSITIVE</td></tr>
 *   <tr><td>drug-related</td><td>涉毒人员</td><td>ATTENTION 3 months, FOCUS 1 month, STRICT 2 weeks</td><td>POLICE_OFFICER</td><td>SENSITIVE</td></tr>
 *   <tr><td>state-security-focus</td><td>国保重点人员</td><td>FOCUS 1 month, STRICT 1 week</td><td>POLICE_OFFICER</td><td>SENSITIVE</td></tr>
 *   <tr><td>community-correction</td><td>社区矫正对象</td><td>ATTENTION 1 month, FOCUS 2 weeks, STRICT 1 week</td><td>COMMUNITY_CORRECTION_OFFICER</td><td>SPECIALLY_PROTECTED</td></tr>
 *   <tr><td>released-prisoner</td><td>刑满释放人员</td><td>ATTENTION 3 months, FOCUS 1 month</td><td>JUDICIAL_OFFICER</td><td>SENSITIVE</td></tr>
 *   <tr><td>severe-mental-disorder</td><td>严重精神障碍患者</td><td>ATTENTION 3 months, FOCUS 1 month, STRICT 2 weeks</td><td>MENTAL_HEALTH_WORKER</td><td>SPECIALLY_PROTECTED</td></tr>
 *   <tr><td>petition-focus</td><td>重点信访人员</td><td>ATTENTION 1 month, FOCUS 2 weeks, STRICT 1 week</td><td>PETITION_OFFICER</td><td>SENSITIVE</td></tr>
 *   <tr><td>rental-housing</td><td>出租房屋</td><td>ATTENTION 3 months, FOCUS 1 month</td><td>POLICE_OFFICER</td><td>ORDINARY</td></tr>
 *   <tr><td>nine-small-venues</td><td>九小场所</td><td>ATTENTION 3 months, FOCUS 1 month</td><td>GRID_WORKER</td><td>ORDINARY</td></tr>
 *   <tr><td>hazardous-materials-site</td><td>危爆物品场所</td><td>FOCUS 1 month, STRICT 1 week</td><td>POLICE_OFFICER</td><td>ORDINARY</td></tr>
 * </table>
 *
 * <p>The catalogue keeps the order in which profiles were added; overriding a code keeps its place.
 *
 * <pre>{@code
 * KeyPersonCatalogue catalogue = KeyPersonCatalogue.defaults()
 *     .with(KeyPersonCatalogue.defaults().profile("floating-population").withVisitInterval(ControlLevel.ATTENTION, Period.ofMonths(6)));
 * catalogue.profile("drug-related").responsibleRole(); // Role.POLICE_OFFICER
 * catalogue.profile("gambling"); // InvalidValueException: unknown category code
 * }</pre>
 */
public final class KeyPersonCatalogue {
  /** 流动人口. */
  public static final KeyPersonCategory FLOATING_POPULATION =
      KeyPersonCategory.of("floating-population", "流动人口", Subject.PERSON);
  /** 涉毒人员. */
  public static final KeyPersonCategory DRUG_RELATED =
      KeyPersonCategory.of("drug-related", "涉毒人员", Subject.PERSON);
  /** 国保重点人员. */
  public static final KeyPersonCategory STATE_SECURITY_FOCUS =
      KeyPersonCategory.of("state-security-focus", "国保重点人员", Subject.PERSON);
  /** 社区矫正对象. */
  public static final KeyPersonCategory COMMUNITY_CORRECTION =
      KeyPersonCategory.of("community-correction", "社区矫正对象", Subject.PERSON);
  /** 刑满释放人员. */
  public static final KeyPersonCategory RELEASED_PRISONER =
      KeyPersonCategory.of("released-prisoner", "刑满释放人员", Subject.PERSON);
  /** 严重精神障碍患者. */
  public static final KeyPersonCategory SEVERE_MENTAL_DISORDER =
      KeyPersonCategory.of("severe-mental-disorder", "严重精神障碍患者", Subject.PERSON);
  /** 重点信访人员. */
  public static final KeyPersonCategory PETITION_FOCUS =
      KeyPersonCategory.of("petition-focus", "重点信访人员", Subject.PERSON);
  /** 出租房屋. */
  public static final KeyPersonCategory RENTAL_HOUSING =
      KeyPersonCategory.of("rental-housing", "出租房屋", Subject.PLACE);
  /** 九小场所 (小商店, 小餐饮, 小旅馆, 小歌舞, 小网吧, 小美容, 小浴室, 小作坊, 小医疗). */
  public static final KeyPersonCategory NINE_SMALL_VENUES =
      KeyPersonCategory.of("nine-small-venues", "九小场所", Subject.PLACE);
  /** 危爆物品场所: sites storing or using hazardous chemicals, explosives. */
  public static final KeyPersonCategory HAZARDOUS_MATERIALS_SITE =
      KeyPersonCategory.of("hazardous-materials-site", "危爆物品场所", Subject.PLACE);

  private static final Period WEEK = Period.ofWeeks(1);
  private static final Period TWO_WEEKS = Period.ofWeeks(2);
  private static final Period MONTH = Period.ofMonths(1);
  private static final Period QUARTER = Period.ofMonths(3);

  private static final KeyPersonCatalogue DEFAULTS =
      builder()
          .put(profile(FLOATING_POPULATION, Role.POLICE_OFFICER, Sensitivity.SENSITIVE,
              "居住证暂行条例 (2015); 流动人口居住登记, interval local practice",
              QUARTER, MONTH, null))
          .put(profile(DRUG_RELATED, Role.POLICE_OFFICER, Sensitivity.SENSITIVE,
              "禁毒法 (2007) 社区戒毒/社区康复; interval local practice", QUARTER, MONTH, TWO_WEEKS))
          .put(profile(STATE_SECURITY_FOCUS, Role.POLICE_OFFICER, Sensitivity.SENSITIVE,
              "公安机关国内安全保卫工作; interval local practice", null, MONTH, WEEK))
          .put(profile(COMMUNITY_CORRECTION, Role.COMMUNITY_CORRECTION_OFFICER,
              Sensitivity.SPECIALLY_PROTECTED,
              "社区矫正法 (2019), 宽管/普管/严管 classification; interval local practice",
              MONTH, TWO_WEEKS, WEEK))
          .put(profile(RELEASED_PRISONER, Role.JUDICIAL_OFFICER, Sensitivity.SENSITIVE,
              "安置帮教 by the judicial office; interval local practice", QUARTER, MONTH, null))
          .put(profile(SEVERE_MENTAL_DISORDER, Role.MENTAL_HEALTH_WORKER,
              Sensitivity.SPECIALLY_PROTECTED,
              "精神卫生法 (2012) Art 4 confidentiality; follow-up at least quarterly (基本公共卫生服务规范)",
              QUARTER, MONTH, TWO_WEEKS))
          .put(profile(PETITION_FOCUS, Role.PETITION_OFFICER, Sensitivity.SENSITIVE,
              "信访工作条例 (2022); 包案稳控, interval local practice", MONTH, TWO_WEEKS, WEEK))
          .put(profile(RENTAL_HOUSING, Role.POLICE_OFFICER, Sensitivity.ORDINARY,
              "出租房屋治安管理; interval local practice", QUARTER, MONTH, null))
          .put(profile(NINE_SMALL_VENUES, Role.GRID_WORKER, Sensitivity.ORDINARY,
              "消防安全网格化检查; interval local practice", QUARTER, MONTH, null))
          .put(profile(HAZARDOUS_MATERIALS_SITE, Role.POLICE_OFFICER, Sensitivity.ORDINARY,
              "民用爆炸物品安全管理条例, 危险化学品安全管理条例; interval local practice",
              null, MONTH, WEEK))
          .build();

  private final ImmutableMap<String, CategoryProfile> profiles;

  private KeyPersonCatalogue(ImmutableMap<String, CategoryProfile> profiles) {
    this.profiles = profiles;
  }

  /** The built-in default catalogue (see the table on the class). */
  public static KeyPersonCatalogue defaults() {
    return DEFAULTS;
  }

  /** An empty builder; start from {@code defaults().toBuilder()} to extend the defaults. */
  public static Builder builder() {
    return new Builder(new LinkedHashMap<>());
  }

  /** A builder holding this catalogue's profiles. */
  public Builder toBuilder() {
    return new Builder(new LinkedHashMap<>(profiles));
  }

  /** A catalogue with {@code profile} added, or replacing the profile with the same code. */
  public KeyPersonCatalogue with(CategoryProfile profile) {
    return toBuilder().put(profile).build();
  }

  /**
   * The profile of the category with {@code code}.
   *
   * @throws InvalidValueException if the catalogue has no such category; the message lists the known
   *     codes
   */
  public CategoryProfile profile(String code) {
    CategoryProfile profile = profiles.get(Checks.required("categoryCode", code));
    if (profile == null) {
      throw new InvalidValueException(
          "categoryCode", Checks.shorten(code), "is not in the catalogue; known codes: " + profiles.keySet());
    }
    return profile;
  }

  /** The profile of {@code category}, looked up by its code. */
  public CategoryProfile profile(KeyPersonCategory category) {
    return profile(Checks.required("category", category).code());
  }

  /** The profile with {@code code}, if the catalogue has one. */
  public Optional<CategoryProfile> find(String code) {
    return Optional.ofNullable(profiles.get(code));
  }

  /** Whether the catalogue has a category with {@code code}. */
  public boolean contains(String code) {
    return profiles.containsKey(code);
  }

  /** All profiles, in the order they were added. */
  public Collection<CategoryProfile> profiles() {
    return profiles.values();
  }

  /** All codes, in the order they were added. */
  public Set<String> codes() {
    return profiles.keySet();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof KeyPersonCatalogue that && that.profiles.equals(profiles);
  }

  @Override
  public int hashCode() {
    return profiles.hashCode();
  }

  /** The codes, e.g. {@code "KeyPersonCatalogue[floating-population, drug-related, …]"}. */
  @Override
  public String toString() {
    return "KeyPersonCatalogue" + profiles.keySet();
  }

  private static CategoryProfile profile(
      KeyPersonCategory category,
      Role role,
      Sensitivity sensitivity,
      String basis,
      @Nullable Period attention,
      @Nullable Period focus,
      @Nullable Period strict) {
    CategoryProfile.Builder builder =
        CategoryProfile.builder().category(category).responsibleRole(role).sensitivity(sensitivity).basis(basis);
    if (attention != null) {
      builder.putVisitIntervals(ControlLevel.ATTENTION, attention);
    }
    if (focus != null) {
      builder.putVisitIntervals(ControlLevel.FOCUS, focus);
    }
    if (strict != null) {
      builder.putVisitIntervals(ControlLevel.STRICT, strict);
    }
    return builder.build();
  }

  /**
   * 目录构建器 — collects profiles; a profile with an existing code replaces it in place.
   *
   * <pre>{@code
   * KeyPersonCatalogue mine = KeyPersonCatalogue.defaults().toBuilder()
   *     .remove("state-security-focus")
   *     .put(gamblingProfile)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final Map<String, CategoryProfile> profiles;

    Builder(Map<String, CategoryProfile> profiles) {
      this.profiles = profiles;
    }

    /** Adds {@code profile}, or replaces the one with the same code. */
    public Builder put(CategoryProfile profile) {
      CategoryProfile checked = Checks.required("profile", profile);
      profiles.put(checked.code(), checked);
      return this;
    }

    /**
     * Removes the category with {@code code}.
     *
     * @throws InvalidValueException if there is none
     */
    public Builder remove(String code) {
      Checks.check(profiles.remove(Checks.required("categoryCode", code)) != null, "categoryCode", code, "is not in the catalogue");
      return this;
    }

    /** The catalogue (which may be empty). */
    public KeyPersonCatalogue build() {
      return new KeyPersonCatalogue(ImmutableMap.copyOf(profiles));
    }
  }
}
