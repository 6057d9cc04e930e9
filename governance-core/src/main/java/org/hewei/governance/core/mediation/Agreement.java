package org.hewei.governance.core.mediation;

import java.time.LocalDate;
import java.util.Optional;
import org.hewei.governance.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 调解协议 — the agreement the parties reach in mediation (人民调解法 Art 28–33), written (调解协议书) or
 * oral (口头协议, the mediator records its content).
 *
 * <p><b>When it takes effect</b> ({@link #effectiveOn}):
 *
 * <ul>
 *   <li>written: on the day the last of these is done — every party has signed, sealed or
 *       fingerprinted ({@link #partiesSignedOn}), the mediator has signed ({@link #mediatorSignedOn})
 *       and the committee's seal is affixed ({@link #committeeSealedOn}) (Art 29(2)). All three
 *       dates are required, none before {@link #agreedOn};
 *   <li>oral: on the day the parties reach the agreement, {@link #agreedOn} (Art 30); the three
 *       signing dates must be absent.
 * </ul>
 *
 * <p><b>Judicial confirmation window.</b> Both parties may apply jointly to the court "自调解协议生效之日起
 * 三十日内" (Art 33; 民事诉讼法 Art 205). By 民法典 Art 201 the effective day itself is not counted, so
 * the nominal last day is {@code effectiveOn + 30} calendar days: {@link
 * #nominalJudicialConfirmationDeadline()}. <i>Decision:</i> this class does only that calendar-day
 * arithmetic. The rest-day rule (民法典 Art 203: a last day that is a statutory
 * rest day moves to the first working day after it) needs the holiday calendar, which lives in
 * governance-rules; the rules module's deadline calculator derives the binding deadline from {@link
 * #effectiveOn} and never from this nominal value alone. The method name says "nominal" so that no
 * caller mistakes it for the binding one.
 *
 * <p>The terms are personal information and never printed.
 *
 * <pre>{@code
 * Agreement written = Agreement.written("赔偿医药费3000元，7月底前付清",
 *     LocalDate.of(2022, 7, 20), LocalDate.of(2022, 7, 21), LocalDate.of(2022, 7, 21), LocalDate.of(2022, 7, 22));
 * written.effectiveOn();                          // 2022-07-22, the seal day
 * written.nominalJudicialConfirmationDeadline();  // 2022-08-21
 * Agreement oral = Agreement.oral("当场道歉，互不追究", LocalDate.of(2022, 7, 25));
 * oral.effectiveOn();                             // 2022-07-25
 * }</pre>
 */
@Value.Immutable
public abstract class Agreement {
  /** Calendar days after the effective day within which judicial confirmation may be applied for (Art 33). */
  public static final int JUDICIAL_CONFIRMATION_DAYS = 30;

  /** 协议形式 — the form of an agreement. */
  public enum Form {
    /** 书面协议 (调解协议书), 人民调解法 Art 28–29. */
    WRITTEN,
    /** 口头协议, 人民调解法 Art 28, 30. */
    ORAL
  }

  Agreement() {}

  /** Written or oral. */
  public abstract Form form();

  /** 协议内容 — what the parties agreed (Art 29(3)); personal information, never printed. */
  @Value.Redacted
  public abstract String terms();

  /** The day the parties reached the agreement. */
  public abstract LocalDate agreedOn();

  /** Written only: the day the last party signed, sealed or fingerprinted. */
  public abstract Optional<LocalDate> partiesSignedOn();

  /** Written only: the day the mediator signed. */
  public abstract Optional<LocalDate> mediatorSignedOn();

  /** Written only: the day the mediation committee's seal was affixed. */
  public abstract Optional<LocalDate> committeeSealedOn();

  /** 履行期限 — the day by which the agreement is to be performed (Art 29(3)), if agreed. */
  public abstract Optional<LocalDate> performBy();

  /** A written agreement with all signing dates. */
  public static Agreement written(
      String terms,
      LocalDate agreedOn,
      LocalDate partiesSignedOn,
      LocalDate mediatorSignedOn,
      LocalDate committeeSealedOn) {
    return builder()
        .form(Form.WRITTEN)
        .terms(terms)
        .agreedOn(agreedOn)
        .partiesSignedOn(partiesSignedOn)
        .mediatorSignedOn(mediatorSignedOn)
        .committeeSealedOn(committeeSealedOn)
        .build();
  }

  /** An oral agreement reached on {@code agreedOn}. */
  public static Agreement oral(String terms, LocalDate agreedOn) {
    return builder().form(Form.ORAL).terms(terms).agreedOn(agreedOn).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * 生效日期 — the day the agreement takes effect: for a written agreement the latest of the three
   * signing dates (Art 29(2)), for an oral one the day of agreement (Art 30).
   */
  @Value.Derived
  public LocalDate effectiveOn() {
    if (form() == Form.ORAL) {
      return agreedOn();
    }
    LocalDate latest = agreedOn();
    for (Optional<LocalDate> d : java.util.List.of(partiesSignedOn(), mediatorSignedOn(), committeeSealedOn())) {
      if (d.isPresent() && d.get().isAfter(latest)) {
        latest = d.get();
      }
    }
    return latest;
  }

  /**
   * The nominal last day for the joint application for judicial confirmation: {@link #effectiveOn}
   * plus {@value #JUDICIAL_CONFIRMATION_DAYS} calendar days (Art 33; 民法典 Art 201: the effective day
   * is not counted). Not adjusted for rest days (民法典 Art 203) — see the class documentation.
   */
  public LocalDate nominalJudicialConfirmationDeadline() {
    return effectiveOn().plusDays(JUDICIAL_CONFIRMATION_DAYS);
  }

  @Value.Check
  void check() {
    Checks.personalText("terms", terms(), Checks.MAX_TEXT);
    if (form() == Form.WRITTEN) {
      requireSigning("partiesSignedOn", partiesSignedOn());
      requireSigning("mediatorSignedOn", mediatorSignedOn());
      requireSigning("committeeSealedOn", committeeSealedOn());
    } else {
      Checks.check(
          partiesSignedOn().isEmpty() && mediatorSignedOn().isEmpty() && committeeSealedOn().isEmpty(),
          "form",
          form(),
          "an oral agreement has no signing or sealing dates (人民调解法 Art 30)");
    }
    performBy()
        .ifPresent(
            d ->
                Checks.check(
                    !d.isBefore(agreedOn()),
                    "performBy",
                    d,
                    "must not be before agreedOn " + agreedOn()));
  }

  private void requireSigning(String field, Optional<LocalDate> date) {
    Checks.check(
        date.isPresent(),
        field,
        null,
        "a written agreement takes effect only when the parties and the mediator have signed and the"
            + " committee has sealed it (人民调解法 Art 29)");
    Checks.check(
        !date.orElseThrow().isBefore(agreedOn()),
        field,
        date.orElseThrow(),
        "must not be before agreedOn " + agreedOn());
  }

  /** Builds an {@link Agreement}; missing or invalid values throw {@code InvalidValueException}. */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }
}
