package org.hewei.governance.core.petition;

import org.hewei.governance.core.internal.Checks;
import org.hewei.governance.core.organization.UnitId;
import org.immutables.value.Value;

/**
 * 信访处理意见书 — the written handling opinion of 条例 Art 32: the petitioner's request, the facts and
 * reasons, the opinion and its legal basis, and the outcome (supported / explained / not supported).
 *
 * <p>Request, facts and opinion are personal information (at most 20,000 characters each, not blank)
 * and are never printed; the legal basis (laws and articles cited) is ordinary text. The issuing unit
 * is recorded because a review goes to the body one level above it (Art 35).
 *
 * <pre>{@code
 * HandlingOpinion o = HandlingOpinion.builder()
 *     .request("Pay the wages owed")
 *     .factsAndReasons("The contractor confirmed the debt on 2022-07-20")
 *     .opinion("The contractor pays by 2022-08-31")
 *     .legalBasis("劳动合同法 Art 30; 保障农民工工资支付条例 Art 3")
 *     .outcome(HandlingOutcome.SUPPORTED)
 *     .issuedBy(UnitId.of("ZXD-XFB"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class HandlingOpinion {
  HandlingOpinion() {}

  /** 投诉请求: the request as the opinion states it (personal). */
  @Value.Redacted
  public abstract String request();

  /** 事实和理由: the facts found and the reasons (personal). */
  @Value.Redacted
  public abstract String factsAndReasons();

  /** 处理意见: the opinion (personal). */
  @Value.Redacted
  public abstract String opinion();

  /** 法律法规依据: the laws and articles it rests on (not personal). */
  public abstract String legalBasis();

  /** The outcome (Art 32(1)–(3)). */
  public abstract HandlingOutcome outcome();

  /** The unit that issued it. */
  public abstract UnitId issuedBy();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HandlingOpinion}. */
  public static final class Builder extends ImmutableHandlingOpinion.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.personalText("request", request(), Checks.MAX_TEXT);
    Checks.personalText("factsAndReasons", factsAndReasons(), Checks.MAX_TEXT);
    Checks.personalText("opinion", opinion(), Checks.MAX_TEXT);
    Checks.text("legalBasis", legalBasis(), Checks.MAX_TEXT);
  }
}
