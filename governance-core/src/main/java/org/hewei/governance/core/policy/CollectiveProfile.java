package org.hewei.governance.core.policy;

import java.util.List;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 集体访认定口径 — when a petition counts as collective (集体访) and how many representatives a group
 * walking in together may choose. There is no national numeric definition of a collective petition; the
 * 条例 (Art 20) caps representatives at 5; provinces differ (Zhejiang: at most 3 for groups of up to 10,
 * at most 5 above). A configurable profile, default 5 persons / 5 representatives.
 *
 * <pre>{@code
 * CollectiveProfile.national().isCollective(5);        // true
 * CollectiveProfile.zhejiang().maxRepresentatives(8);  // 3
 * }</pre>
 */
@Value.Immutable
public abstract class CollectiveProfile {
  private static final CollectiveProfile NATIONAL =
      builder()
          .code("national")
          .name("全国默认（条例第二十条）")
          .collectiveThreshold(5)
          .addRepresentativeCaps(RepresentativeCap.anySize(5))
          .build();

  private static final CollectiveProfile ZHEJIANG =
      builder()
          .code("zhejiang")
          .name("浙江口径")
          .collectiveThreshold(5)
          .addRepresentativeCaps(RepresentativeCap.upTo(10, 3), RepresentativeCap.anySize(5))
          .build();

  CollectiveProfile() {}

  /** The profile's code (an identifier, e.g. {@code "zhejiang"}). */
  public abstract String code();

  /** A name (at most 200 characters). */
  public abstract String name();

  /** The headcount from which a petition is collective (≥ 2; default profile: 5). */
  public abstract int collectiveThreshold();

  /**
   * The representative tiers in ascending order of group size; the last one applies to any size (at
   * least one tier; no cap above 5, 条例 Art 20).
   */
  public abstract List<RepresentativeCap> representativeCaps();

  /** 5 persons, at most 5 representatives (条例 Art 20). */
  public static CollectiveProfile national() {
    return NATIONAL;
  }

  /** Zhejiang: 5 persons; at most 3 representatives for groups of up to 10, at most 5 above. */
  public static CollectiveProfile zhejiang() {
    return ZHEJIANG;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CollectiveProfile}; {@code build()} throws {@code InvalidValueException} for bad or missing values. */
  public static final class Builder extends ImmutableCollectiveProfile.Builder {
    Builder() {}
  }

  /** Whether {@code headcount} persons make a collective petition under this profile. */
  public boolean isCollective(int headcount) {
    return headcount >= collectiveThreshold();
  }

  /** The most representatives a group of {@code groupSize} persons may choose. */
  public int maxRepresentatives(int groupSize) {
    for (RepresentativeCap cap : representativeCaps()) {
      if (cap.upToPersons().isEmpty() || groupSize <= cap.upToPersons().get()) {
        return cap.maxRepresentatives();
      }
    }
    throw new IllegalStateException("unreachable: the last tier applies to any size");
  }

  @Value.Check
  void check() {
    Checks.id("code", code());
    Checks.text("name", name(), Checks.MAX_LABEL);
    Checks.atLeast("collectiveThreshold", collectiveThreshold(), 2);
    List<RepresentativeCap> caps = Checks.notEmpty("representativeCaps", representativeCaps());
    int previous = 0;
    for (int i = 0; i < caps.size(); i++) {
      RepresentativeCap cap = caps.get(i);
      boolean last = i == caps.size() - 1;
      Checks.check(cap.upToPersons().isEmpty() == last, "representativeCaps", cap,
          "only the last tier, and always the last tier, applies to any size");
      Checks.check(cap.maxRepresentatives() <= 5, "representativeCaps", cap,
          "at most 5 representatives (信访工作条例 Art 20)");
      if (!last) {
        int upTo = cap.upToPersons().orElseThrow();
        Checks.check(upTo > previous, "representativeCaps", cap, "tiers must be in ascending order of group size");
        previous = upTo;
      }
    }
  }

  /** {@code "zhejiang 浙江口径: collective from 5 persons; representatives [≤ 10 persons: 3, any size: 5]"}. */
  @Override
  public String toString() {
    return code() + " " + name() + ": collective from " + collectiveThreshold() + " persons; representatives "
        + representativeCaps();
  }
}
