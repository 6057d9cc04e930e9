package org.hewei.governance.core.organization;

import java.time.LocalDate;
import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 值班 — one official on duty for one day in one role: reception at the petition office (接访), a
 * seat at the governance centre (坐班), a patrol, a joint listening visit, or general on-call duty.
 *
 * <p>The seed's rosters are built from these: every working day 1 section-level cadre + 2 village
 * cadres receive petitioners at the town petition office; 2 village party secretaries a week sit at
 * the town 和为贵 centre. The venue is an optional public label (at most 200 characters).
 *
 * <pre>{@code
 * DutyShift shift = DutyShift.builder()
 *     .official(OfficialId.of("ZXD-OFF-003")).role(Role.SECTION_LEVEL_CADRE)
 *     .date(LocalDate.of(2022, 7, 25)).unit(UnitId.of("ZXD-XFB")).kind(DutyShift.Kind.RECEPTION)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class DutyShift {
  /**
   * 值班类别 — the kinds of duty.
   *
   * <pre>{@code
   * DutyShift.Kind.RECEPTION.chineseName(); // "接访"
   * }</pre>
   */
  public enum Kind {
    /** 接访: receiving petitioners (领导接访, 首问负责). */
    RECEPTION("接访"),
    /** 坐班: a seat at the comprehensive-governance centre. */
    CENTRE_DUTY("中心坐班"),
    /** 巡逻: patrol. */
    PATROL("巡逻"),
    /** 联合走访: joint listening visit (民意5来听). */
    JOINT_VISIT("联合走访"),
    /** 值班: general on-call duty. */
    ON_CALL("值班");

    private final String chineseName;

    Kind(String chineseName) {
      this.chineseName = chineseName;
    }

    /** The Chinese name, e.g. {@code "接访"}. */
    public String chineseName() {
      return chineseName;
    }
  }

  DutyShift() {}

  /** The official on duty. */
  public abstract OfficialId official();

  /** The role the official serves in on this shift. */
  public abstract Role role();

  /** The day. */
  public abstract LocalDate date();

  /** The unit where the duty is done (the petition office, the centre, the patrol team). */
  public abstract UnitId unit();

  /** The kind of duty. */
  public abstract Kind kind();

  /** A venue label within or besides the unit, e.g. {@code "和为贵服务中心一楼接待室"}. */
  public abstract Optional<String> venue();

  /** A new builder; all but {@code venue} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    venue().ifPresent(v -> Checks.text("venue", v, Checks.MAX_LABEL));
  }

  /** Builds a {@link DutyShift}. */
  public static final class Builder extends ImmutableDutyShift.Builder {
    Builder() {}
  }
}
