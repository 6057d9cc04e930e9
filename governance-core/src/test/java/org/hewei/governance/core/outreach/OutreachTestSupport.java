package org.hewei.governance.core.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.hewei.governance.core.InvalidValueException;
import org.hewei.governance.core.event.Actor;
import org.hewei.governance.core.jurisdiction.JurisdictionId;
import org.hewei.governance.core.organization.OfficialId;
import org.hewei.governance.core.organization.Role;
import org.hewei.governance.core.person.PersonId;

/** Shared values and assertions for the outreach tests. */
final class OutreachTestSupport {
  static final String SECRET = "钱多多住村西三排5号13800001111";
  static final JurisdictionId VILLAGE = JurisdictionId.of("370883104201");
  static final Instant T0 = Instant.parse("2022-07-25T01:00:00Z");
  static final LocalDate D0 = LocalDate.of(2022, 7, 25);
  static final OfficialId CADRE = OfficialId.of("ZXD-OFF-017");
  static final Actor ACTOR = Actor.official(CADRE, Role.VILLAGE_CADRE);
  static final ErrandId ERRAND_ID = ErrandId.of("ZXD-DB-2022-0103");

  private OutreachTestSupport() {}

  static Errand errand() {
    return Errand.builder()
        .id(ERRAND_ID)
        .resident(PersonId.of("P-000042"))
        .category(ErrandCategory.MEDICAL_INSURANCE)
        .jurisdiction(VILLAGE)
        .requestedAt(T0)
        .receivedBy(CADRE)
        .details(SECRET)
        .build();
  }

  static void assertRejected(Runnable build, String field, String rulePart) {
    assertThatThrownBy(build::run)
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field))
        .hasMessageContaining(rulePart)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("钱多多"));
  }

  static <B> B cmd(B b) {
    set(b, "commandId", org.hewei.governance.core.event.CommandId.class,
        org.hewei.governance.core.event.CommandId.of("cmd-1"));
    set(b, "issuedAt", Instant.class, T0);
    set(b, "actor", Actor.class, ACTOR);
    set(b, "errandId", ErrandId.class, ERRAND_ID);
    return b;
  }

  static <B> B evt(B b) {
    set(b, "eventId", org.hewei.governance.core.event.EventId.class,
        org.hewei.governance.core.event.EventId.of("evt-1"));
    set(b, "occurredAt", Instant.class, T0);
    set(b, "actor", Actor.class, ACTOR);
    set(b, "errandId", ErrandId.class, ERRAND_ID);
    return b;
  }

  private static void set(Object builder, String name, Class<?> type, Object value) {
    try {
      java.lang.reflect.Method m = builder.getClass().getMethod(name, type);
      m.setAccessible(true);
      m.invoke(builder, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("builder " + builder.getClass() + " lacks " + name, e);
    }
  }
}
