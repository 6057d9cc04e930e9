package org.hewei.governance.core.spi;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 分页结果 — one page of a query: its items in order and, when more may follow, the cursor of the next
 * page (clause S3.6).
 *
 * <pre>{@code
 * Page<CaseSummary> page = store.query(q);
 * page.items();
 * page.next().ifPresent(c -> store.query(q.withCursor(c)));
 * }</pre>
 *
 * @param <T> the item type
 */
@Value.Immutable
public abstract class Page<T> {
  Page() {}

  /** The items, in the query's order. */
  @Value.Parameter
  public abstract List<T> items();

  /** The cursor of the next page; empty on the last page. */
  @Value.Parameter
  public abstract Optional<PageCursor> next();

  /** A page (store implementations create these). */
  public static <T> Page<T> of(List<T> items, Optional<PageCursor> next) {
    return ImmutablePage.of(items, next);
  }

  /** The last page: {@code items} and no cursor. */
  public static <T> Page<T> last(List<T> items) {
    return ImmutablePage.of(items, Optional.empty());
  }

  /** Whether a next page may follow. */
  public boolean hasNext() {
    return next().isPresent();
  }

  /** {@code "Page{3 items, next=…}"} (items are not printed: they may carry personal data). */
  @Override
  public String toString() {
    return "Page{" + items().size() + " items" + next().map(c -> ", next=" + c).orElse("") + "}";
  }
}
