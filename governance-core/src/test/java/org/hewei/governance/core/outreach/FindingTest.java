package org.hewei.governance.core.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.outreach.OutreachTestSupport.SECRET;
import static org.hewei.governance.core.outreach.OutreachTestSupport.assertRejected;

import org.hewei.governance.core.keyperson.KeyPersonRecordId;
import org.hewei.governance.core.mediation.DisputeId;
import org.junit.jupiter.api.Test;

class FindingTest {
  @Test
  void factoriesBuildEachKind() {
    assertThat(Finding.newDispute(DisputeId.of("JF-1")).dispute()).contains(DisputeId.of("JF-1"));
    assertThat(Finding.newDispute(SECRET).description()).contains(SECRET);
    assertThat(Finding.request(SECRET).kind()).isEqualTo(Finding.Kind.REQUEST);
    Finding sighting = Finding.keyPersonSighting(KeyPersonRecordId.of("KP-0031"));
    assertThat(sighting.keyPersonRecord()).contains(KeyPersonRecordId.of("KP-0031"));
    assertThat(Finding.builder().kind(Finding.Kind.OTHER).description(SECRET).build().kind())
        .isEqualTo(Finding.Kind.OTHER);
  }

  @Test
  void descriptionIsNeverPrinted() {
    assertThat(Finding.request(SECRET).toString()).doesNotContain("钱多多").doesNotContain("13800001111");
  }

  @Test
  void eachKindNeedsItsReference() {
    assertRejected(
        () -> Finding.builder().kind(Finding.Kind.NEW_DISPUTE).build(), "dispute", "dispute id or a description");
    assertRejected(
        () -> Finding.builder().kind(Finding.Kind.KEY_PERSON_SIGHTING).description(SECRET).build(),
        "keyPersonRecord",
        "needs the key-person record id");
    assertRejected(() -> Finding.builder().kind(Finding.Kind.REQUEST).build(), "description", "needs a description");
    assertRejected(() -> Finding.builder().kind(Finding.Kind.OTHER).build(), "description", "needs a description");
  }

  @Test
  void referencesOnlyWithTheirKind() {
    assertRejected(
        () -> Finding.builder().kind(Finding.Kind.REQUEST).description(SECRET).dispute(DisputeId.of("JF-1")).build(),
        "dispute",
        "only for a NEW_DISPUTE");
    assertRejected(
        () ->
            Finding.builder()
                .kind(Finding.Kind.NEW_DISPUTE)
                .dispute(DisputeId.of("JF-1"))
                .keyPersonRecord(KeyPersonRecordId.of("KP-1"))
                .build(),
        "keyPersonRecord",
        "only for a KEY_PERSON_SIGHTING");
  }

  @Test
  void descriptionMustNotBeBlank() {
    assertRejected(() -> Finding.request(" "), "description", "blank");
  }
}
