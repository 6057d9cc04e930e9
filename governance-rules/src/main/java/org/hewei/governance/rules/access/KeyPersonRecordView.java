package org.hewei.governance.rules.access;

import java.time.LocalDate;
import java.util.Optional;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.keyperson.ControlLevel;
import org.hewei.governance.core.keyperson.KeyPersonCategory;
import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.keyperson.KeySubject;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.person.Address;
import org.hewei.governance.core.person.PersonId;
import org.immutables.value.Value;

/**
 * 列管记录视图 — what a viewer may see of a {@link KeyPersonRecordState}.
 *
 * <p>A {@link AccessLevel#FULL} view holds everything. A {@link AccessLevel#REDACTED} view of a
 * <b>person</b> record leaves out who is listed, the category, the control level and the responsible
 * official (each of them points to the category, 个人信息保护法 Art 28); what remains — the record id,
 * jurisdiction and dates — lets a village keep its ledger without learning who is listed for what. A
 * redacted view of a <b>place</b> record keeps the place's public name and category and masks its
 * address. A SPECIALLY_PROTECTED category never produces a redacted view: the viewer gets NONE.
 *
 * <p>{@link #toString()} never shows the category or level of a person record, nor any address.
 *
 * <pre>{@code
 * KeyPersonRecordView v = control.keyPersonRecord(villageCadre, drugRecord).view().orElseThrow();
 * v.person();   // Optional.empty
 * v.category(); // Optional.empty
 * v.listedOn(); // 2022-07-25
 * }</pre>
 */
@Value.Immutable
public abstract class KeyPersonRecordView {
  KeyPersonRecordView() {}

  /** The record's id. */
  public abstract KeyPersonRecordId id();

  /** FULL or REDACTED. */
  public abstract AccessLevel level();

  /** Whether the record lists a person or a place. */
  public abstract KeyPersonCategory.Subject subjectKind();

  /** The listed person; absent for a place and in a redacted view. */
  public abstract Optional<PersonId> person();

  /** The place's public name, for a place. */
  public abstract Optional<String> placeName();

  /** The place's address, masked in a redacted view. */
  public abstract Optional<String> placeAddress();

  /** The category; absent in a redacted view of a person record. */
  public abstract Optional<KeyPersonCategory> category();

  /** The control level; absent in a redacted view of a person record. */
  public abstract Optional<ControlLevel> controlLevel();

  /** The responsible official; absent in a redacted view of a person record. */
  public abstract Optional<OfficialId> responsibleOfficial();

  /** The jurisdiction of the record. */
  public abstract JurisdictionId jurisdiction();

  /** The day of listing. */
  public abstract LocalDate listedOn();

  /** The latest visit, if any. */
  public abstract Optional<LocalDate> lastVisit();

  /** The day of delisting, if delisted. */
  public abstract Optional<LocalDate> delistedOn();

  static KeyPersonRecordView of(KeyPersonRecordState state, boolean full) {
    KeySubject subject = state.subject();
    boolean showPersonal = full || !subject.isPerson();
    return ImmutableKeyPersonRecordView.builder()
        .id(state.id())
        .level(full ? AccessLevel.FULL : AccessLevel.REDACTED)
        .subjectKind(subject.kind())
        .person(full ? subject.person() : Optional.empty())
        .placeName(subject.placeName())
        .placeAddress(subject.placeAddress().map(full ? Address::text : Address::masked))
        .category(showPersonal ? Optional.of(state.category()) : Optional.empty())
        .controlLevel(showPersonal ? Optional.of(state.level()) : Optional.empty())
        .responsibleOfficial(showPersonal ? Optional.of(state.responsibleOfficial()) : Optional.empty())
        .jurisdiction(state.jurisdiction())
        .listedOn(state.listedOn())
        .lastVisit(state.lastVisit())
        .delistedOn(state.delistedOn())
        .build();
  }

  /** Id, level, kind, jurisdiction and dates; a place's category; never a person's category. */
  @Override
  public String toString() {
    boolean place = subjectKind() == KeyPersonCategory.Subject.PLACE;
    return "KeyPersonRecordView{id=" + id() + ", level=" + level() + ", subject=" + subjectKind()
        + (place ? category().map(c -> ", category=" + c).orElse("") : "")
        + ", jurisdiction=" + jurisdiction() + ", listedOn=" + listedOn()
        + lastVisit().map(d -> ", lastVisit=" + d).orElse("")
        + delistedOn().map(d -> ", delistedOn=" + d).orElse("") + "}";
  }
}
