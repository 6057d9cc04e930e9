package org.hewei.governance.core.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hewei.governance.core.outreach.OutreachTestSupport.CADRE;
import static org.hewei.governance.core.outreach.OutreachTestSupport.SECRET;
import static org.hewei.governance.core.outreach.OutreachTestSupport.assertRejected;
import static org.hewei.governance.core.outreach.OutreachTestSupport.cmd;
import static org.hewei.governance.core.outreach.OutreachTestSupport.errand;
import static org.hewei.governance.core.outreach.OutreachTestSupport.evt;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hewei.governance.core.event.DomainCommand;
import org.hewei.governance.core.event.DomainEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ErrandCommandEventTest {
  static Map<Class<?>, Supplier<Object>> examples() {
    Map<Class<?>, Supplier<Object>> m = new LinkedHashMap<>();
    m.put(ErrandCommand.Request.class, () -> cmd(ErrandCommand.Request.builder()).errand(errand()).build());
    m.put(ErrandCommand.Accept.class, () -> cmd(ErrandCommand.Accept.builder()).handler(CADRE).build());
    m.put(ErrandCommand.Complete.class, () -> cmd(ErrandCommand.Complete.builder()).note(SECRET).build());
    m.put(ErrandCommand.Decline.class, () -> cmd(ErrandCommand.Decline.builder()).reason(SECRET).build());
    m.put(ErrandEvent.Requested.class, () -> evt(ErrandEvent.Requested.builder()).errand(errand()).build());
    m.put(ErrandEvent.Accepted.class, () -> evt(ErrandEvent.Accepted.builder()).handler(CADRE).build());
    m.put(ErrandEvent.Completed.class, () -> evt(ErrandEvent.Completed.builder()).note(SECRET).build());
    m.put(ErrandEvent.Declined.class, () -> evt(ErrandEvent.Declined.builder()).reason(SECRET).build());
    return m;
  }

  static Stream<Class<?>> permitted() {
    return Stream.concat(
        Arrays.stream(ErrandCommand.class.getPermittedSubclasses()),
        Arrays.stream(ErrandEvent.class.getPermittedSubclasses()));
  }

  @Test
  void everyPermittedSubtypeHasAnExample() {
    assertThat(examples().keySet()).containsExactlyInAnyOrderElementsOf(permitted().toList());
    assertThat(ErrandCommand.class.getPermittedSubclasses()).hasSize(4);
    assertThat(ErrandEvent.class.getPermittedSubclasses()).hasSize(4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("permitted")
  void everySubtypeBuildsAndHidesPersonalText(Class<?> type) throws Exception {
    Supplier<Object> example =
        java.util.Objects.requireNonNull(examples().get(type), "no example for " + type);
    Object o = example.get();
    assertThat(o).isInstanceOf(type).isEqualTo(example.get());
    if (o instanceof ErrandCommand) {
      ErrandCommand c = (ErrandCommand) o;
      assertThat(c.errandId()).isEqualTo(OutreachTestSupport.ERRAND_ID);
      assertThat(((DomainCommand) c).actor()).isEqualTo(OutreachTestSupport.ACTOR);
    } else {
      ErrandEvent e = (ErrandEvent) o;
      assertThat(e.errandId()).isEqualTo(OutreachTestSupport.ERRAND_ID);
      assertThat(((DomainEvent) e).eventId().value()).isEqualTo("evt-1");
      assertThat(e.occurredAt()).isEqualTo(OutreachTestSupport.T0);
    }
    assertThat(o.toString()).doesNotContain("钱多多").doesNotContain("13800001111");
    assertThat(type.getMethod("builder").invoke(null)).isNotNull();
  }

  @Test
  void aRequestCarriesTheSameErrandId() {
    Errand other = Errand.builder().from(errand()).id(ErrandId.of("OTHER-1")).build();
    assertRejected(() -> cmd(ErrandCommand.Request.builder()).errand(other).build(), "errand", "must equal errandId");
    assertRejected(() -> evt(ErrandEvent.Requested.builder()).errand(other).build(), "errand", "must equal errandId");
  }

  @Test
  void declineNeedsAReasonAndNotesMustNotBeBlank() {
    assertRejected(() -> cmd(ErrandCommand.Decline.builder()).reason(" ").build(), "reason", "blank");
    assertRejected(() -> evt(ErrandEvent.Declined.builder()).reason(" ").build(), "reason", "blank");
    assertRejected(() -> cmd(ErrandCommand.Complete.builder()).note("").build(), "note", "blank");
    assertThat(cmd(ErrandCommand.Complete.builder()).build().note()).isEmpty();
  }
}
