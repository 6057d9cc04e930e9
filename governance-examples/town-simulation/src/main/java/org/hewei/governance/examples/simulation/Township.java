package org.hewei.governance.examples.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.organization.Official;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.organization.Unit;
import org.hewei.governance.core.organization.UnitId;
import org.hewei.governance.core.organization.UnitKind;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.testkit.fixture.SampleTown;

/**
 * 乡镇工作台 — who does what in one township of the sample territory: its petition office and
 * clerks, the head of the body, the governance centre, and per village the committee, a cadre, the
 * grid workers and the residents; per management district the office and the police post.
 *
 * <pre>{@code
 * List<Township> towns = Township.all(SampleTown.town(42L));
 * towns.get(0).villages().size(); // 31
 * }</pre>
 */
final class Township {
  final Jurisdiction township;
  final UnitId government;
  final UnitId petitionOffice;
  final UnitId centre;
  final List<OfficialId> clerks;
  final OfficialId head;
  final List<Jurisdiction> villages = new ArrayList<>();
  final Map<JurisdictionId, JurisdictionId> districtOf = new LinkedHashMap<>();
  final Map<JurisdictionId, UnitId> committee = new LinkedHashMap<>();
  final Map<JurisdictionId, OfficialId> cadre = new LinkedHashMap<>();
  final Map<JurisdictionId, List<PersonId>> residents = new LinkedHashMap<>();
  final Map<JurisdictionId, UnitId> districtOffice = new LinkedHashMap<>();
  final Map<JurisdictionId, OfficialId> districtCadre = new LinkedHashMap<>();
  final Map<JurisdictionId, OfficialId> postOfficer = new LinkedHashMap<>();

  private Township(SampleTown town, Jurisdiction township, Map<JurisdictionId, List<PersonId>> people) {
    this.township = township;
    JurisdictionId id = township.id();
    this.government = unit(town, UnitKind.TOWNSHIP_GOVERNMENT, id);
    this.petitionOffice = unit(town, UnitKind.PETITION_OFFICE, id);
    this.centre = unit(town, UnitKind.GOVERNANCE_CENTRE, id);
    this.clerks = officials(town, petitionOffice, Role.PETITION_OFFICER);
    this.head = officials(town, government, Role.HEAD_OF_BODY).get(0);
    for (Jurisdiction district : town.tree().children(id)) {
      UnitId office = unit(town, UnitKind.MANAGEMENT_DISTRICT_OFFICE, district.id());
      districtOffice.put(district.id(), office);
      districtCadre.put(district.id(), town.officialsOf(office).get(0).id());
      postOfficer.put(district.id(), officials(town, unit(town, UnitKind.POLICE_POST, district.id()), Role.POLICE_OFFICER).get(0));
      for (Jurisdiction village : town.tree().children(district.id())) {
        List<PersonId> living = people.getOrDefault(village.id(), List.of());
        if (living.isEmpty()) {
          continue;
        }
        villages.add(village);
        districtOf.put(village.id(), district.id());
        UnitId c = unit(town, UnitKind.VILLAGE_COMMITTEE, village.id());
        committee.put(village.id(), c);
        cadre.put(village.id(), officials(town, c, Role.VILLAGE_CADRE).get(0));
        residents.put(village.id(), living);
      }
    }
  }

  /** Every township of {@code town}, in tree order. */
  static List<Township> all(SampleTown town) {
    Map<JurisdictionId, List<PersonId>> people = new LinkedHashMap<>();
    town.persons().forEach(p -> p.residence().ifPresent(r -> people.computeIfAbsent(r, k -> new ArrayList<>()).add(p.id())));
    List<Township> result = new ArrayList<>();
    for (Jurisdiction t : town.townships()) {
      result.add(new Township(town, t, people));
    }
    return result;
  }

  UnitId committee(JurisdictionId village) {
    return known(committee, village);
  }

  OfficialId cadre(JurisdictionId village) {
    return known(cadre, village);
  }

  List<PersonId> residents(JurisdictionId village) {
    return known(residents, village);
  }

  JurisdictionId district(JurisdictionId village) {
    return known(districtOf, village);
  }

  UnitId districtOffice(JurisdictionId district) {
    return known(districtOffice, district);
  }

  OfficialId districtCadre(JurisdictionId district) {
    return known(districtCadre, district);
  }

  OfficialId postOfficer(JurisdictionId district) {
    return known(postOfficer, district);
  }

  private static <V> V known(Map<JurisdictionId, V> map, JurisdictionId key) {
    V v = map.get(key);
    if (v == null) {
      throw new IllegalStateException("not in this township: " + key);
    }
    return v;
  }

  /**
   * The township of {@code townships} on the path from {@code where} to the root of {@code tree}.
   *
   * @throws IllegalStateException if no township lies above {@code where}
   */
  static Township containing(Map<JurisdictionId, Township> townships, JurisdictionTree tree, JurisdictionId where) {
    for (Jurisdiction j : tree.pathToRoot(where)) {
      Township t = townships.get(j.id());
      if (t != null) {
        return t;
      }
    }
    throw new IllegalStateException("no township above " + where);
  }

  /** Every township of {@code town} by its jurisdiction id, in tree order. */
  static Map<JurisdictionId, Township> byId(SampleTown town) {
    Map<JurisdictionId, Township> result = new LinkedHashMap<>();
    for (Township t : all(town)) {
      result.put(t.township.id(), t);
    }
    return result;
  }

  /** The joint-meeting units: the petition office and the governance centre. */
  Set<UnitId> jointMeetingUnits() {
    return Set.of(petitionOffice, centre);
  }

  private static UnitId unit(SampleTown town, UnitKind kind, JurisdictionId where) {
    for (Unit u : town.units()) {
      if (u.kind() == kind && u.jurisdiction().equals(where)) {
        return u.id();
      }
    }
    throw new IllegalStateException("the sample town has no " + kind + " in " + where);
  }

  private static List<OfficialId> officials(SampleTown town, UnitId unit, Role role) {
    List<OfficialId> result = new ArrayList<>();
    for (Official o : town.officialsOf(unit)) {
      if (o.roles().contains(role)) {
        result.add(o.id());
      }
    }
    if (result.isEmpty()) {
      throw new IllegalStateException("no " + role + " in " + unit);
    }
    return result;
  }
}
