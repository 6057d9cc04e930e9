package org.hewei.governance.testkit.generate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.organization.DutyShift;
import org.hewei.governance.core.organization.Official;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.Unit;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.organization.UnitKind;

/**
 * 组织生成器 — units, officials with role sets and duty shifts, placed in a jurisdiction tree.
 *
 * <pre>{@code
 * Official o = OrganizationGen.officials(tree).sample(1L);          // 1 to 4 roles
 * Official cop = OrganizationGen.officials(tree, Role.POLICE_OFFICER).sample(2L);
 * DutyShift shift = OrganizationGen.dutyShifts(o).sample(3L);       // in one of o's roles
 * }</pre>
 */
public final class OrganizationGen {
  private OrganizationGen() {}

  /** Unit ids {@code U-…}. */
  public static Gen<UnitId> unitIds() {
    return random -> UnitId.of("U-" + random.nextInt(1_000_000));
  }

  /** Units of every kind, in a node of {@code tree}, sometimes with a parent unit. */
  public static Gen<Unit> units(JurisdictionTree tree) {
    Gen<JurisdictionId> where = JurisdictionGen.nodesOf(tree);
    Gen<UnitKind> kinds = Gen.elements(UnitKind.values());
    return random -> {
      UnitKind kind = kinds.generate(random);
      UnitId id = UnitId.of("U-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + random.nextInt(1_000_000));
      Unit.Builder b =
          Unit.builder()
              .id(id)
              .kind(kind)
              .name(random.nextInt(30) == 0 ? TextGen.label(200).generate(random) : kind.chineseName() + random.nextInt(100))
              .jurisdiction(where.generate(random));
      if (random.nextInt(3) == 0) {
        b.parent(UnitId.of(id.value() + "-parent"));
      }
      return b.build();
    };
  }

  /** Role sets of 1 to 4 roles. */
  public static Gen<Set<Role>> roleSets() {
    Gen<Role> role = Gen.elements(Role.values());
    return role.list(1, 4).map(list -> Set.copyOf(EnumSet.copyOf(list)));
  }

  /** Officials with 1 to 4 roles, in a node of {@code tree}, with a phone two times in three. */
  public static Gen<Official> officials(JurisdictionTree tree) {
    return officials(tree, roleSets());
  }

  /** Officials that hold {@code role} (and maybe others). */
  public static Gen<Official> officials(JurisdictionTree tree, Role role) {
    return officials(
        tree,
        roleSets().map(set -> {
          EnumSet<Role> with = EnumSet.copyOf(set);
          with.add(role);
          return Set.copyOf(with);
        }));
  }

  private static Gen<Official> officials(JurisdictionTree tree, Gen<Set<Role>> roles) {
    Gen<JurisdictionId> where = JurisdictionGen.nodesOf(tree);
    return random -> {
      Official.Builder b =
          Official.builder()
              .id(EventGen.officialIds().generate(random))
              .name(PersonGen.names().generate(random))
              .unit(unitIds().generate(random))
              .roles(roles.generate(random))
              .jurisdiction(where.generate(random));
      if (random.nextInt(3) != 0) {
        b.phone(PersonGen.phones().generate(random));
      }
      return b.build();
    };
  }

  /** Duty shifts of {@code official}: in one of its roles, at its unit, on a day 2022–2026. */
  public static Gen<DutyShift> dutyShifts(Official official) {
    List<Role> roles = List.copyOf(official.roles());
    Gen<LocalDate> days = EventGen.dates();
    Gen<DutyShift.Kind> kinds = Gen.elements(DutyShift.Kind.values());
    return random -> {
      DutyShift.Builder b =
          DutyShift.builder()
              .official(official.id())
              .role(roles.get(random.nextInt(roles.size())))
              .date(days.generate(random))
              .unit(official.unit())
              .kind(kinds.generate(random));
      if (random.nextBoolean()) {
        b.venue(random.nextBoolean() ? "镇信访办" : "和为贵社会综合治理服务中心");
      }
      return b.build();
    };
  }

  /** Duty shifts of officials of {@code tree}. */
  public static Gen<DutyShift> dutyShifts(JurisdictionTree tree) {
    return officials(tree).flatMap(OrganizationGen::dutyShifts);
  }
}
