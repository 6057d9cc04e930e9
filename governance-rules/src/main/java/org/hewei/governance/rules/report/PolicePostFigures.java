package org.hewei.governance.rules.report;

import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.UnitId;
import org.immutables.value.Value;

/**
 * 警务室指标 — per police post (警务室, seed: one in each of the 6 management districts), the figures
 * the seed rewards (刑事发案量、破获案件线索、情报信息采集, summed from {@link PolicePostTally} inputs
 * dated in the period) and its outreach (警民恳谈、案件回访、警情通报会, counted from outreach activities
 * held in the post's area in the period — an activity counts for the nearest post at or above the
 * place it was held).
 *
 * <pre>{@code
 * for (PolicePostFigures p : report.policePosts()) {
 *   p.post(); p.criminalCases(); p.caseClues(); p.intelligenceItems(); p.talks();
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class PolicePostFigures {
  PolicePostFigures() {}

  /** The police post. */
  public abstract UnitId post();

  /** The jurisdiction it serves. */
  public abstract JurisdictionId jurisdiction();

  /** 刑事发案量. */
  public abstract long criminalCases();

  /** 破获案件线索. */
  public abstract long caseClues();

  /** 情报信息采集. */
  public abstract long intelligenceItems();

  /** 警民恳谈 held. */
  public abstract long talks();

  /** 案件回访 made. */
  public abstract long caseFollowUps();

  /** 警情通报会 held. */
  public abstract long briefings();

  /** Findings (new disputes, requests, key-person sightings…) recorded on those activities. */
  public abstract long findings();
}
