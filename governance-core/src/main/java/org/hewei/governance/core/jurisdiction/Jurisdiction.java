package org.hewei.governance.core.jurisdiction;

import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 辖区 — one node of the governance tree: a province, prefecture, county (市/县/区), township
 * (镇/街道), management district (管区), village/community (村/社区) or grid cell (网格).
 *
 * <p>Rules checked at construction:
 *
 * <ul>
 *   <li>the Chinese name is non-blank text of at most 200 characters (a place name is public, so it
 *       appears in {@code toString});
 *   <li>a {@linkplain #code() division code} may be given only for an {@linkplain
 *       JurisdictionLevel#isOfficial() official level}, and its {@linkplain DivisionCode#level() level}
 *       must equal the node's level — so 管区 and 网格 never have one;
 *   <li>a node is not its own parent.
 * </ul>
 *
 * <p>Whether the parent exists and lies above is checked when nodes are put together into a {@link
 * JurisdictionTree}.
 *
 * <pre>{@code
 * Jurisdiction town = Jurisdiction.official(DivisionCode.parse("370883103000"), "中心店镇")
 *     .withParent(JurisdictionId.of("370883000000"));
 * Jurisdiction district = Jurisdiction.builder()
 *     .id(JurisdictionId.of("ZXD-GQ-1"))
 *     .level(JurisdictionLevel.MANAGEMENT_DISTRICT)
 *     .name("第一管区")
 *     .parentId(town.id())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Jurisdiction {
  Jurisdiction() {}

  /** The node's identifier; for official units usually the 12-digit code. */
  public abstract JurisdictionId id();

  /** The node's level. */
  public abstract JurisdictionLevel level();

  /** The Chinese name, e.g. {@code "中心店镇"}. */
  public abstract String name();

  /** The statistical division code; only official levels may have one. */
  public abstract Optional<DivisionCode> code();

  /** The parent node's identifier; empty for the root of a tree. */
  public abstract Optional<JurisdictionId> parentId();

  /** A builder; {@code id}, {@code level} and {@code name} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An official unit whose id is its code's 12 digits and whose level is its code's level, without a
   * parent.
   *
   * <pre>{@code
   * Jurisdiction.official(DivisionCode.parse("370883"), "邹城市"); // id 370883000000, COUNTY
   * }</pre>
   */
  public static Jurisdiction official(DivisionCode code, String name) {
    Checks.required("code", code);
    return builder().id(JurisdictionId.of(code.value())).level(code.level()).name(name).code(code).build();
  }

  /** A copy of this node with {@code parent} as its parent. */
  public Jurisdiction withParent(JurisdictionId parent) {
    return builder().from(this).parentId(parent).build();
  }

  @Value.Check
  void check() {
    Checks.text("name", name(), Checks.MAX_LABEL);
    code()
        .ifPresent(
            c -> {
              Checks.check(
                  level().isOfficial(),
                  "code",
                  c,
                  "a " + level() + " (" + level().chineseName() + ") of '" + id() + "' has no statistical division code");
              Checks.check(
                  c.level() == level(),
                  "code",
                  c,
                  "is a " + c.level() + " code but '" + id() + "' is a " + level());
            });
    parentId()
        .ifPresent(p -> Checks.check(!p.equals(id()), "parentId", p, "a jurisdiction cannot be its own parent"));
  }

  /** 辖区 builder; see {@link Jurisdiction#builder()}. */
  public static final class Builder extends ImmutableJurisdiction.Builder {
    Builder() {}
  }
}
