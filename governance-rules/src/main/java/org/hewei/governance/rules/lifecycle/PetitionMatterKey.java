package org.hewei.governance.rules.lifecycle;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.Petitioner;
import org.jspecify.annotations.Nullable;

/**
 * 同一信访事项键 — how "the same matter" (同一信访事项, 条例 Art 19(3)) and "the same facts and reasons"
 * (同一事实和理由, Art 36) are recognised: the same set of petitioners, the same {@link MatterCategory},
 * and the same caller-given subject.
 *
 * <p>Decision: facts are free text and cannot be compared mechanically, so the subject is a key the
 * caller chooses (a land parcel, a contract number, a dispute id …). {@link #of(Petition)} uses the
 * jurisdiction where the matter arose as the subject, a coarse default; pass a finer subject with
 * {@link #of(Petition, String)} through {@link PetitionLifecycleContext.Builder#matterKey}. The petitioners
 * are compared as a set (order and representative marks do not matter). {@code toString} prints the
 * category only: person ids and the subject may identify people.
 *
 * <pre>{@code
 * PetitionMatterKey k = PetitionMatterKey.of(petition, "parcel-370883103201-017");
 * k.equals(PetitionMatterKey.of(laterPetition, "parcel-370883103201-017")); // same people, category, parcel
 * }</pre>
 */
public final class PetitionMatterKey {
  private final Set<PersonId> petitioners;
  private final MatterCategory category;
  private final String subject;

  private PetitionMatterKey(Set<PersonId> petitioners, MatterCategory category, String subject) {
    this.petitioners = petitioners;
    this.category = category;
    this.subject = subject;
  }

  /** The key of {@code petition} with the jurisdiction where it arose as the subject. */
  public static PetitionMatterKey of(Petition petition) {
    Checks.required("petition", petition);
    return of(petition, petition.arisenIn().value());
  }

  /**
   * The key of {@code petition} with the caller's {@code subject}.
   *
   * @throws org.hewei.governance.core.InvalidValueException if the subject is blank or longer than 200 characters
   */
  public static PetitionMatterKey of(Petition petition, String subject) {
    Checks.required("petition", petition);
    Set<PersonId> people = new TreeSet<>(java.util.Comparator.comparing(PersonId::value));
    for (Petitioner p : petition.petitioners()) {
      people.add(p.person());
    }
    return new PetitionMatterKey(
        Set.copyOf(people), petition.category(), Checks.personalText("subject", subject, Checks.MAX_LABEL));
  }

  /** The petitioners (as a set). */
  public Set<PersonId> petitioners() {
    return petitioners;
  }

  /** The category. */
  public MatterCategory category() {
    return category;
  }

  /** The caller-given subject (never printed). */
  public String subject() {
    return subject;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PetitionMatterKey
        && ((PetitionMatterKey) other).petitioners.equals(petitioners)
        && ((PetitionMatterKey) other).category.equals(category)
        && ((PetitionMatterKey) other).subject.equals(subject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(petitioners, category, subject);
  }

  @Override
  public String toString() {
    return "PetitionMatterKey{category=" + category + ", petitioners=" + petitioners.size() + ", subject=***}";
  }
}
