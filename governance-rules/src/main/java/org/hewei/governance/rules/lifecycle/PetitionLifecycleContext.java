package org.hewei.governance.rules.lifecycle;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.jurisdiction.JurisdictionTree;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.petition.Petition;
import org.hewei.governance.core.policy.CollectiveProfile;
import org.hewei.governance.core.policy.DeadlinePolicy;
import org.hewei.governance.rules.calendar.WorkingDayCalendar;
import org.hewei.governance.rules.deadline.DeadlineCalculator;

/**
 * 信访事项生命周期上下文 — what {@link PetitionLifecycle} needs besides the state and the command: the
 * working-day calendar, the deadline policy, the collective-petition profile, the jurisdiction tree (for
 * place checks and skip-level detection, 条例 Art 20), the time zone that turns instants into days, the
 * lookup of other matters on the same facts ({@link MatterHistory}, Art 19(3), 36) with the function
 * that keys them ({@link PetitionMatterKey}), and the recusal lookup (officials with a direct interest
 * in a petition, Art 28).
 *
 * <p>Defaults: {@link WorkingDayCalendar#chinaMainland()}, {@link DeadlinePolicy#defaults()}, {@link
 * CollectiveProfile#national()} (5 persons / 5 representatives), zone {@code Asia/Shanghai}, {@link
 * MatterHistory#none()}, {@link PetitionMatterKey#of(Petition)}, nobody interested. The deadline policy
 * must define the periods the lifecycle reads ({@link #REQUIRED_PERIODS}); {@code build()} checks it.
 * All lookups must be pure; fold a stream with the same context that decided it.
 *
 * <pre>{@code
 * PetitionLifecycleContext ctx = PetitionLifecycleContext.builder(tree)
 *     .history(history)
 *     .interestedOfficials(p -> p.category().equals(MatterCategory.LAND) ? Set.of(landOfficer) : Set.of())
 *     .build();
 * PetitionLifecycle lifecycle = PetitionLifecycle.of(ctx);
 * }</pre>
 */
public final class PetitionLifecycleContext {
  /** The deadline-policy periods the lifecycle reads. */
  public static final List<String> REQUIRED_PERIODS =
      List.of(
          DeadlinePolicy.REGISTER_AND_ROUTE,
          DeadlinePolicy.OBJECTION,
          DeadlinePolicy.GRIEVANCE_HANDLING,
          DeadlinePolicy.EXTENSION_MAX,
          DeadlinePolicy.REVIEW_REQUEST,
          DeadlinePolicy.REVIEW_OPINION,
          DeadlinePolicy.RE_REVIEW_REQUEST,
          DeadlinePolicy.RE_REVIEW_OPINION);

  private final JurisdictionTree tree;
  private final WorkingDayCalendar calendar;
  private final DeadlineCalculator calculator;
  private final DeadlinePolicy deadlines;
  private final CollectiveProfile collective;
  private final ZoneId zone;
  private final MatterHistory history;
  private final Function<Petition, PetitionMatterKey> matterKey;
  private final Function<Petition, Set<OfficialId>> interestedOfficials;

  private PetitionLifecycleContext(Builder b) {
    this.tree = b.tree;
    this.calendar = b.calendar;
    this.calculator = DeadlineCalculator.of(b.calendar);
    this.deadlines = b.deadlines;
    this.collective = b.collective;
    this.zone = b.zone;
    this.history = b.history;
    this.matterKey = b.matterKey;
    this.interestedOfficials = b.interestedOfficials;
    for (String key : REQUIRED_PERIODS) {
      deadlines.period(key); // throws InvalidValueException naming the missing key
    }
  }

  /** A context over {@code tree} with every default. */
  public static PetitionLifecycleContext of(JurisdictionTree tree) {
    return builder(tree).build();
  }

  /** A builder over {@code tree}, starting from the defaults. */
  public static Builder builder(JurisdictionTree tree) {
    return new Builder(Checks.required("tree", tree));
  }

  /** The jurisdiction tree. */
  public JurisdictionTree tree() {
    return tree;
  }

  /** The working-day calendar. */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /** A deadline calculator over {@link #calendar()}. */
  public DeadlineCalculator calculator() {
    return calculator;
  }

  /** The deadline policy. */
  public DeadlinePolicy deadlines() {
    return deadlines;
  }

  /** The collective-petition profile. */
  public CollectiveProfile collective() {
    return collective;
  }

  /** The zone in which instants become calendar days. */
  public ZoneId zone() {
    return zone;
  }

  /** The lookup of other matters on the same facts. */
  public MatterHistory history() {
    return history;
  }

  /** The same-facts key of {@code petition}. */
  public PetitionMatterKey matterKey(Petition petition) {
    return Checks.required("matterKey", matterKey.apply(petition));
  }

  /** The officials with a direct interest in {@code petition} (条例 Art 28). */
  public Set<OfficialId> interestedOfficials(Petition petition) {
    return Checks.required("interestedOfficials", interestedOfficials.apply(petition));
  }

  @Override
  public String toString() {
    return "PetitionLifecycleContext{calendar=" + calendar.name() + ", deadlines=" + deadlines.id() + " v"
        + deadlines.version() + ", collective=" + collective.code() + ", zone=" + zone + ", tree=" + tree.size()
        + " nodes}";
  }

  /** Builds a {@link PetitionLifecycleContext}; every setter rejects null with an InvalidValueException. */
  public static final class Builder {
    private final JurisdictionTree tree;
    private WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();
    private DeadlinePolicy deadlines = DeadlinePolicy.defaults();
    private CollectiveProfile collective = CollectiveProfile.national();
    private ZoneId zone = WorkingDayCalendar.CHINA_STANDARD_TIME;
    private MatterHistory history = MatterHistory.none();
    private Function<Petition, PetitionMatterKey> matterKey = PetitionMatterKey::of;
    private Function<Petition, Set<OfficialId>> interestedOfficials = p -> Set.of();

    private Builder(JurisdictionTree tree) {
      this.tree = tree;
    }

    /** The working-day calendar. */
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = Checks.required("calendar", calendar);
      return this;
    }

    /** The deadline policy. */
    public Builder deadlines(DeadlinePolicy deadlines) {
      this.deadlines = Checks.required("deadlines", deadlines);
      return this;
    }

    /** The collective-petition profile. */
    public Builder collective(CollectiveProfile collective) {
      this.collective = Checks.required("collective", collective);
      return this;
    }

    /** The zone in which instants become days. */
    public Builder zone(ZoneId zone) {
      this.zone = Checks.required("zone", zone);
      return this;
    }

    /** The lookup of other matters. */
    public Builder history(MatterHistory history) {
      this.history = Checks.required("history", history);
      return this;
    }

    /** How a petition's same-facts key is made. */
    public Builder matterKey(Function<Petition, PetitionMatterKey> matterKey) {
      this.matterKey = Checks.required("matterKey", matterKey);
      return this;
    }

    /** Which officials have a direct interest in a petition (条例 Art 28). */
    public Builder interestedOfficials(Function<Petition, Set<OfficialId>> interestedOfficials) {
      this.interestedOfficials = Checks.required("interestedOfficials", interestedOfficials);
      return this;
    }

    /**
     * The context.
     *
     * @throws org.hewei.governance.core.InvalidValueException if the deadline policy lacks a required period
     */
    public PetitionLifecycleContext build() {
      return new PetitionLifecycleContext(this);
    }
  }
}
