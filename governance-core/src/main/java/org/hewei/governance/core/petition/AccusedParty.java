package org.hewei.governance.core.petition;

import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.person.PersonId;
import org.immutables.value.Value;

/**
 * 被检举控告对象 — the person or body an accusation (检举控告, 条例 Art 30) is about.
 *
 * <p>Either a known person ({@link PersonId}), a known unit ({@link UnitId}), or someone the
 * petitioner describes without an id ("某村会计"). The description may name people, so it is
 * personal information and never printed. Whatever the kind, the accusation's materials and the
 * petitioners' identity must never reach this party (条例 Art 30, 46(5)); governance-rules' access
 * policy enforces that.
 *
 * <pre>{@code
 * AccusedParty.person(PersonId.of("P-000777"));
 * AccusedParty.unit(UnitId.of("ZXD-LAND-OFFICE"));
 * AccusedParty.unnamed("the accountant of the village committee");
 * }</pre>
 */
@Value.Immutable
public abstract class AccusedParty {
  /** 对象类别 — the kinds of accused party. */
  public enum Kind {
    /** 个人: a person known by id. */
    PERSON,
    /** 单位: a unit known by id. */
    UNIT,
    /** 未识别: described only in words. */
    UNNAMED
  }

  AccusedParty() {}

  /** The kind of party. */
  public abstract Kind kind();

  /** The person, exactly when {@link #kind()} is {@link Kind#PERSON}. */
  public abstract Optional<PersonId> person();

  /** The unit, exactly when {@link #kind()} is {@link Kind#UNIT}. */
  public abstract Optional<UnitId> unit();

  /**
   * The petitioner's description (at most 200 characters; personal information): required when
   * {@link Kind#UNNAMED}, optional otherwise.
   */
  @Value.Redacted
  public abstract Optional<String> description();

  /** An accused person. */
  public static AccusedParty person(PersonId person) {
    return ImmutableAccusedParty.builder().kind(Kind.PERSON).person(person).build();
  }

  /** An accused unit (机关、单位). */
  public static AccusedParty unit(UnitId unit) {
    return ImmutableAccusedParty.builder().kind(Kind.UNIT).unit(unit).build();
  }

  /** An accused party known only by the petitioner's description (at most 200 characters). */
  public static AccusedParty unnamed(String description) {
    return ImmutableAccusedParty.builder().kind(Kind.UNNAMED).description(description).build();
  }

  @Value.Check
  void check() {
    Checks.check(person().isPresent() == (kind() == Kind.PERSON), "person", kind(), "a person is given exactly when the kind is PERSON");
    Checks.check(unit().isPresent() == (kind() == Kind.UNIT), "unit", kind(), "a unit is given exactly when the kind is UNIT");
    Checks.check(kind() != Kind.UNNAMED || description().isPresent(), "description", null, "is required when the kind is UNNAMED");
    description().ifPresent(d -> Checks.personalText("description", d, Checks.MAX_LABEL));
  }

  /** The kind and id, e.g. {@code "unit:ZXD-LAND-OFFICE"}; a description is shown as {@code ***}. */
  @Override
  public String toString() {
    switch (kind()) {
      case PERSON:
        return "person:" + person().orElseThrow();
      case UNIT:
        return "unit:" + unit().orElseThrow();
      default:
        return "unnamed:***";
    }
  }
}
