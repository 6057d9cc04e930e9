package org.hewei.governance.reliability.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hewei.governance.core.keyperson.KeyPersonCategory;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.person.Address;
import org.hewei.governance.core.person.CitizenId;
import org.hewei.governance.core.person.PersonName;
import org.hewei.governance.core.person.PhoneNumber;
import org.hewei.governance.reliability.support.ObjectGraph;

/**
 * 个人信息清单 — the personal data reachable from some values: names, citizen ID numbers, personal
 * phone numbers, addresses; and, separately, the key-person categories of records that list a person
 * (being listed is 特定身份 information, 个人信息保护法 Art 28).
 *
 * <pre>{@code
 * PersonalData data = PersonalData.of(List.of(petitionState, person));
 * data.findIn("Petition{id=…}"); // empty when no datum appears
 * }</pre>
 */
final class PersonalData {
  private final Set<String> data;
  private final Set<String> categories;
  private final Set<String> publicLabels;

  private PersonalData(Set<String> data, Set<String> categories, Set<String> publicLabels) {
    this.data = data;
    this.categories = categories;
    this.publicLabels = publicLabels;
  }

  /** The personal data reachable from {@code roots}. */
  static PersonalData of(Collection<?> roots) {
    Set<String> data = new LinkedHashSet<>();
    Set<String> categories = new LinkedHashSet<>();
    Set<String> labels = new LinkedHashSet<>();
    for (Object o : ObjectGraph.reachable(roots, 1_000)) {
      if (o instanceof PersonName n) {
        data.add(n.value());
      } else if (o instanceof CitizenId id) {
        data.add(id.value());
      } else if (o instanceof PhoneNumber p && p.isPersonal()) {
        data.add(p.value());
      } else if (o instanceof Address a) {
        data.add(a.text());
      } else if (o instanceof KeyPersonRecordState r && r.subject().person().isPresent()) {
        KeyPersonCategory c = r.category();
        categories.add(c.code());
        categories.add(c.chineseName());
      } else if (o instanceof org.hewei.governance.core.jurisdiction.Jurisdiction j) {
        labels.add(j.name());
      } else if (o instanceof org.hewei.governance.core.organization.Unit u) {
        labels.add(u.name());
      } else if (o instanceof org.hewei.governance.core.keyperson.KeySubject k) {
        k.placeName().ifPresent(labels::add);
      } else if (o instanceof org.hewei.governance.core.mediation.Venue v) {
        labels.add(v.name());
      }
    }
    // a one-character name (超) cannot be told apart from the same character in any text
    data.removeIf(d -> d.codePointCount(0, d.length()) < 2);
    return new PersonalData(data, categories, labels);
  }

  /**
   * The data and key-person categories of named persons that appear in {@code text}, the text of
   * {@code source} (a category, its profile and the catalogue name categories, not persons: their text is
   * checked for personal data only).
   */
  List<String> findIn(Object source, String text) {
    boolean categoryItself = source instanceof KeyPersonCategory
        || source instanceof org.hewei.governance.core.keyperson.CategoryProfile
        || source instanceof org.hewei.governance.core.keyperson.KeyPersonCatalogue;
    List<String> found = findIn(text);
    if (categoryItself) {
      found.removeIf(f -> f.startsWith("key-person category "));
    }
    return found;
  }

  /** The data and key-person categories of named persons that appear in {@code text}. */
  List<String> findIn(String text) {
    List<String> found = new ArrayList<>();
    for (String d : data) {
      if (text.contains(d) && !explainedByPublicLabel(d, text)) {
        found.add("personal datum " + d);
      }
    }
    for (String c : categories) {
      if (text.contains(c)) {
        found.add("key-person category " + c + " of a named person");
      }
    }
    return found;
  }

  /**
   * A short name such as 王庄 may also be part of a public place name (王庄村) printed next to it; such an
   * occurrence is the place, not the person.
   */
  private boolean explainedByPublicLabel(String datum, String text) {
    for (String label : publicLabels) {
      if (label.contains(datum) && text.contains(label)) {
        return true;
      }
    }
    return false;
  }

  int size() {
    return data.size();
  }

  int categoryCount() {
    return categories.size();
  }
}
