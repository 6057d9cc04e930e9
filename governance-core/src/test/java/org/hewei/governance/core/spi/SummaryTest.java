package org.hewei.governance.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.MissingValueException;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.OfficialId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SummaryTest {
  static final JurisdictionId COUNTY = JurisdictionId.of("370883");
  static final JurisdictionId TOWN = JurisdictionId.of("370883103");
  static final JurisdictionId DISTRICT = JurisdictionId.of("zxd-md-1");
  static final JurisdictionId VILLAGE = JurisdictionId.of("370883103201");

  static CaseSummary summary() {
    return CaseSummary.builder()
        .stream(StreamId.of(AggregateType.PETITION, "ZXD-1"))
        .jurisdiction(VILLAGE)
        .jurisdictionPath(List.of(COUNTY, TOWN, DISTRICT, VILLAGE))
        .status("ASSIGNED")
        .category("land-contract")
        .addFlags("collective", "repeat")
        .dueDate(LocalDate.of(2022, 8, 9))
        .updatedAt(Instant.parse("2022-07-25T08:00:00Z"))
        .build();
  }

  @Test
  @DisplayName("a case summary knows its subtree and is stamped with a version by the store (S3.1)")
  void caseSummary() {
    CaseSummary s = summary();
    assertThat(s.version()).isZero();
    assertThat(s.isWithin(TOWN)).isTrue();
    assertThat(s.isWithin(VILLAGE)).isTrue();
    assertThat(s.isWithin(JurisdictionId.of("370883104"))).isFalse();
    CaseSummary stamped = s.withVersion(7);
    assertThat(stamped.version()).isEqualTo(7);
    assertThat(stamped.withVersion(0)).isEqualTo(s);
  }

  @Test
  @DisplayName("a case summary's path ends with its jurisdiction, has no repeats, at most 16 levels; codes are ids")
  void caseSummaryValidation() {
    assertThatThrownBy(() -> CaseSummary.builder().from(summary()).jurisdictionPath(List.of(COUNTY, TOWN)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must end with the jurisdiction itself");
    assertThatThrownBy(() -> CaseSummary.builder().from(summary()).jurisdictionPath(List.of()).build())
        .hasMessageContaining("jurisdictionPath");
    assertThatThrownBy(() -> CaseSummary.builder().from(summary()).jurisdictionPath(List.of(VILLAGE, TOWN, VILLAGE)).build())
        .hasMessageContaining("must not repeat");
    JurisdictionId[] deep = new JurisdictionId[17];
    for (int i = 0; i < 16; i++) {
      deep[i] = JurisdictionId.of("j" + i);
    }
    deep[16] = VILLAGE;
    assertThatThrownBy(() -> CaseSummary.builder().from(summary()).jurisdictionPath(List.of(deep)).build())
        .hasMessageContaining("at most 16");
    assertThatThrownBy(() -> CaseSummary.builder().from(summary()).status("已交办").build()).hasMessageContaining("status");
    assertThatThrownBy(() -> CaseSummary.builder().from(summary()).category("land contract").build()).hasMessageContaining("category");
    assertThatThrownBy(() -> CaseSummary.builder().from(summary()).addFlags("a b").build()).hasMessageContaining("flags");
    assertThatThrownBy(() -> summary().withVersion(-1)).hasMessageContaining("version");
    assertThatThrownBy(() -> CaseSummary.builder().jurisdiction(VILLAGE).build()).isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("S3.4 query filters: subtree, status, due strictly before, category, all flags, aggregate type")
  void queryMatches() {
    CaseSummary s = summary();
    assertThat(SummaryQuery.all().matches(s)).isTrue();
    assertThat(SummaryQuery.builder().subtree(TOWN).build().matches(s)).isTrue();
    assertThat(SummaryQuery.builder().subtree(JurisdictionId.of("370883104")).build().matches(s)).isFalse();
    assertThat(SummaryQuery.builder().addStatuses("ASSIGNED", "ACCEPTED").build().matches(s)).isTrue();
    assertThat(SummaryQuery.builder().addStatuses("ACCEPTED").build().matches(s)).isFalse();
    assertThat(SummaryQuery.builder().dueBefore(LocalDate.of(2022, 8, 10)).build().matches(s)).isTrue();
    assertThat(SummaryQuery.builder().dueBefore(LocalDate.of(2022, 8, 9)).build().matches(s)).as("strictly before").isFalse();
    CaseSummary noDue = CaseSummary.builder().from(s).dueDate(Optional.empty()).category(Optional.empty()).build();
    assertThat(SummaryQuery.builder().dueBefore(LocalDate.MAX).build().matches(noDue)).isFalse();
    assertThat(SummaryQuery.builder().addCategories("land-contract").build().matches(s)).isTrue();
    assertThat(SummaryQuery.builder().addCategories("land-contract").build().matches(noDue)).isFalse();
    assertThat(SummaryQuery.builder().addFlagsAll("collective").build().matches(s)).isTrue();
    assertThat(SummaryQuery.builder().addFlagsAll("collective", "threat").build().matches(s)).isFalse();
    assertThat(SummaryQuery.builder().aggregateType(AggregateType.PETITION).build().matches(s)).isTrue();
    assertThat(SummaryQuery.builder().aggregateType(AggregateType.ERRAND).build().matches(s)).isFalse();
    assertThat(SummaryQuery.builder().subtree(TOWN).addStatuses("ASSIGNED").addFlagsAll("threat").build().matches(s))
        .as("filters combine with AND").isFalse();
  }

  @Test
  @DisplayName("query page size is 1..1000 (default 100); codes are identifiers; withCursor keeps the filters")
  void queryValidation() {
    assertThat(SummaryQuery.all().pageSize()).isEqualTo(100);
    assertThat(SummaryQuery.builder().pageSize(1000).build().pageSize()).isEqualTo(1000);
    assertThatThrownBy(() -> SummaryQuery.builder().pageSize(0).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> SummaryQuery.builder().pageSize(1001).build()).hasMessageContaining("pageSize");
    assertThatThrownBy(() -> SummaryQuery.builder().addStatuses("").build()).hasMessageContaining("statuses");
    assertThatThrownBy(() -> SummaryQuery.builder().addCategories("a b").build()).hasMessageContaining("categories");
    assertThatThrownBy(() -> SummaryQuery.builder().addFlagsAll("a b").build()).hasMessageContaining("flagsAll");
    SummaryQuery q = SummaryQuery.builder().subtree(TOWN).addStatuses("ASSIGNED").pageSize(10).build();
    SummaryQuery next = q.withCursor(PageCursor.of("UEVUSVRJT046WlhELTE="));
    assertThat(next.cursor()).contains(PageCursor.of("UEVUSVRJT046WlhELTE="));
    assertThat(next.subtree()).contains(TOWN);
    assertThat(next.pageSize()).isEqualTo(10);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  @DisplayName("S3.8 page cursors are 1..1024 URL-safe characters; pages know whether more follow")
  void cursorsAndPages() {
    assertThat(PageCursor.of("abc-_.~:+/=")).hasToString("abc-_.~:+/=");
    assertThat(PageCursor.of("x".repeat(1024)).token()).hasSize(1024);
    assertThatThrownBy(() -> PageCursor.of("")).isInstanceOf(InvalidValueException.class).hasMessageContaining("cursor");
    assertThatThrownBy(() -> PageCursor.of("x".repeat(1025))).hasMessageContaining("cursor");
    assertThatThrownBy(() -> PageCursor.of("a b")).hasMessageContaining("cursor");
    assertThatThrownBy(() -> PageCursor.of("光标")).hasMessageContaining("cursor");
    assertThatThrownBy(() -> PageCursor.of(null)).isInstanceOf(MissingValueException.class);
    Page<String> last = Page.last(List.of("a", "b"));
    assertThat(last.hasNext()).isFalse();
    assertThat(last).hasToString("Page{2 items}");
    Page<String> more = Page.of(List.of("a"), Optional.of(PageCursor.of("c1")));
    assertThat(more.hasNext()).isTrue();
    assertThat(more.next()).contains(PageCursor.of("c1"));
    assertThat(more).hasToString("Page{1 items, next=c1}");
  }

  @Test
  @DisplayName("registry names are typed; entries print key and version, never the value")
  void registries() {
    RegistryName<OfficialId, String> officials = RegistryName.of("officials", OfficialId.class, String.class);
    assertThat(officials.name()).isEqualTo("officials");
    assertThat(officials.keyType()).isEqualTo(OfficialId.class);
    assertThat(officials.valueType()).isEqualTo(String.class);
    assertThat(officials).isEqualTo(RegistryName.of("officials", OfficialId.class, String.class))
        .hasSameHashCodeAs(RegistryName.of("officials", OfficialId.class, String.class))
        .isNotEqualTo(RegistryName.of("persons", OfficialId.class, String.class))
        .hasToString("officials<OfficialId, String>");
    assertThatThrownBy(() -> RegistryName.of("bad name", OfficialId.class, String.class)).hasMessageContaining("registryName");
    RegistryEntry<OfficialId, String> e = RegistryEntry.of(OfficialId.of("OFF-17"), "王五 13800000000", 3);
    assertThat(e.value()).isEqualTo("王五 13800000000");
    assertThat(e).hasToString("OFF-17@3");
    assertThat(e.toString()).doesNotContain("王五");
    assertThatThrownBy(() -> RegistryEntry.of(OfficialId.of("OFF-17"), "x", 0)).hasMessageContaining("version");
  }
}
