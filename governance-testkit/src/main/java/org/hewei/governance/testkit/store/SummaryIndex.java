package org.hewei.governance.testkit.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.spi.AggregateType;
import org.hewei.governance.core.spi.CaseSummary;
import org.hewei.governance.core.spi.Page;
import org.hewei.governance.core.spi.PageCursor;
import org.hewei.governance.core.spi.StreamId;
import org.hewei.governance.core.spi.SummaryQuery;
import org.jspecify.annotations.Nullable;

/**
 * 摘要索引 — the summaries of the in-memory store and their secondary indexes; answers a query from
 * the smallest candidate set instead of scanning (S3.4–S3.7). Not thread-safe: the store's lock
 * guards it.
 *
 * <p>Indexes: stream id (primary, sorted); every ancestor in the jurisdiction path; status; category;
 * flag; aggregate type (all sorted by stream id); due date; and (ancestor, status) sorted by due date.
 * A sorted candidate set is walked from the cursor and stops after {@code pageSize + 1} matches; an
 * unsorted one (a union, or a due-date range) is filtered, sorted and cut.
 */
final class SummaryIndex {
  /** A due date with its stream, ordered by date then stream (only ever compared: kept in sorted sets). */
  private static final class DueKey implements Comparable<DueKey> {
    private static final Comparator<DueKey> ORDER =
        Comparator.comparing((DueKey k) -> k.due).thenComparing(k -> k.stream, Comparator.nullsFirst(Comparator.naturalOrder()));
    final LocalDate due;
    final @Nullable StreamId stream;

    DueKey(LocalDate due, @Nullable StreamId stream) {
      this.due = due;
      this.stream = stream;
    }

    @Override
    public int compareTo(DueKey o) {
      return ORDER.compare(this, o);
    }
  }

  private final TreeMap<StreamId, CaseSummary> all = new TreeMap<>();
  private final Map<JurisdictionId, TreeSet<StreamId>> byAncestor = new HashMap<>();
  private final Map<String, TreeSet<StreamId>> byStatus = new HashMap<>();
  private final Map<String, TreeSet<StreamId>> byCategory = new HashMap<>();
  private final Map<String, TreeSet<StreamId>> byFlag = new HashMap<>();
  private final Map<AggregateType, TreeSet<StreamId>> byType = new HashMap<>();
  private final TreeSet<DueKey> byDue = new TreeSet<>();
  private final Map<List<Object>, TreeSet<DueKey>> dueByAncestorStatus = new HashMap<>();

  Optional<CaseSummary> get(StreamId stream) {
    return Optional.ofNullable(all.get(stream));
  }

  Map<StreamId, CaseSummary> copy() {
    return Collections.unmodifiableMap(new TreeMap<>(all));
  }

  /** Makes {@code summary} its stream's summary, replacing (and unindexing) any earlier one. */
  void put(CaseSummary summary) {
    StreamId id = summary.stream();
    CaseSummary old = all.put(id, summary);
    if (old != null) {
      index(old, false);
    }
    index(summary, true);
  }

  private void index(CaseSummary s, boolean add) {
    StreamId id = s.stream();
    for (JurisdictionId ancestor : s.jurisdictionPath()) {
      update(byAncestor, ancestor, id, add);
      s.dueDate().ifPresent(due -> update(dueByAncestorStatus, List.of(ancestor, s.status()), new DueKey(due, id), add));
    }
    update(byStatus, s.status(), id, add);
    s.category().ifPresent(c -> update(byCategory, c, id, add));
    s.flags().forEach(f -> update(byFlag, f, id, add));
    update(byType, id.type(), id, add);
    s.dueDate().ifPresent(due -> {
      if (add) {
        byDue.add(new DueKey(due, id));
      } else {
        byDue.remove(new DueKey(due, id));
      }
    });
  }

  private static <K, T extends Comparable<T>> void update(Map<K, TreeSet<T>> index, K key, T value, boolean add) {
    if (add) {
      index.computeIfAbsent(key, k -> new TreeSet<>()).add(value);
    } else {
      TreeSet<T> set = index.get(key);
      if (set != null) {
        set.remove(value);
        if (set.isEmpty()) {
          index.remove(key);
        }
      }
    }
  }

