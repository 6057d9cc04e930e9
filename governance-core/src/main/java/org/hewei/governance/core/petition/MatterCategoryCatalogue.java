package org.hewei.governance.core.petition;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 信访事项类别目录 — the matter categories an installation uses: the built-in defaults plus its own,
 * each code at most once.
 *
 * <pre>{@code
 * MatterCategoryCatalogue local = MatterCategoryCatalogue.defaults()
 *     .with(MatterCategory.of("rural-tourism", "乡村旅游"));
 * local.find("wages");        // Optional[wages]
 * local.find("rural-tourism"); // Optional[rural-tourism]
 * }</pre>
 */
@Value.Immutable
public abstract class MatterCategoryCatalogue {
  MatterCategoryCatalogue() {}

  /** The categories, in the order they were added. */
  public abstract List<MatterCategory> categories();

  /** A catalogue of the given categories (codes must be distinct). */
  public static MatterCategoryCatalogue of(Iterable<MatterCategory> categories) {
    return ImmutableMatterCategoryCatalogue.builder().addAllCategories(categories).build();
  }

  /** The built-in categories ({@link MatterCategory#defaults()}). */
  public static MatterCategoryCatalogue defaults() {
    return of(MatterCategory.defaults());
  }

  /**
   * This catalogue with {@code category} added at the end.
   *
   * @throws org.hewei.governance.core.InvalidValueException if its code is already in the catalogue
   */
  public MatterCategoryCatalogue with(MatterCategory category) {
    return ImmutableMatterCategoryCatalogue.builder()
        .addAllCategories(categories())
        .addCategories(category)
        .build();
  }

  /** The category with {@code code}, if the catalogue has one. */
  public Optional<MatterCategory> find(String code) {
    for (MatterCategory category : categories()) {
      if (category.code().equals(code)) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Set<String> codes = new HashSet<>();
    for (MatterCategory category : categories()) {
      Checks.check(codes.add(category.code()), "categories", category.code(), "each code may appear only once");
    }
  }

  /** The codes, e.g. {@code "[land, wages, …]"}. */
  @Override
  public String toString() {
    return "MatterCategoryCatalogue" + categories();
  }
}
