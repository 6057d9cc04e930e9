package org.hewei.governance.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.spi.AggregateType;
import org.hewei.governance.core.spi.CaseSummary;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.Page;
import org.hewei.governance.core.spi.StreamId;
import org.hewei.governance.core.spi.SummaryQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The indexed query planner agrees with the reference semantics ({@link SummaryQuery#matches}, stream
 * order, keyset pages) for random data, random updates and random queries of every shape.
 */
class InMemoryGovernanceStoreProperties {
  private static final Instant T0 = Instant.parse("2022-07-25T01:30:00Z");
  private static final List<String> STATUSES = List.of("RECEIVED", "ACCEPTED", "ASSIGNED", "CLOSED");
  private static final List<String> CATEGORIES = List.of("land", "wages");
  private static final List<String> FLAGS = List.of("collective", "urgent");

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  private static List<JurisdictionId> path(SplittableRandom r) {
    List<JurisdictionId> p = new ArrayList<>();
    String id = "C";
    p.add(JurisdictionId.of(id));
    int depth = r.nextInt(4);
    for (int i = 0; i < depth; i++) {
      id += "-" + r.nextInt(3);
      p.add(JurisdictionId.of(id));
    }
    return p;
  }

  private static CaseSummary summary(StreamId s, SplittableRandom r) {
    List<JurisdictionId> path = path(r);
    CaseSummary.Builder b = CaseSummary.builder().stream(s).jurisdiction(path.get(path.size() - 1)).jurisdictionPath(path)
        .status(STATUSES.get(r.nextInt(STATUSES.size()))).updatedAt(T0);
    if (r.nextBoolean()) {
      b.dueDate(LocalDate.of(2022, 8, 1).plusDays(r.nextInt(10)));
    }
    if (r.nextInt(3) > 0) {
      b.category(CATEGORIES.get(r.nextInt(CATEGORIES.size())));
    }
    FLAGS.forEach(f -> {
      if (r.nextBoolean()) {
        b.addFlags(f);
      }
    });
    return b.build();
  }

  private static SummaryQuery query(SplittableRandom r) {
    SummaryQuery.Builder b = SummaryQuery.builder().pageSize(1 + r.nextInt(8));
    if (r.nextBoolean()) {
      List<JurisdictionId> p = path(r);
      b.subtree(p.get(r.nextInt(p.size())));
    }
    STATUSES.forEach(s -> {
      if (r.nextInt(3) == 0) {
        b.addStatuses(s);
      }
    });
    if (r.nextBoolean()) {
      b.dueBefore(LocalDate.of(2022, 8, 1).plusDays(r.nextInt(11)));
    }
    CATEGORIES.forEach(c -> {
      if (r.nextInt(3) == 0) {
        b.addCategories(c);
      }
    });
    if (r.nextInt(3) == 0) {
      b.addFlagsAll(FLAGS.get(r.nextInt(FLAGS.size())));
    }
    if (r.nextInt(4) == 0) {
      b.aggregateType(r.nextBoolean() ? AggregateType.PETITION : AggregateType.DISPUTE);
    }
    return b.build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void queriesAgreeWithTheReferenceSemantics(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    InMemoryGovernanceStore<DomainEvent> store = InMemoryGovernanceStore.create();
    Map<StreamId, CaseSummary> expected = new TreeMap<>();
    int writes = 5 + r.nextInt(40);
    for (int i = 0; i < writes; i++) {
      StreamId s = StreamId.of(r.nextInt(3) == 0 ? AggregateType.DISPUTE : AggregateType.PETITION, "S-" + r.nextInt(25));
      CaseSummary c = summary(s, r);
      DomainEvent e = PetitionEvent.Registered.builder().petitionId(PetitionId.of(s.aggregateId())).eventId(EventId.of("e" + i))
          .occurredAt(T0).actor(Actor.official(OfficialId.of("OFF-1"), Role.PETITION_OFFICER)).build();
      long v = store.append(s, ExpectedVersion.any(), List.of(e), c).version();
      expected.put(s, c.withVersion(v));
    }
    for (int q = 0; q < 6; q++) {
      SummaryQuery query = query(r);
      List<CaseSummary> all = new ArrayList<>();
      Page<CaseSummary> page = store.query(query);
      all.addAll(page.items());
      while (page.hasNext()) {
        assertThat(page.items()).hasSize(query.pageSize());
        page = store.query(query.withCursor(page.next().orElseThrow()));
        all.addAll(page.items());
      }
      assertThat(all).as("seed %d, query %s", seed, query)
          .isEqualTo(expected.values().stream().filter(query::matches).collect(Collectors.toList()));
    }
  }
}
