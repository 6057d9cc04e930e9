package org.hewei.governance.rules.lifecycle;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.event.EventId;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.keyperson.CategoryProfile;
import org.hewei.governance.core.keyperson.ChangeLevel;
import org.hewei.governance.core.keyperson.Delist;
import org.hewei.governance.core.keyperson.Delisted;
import org.hewei.governance.core.keyperson.DelistingDetails;
import org.hewei.governance.core.keyperson.KeyPersonCatalogue;
import org.hewei.governance.core.keyperson.KeyPersonCategory;
import org.hewei.governance.core.keyperson.KeyPersonCommand;
import org.hewei.governance.core.keyperson.KeyPersonEvent;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.keyperson.LevelChanged;
import org.hewei.governance.core.keyperson.ListSubject;
import org.hewei.governance.core.keyperson.Listed;
import org.hewei.governance.core.keyperson.ListingDetails;
import org.hewei.governance.core.keyperson.RecordVisit;
import org.hewei.governance.core.keyperson.VisitDetails;
import org.hewei.governance.core.keyperson.Visited;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.rules.schedule.KeyPersonVisits;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 重点人员列管生命周期 — decide / evolve for a key-person or key-place record (列管 → 走访 → 调级 → 撤管)
 * against a {@link KeyPersonCatalogue}, plus {@link #nextVisitDue} for schedules and reports.
 *
 * <p>The rules (no national law sets them; the catalogue's categories, levels and intervals are local
 * practice, and so is the role rule):
 *
 * <ul>
 *   <li><b>Listing</b> ({@code keyperson.category.*}, {@code keyperson.level.not-allowed}): only in a
 *       category the catalogue has (with the same name and subject kind) and at a level that category
 *       allows; not dated after the command's day. A record is listed once: re-listing after delisting
 *       opens a new record (a new id), so each record's history stays readable.
 *   <li><b>Visits</b> only while listed, dated on or after the listing day and not in the future. Visits
 *       may be recorded out of order; the state keeps the latest.
 *   <li><b>Level changes</b> only while listed, to another level the category allows in the catalogue.
 *   <li><b>Delisting</b> (the reason is required by the command) only while listed, not before the
 *       listing day, not in the future.
 *   <li><b>Roles</b>: a visit is recorded by an official; listing, level changes and delisting by an
 *       official holding the category's {@linkplain CategoryProfile#responsibleRole() responsible role}
 *       or one of the ledger roles (default: 综治工作人员, the comprehensive-governance centre keeps the
 *       ledger), configurable with {@link #of(KeyPersonCatalogue, Set)}.
 *   <li>If the catalogue no longer has a listed record's category, level changes are rejected and
 *       {@link #nextVisitDue} throws: the inconsistency is reported, never guessed.
 * </ul>
 *
 * <p>Rejection reasons never name the category or level of a person (sensitive, 个人信息保护法 Art 28);
 * they name the rule. Days of instants are taken in China Standard Time (UTC+8).
 *
 * <pre>{@code
 * KeyPersonLifecycle lifecycle = KeyPersonLifecycle.of(KeyPersonCatalogue.defaults());
 * Decision<KeyPersonEvent> d = lifecycle.decide(Optional.empty(), listCommand);
 * Optional<KeyPersonRecordState> s = lifecycle.fold(d.eventsOrThrow());
 * KeyPersonLifecycle.nextVisitDue(s.orElseThrow(), KeyPersonCatalogue.defaults()); // listedOn + interval
 * }</pre>
 */
public final class KeyPersonLifecycle
    implements Decider<KeyPersonRecordState, KeyPersonCommand, KeyPersonEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(KeyPersonLifecycle.class);

  /** The default ledger roles: the comprehensive-governance centre staff (综治工作人员). */
  public static final Set<Role> DEFAULT_LEDGER_ROLES = Set.of(Role.GOVERNANCE_CENTRE_OFFICER);

  private final KeyPersonCatalogue catalogue;
  private final Set<Role> ledgerRoles;

  private KeyPersonLifecycle(KeyPersonCatalogue catalogue, Set<Role> ledgerRoles) {
    this.catalogue = catalogue;
    this.ledgerRoles = ledgerRoles;
  }

  /** A lifecycle over {@code catalogue} with the {@linkplain #DEFAULT_LEDGER_ROLES default ledger roles}. */
  public static KeyPersonLifecycle of(KeyPersonCatalogue catalogue) {
    return of(catalogue, DEFAULT_LEDGER_ROLES);
  }

  /**
   * A lifecycle over {@code catalogue} in which, besides each category's responsible role, {@code
   * ledgerRoles} (possibly none) may list, change levels and delist.
   */
  public static KeyPersonLifecycle of(KeyPersonCatalogue catalogue, Set<Role> ledgerRoles) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(Checks.required("ledgerRoles", ledgerRoles));
    return new KeyPersonLifecycle(Checks.required("catalogue", catalogue), Set.copyOf(roles));
  }

  /** The catalogue decisions are made against. */
  public KeyPersonCatalogue catalogue() {
    return catalogue;
  }

  /**
   * 下次走访日期 — the day the next visit is due: the latest visit (or, before any, the listing day)
   * plus the visit interval of the record's category at its current level; empty once delisted.
   * Pure; used by schedules and reports.
   *
   * <pre>{@code
   * // drug-related at FOCUS (1 month), last visited 2022-07-31
   * KeyPersonLifecycle.nextVisitDue(state, KeyPersonCatalogue.defaults()); // Optional[2022-08-31]
   * }</pre>
   *
   * @throws org.hewei.governance.core.InvalidValueException if {@code catalogue} has no such category or
   *     does not allow the record's level
   */
  public static Optional<LocalDate> nextVisitDue(KeyPersonRecordState state, KeyPersonCatalogue catalogue) {
    Checks.required("state", state);
    return KeyPersonVisits.of(catalogue).nextVisitDue(state);
  }

  @Override
  public Decision<KeyPersonEvent> decide(Optional<KeyPersonRecordState> state, KeyPersonCommand command) {
    Checks.required("state", state);
    Checks.required("command", command);
    Rejection rejection = rejection(state, command);
    String type = command.getClass().getSimpleName();
    if (rejection != null) {
      LOG.debug("key-person {} on record {} rejected: {}", type, command.recordId(), rejection.rule());
      return Decision.reject(rejection);
    }
    LOG.debug("key-person {} on record {} accepted", type, command.recordId());
    return Decision.accept(event(state, command));
  }

  private @Nullable Rejection rejection(Optional<KeyPersonRecordState> state, KeyPersonCommand c) {
    LocalDate today = c.issuedAt().atZone(MediationLifecycle.LOCAL_ZONE).toLocalDate();
    if (state.isEmpty()) {
      if (!(c instanceof ListSubject l)) {
        return Rejection.of(c.commandId(), "keyperson.record.not-listed", "the record " + c.recordId() + " does not exist");
      }
      return listing(l, today);
    }
    KeyPersonRecordState s = state.get();
    if (c instanceof ListSubject) {
      return Rejection.of(c.commandId(), "keyperson.record.exists",
          "the record " + s.id() + " exists; a new listing opens a new record");
    }
    if (!c.recordId().equals(s.id())) {
      return Rejection.of(c.commandId(), "keyperson.record.mismatch",
          "the command is for record " + c.recordId() + ", not " + s.id());
    }
    if (!s.isListed()) {
      return Rejection.of(c.commandId(), "keyperson.record.delisted",
          "the record was delisted on " + s.delistedOn().orElseThrow() + "; nothing more is recorded");
    }
    if (c instanceof RecordVisit v) {
      if (c.actor().kind() != Actor.Kind.OFFICIAL) {
        return Rejection.of(c.commandId(), "keyperson.actor.role", "a visit is recorded by an official");
      }
      return day(c, "visit day", v.visitedOn(), s.listedOn(), today);
    }
    Optional<CategoryProfile> profile = catalogue.find(s.category().code());
    if (profile.isEmpty()) {
      return Rejection.of(c.commandId(), "keyperson.category.unknown",
          "the record's category is no longer in the catalogue");
    }
    Rejection role = role(c, profile.get());
    if (role != null) {
      return role;
    }
    if (c instanceof ChangeLevel ch) {
      if (ch.level() == s.level()) {
        return Rejection.of(c.commandId(), "keyperson.level.unchanged", "the record is already at that level");
      }
      if (!profile.get().allows(ch.level())) {
        return Rejection.of(c.commandId(), "keyperson.level.not-allowed",
            "the record's category does not allow that level in the catalogue");
      }
      return null;
    }
    Delist d = (Delist) c;
    return day(c, "delisting day", d.delistedOn(), s.listedOn(), today);
  }

  private @Nullable Rejection listing(ListSubject l, LocalDate today) {
    KeyPersonCategory category = l.category();
    Optional<CategoryProfile> profile = catalogue.find(category.code());
    if (profile.isEmpty()) {
      return Rejection.of(l.commandId(), "keyperson.category.unknown",
          "the category is not in the catalogue (known codes: " + catalogue.codes().size() + ")");
    }
    if (!profile.get().category().equals(category)) {
      return Rejection.of(l.commandId(), "keyperson.category.mismatch",
          "the category's name or subject kind differs from the catalogue's category with that code");
    }
    Rejection role = role(l, profile.get());
    if (role != null) {
      return role;
    }
    if (!profile.get().allows(l.level())) {
      return Rejection.of(l.commandId(), "keyperson.level.not-allowed",
          "the category does not allow that level in the catalogue");
    }
    if (l.listedOn().isAfter(today)) {
      return Rejection.of(l.commandId(), "keyperson.date.future",
          "listing day " + l.listedOn() + " is after the command's day " + today);
    }
    return null;
  }

  private @Nullable Rejection role(KeyPersonCommand c, CategoryProfile profile) {
    Actor actor = c.actor();
    if (actor.kind() == Actor.Kind.OFFICIAL) {
      Role r = actor.role().orElseThrow();
      if (r == profile.responsibleRole() || ledgerRoles.contains(r)) {
        return null;
      }
    }
    return Rejection.of(c.commandId(), "keyperson.actor.role",
        "listing, level changes and delisting need the category's responsible role or a ledger role");
  }

  private static @Nullable Rejection day(
      KeyPersonCommand c, String what, LocalDate day, LocalDate listedOn, LocalDate today) {
    if (day.isBefore(listedOn)) {
      return Rejection.of(c.commandId(), "keyperson.date.before-listing",
          what + " " + day + " is before the listing day " + listedOn);
    }
    if (day.isAfter(today)) {
      return Rejection.of(c.commandId(), "keyperson.date.future",
          what + " " + day + " is after the command's day " + today);
    }
    return null;
  }

  private static KeyPersonEvent event(Optional<KeyPersonRecordState> state, KeyPersonCommand c) {
    EventId id = Decider.eventId(c.commandId(), 0);
    if (c instanceof ListSubject l) {
      return Listed.builder().from((ListingDetails) l)
          .eventId(id).occurredAt(c.issuedAt()).actor(c.actor()).recordId(c.recordId()).build();
    } else if (c instanceof RecordVisit v) {
      return Visited.builder().from((VisitDetails) v)
          .eventId(id).occurredAt(c.issuedAt()).actor(c.actor()).recordId(c.recordId()).build();
    } else if (c instanceof ChangeLevel ch) {
      return LevelChanged.builder().eventId(id).occurredAt(c.issuedAt()).actor(c.actor()).recordId(c.recordId())
          .previousLevel(state.orElseThrow().level()).level(ch.level()).reason(ch.reason()).build();
    }
    Delist d = (Delist) c;
    return Delisted.builder().from((DelistingDetails) d)
        .eventId(id).occurredAt(c.issuedAt()).actor(c.actor()).recordId(c.recordId()).build();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Impossible beyond the state's invariants: a second {@code Listed}, anything before {@code
   * Listed}, an event of another record, anything after {@code Delisted}, a level change whose previous
   * level is not the record's level.
   */
  @Override
  public KeyPersonRecordState evolve(Optional<KeyPersonRecordState> state, KeyPersonEvent event) {
    Checks.required("state", state);
    Checks.required("event", event);
    String name = event.getClass().getSimpleName() + " " + event.eventId();
    if (event instanceof Listed l) {
      Checks.check(state.isEmpty(), "event", name, "a record is listed only once; the stream already has events");
      return KeyPersonRecordState.builder().id(l.recordId()).subject(l.subject()).category(l.category())
          .level(l.level()).responsibleOfficial(l.responsibleOfficial()).jurisdiction(l.jurisdiction())
          .listedOn(l.listedOn()).version(1).build();
    }
    Checks.check(state.isPresent(), "event", name, "must follow a Listed event");
    KeyPersonRecordState s = state.orElseThrow();
    Checks.check(event.recordId().equals(s.id()), "event", name + " for record " + event.recordId(),
        "belongs to another record than " + s.id());
    Checks.check(s.isListed(), "event", name, "cannot follow a delisting");
    KeyPersonRecordState.Builder b = KeyPersonRecordState.builder();
    b.from(s);
    b.version(s.version() + 1);
    if (event instanceof Visited v) {
      LocalDate last = s.lastVisit().filter(d -> d.isAfter(v.visitedOn())).orElse(v.visitedOn());
      b.lastVisit(last);
    } else if (event instanceof LevelChanged ch) {
      Checks.check(ch.previousLevel() == s.level(), "event", name, "its previous level is not the record's level");
      b.level(ch.level());
    } else {
      b.delistedOn(((Delisted) event).delistedOn());
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "KeyPersonLifecycle{" + catalogue + ", ledgerRoles=" + ledgerRoles + "}";
  }
}
