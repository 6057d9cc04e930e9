package org.hewei.governance.core.mediation;

import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.person.PersonId;
import org.immutables.value.Value;

/**
 * 调解员 — a people's mediator (人民调解员, 人民调解法 Art 13–14): an official (a judicial-office
 * mediator, a police officer in the station's room) or a volunteer resident, often one of the elder
 * volunteers (五老) of the village room. A mediator carries ids and flags only, so it may be printed.
 *
 * <p>Rule checked here: a police mediator is an official ({@link #official} present). Whether a
 * mediator may serve in a given case (recusal, the parties' choice, Art 19, 23(1)) is for
 * governance-rules.
 *
 * <pre>{@code
 * Mediator elder = Mediator.volunteer(PersonId.of("P-7"), EnumSet.of(ElderKind.VETERAN_PARTY_MEMBER));
 * Mediator cop = Mediator.builder().official(OfficialId.of("ZXD-PCS-02")).police(true).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Mediator {
  Mediator() {}

  /** The official, when the mediator is a public servant or staff member. */
  public abstract Optional<OfficialId> official();

  /** The resident, when the mediator is a volunteer who is not an official. */
  public abstract Optional<PersonId> person();

  /** The 五老 kinds the mediator belongs to; empty for other mediators. */
  public abstract Set<ElderKind> elderKinds();

  /** 专职调解员: a full-time (professional) mediator. */
  @Value.Default
  public boolean professional() {
    return false;
  }

  /** 民警: a police officer mediating (警调对接). */
  @Value.Default
  public boolean police() {
    return false;
  }

  /** A mediator who is an official, without flags. */
  public static Mediator official(OfficialId official) {
    return builder().official(official).build();
  }

  /** A volunteer resident who is an elder volunteer of the given kinds (may be empty). */
  public static Mediator volunteer(PersonId person, Set<ElderKind> elderKinds) {
    return builder().person(person).elderKinds(elderKinds).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the mediator is one of the 五老 elder volunteers. */
  public boolean isElderVolunteer() {
    return !elderKinds().isEmpty();
  }

  /** Who the mediator is: {@code "official:<id>"} or {@code "person:<id>"}. */
  public String subject() {
    return official().map(o -> "official:" + o).orElseGet(() -> "person:" + person().orElseThrow());
  }

  @Value.Check
  void check() {
    Checks.check(
        official().isPresent() != person().isPresent(),
        "mediator",
        official().isPresent() ? "official and person" : "neither official nor person",
        "exactly one of official and person must be given");
    Checks.check(
        !police() || official().isPresent(),
        "police",
        subject(),
        "a police mediator must be an official");
  }

  /** Builds a {@link Mediator}; missing or invalid values throw {@code InvalidValueException}. */
  public static final class Builder extends ImmutableMediator.Builder {
    Builder() {}
  }
}
