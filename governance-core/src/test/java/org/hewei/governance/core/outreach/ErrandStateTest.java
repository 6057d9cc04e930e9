package org.hewei.governance.core.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.outreach.OutreachTestSupport.CADRE;
import static org.hewei.governance.core.outreach.OutreachTestSupport.ERRAND_ID;
import static org.hewei.governance.core.outreach.OutreachTestSupport.SECRET;
import static org.hewei.governance.core.outreach.OutreachTestSupport.T0;
import static org.hewei.governance.core.outreach.OutreachTestSupport.assertRejected;
import static org.hewei.governance.core.outreach.OutreachTestSupport.errand;

import org.junit.jupiter.api.Test;

class ErrandStateTest {
  static ErrandState.Builder requested() {
    return ErrandState.builder().id(ERRAND_ID).version(1).status(ErrandStatus.REQUESTED).errand(errand());
  }

  @Test
  void theLifecycleStatesAreBuildable() {
    ErrandState r = requested().build();
    ErrandState a = r.toBuilder().version(2).status(ErrandStatus.ACCEPTED).handler(CADRE).build();
    ErrandState d = a.toBuilder().version(3).status(ErrandStatus.DONE).concludedAt(T0).build();
    ErrandState x = r.toBuilder().version(2).status(ErrandStatus.DECLINED).concludedAt(T0).declineReason(SECRET).build();
    assertThat(d.handler()).contains(CADRE);
    assertThat(x.declineReason()).contains(SECRET);
    assertThat(x.toString()).doesNotContain("钱多多");
  }

  @Test
  void invariants() {
    assertRejected(() -> requested().version(0).build(), "version", "at least 1");
    assertRejected(
        () -> requested().id(ErrandId.of("OTHER-1")).build(), "errand", "must equal the state's id");
    assertRejected(() -> requested().status(ErrandStatus.ACCEPTED).build(), "handler", "ACCEPTED or DONE");
    assertRejected(
        () -> requested().status(ErrandStatus.DONE).handler(CADRE).build(), "concludedAt", "DONE or DECLINED");
    assertRejected(() -> requested().concludedAt(T0).build(), "concludedAt", "DONE or DECLINED");
    assertRejected(
        () -> requested().status(ErrandStatus.DECLINED).concludedAt(T0).build(), "declineReason", "exactly when");
    assertRejected(() -> requested().declineReason(SECRET).build(), "declineReason", "exactly when");
    assertRejected(
        () -> requested().status(ErrandStatus.DECLINED).concludedAt(T0).declineReason(" ").build(),
        "declineReason",
        "blank");
  }
}
