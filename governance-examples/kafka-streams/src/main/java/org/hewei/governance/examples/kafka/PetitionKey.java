package org.hewei.governance.examples.kafka;

import java.util.Objects;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.jurisdiction.Jurisdiction;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionLevel;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionId;
import org.jspecify.annotations.Nullable;

/**
 * 信访记录键 — the Kafka record key of everything about one petition: the county (县级) jurisdiction
 * the matter arose in, and the petition id. {@link CountyPartitioner} hashes only the county, so one
 * partition owns every petition of a county; the petition id keeps the state store keyed per petition.
 *
 * <p>The county of a jurisdiction is its nearest ancestor (or itself) at {@link
 * JurisdictionLevel#COUNTY}. Where no county lies above it, the owner is the highest jurisdiction on
 * its path below county level (a township of a prefecture without counties), or the jurisdiction
 * itself when it lies above county level (a prefecture's own matter). The wire form is {@code <county>/<petition>}, e.g. {@code 370883/XF-000001}: a
 * division code and a petition id are public, never personal information.
 *
 * <pre>{@code
 * PetitionKey key = PetitionKey.of(tree, petition);
 * key.county();   // "370883000000"
 * key.encode();   // "370883000000/XF-000001"
 * PetitionKey.parse(key.encode()).equals(key); // true
 * }</pre>
 */
public final class PetitionKey {
  private final String county;
  private final PetitionId petition;

  private PetitionKey(String county, PetitionId petition) {
    this.county = county;
    this.petition = petition;
  }

  /**
   * The key of {@code petition} in {@code tree}.
   *
   * @throws org.hewei.governance.core.jurisdiction.UnknownJurisdictionException if the matter arose
   *     outside the tree
   */
  public static PetitionKey of(JurisdictionTree tree, Petition petition) {
    return new PetitionKey(county(tree, petition.arisenIn()), petition.id());
  }

  /**
   * The key of {@code petition} in {@code county}.
   *
   * @throws InvalidValueException if {@code county} is blank or contains {@code /}
   */
  public static PetitionKey of(String county, PetitionId petition) {
    if (county.isBlank() || county.indexOf('/') >= 0) {
      throw new InvalidValueException("county", county, "must be a non-blank jurisdiction id without '/'");
    }
    return new PetitionKey(county, petition);
  }

  /**
   * The county that owns {@code where}: the nearest ancestor-or-self at county level, else the highest
   * jurisdiction below county level on its path, else {@code where} itself.
   *
   * @throws org.hewei.governance.core.jurisdiction.UnknownJurisdictionException if {@code where} is not
   *     in the tree
   */
  public static String county(JurisdictionTree tree, JurisdictionId where) {
    Jurisdiction last = tree.get(where);
    for (Jurisdiction j : tree.pathToRoot(where)) {
      if (j.level() == JurisdictionLevel.COUNTY) {
        return j.id().value();
      }
      if (j.level().isAbove(JurisdictionLevel.COUNTY)) {
        return last.id().value();
      }
      last = j;
    }
    return last.id().value();
  }

  /**
   * The key written as {@link #encode()}.
   *
   * @throws InvalidValueException if {@code text} has no {@code /} or a blank part
   */
  public static PetitionKey parse(String text) {
    int slash = text.indexOf('/');
    if (slash <= 0 || slash == text.length() - 1) {
      throw new InvalidValueException("key", text, "must be <county>/<petition id>");
    }
    return of(text.substring(0, slash), PetitionId.of(text.substring(slash + 1)));
  }

  /** The county jurisdiction id: what the partitioner hashes. */
  public String county() {
    return county;
  }

  /** The petition. */
  public PetitionId petition() {
    return petition;
  }

  /** {@code <county>/<petition>}. */
  public String encode() {
    return county + "/" + petition.value();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PetitionKey k && k.county.equals(county) && k.petition.equals(petition);
  }

  @Override
  public int hashCode() {
    return Objects.hash(county, petition);
  }

  /** The same as {@link #encode()}: ids only. */
  @Override
  public String toString() {
    return encode();
  }
}
