package org.hewei.governance.testkit.assertions;

import org.assertj.core.api.AbstractAssert;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.person.PersonId;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionType;

/**
 * 信访事项断言 — checks on a {@link Petition} as received; failure messages name it by id, type and
 * channel, never by its request, facts or the ids of its petitioners.
 *
 * <pre>{@code
 * assertThat(petition)
 *     .hasType(PetitionType.GRIEVANCE)
 *     .hasHeadcount(12)
 *     .hasFlag(PetitionFlag.COLLECTIVE)
 *     .isFiledAtLevel(JurisdictionLevel.TOWNSHIP);
 * }</pre>
 */
public final class PetitionAssert extends AbstractAssert<PetitionAssert, Petition> {

  PetitionAssert(Petition actual) {
    super(actual, PetitionAssert.class);
    info.useRepresentation(RedactedRepresentation.INSTANCE);
  }

  /** Its id is {@code id}. */
  public PetitionAssert hasId(PetitionId id) {
    isNotNull();
    if (!actual.id().equals(id)) {
      failWithMessage("Expected petition %s to have id %s", actual.id(), id);
    }
    return this;
  }

  /** It came through {@code channel}. */
  public PetitionAssert hasChannel(Channel channel) {
    isNotNull();
    if (actual.channel() != channel) {
      failWithMessage("Expected petition %s to come through %s but it came through %s", actual.id(), channel,
          actual.channel());
    }
    return this;
  }

  /** Its type is {@code type} (条例 Art 29–31). */
  public PetitionAssert hasType(PetitionType type) {
    isNotNull();
    if (actual.type() != type) {
      failWithMessage("Expected petition %s to be of type %s but it is %s", actual.id(), type, actual.type());
    }
    return this;
  }

  /** It is about {@code category}. */
  public PetitionAssert hasCategory(MatterCategory category) {
    isNotNull();
    if (!actual.category().equals(category)) {
      failWithMessage("Expected petition %s to be in category %s but it is in %s", actual.id(), category,
          actual.category());
    }
    return this;
  }

  /** It was recorded with {@code flag}. */
  public PetitionAssert hasFlag(PetitionFlag flag) {
    isNotNull();
    if (!actual.flags().contains(flag)) {
      failWithMessage("Expected petition %s to have flag %s but its flags are %s", actual.id(), flag, actual.flags());
    }
    return this;
  }

  /** {@code headcount} people came or signed. */
  public PetitionAssert hasHeadcount(int headcount) {
    isNotNull();
    if (actual.headcount() != headcount) {
      failWithMessage("Expected petition %s to have headcount %s but it has %s", actual.id(), headcount,
          actual.headcount());
    }
    return this;
  }

  /** It names {@code count} petitioners. */
  public PetitionAssert hasPetitionersCount(int count) {
    isNotNull();
    if (actual.petitioners().size() != count) {
      failWithMessage("Expected petition %s to name %s petitioner(s) but it names %s", actual.id(), count,
          actual.petitioners().size());
    }
    return this;
  }

  /** It names {@code count} representatives (条例 Art 20). */
  public PetitionAssert hasRepresentativesCount(int count) {
    isNotNull();
    if (actual.representatives().size() != count) {
      failWithMessage("Expected petition %s to name %s representative(s) but it names %s", actual.id(), count,
          actual.representatives().size());
    }
    return this;
  }

  /** {@code person} is one of its petitioners (the message does not print the person's id). */
  public PetitionAssert hasPetitioner(PersonId person) {
    isNotNull();
    if (!actual.hasPetitioner(person)) {
      failWithMessage("Expected petition %s to name the given person among its %s petitioner(s), but it does not",
          actual.id(), actual.petitioners().size());
    }
    return this;
  }

  /** It was filed at {@code level}. */
  public PetitionAssert isFiledAtLevel(JurisdictionLevel level) {
    isNotNull();
    if (actual.filedWith().level() != level) {
      failWithMessage("Expected petition %s to be filed at level %s but it was filed at %s", actual.id(), level,
          actual.filedWith().level());
    }
    return this;
  }

  /** The matter arose in {@code jurisdiction}. */
  public PetitionAssert aroseIn(JurisdictionId jurisdiction) {
    isNotNull();
    if (!actual.arisenIn().equals(jurisdiction)) {
      failWithMessage("Expected petition %s to have arisen in %s but it arose in %s", actual.id(), jurisdiction,
          actual.arisenIn());
    }
    return this;
  }
}
