package org.hewei.governance.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.event.DomainEvent;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.spi.ConcurrencyConflictException;
import org.hewei.governance.core.spi.ExpectedVersion;
import org.hewei.governance.core.spi.Page;
import org.hewei.governance.core.spi.PageCursor;
import org.hewei.governance.core.spi.Registry;
import org.hewei.governance.core.spi.RegistryEntry;
import org.hewei.governance.core.spi.RegistryName;
import org.hewei.governance.core.spi.SummaryQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Versions, removal, paging and the usage record of the in-memory registries. */
class InMemoryRegistryTest {
  private static final RegistryName<PersonId, String> NOTES = RegistryName.of("notes", PersonId.class, String.class);
  private static final PersonId P1 = PersonId.of("P-1");

  private final InMemoryGovernanceStore<DomainEvent> store = InMemoryGovernanceStore.create();
  private final Registry<PersonId, String> notes = store.registry(NOTES);

  private List<String> keysInPages(int pageSize) {
    List<String> keys = new ArrayList<>();
    Page<RegistryEntry<PersonId, String>> page = notes.list(pageSize, Optional.empty());
    keys.addAll(page.items().stream().map(e -> e.key().value()).toList());
    while (page.hasNext()) {
      assertThat(page.items()).hasSize(pageSize);
      page = notes.list(pageSize, page.next());
      keys.addAll(page.items().stream().map(e -> e.key().value()).toList());
    }
    return keys;
  }

  @Test
  @DisplayName("put numbers an entry's versions from 1; get returns the latest; views of one name share entries")
  void versions() {
    assertThat(notes.name()).isEqualTo(NOTES);
    RegistryEntry<PersonId, String> first = notes.put(P1, "a", ExpectedVersion.noStream());
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.value()).isEqualTo("a");
    RegistryEntry<PersonId, String> second = notes.put(P1, "b", ExpectedVersion.exactly(1));
    assertThat(second.version()).isEqualTo(2);
    assertThat(store.registry(NOTES).get(P1)).hasValueSatisfying(e -> {
      assertThat(e.value()).isEqualTo("b");
      assertThat(e.version()).isEqualTo(2);
    });
    assertThat(notes.get(PersonId.of("P-9"))).isEmpty();
    assertThat(store.usage().isClean()).isTrue();
  }

  @Test
  @DisplayName("remove answers whether an entry went; a stale remove throws, keeps the entry and is recorded by key")
  void remove() {
    notes.put(P1, "a", ExpectedVersion.noStream());
    assertThatThrownBy(() -> notes.remove(P1, ExpectedVersion.exactly(7)))
        .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
          assertThat(e.actualVersion()).isEqualTo(1);
          assertThat(e.subject()).isEqualTo("registry notes/P-1");
        });
    assertThat(notes.get(P1)).isPresent();
    assertThat(notes.remove(P1, ExpectedVersion.exactly(1))).isTrue();
    assertThat(notes.get(P1)).isEmpty();
    assertThat(notes.remove(P1, ExpectedVersion.any())).isFalse();
    assertThat(notes.put(P1, "c", ExpectedVersion.noStream()).version()).isEqualTo(1);
    assertThat(store.usage().issues()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(UsageIssue.Kind.STALE_EXPECTED_VERSION);
      assertThat(i.subject()).isEqualTo("registry notes/P-1");
    });
  }

  @Test
  @DisplayName("a stale put keeps the old value")
  void stalePut() {
    notes.put(P1, "a", ExpectedVersion.noStream());
    assertThatThrownBy(() -> notes.put(P1, "b", ExpectedVersion.exactly(2))).isInstanceOf(ConcurrencyConflictException.class);
    assertThat(notes.get(P1)).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo("a"));
  }

  @Test
  @DisplayName("listing pages in key order: a full last page has no cursor, every key appears once for every page size")
  void paging() {
    for (int i = 0; i < 6; i++) {
      notes.put(PersonId.of("P-" + i), "n" + i, ExpectedVersion.noStream());
    }
    List<String> all = List.of("P-0", "P-1", "P-2", "P-3", "P-4", "P-5");
    for (int size = 1; size <= 7; size++) {
      assertThat(keysInPages(size)).as("page size %d", size).isEqualTo(all);
    }
    Page<RegistryEntry<PersonId, String>> exact = notes.list(6, Optional.empty());
    assertThat(exact.items()).hasSize(6);
    assertThat(exact.hasNext()).isFalse();
    Page<RegistryEntry<PersonId, String>> firstTwo = notes.list(2, Optional.empty());
    assertThat(firstTwo.items()).extracting(e -> e.key().value()).containsExactly("P-0", "P-1");
    assertThat(notes.list(2, firstTwo.next()).items()).extracting(e -> e.key().value()).containsExactly("P-2", "P-3");
    assertThat(store.registry(RegistryName.of("empty", PersonId.class, String.class)).list(3, Optional.empty()).items()).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // nulls on purpose
  @DisplayName("page sizes outside 1..MAX_PAGE_SIZE and null arguments are rejected and recorded under the registry's name")
  void invalidArguments() {
    notes.put(P1, "a", ExpectedVersion.noStream());
    assertThat(notes.list(SummaryQuery.MAX_PAGE_SIZE, Optional.empty()).items()).hasSize(1);
    assertThat(notes.list(1, Optional.empty()).items()).hasSize(1);
    assertThatThrownBy(() -> notes.list(0, Optional.empty())).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("between 1 and " + SummaryQuery.MAX_PAGE_SIZE);
    assertThatThrownBy(() -> notes.list(SummaryQuery.MAX_PAGE_SIZE + 1, Optional.empty()))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> notes.put(null, "a", ExpectedVersion.any())).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> notes.get(null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> notes.remove(P1, null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> store.registry(null)).isInstanceOf(InvalidValueException.class);
    assertThat(store.usage().issues()).extracting(UsageIssue::subject).containsExactly(
        "registry notes", "registry notes", "registry notes", "registry notes", "registry notes", "registry");
    assertThat(store.usage().issues(UsageIssue.Kind.INVALID_ARGUMENT)).hasSize(6);
    assertThat(notes.get(P1)).isPresent();
  }

  @Test
  @DisplayName("cursors that were not produced by a listing are rejected: wrong parts, kind, checksum or base64")
  void foreignCursors() {
    notes.put(P1, "a", ExpectedVersion.noStream());
    for (String token : List.of("r.UC0x", "x.UC0x.0", "r.UC0x.0.0", "s." + PageCursor.afterKey("P-1").token().substring(2))) {
      assertThatThrownBy(() -> notes.list(1, Optional.of(PageCursor.of(token))))
          .as(token).isInstanceOf(InvalidValueException.class).hasMessageContaining("not produced by this store");
    }
    assertThat(PageCursor.afterKey("P-1/张").key()).isEqualTo("P-1/张");
  }
}
