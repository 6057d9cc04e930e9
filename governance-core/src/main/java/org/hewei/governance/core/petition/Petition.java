package org.hewei.governance.core.petition;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.person.PersonId;
import org.immutables.value.Value;

/**
 * 信访事项 — one petition matter as received: channel, type (条例 Art 29–31), category, the request
 * (诉求) and facts, who brings it, how many people came, where the matter arose and where it was filed,
 * the accused party of an accusation, and flags.
 *
 * <p>Rules checked when it is built (each rejection is an {@link
 * org.hewei.governance.core.InvalidValueException} naming the field):
 *
 * <ul>
 *   <li>{@code request}: not blank, at most 20,000 characters; {@code facts} likewise when given;
 *   <li>{@code petitioners}: at least one, at most {@value #MAX_PETITIONERS}, each person once;
 *       representatives are petitioners marked as such ({@link Petitioner#representative}), so they
 *       are a subset of the petitioners by construction;
 *   <li>{@code headcount} (how many people came or signed; defaults to the number of petitioners):
 *       at least the number of petitioners, at most {@value #MAX_HEADCOUNT};
 *   <li>representatives only when the headcount is at least 2 (a group chooses representatives, 条例
 *       Art 20; the cap of 5 is a configurable rule in governance-rules, not checked here);
 *   <li>{@code accusedParty}: present exactly when the type is {@link PetitionType#ACCUSATION}
 *       (it may be {@link AccusedParty#unnamed}); the other side of a grievance is a party of the
 *       dispute, not an accused, and Art 30's confidentiality attaches only to accusations; an accused
 *       person must not also be a petitioner.
 * </ul>
 *
 * <p>{@code toString} shows ids, enums, counts and times only: request, facts and the petitioners'
 * ids are not printed.
 *
 * <pre>{@code
 * Petition p = Petition.builder()
 *     .id(PetitionId.of("ZXD-2022-000123"))
 *     .channel(Channel.WALK_IN)
 *     .type(PetitionType.GRIEVANCE)
 *     .category(MatterCategory.WAGES)
 *     .request("Pay the wages owed for the 2021 harvest")
 *     .addPetitioners(Petitioner.representative(PersonId.of("P-000042")))
 *     .addPetitioners(Petitioner.of(PersonId.of("P-000043")))
 *     .headcount(12)
 *     .arisenIn(JurisdictionId.of("370883103201"))
 *     .filedWith(HandlingPlace.of(JurisdictionId.of("370883103"), JurisdictionLevel.TOWNSHIP))
 *     .receivedAt(Instant.parse("2022-07-25T01:30:00Z"))
 *     .addFlags(PetitionFlag.COLLECTIVE)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Petition {
  /** Most petitioners one petition may name: {@value}. */
  public static final int MAX_PETITIONERS = 10_000;

  /** Largest headcount accepted: {@value}. */
  public static final int MAX_HEADCOUNT = 1_000_000;

  Petition() {}

  /** The petition's id. */
  public abstract PetitionId id();

  /** How it reached the authorities. */
  public abstract Channel channel();

  /** Its type (条例 Art 29–31). */
  public abstract PetitionType type();

  /** What it is about. */
  public abstract MatterCategory category();

  /** 投诉请求 / 诉求: what the petitioners ask for (personal information; never printed). */
  @Value.Redacted
  public abstract String request();

  /** 事实和理由: the facts and reasons they give, if recorded apart from the request (personal). */
  @Value.Redacted
  public abstract Optional<String> facts();

  /** The petitioners, in the order recorded; representatives are marked. */
  public abstract List<Petitioner> petitioners();

  /** How many people came or signed; at least the number of named petitioners (default: that number). */
  @Value.Default
  public int headcount() {
    return petitioners().size();
  }

  /** Where the matter arose (the village, the township …). */
  public abstract JurisdictionId arisenIn();

  /** Where the petition was filed (the jurisdiction, its level and optionally the receiving unit). */
  public abstract HandlingPlace filedWith();

  /** When it was received. */
  public abstract Instant receivedAt();

  /** The accused party: present exactly for an {@link PetitionType#ACCUSATION}. */
  public abstract Optional<AccusedParty> accusedParty();

  /** The flags recorded at intake. */
  public abstract Set<PetitionFlag> flags();

  /** The representatives (a subset of the petitioners), in order. */
  public Set<PersonId> representatives() {
    Set<PersonId> result = new LinkedHashSet<>();
    for (Petitioner petitioner : petitioners()) {
      if (petitioner.isRepresentative()) {
        result.add(petitioner.person());
      }
    }
    return result;
  }

  /** Whether {@code person} is one of the petitioners. */
  public boolean hasPetitioner(PersonId person) {
    for (Petitioner petitioner : petitioners()) {
      if (petitioner.person().equals(person)) {
        return true;
      }
    }
    return false;
  }

  /** A builder; {@code build()} checks every rule listed in the class comment. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Petition}. */
  public static final class Builder extends ImmutablePetition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.personalText("request", request(), Checks.MAX_TEXT);
    facts().ifPresent(f -> Checks.personalText("facts", f, Checks.MAX_TEXT));
    Checks.notEmpty("petitioners", petitioners());
    Checks.atMost("petitioners", petitioners(), MAX_PETITIONERS);
    Set<PersonId> seen = new HashSet<>();
    for (Petitioner petitioner : petitioners()) {
      Checks.check(seen.add(petitioner.person()), "petitioners", petitioner.person(), "must name each person only once");
    }
    Checks.check(
        headcount() >= petitioners().size(),
        "headcount",
        headcount(),
        "must be at least the number of petitioners (" + petitioners().size() + ")");
    Checks.check(headcount() <= MAX_HEADCOUNT, "headcount", headcount(), "must be at most " + MAX_HEADCOUNT);
    Checks.check(
        headcount() >= 2 || petitioners().stream().noneMatch(Petitioner::isRepresentative),
        "petitioners",
        "1 representative",
        "representatives are chosen by a group of at least 2 people (条例 Art 20)");
    Checks.check(
        accusedParty().isPresent() == (type() == PetitionType.ACCUSATION),
        "accusedParty",
        accusedParty().map(a -> "present").orElse("absent"),
        "is given exactly when the type is ACCUSATION (条例 Art 30)");
    accusedParty()
        .flatMap(AccusedParty::person)
        .ifPresent(p -> Checks.check(!hasPetitioner(p), "accusedParty", p, "must not be one of the petitioners"));
  }

  /** Ids, enums, counts and times; no request, facts or petitioner ids. */
  @Override
  public String toString() {
    return "Petition{id=" + id()
        + ", channel=" + channel()
        + ", type=" + type()
        + ", category=" + category()
        + ", request=***"
        + (facts().isPresent() ? ", facts=***" : "")
        + ", petitioners=" + petitioners().size()
        + ", representatives=" + representatives().size()
        + ", headcount=" + headcount()
        + ", arisenIn=" + arisenIn()
        + ", filedWith=" + filedWith()
        + ", receivedAt=" + receivedAt()
        + accusedParty().map(a -> ", accused=" + a.kind()).orElse("")
        + ", flags=" + flags()
        + "}";
  }
}
