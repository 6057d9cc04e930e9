package org.hewei.governance.testkit.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.keyperson.CategoryProfile;
import org.hewei.governance.core.keyperson.ChangeLevel;
import org.hewei.governance.core.keyperson.ControlLevel;
import org.hewei.governance.core.keyperson.Delist;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonCategory;
import org.hewei.governance.core.keyperson.KeyPersonCommand;
import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.keyperson.KeySubject;
import org.hewei.governance.core.keyperson.ListSubject;
import org.hewei.governance.core.keyperson.RecordVisit;
import org.hewei.governance.core.organization.Role;

/**
 * 重点人员生成器 — categories of the default catalogue, subjects (persons or places) that fit them,
 * record states and commands, all consistent with the catalogue's allowed control levels.
 *
 * <pre>{@code
 * KeyPersonRecordState record = KeyPersonGen.records(tree).sample(1L);
 * KeyPersonCommand next = KeyPersonGen.commands(record).sample(2L); // visit, level change or delisting
 * }</pre>
 */
public final class KeyPersonGen {
  private KeyPersonGen() {}

  private static final KeyPersonCatalogue CATALOGUE = KeyPersonCatalogue.defaults();
  private static final String[] PLACES = {"网吧", "小旅馆", "小饭店", "出租屋", "加油站", "烟花爆竹仓库", "小作坊", "足浴店", "小超市"};

  /** Record ids {@code KP-…}. */
  public static Gen<KeyPersonRecordId> recordIds() {
    return random -> KeyPersonRecordId.of("KP-" + random.nextInt(10_000_000));
  }

  /** Every category of the default catalogue, evenly. */
  public static Gen<KeyPersonCategory> categories() {
    return Gen.elements(CATALOGUE.profiles().stream().map(CategoryProfile::category).toList());
  }

  /** A subject that fits {@code category}: a person for person categories, a place (maybe with address) for place ones. */
  public static Gen<KeySubject> subjects(KeyPersonCategory category) {
    return random -> subject(random, category);
  }

  static KeySubject subject(SplittableRandom random, KeyPersonCategory category) {
    if (category.subject() == KeyPersonCategory.Subject.PERSON) {
      return KeySubject.person(PersonGen.personIds().generate(random));
    }
    String name = PLACES[random.nextInt(PLACES.length)] + (1 + random.nextInt(99)) + "号";
    return random.nextBoolean() ? KeySubject.place(name) : KeySubject.place(name, PersonGen.addresses().generate(random));
  }

  /** A control level the default catalogue allows for {@code category}. */
  public static Gen<ControlLevel> levels(KeyPersonCategory category) {
    return Gen.elements(CATALOGUE.profile(category).allowedLevels());
  }

  /** Record states in nodes of {@code tree}: listed or delisted, visited or not, versions from 1. */
  public static Gen<KeyPersonRecordState> records(JurisdictionTree tree) {
    Gen<JurisdictionId> where = JurisdictionGen.leavesOf(tree);
    Gen<LocalDate> days = EventGen.dates();
    return random -> {
      KeyPersonCategory category = categories().generate(random);
      LocalDate listed = days.generate(random);
      KeyPersonRecordState.Builder b =
          KeyPersonRecordState.builder()
              .id(recordIds().generate(random))
              .subject(subject(random, category))
              .category(category)
              .level(levels(category).generate(random))
              .responsibleOfficial(EventGen.officialIds().generate(random))
              .jurisdiction(where.generate(random))
              .listedOn(listed);
      long version = 1;
      if (random.nextBoolean()) {
        b.lastVisit(listed.plusDays(random.nextInt(120)));
        version += 1 + random.nextInt(10);
      }
      if (random.nextInt(4) == 0) {
        b.delistedOn(listed.plusDays(random.nextInt(400)));
        version++;
      }
      return b.version(version).build();
    };
  }

  /** Commands that list a new subject in a leaf of {@code tree}. */
  public static Gen<ListSubject> listSubjects(JurisdictionTree tree) {
    Gen<JurisdictionId> where = JurisdictionGen.leavesOf(tree);
    return random -> {
      KeyPersonCategory category = categories().generate(random);
      LocalDate listed = EventGen.dates().generate(random);
      return ListSubject.builder()
          .commandId(EventGen.commandIds().generate(random))
          .issuedAt(EventGen.instantsOn(listed).generate(random))
          .actor(officer(random, category))
          .recordId(recordIds().generate(random))
          .subject(subject(random, category))
          .category(category)
          .level(levels(category).generate(random))
          .responsibleOfficial(EventGen.officialIds().generate(random))
          .jurisdiction(where.generate(random))
          .listedOn(listed)
          .reason(TextGen.shortText().generate(random))
          .build();
    };
  }

  /**
   * Commands for an existing {@code record}: a visit (on or after the listing day), a change to
   * another allowed level, or a delisting; all dated on or after the listing day.
   */
  public static Gen<KeyPersonCommand> commands(KeyPersonRecordState record) {
    List<ControlLevel> others =
        CATALOGUE.find(record.category().code())
            .map(p -> p.allowedLevels().stream().filter(l -> l != record.level()).toList())
            .orElse(List.of());
    return random -> {
      LocalDate day = record.listedOn().plusDays(random.nextInt(5) == 0 ? 0 : random.nextInt(365));
      Instant at = EventGen.instantsOn(day).generate(random);
      Actor actor = officer(random, record.category());
      int pick = random.nextInt(others.isEmpty() ? 2 : 3);
      if (pick == 0) {
        return RecordVisit.builder()
            .commandId(EventGen.commandIds().generate(random)).issuedAt(at).actor(actor).recordId(record.id())
            .visitor(EventGen.officialIds().generate(random))
            .visitedOn(day)
            .findings(TextGen.shortText().generate(random))
            .build();
      } else if (pick == 1) {
        return Delist.builder()
            .commandId(EventGen.commandIds().generate(random)).issuedAt(at).actor(actor).recordId(record.id())
            .delistedOn(day)
            .reason(TextGen.shortText().generate(random))
            .build();
      }
      return ChangeLevel.builder()
          .commandId(EventGen.commandIds().generate(random)).issuedAt(at).actor(actor).recordId(record.id())
          .level(others.get(random.nextInt(others.size())))
          .reason(TextGen.shortText().generate(random))
          .build();
    };
  }

  private static Actor officer(SplittableRandom random, KeyPersonCategory category) {
    Role role = CATALOGUE.find(category.code()).map(CategoryProfile::responsibleRole).orElse(Role.GRID_WORKER);
    return Actor.official(EventGen.officialIds().generate(random), role);
  }
}
