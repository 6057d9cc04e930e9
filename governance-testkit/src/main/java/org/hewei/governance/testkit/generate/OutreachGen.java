package org.hewei.governance.testkit.generate;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.outreach.Errand;
import org.hewei.governance.core.outreach.ErrandCategory;
import org.hewei.governance.core.outreach.ErrandId;
import org.hewei.governance.core.outreach.ErrandState;
import org.hewei.governance.core.outreach.ErrandStatus;
import org.hewei.governance.core.outreach.Finding;
import org.hewei.governance.core.outreach.OutreachActivity;
import org.hewei.governance.core.outreach.OutreachId;
import org.hewei.governance.core.outreach.OutreachKind;

/**
 * 走访与代办生成器 — outreach activities (民意5来听 joint visits on the 5th/15th/25th, 警民恳谈, 入户走访 …)
 * with findings of every kind, and errands (民生代办) with their states.
 *
 * <pre>{@code
 * OutreachActivity visit = OutreachGen.activities(tree).sample(1L);
 * ErrandState errand = OutreachGen.errandStates(tree).sample(2L);
 * }</pre>
 */
public final class OutreachGen {
  private OutreachGen() {}

  /** Activity ids {@code ZF-…}. */
  public static Gen<OutreachId> outreachIds() {
    return random -> OutreachId.of("ZF-" + random.nextInt(10_000_000));
  }

  /** Errand ids {@code DB-…}. */
  public static Gen<ErrandId> errandIds() {
    return random -> ErrandId.of("DB-" + random.nextInt(10_000_000));
  }

  /** Findings of every kind. */
  public static Gen<Finding> findings() {
    return random -> {
      switch (random.nextInt(5)) {
        case 0:
          return Finding.newDispute(MediationGen.disputeIds().generate(random));
        case 1:
          return Finding.newDispute(TextGen.shortText().generate(random));
        case 2:
          return Finding.request(TextGen.shortText().generate(random));
        case 3:
          return Finding.keyPersonSighting(KeyPersonGen.recordIds().generate(random));
        default:
          return Finding.builder().kind(Finding.Kind.OTHER).description(TextGen.shortText().generate(random)).build();
      }
    };
  }

  /**
   * Activities of every kind in nodes of {@code tree}; joint listening visits fall on the 5th, 15th or
   * 25th (民意5来听, seed). Counts reach 0 and the sanity maximum; rarely {@value
   * OutreachActivity#MAX_FINDINGS} findings.
   */
  public static Gen<OutreachActivity> activities(JurisdictionTree tree) {
    Gen<JurisdictionId> where = JurisdictionGen.nodesOf(tree);
    return random -> {
      OutreachKind kind = Gen.elements(OutreachKind.values()).generate(random);
      java.time.LocalDate day = EventGen.dates().generate(random);
      if (kind == OutreachKind.JOINT_LISTENING_VISIT) {
        day = day.withDayOfMonth(new int[] {5, 15, 25}[random.nextInt(3)]);
      }
      List<Finding> findings =
          random.nextInt(100) == 0
              ? findings().list(OutreachActivity.MAX_FINDINGS, OutreachActivity.MAX_FINDINGS).generate(random)
              : findings().list(0, 5).generate(random);
      return OutreachActivity.builder()
          .id(outreachIds().generate(random))
          .kind(kind)
          .where(where.generate(random))
          .heldOn(day)
          .officials(Set.copyOf(EventGen.officialIds().list(1, 4).generate(random)))
          .householdsVisited(Gen.ints(0, OutreachActivity.MAX_COUNT).generate(random))
          .attendance(Gen.ints(0, 200).generate(random))
          .findings(findings)
          .build();
    };
  }

  /** Errands of every default category, requested by a resident of {@code tree}. */
  public static Gen<Errand> errands(JurisdictionTree tree) {
    Gen<JurisdictionId> where = JurisdictionGen.leavesOf(tree);
    return random -> {
      Errand.Builder b =
          Errand.builder()
              .id(errandIds().generate(random))
              .resident(PersonGen.personIds().generate(random))
              .category(Gen.elements(ErrandCategory.defaults()).generate(random))
              .jurisdiction(where.generate(random))
              .requestedAt(EventGen.instants().generate(random));
      if (random.nextBoolean()) {
        b.receivedBy(EventGen.officialIds().generate(random));
      }
      if (random.nextBoolean()) {
        b.details(TextGen.shortText().generate(random));
      }
      return b.build();
    };
  }

  /** Errand states in every status: a handler once accepted, a conclusion instant once done or declined. */
  public static Gen<ErrandState> errandStates(JurisdictionTree tree) {
    Gen<Errand> errands = errands(tree);
    return random -> {
      Errand errand = errands.generate(random);
      ErrandStatus status = Gen.elements(ErrandStatus.values()).generate(random);
      ErrandState.Builder b = ErrandState.builder().id(errand.id()).errand(errand).status(status);
      long version = 1;
      if (status != ErrandStatus.REQUESTED && (status != ErrandStatus.DECLINED || random.nextBoolean())) {
        b.handler(EventGen.officialIds().generate(random));
        version++;
      }
      if (status.isTerminal()) {
        Instant concluded = errand.requestedAt().plusSeconds(random.nextInt(30 * 86_400));
        b.concludedAt(concluded);
        version++;
      }
      if (status == ErrandStatus.DECLINED) {
        b.declineReason(TextGen.shortText().generate(random));
      }
      return b.version(version).build();
    };
  }
}
