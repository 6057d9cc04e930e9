package org.hewei.governance.rules.report;

import java.util.List;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.keyperson.KeyPersonRecordState;
import org.hewei.governance.core.mediation.MediationCaseState;
import org.hewei.governance.core.organization.Unit;
import org.hewei.governance.core.outreach.ErrandState;
import org.hewei.governance.core.outreach.OutreachActivity;
import org.hewei.governance.core.petition.PetitionState;

/**
 * 台账数据 — the records a {@link Ledger} reads: petition, mediation, key-person and errand states,
 * outreach activities, the police posts and their tallies. Any part may be left out (empty).
 *
 * <p>Decision: the collections are <i>not copied</i> — a report reads each once, in one pass, and a
 * ledger over a million states should not first duplicate them. Pass collections nobody changes while
 * the report runs (e.g. {@code List.copyOf} or a store's query result). Records outside the report's
 * subtree are skipped, so one input can serve reports of many subtrees.
 *
 * <pre>{@code
 * LedgerInput input = LedgerInput.builder()
 *     .petitions(petitionStates)
 *     .mediationCases(mediationStates)
 *     .keyPersonRecords(records)
 *     .outreach(activities)
 *     .errands(errands)
 *     .policePosts(posts).policePostTallies(tallies)
 *     .build();
 * }</pre>
 */
public final class LedgerInput {
  private final Iterable<PetitionState> petitions;
  private final Iterable<MediationCaseState> mediationCases;
  private final Iterable<KeyPersonRecordState> keyPersonRecords;
  private final Iterable<OutreachActivity> outreach;
  private final Iterable<ErrandState> errands;
  private final Iterable<Unit> policePosts;
  private final Iterable<PolicePostTally> policePostTallies;

  private LedgerInput(Builder b) {
    this.petitions = b.petitions;
    this.mediationCases = b.mediationCases;
    this.keyPersonRecords = b.keyPersonRecords;
    this.outreach = b.outreach;
    this.errands = b.errands;
    this.policePosts = b.policePosts;
    this.policePostTallies = b.policePostTallies;
  }

  /** A new builder; every part defaults to empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Petition states. */
  public Iterable<PetitionState> petitions() {
    return petitions;
  }

  /** Mediation case states. */
  public Iterable<MediationCaseState> mediationCases() {
    return mediationCases;
  }

  /** Key-person (and key-place) record states. */
  public Iterable<KeyPersonRecordState> keyPersonRecords() {
    return keyPersonRecords;
  }

  /** Outreach activities. */
  public Iterable<OutreachActivity> outreach() {
    return outreach;
  }

  /** Errand states. */
  public Iterable<ErrandState> errands() {
    return errands;
  }

  /** The police posts (units of kind {@code POLICE_POST}). */
  public Iterable<Unit> policePosts() {
    return policePosts;
  }

  /** The police posts' tallies. */
  public Iterable<PolicePostTally> policePostTallies() {
    return policePostTallies;
  }

  /** Counts are not known without reading; prints only the type. */
  @Override
  public String toString() {
    return "LedgerInput{...}";
  }

  /**
   * Builds a {@link LedgerInput}; a {@code null} collection is rejected with {@code
   * MissingValueException}.
   */
  public static final class Builder {
    private Iterable<PetitionState> petitions = List.of();
    private Iterable<MediationCaseState> mediationCases = List.of();
    private Iterable<KeyPersonRecordState> keyPersonRecords = List.of();
    private Iterable<OutreachActivity> outreach = List.of();
    private Iterable<ErrandState> errands = List.of();
    private Iterable<Unit> policePosts = List.of();
    private Iterable<PolicePostTally> policePostTallies = List.of();

    Builder() {}

    /** The petition states. */
    public Builder petitions(Iterable<PetitionState> petitions) {
      this.petitions = Checks.required("petitions", petitions);
      return this;
    }

    /** The mediation case states. */
    public Builder mediationCases(Iterable<MediationCaseState> mediationCases) {
      this.mediationCases = Checks.required("mediationCases", mediationCases);
      return this;
    }

    /** The key-person record states. */
    public Builder keyPersonRecords(Iterable<KeyPersonRecordState> keyPersonRecords) {
      this.keyPersonRecords = Checks.required("keyPersonRecords", keyPersonRecords);
      return this;
    }

    /** The outreach activities. */
    public Builder outreach(Iterable<OutreachActivity> outreach) {
      this.outreach = Checks.required("outreach", outreach);
      return this;
    }

    /** The errand states. */
    public Builder errands(Iterable<ErrandState> errands) {
      this.errands = Checks.required("errands", errands);
      return this;
    }

    /** The police posts. */
    public Builder policePosts(Iterable<Unit> policePosts) {
      this.policePosts = Checks.required("policePosts", policePosts);
      return this;
    }

    /** The police posts' tallies. */
    public Builder policePostTallies(Iterable<PolicePostTally> policePostTallies) {
      this.policePostTallies = Checks.required("policePostTallies", policePostTallies);
      return this;
    }

    /** The input. */
    public LedgerInput build() {
      return new LedgerInput(this);
    }
  }
}
