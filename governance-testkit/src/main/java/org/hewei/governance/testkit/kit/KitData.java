package org.hewei.governance.testkit.kit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.person.Address;
import org.hewei.governance.core.person.CitizenId;
import org.hewei.governance.core.person.Person;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.person.PersonName;
import org.hewei.governance.core.person.PhoneNumber;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Petitioner;
import org.hewei.governance.core.spi.AggregateType;
import org.hewei.governance.core.spi.CaseSummary;
import org.hewei.governance.core.spi.RegistryName;
import org.hewei.governance.core.spi.StreamId;

/**
 * 套件数据 — the real Hewei values the compatibility kit stores: petition events (plain, with unicode
 * text, with personal data), case summaries over a small jurisdiction tree, and persons for registries.
 */
final class KitData {
  static final Instant T0 = Instant.parse("2022-07-25T01:30:00Z");
  static final Actor CLERK = Actor.official(OfficialId.of("KIT-OFF-1"), Role.PETITION_OFFICER);

  /** A county with two towns, two districts each, two villages each (ids C, C-T1, C-T1-D1, C-T1-D1-V1 …). */
  static final JurisdictionId COUNTY = JurisdictionId.of("C");

  static final RegistryName<PersonId, Person> PERSONS = RegistryName.of("kit-persons", PersonId.class, Person.class);
  static final RegistryName<PersonId, Person> RESIDENTS = RegistryName.of("kit-residents", PersonId.class, Person.class);

  /** Text from several scripts and planes: CJK (incl. an extension-B character), emoji, combining marks, RTL, quotes. */
  static final String UNICODE = "张三在𠀋村的土地纠纷 — «ÇÀ vá» 👨‍👩‍👧 e\u0301 مرحبا \"引号\" 'x' \\ \t换行\n第二行";

  private KitData() {}

  static StreamId stream(String id) {
    return StreamId.petition(PetitionId.of(id));
  }

  static StreamId stream(AggregateType type, String id) {
    return StreamId.of(type, id);
  }

  /** A plain event of {@code stream} with id {@code eventId}. */
  static DomainEvent event(StreamId stream, String eventId) {
    return PetitionEvent.Registered.builder()
        .petitionId(PetitionId.of(stream.aggregateId()))
        .eventId(EventId.of(eventId))
        .occurredAt(T0.plusSeconds(Math.abs(eventId.hashCode() % 100_000)))
        .actor(CLERK)
        .build();
  }

  /** {@code count} plain events with ids {@code prefix-00000, prefix-00001, …} starting at {@code from}. */
  static List<DomainEvent> events(StreamId stream, String prefix, int from, int count) {
    List<DomainEvent> list = new ArrayList<>(count);
    for (int i = from; i < from + count; i++) {
      list.add(event(stream, String.format("%s-%05d", prefix, i)));
    }
    return list;
  }

  /** An event whose free text is {@code text} (unicode, never printed). */
  static DomainEvent textEvent(StreamId stream, String eventId, String text) {
    return PetitionEvent.Declined.builder()
        .petitionId(PetitionId.of(stream.aggregateId()))
        .eventId(EventId.of(eventId))
        .occurredAt(T0)
        .actor(CLERK)
        .reason(text)
        .build();
  }

  /** The first event of a petition: the petition with its petitioners, request and facts (personal data). */
  static DomainEvent received(StreamId stream, String eventId) {
    Petition petition = Petition.builder()
        .id(PetitionId.of(stream.aggregateId()))
        .channel(Channel.WALK_IN)
        .type(PetitionType.GRIEVANCE)
        .category(MatterCategory.WAGES)
        .request("请求支付拖欠的2021年秋收工资。联系人：张三，身份证11010519491231002X，电话13812345678，住址：中心店镇北村12号")
        .facts("李四（电话13987654321）承包工程，拖欠12名村民工资共计¥48,600.50元 🙏")
        .addPetitioners(Petitioner.representative(PersonId.of("P-000042")))
        .addPetitioners(Petitioner.of(PersonId.of("P-000043")))
        .headcount(12)
        .arisenIn(JurisdictionId.of("C-T1-D1-V1"))
        .filedWith(HandlingPlace.of(JurisdictionId.of("C-T1"), JurisdictionLevel.TOWNSHIP))
        .receivedAt(T0)
        .addFlags(PetitionFlag.COLLECTIVE)
        .build();
    return PetitionEvent.Received.builder().eventId(EventId.of(eventId)).occurredAt(T0).actor(CLERK).petition(petition).build();
  }

  /** A person with every kind of personal information. */
  static Person person(String id, String name) {
    return Person.builder()
        .id(PersonId.of(id))
        .name(PersonName.of(name))
        .citizenId(CitizenId.parse("11010519491231002X"))
        .phone(PhoneNumber.parse("13812345678"))
        .address(Address.of("山东省邹城市中心店镇北村12号（东数第3户）"))
        .residence(JurisdictionId.of("C-T1-D1-V1"))
        .build();
  }

  /** The path root..self of the village {@code t}/{@code d}/{@code v} (1-based), or shorter for t/d only. */
  static List<JurisdictionId> path(int town, int district, int village) {
    List<JurisdictionId> path = new ArrayList<>();
    path.add(COUNTY);
    String id = "C-T" + town;
    path.add(JurisdictionId.of(id));
    if (district > 0) {
      id += "-D" + district;
      path.add(JurisdictionId.of(id));
      if (village > 0) {
        id += "-V" + village;
        path.add(JurisdictionId.of(id));
      }
    }
    return List.copyOf(path);
  }

  static CaseSummary summary(
      StreamId stream, List<JurisdictionId> path, String status, Optional<LocalDate> due, Optional<String> category,
      Set<String> flags) {
    return CaseSummary.builder()
        .stream(stream)
        .jurisdiction(path.get(path.size() - 1))
        .jurisdictionPath(path)
        .status(status)
        .dueDate(due)
        .category(category)
        .flags(flags)
        .updatedAt(T0)
        .build();
  }

  static CaseSummary summary(StreamId stream, String status) {
    return summary(stream, path(1, 1, 1), status, Optional.empty(), Optional.empty(), Set.of());
  }
}