  /** One page of the summaries matching {@code query} after {@code after} (exclusive), in stream order. */
  Page<CaseSummary> page(SummaryQuery query, Optional<StreamId> after) {
    int limit = query.pageSize() + 1;
    List<CaseSummary> found = new ArrayList<>(Math.min(limit, 1024));
    NavigableSet<StreamId> sorted = smallestSortedSource(query);
    long bound = sorted.size();
    Collection<StreamId> unsorted = smallestUnsortedSource(query, bound);
    if (unsorted != null) {
      TreeMap<StreamId, CaseSummary> ordered = new TreeMap<>();
      for (StreamId id : unsorted) {
        if (after.map(a -> id.compareTo(a) > 0).orElse(true)) {
          CaseSummary s = all.get(id);
          if (s != null && query.matches(s)) {
            ordered.put(id, s);
            if (ordered.size() > limit) {
              ordered.pollLastEntry();
            }
          }
        }
      }
      found.addAll(ordered.values());
    } else {
      NavigableSet<StreamId> from = after.map(a -> sorted.tailSet(a, false)).orElse(sorted);
      for (StreamId id : from) {
        CaseSummary s = all.get(id);
        if (s != null && query.matches(s)) {
          found.add(s);
          if (found.size() == limit) {
            break;
          }
        }
      }
    }
    if (found.size() < limit) {
      return Page.last(found);
    }
    List<CaseSummary> items = found.subList(0, query.pageSize());
    return Page.of(items, Optional.of(PageCursor.afterStream(items.get(items.size() - 1).stream())));
  }

  /** The smallest index set ordered by stream id whose members include every match. */
  private NavigableSet<StreamId> smallestSortedSource(SummaryQuery q) {
    List<NavigableSet<StreamId>> candidates = new ArrayList<>();
    candidates.add(all.navigableKeySet());
    q.subtree().ifPresent(root -> candidates.add(set(byAncestor, root)));
    if (q.statuses().size() == 1) {
      candidates.add(set(byStatus, q.statuses().iterator().next()));
    }
    if (q.categories().size() == 1) {
      candidates.add(set(byCategory, q.categories().iterator().next()));
    }
    q.flagsAll().forEach(f -> candidates.add(set(byFlag, f)));
    q.aggregateType().ifPresent(t -> candidates.add(set(byType, t)));
    return candidates.stream().min(Comparator.comparingInt(Set::size)).orElseThrow();
  }

  /**
   * An unordered candidate set smaller than {@code bound} (unions of several statuses or categories,
   * due-date ranges), or null when none is smaller.
   */
  private @Nullable Collection<StreamId> smallestUnsortedSource(SummaryQuery q, long bound) {
    Collection<StreamId> best = null;
    long bestSize = bound;
    if (q.statuses().size() > 1) {
      List<StreamId> union = unionIfSmaller(byStatus, q.statuses(), bestSize);
      if (union != null) {
        best = union;
        bestSize = union.size();
      }
    }
    if (q.categories().size() > 1) {
      List<StreamId> union = unionIfSmaller(byCategory, q.categories(), bestSize);
      if (union != null) {
        best = union;
        bestSize = union.size();
      }
    }
    if (q.dueBefore().isPresent()) {
      DueKey limit = new DueKey(q.dueBefore().get(), null);
      List<NavigableSet<DueKey>> ranges = new ArrayList<>();
      if (q.subtree().isPresent() && !q.statuses().isEmpty()) {
        for (String status : q.statuses()) {
          TreeSet<DueKey> set = dueByAncestorStatus.get(List.of(q.subtree().get(), status));
          if (set != null) {
            ranges.add(set.headSet(limit, false));
          }
        }
      } else {
        ranges.add(byDue.headSet(limit, false));
      }
      List<StreamId> ids = new ArrayList<>();
      boolean small = true;
      outer:
      for (NavigableSet<DueKey> range : ranges) {
        for (DueKey k : range) {
          if (ids.size() >= bestSize) {
            small = false;
            break outer;
          }
          ids.add(Objects.requireNonNull(k.stream));
        }
      }
      if (small) {
        best = ids;
      }
    }
    return best;
  }

  private static <K> @Nullable List<StreamId> unionIfSmaller(Map<K, TreeSet<StreamId>> index, Set<K> keys, long bound) {
    long size = 0;
    for (K k : keys) {
      size += set(index, k).size();
    }
    if (size >= bound) {
      return null;
    }
    List<StreamId> union = new ArrayList<>((int) size);
    keys.forEach(k -> union.addAll(set(index, k)));
    return union;
  }

  private static <K> NavigableSet<StreamId> set(Map<K, TreeSet<StreamId>> index, K key) {
    TreeSet<StreamId> set = index.get(key);
    return set == null ? Collections.emptyNavigableSet() : set;
  }
}
