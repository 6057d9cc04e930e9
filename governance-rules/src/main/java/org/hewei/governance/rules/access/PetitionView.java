package org.hewei.governance.rules.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.person.Masking;
import org.hewei.governance.core.petition.AccusedParty;
import org.hewei.governance.core.petition.Channel;
import org.hewei.governance.core.petition.HandlingPlace;
import org.hewei.governance.core.petition.MatterCategory;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.petition.PetitionFlag;
import org.hewei.governance.core.petition.PetitionId;
import org.hewei.governance.core.petition.PetitionState;
import org.hewei.governance.core.petition.PetitionStatus;
import org.hewei.governance.core.petition.PetitionType;
import org.hewei.governance.core.petition.Petitioner;
import org.immutables.value.Value;

/**
 * 信访事项视图 — what a viewer may see of a {@link PetitionState}.
 *
 * <p>A {@link AccessLevel#FULL} view holds the request and facts as written, the petitioners and the
 * accused party. A {@link AccessLevel#REDACTED} view holds the request and facts only as their length
 * ({@link Masking#maskFreeText}, {@code "(42 chars)"}), no petitioners (only their number) and of the
 * accused party only its kind. Status, type, category, places, dates and assigned officials are shown
 * in both.
 *
 * <p>{@link #toString()} never shows the request, facts, petitioners or accused party.
 *
 * <pre>{@code
 * PetitionView v = control.petition(gridWorker, state).view().orElseThrow();
 * v.request();       // "(42 chars)"
 * v.petitioners();   // []
 * v.petitionerCount(); // 3
 * }</pre>
 */
@Value.Immutable
public abstract class PetitionView {
  PetitionView() {}

  /** The petition's id. */
  public abstract PetitionId id();

  /** FULL or REDACTED. */
  public abstract AccessLevel level();

  /** Where the matter stands. */
  public abstract PetitionStatus status();

  /** The type (条例 Art 29–31). */
  public abstract PetitionType type();

  /** The matter category. */
  public abstract MatterCategory category();

  /** How it arrived. */
  public abstract Channel channel();

  /** The request, as written (FULL) or as its length (REDACTED). */
  public abstract String request();

  /** The facts, as written (FULL) or as their length (REDACTED). */
  public abstract Optional<String> facts();

  /** The petitioners; empty in a redacted view. */
  public abstract List<Petitioner> petitioners();

  /** How many petitioners are named. */
  public abstract int petitionerCount();

  /** How many people came or signed. */
  public abstract int headcount();

  /** The accused party of an accusation; absent in a redacted view. */
  public abstract Optional<AccusedParty> accusedParty();

  /** The kind of the accused party of an accusation (shown in both levels). */
  public abstract Optional<AccusedParty.Kind> accusedKind();

  /** Where the matter arose. */
  public abstract JurisdictionId arisenIn();

  /** Who handles it now. */
  public abstract HandlingPlace handling();

  /** When it was received. */
  public abstract Instant receivedAt();

  /** The last day to conclude, if set. */
  public abstract Optional<LocalDate> dueDate();

  /** The case owner (承办人), if assigned. */
  public abstract Optional<OfficialId> caseOwner();

  /** The flags. */
  public abstract Set<PetitionFlag> flags();

  static PetitionView of(PetitionState state, boolean full) {
    Petition p = state.petition();
    return ImmutablePetitionView.builder()
        .id(state.id())
        .level(full ? AccessLevel.FULL : AccessLevel.REDACTED)
        .status(state.status())
        .type(p.type())
        .category(p.category())
        .channel(p.channel())
        .request(full ? p.request() : Masking.maskFreeText(p.request()))
        .facts(p.facts().map(f -> full ? f : Masking.maskFreeText(f)))
        .petitioners(full ? p.petitioners() : List.of())
        .petitionerCount(p.petitioners().size())
        .headcount(p.headcount())
        .accusedParty(full ? p.accusedParty() : Optional.empty())
        .accusedKind(p.accusedParty().map(AccusedParty::kind))
        .arisenIn(p.arisenIn())
        .handling(state.handling())
        .receivedAt(p.receivedAt())
        .dueDate(state.dueDate())
        .caseOwner(state.caseOwner())
        .flags(state.flags())
        .build();
  }

  /** Ids, enums, counts and dates; never the request, facts, petitioners or accused party. */
  @Override
  public String toString() {
    return "PetitionView{id=" + id() + ", level=" + level() + ", status=" + status() + ", type=" + type()
        + ", category=" + category() + ", request=***" + (facts().isPresent() ? ", facts=***" : "")
        + ", petitioners=" + petitionerCount() + ", headcount=" + headcount()
        + accusedKind().map(k -> ", accused=" + k).orElse("")
        + ", arisenIn=" + arisenIn() + ", handling=" + handling() + "}";
  }
}
