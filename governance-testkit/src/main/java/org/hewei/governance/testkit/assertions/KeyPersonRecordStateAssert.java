package org.hewei.governance.testkit.assertions;

import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.keyperson.ControlLevel;
import org.hewei.governance.core.keyperson.KeyPersonCategory;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.organization.OfficialId;

/**
 * 重点人员档案状态断言 — checks on a {@link KeyPersonRecordState}; failure messages name the record by id
 * and version. For a listed person neither the subject nor the category nor the control level is ever
 * printed (个人信息保护法 Art 28); for a place the category and level are.
 *
 * <pre>{@code
 * assertThat(record)
 *     .isListed()
 *     .hasLevel(ControlLevel.FOCUS)
 *     .hasResponsibleOfficial(OfficialId.of("ZXD-OFF-017"))
 *     .wasLastVisitedOn(LocalDate.of(2022, 8, 5));
 * }</pre>
 */
public final class KeyPersonRecordStateAssert extends AbstractAssert<KeyPersonRecordStateAssert, KeyPersonRecordState> {

  KeyPersonRecordStateAssert(KeyPersonRecordState actual) {
    super(actual, KeyPersonRecordStateAssert.class);
    info.useRepresentation(RedactedRepresentation.INSTANCE);
  }

  private String who() {
    return "key-person record " + actual.id() + " (version " + actual.version() + ")";
  }

  private String shown(Object value) {
    return actual.subject().isPerson() ? "***" : value.toString();
  }

  /** The record is still listed. */
  public KeyPersonRecordStateAssert isListed() {
    isNotNull();
    if (!actual.isListed()) {
      failWithMessage("Expected %s to be listed but it was delisted on %s", who(), actual.delistedOn().orElseThrow());
    }
    return this;
  }

  /** The record was delisted on {@code day}. */
  public KeyPersonRecordStateAssert isDelistedOn(LocalDate day) {
    isNotNull();
    if (!actual.delistedOn().equals(Optional.of(day))) {
      failWithMessage("Expected %s to be delisted on %s but it was delisted on %s", who(), day,
          PetitionStateAssert.shown(actual.delistedOn()));
    }
    return this;
  }

  /** The control level is {@code level} (not printed for a person). */
  public KeyPersonRecordStateAssert hasLevel(ControlLevel level) {
    isNotNull();
    if (actual.level() != level) {
      failWithMessage("Expected %s to have control level %s but it has %s", who(), shown(level), shown(actual.level()));
    }
    return this;
  }

  /** The category is {@code category} (not printed for a person). */
  public KeyPersonRecordStateAssert hasCategory(KeyPersonCategory category) {
    isNotNull();
    if (!actual.category().equals(category)) {
      failWithMessage("Expected %s to be in category %s but it is in %s", who(), shown(category),
          shown(actual.category()));
    }
    return this;
  }

  /** 包保责任人: {@code official} is responsible. */
  public KeyPersonRecordStateAssert hasResponsibleOfficial(OfficialId official) {
    isNotNull();
    if (!actual.responsibleOfficial().equals(official)) {
      failWithMessage("Expected %s to have responsible official %s but it has %s", who(), official,
          actual.responsibleOfficial());
    }
    return this;
  }

  /** The record belongs to {@code jurisdiction}. */
  public KeyPersonRecordStateAssert belongsTo(JurisdictionId jurisdiction) {
    isNotNull();
    if (!actual.jurisdiction().equals(jurisdiction)) {
      failWithMessage("Expected %s to belong to %s but it belongs to %s", who(), jurisdiction, actual.jurisdiction());
    }
    return this;
  }

  /** The latest visit was on {@code day}. */
  public KeyPersonRecordStateAssert wasLastVisitedOn(LocalDate day) {
    isNotNull();
    if (!actual.lastVisit().equals(Optional.of(day))) {
      failWithMessage("Expected %s to have been last visited on %s but the last visit was %s", who(), day,
          PetitionStateAssert.shown(actual.lastVisit()));
    }
    return this;
  }

  /** No visit is recorded. */
  public KeyPersonRecordStateAssert hasNoVisit() {
    isNotNull();
    if (actual.lastVisit().isPresent()) {
      failWithMessage("Expected %s to have no visit but the last visit was on %s", who(), actual.lastVisit().get());
    }
    return this;
  }

  /** {@code version} events were folded. */
  public KeyPersonRecordStateAssert hasVersion(long version) {
    isNotNull();
    if (actual.version() != version) {
      failWithMessage("Expected key-person record %s to have version %s but it has version %s", actual.id(), version,
          actual.version());
    }
    return this;
  }
}
