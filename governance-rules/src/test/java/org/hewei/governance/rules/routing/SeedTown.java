package org.hewei.governance.rules.routing;

import java.time.Instant;
import java.util.List;
import org.hewei.governance.core.jurisdiction.DivisionCode;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Petitioner;

/**
 * The seed town as a test fixture (中心店镇 2022-07-25): county → town → two management districts (管区)
 * → villages, plus one village hanging directly below the town (a skipped level).
 */
public final class SeedTown {
  public static final Jurisdiction COUNTY = Jurisdiction.official(DivisionCode.parse("370883"), "邹城市");
  public static final Jurisdiction TOWN =
      Jurisdiction.official(DivisionCode.parse("370883103000"), "中心店镇").withParent(COUNTY.id());
  public static final Jurisdiction DISTRICT_1 = district("ZXD-GQ-1", "第一管区");
  public static final Jurisdiction DISTRICT_2 = district("ZXD-GQ-2", "第二管区");
  public static final Jurisdiction VILLAGE_1 = village("370883103201", "甲村", DISTRICT_1.id());
  public static final Jurisdiction VILLAGE_2 = village("370883103202", "乙村", DISTRICT_1.id());
  public static final Jurisdiction VILLAGE_3 = village("370883103203", "丙村", DISTRICT_2.id());
  /** A village directly below the town: the management-district level is skipped. */
  public static final Jurisdiction VILLAGE_DIRECT = village("370883103204", "丁村", TOWN.id());

  public static final JurisdictionTree TREE =
      JurisdictionTree.of(
          List.of(COUNTY, TOWN, DISTRICT_1, DISTRICT_2, VILLAGE_1, VILLAGE_2, VILLAGE_3, VILLAGE_DIRECT));

  public static final Instant RECEIVED = Instant.parse("2026-03-02T01:30:00Z");

  /** Text that must never show up in an explanation, log or toString. */
  public static final String SECRET_REQUEST = "张三 13800138000 要求支付拖欠工资";

  private SeedTown() {}

  private static Jurisdiction district(String id, String name) {
    return Jurisdiction.builder()
        .id(JurisdictionId.of(id))
        .level(JurisdictionLevel.MANAGEMENT_DISTRICT)
        .name(name)
        .parentId(TOWN.id())
        .build();
  }

  private static Jurisdiction village(String code, String name, JurisdictionId parent) {
    return Jurisdiction.official(DivisionCode.parse(code), name).withParent(parent);
  }

  /** The place of a node of the tree. */
  public static HandlingPlace at(Jurisdiction j) {
    return HandlingPlace.of(j.id(), j.level());
  }

  /** A petition builder with everything set: a grievance about wages from one person in village 1. */
  public static Petition.Builder petition(String id) {
    Petition.Builder b = Petition.builder();
    b.id(PetitionId.of(id))
        .channel(Channel.WALK_IN)
        .type(PetitionType.GRIEVANCE)
        .category(MatterCategory.WAGES)
        .request(SECRET_REQUEST)
        .addPetitioners(Petitioner.of(PersonId.of("P-000042")))
        .arisenIn(VILLAGE_1.id())
        .filedWith(at(VILLAGE_1))
        .receivedAt(RECEIVED);
    return b;
  }

  /** A petition from {@code headcount} people (one named representative), flagged collective. */
  public static Petition collective(String id, int headcount) {
    Petition.Builder b = petition(id);
    b.petitioners(List.of(Petitioner.representative(PersonId.of("P-000042"))))
        .headcount(headcount)
        .addFlags(PetitionFlag.COLLECTIVE);
    return b.build();
  }
}
