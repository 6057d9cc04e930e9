package org.hewei.governance.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.hewei.governance.core.keyperson.KeyPersonCommand;
import org.hewei.governance.core.keyperson.KeyPersonEvent;
import org.hewei.governance.core.mediation.MediationCommand;
import org.hewei.governance.core.mediation.MediationEvent;
import org.hewei.governance.core.outreach.ErrandCommand;
import org.hewei.governance.core.outreach.ErrandEvent;
import org.hewei.governance.core.petition.PetitionCommand;
import org.hewei.governance.core.petition.PetitionEvent;
import org.hewei.governance.core.policy.EscalationAction;
import org.hewei.governance.core.policy.Trigger;
import org.junit.jupiter.api.Test;

class JsonTypeNamesTest {
  private static final JsonTypeNames NAMES = JsonTypeNames.standard();

  @Test
  void everySubtypeOfEverySealedHierarchyHasAName() {
    List<Class<?>> missing = new ArrayList<>();
    for (Class<?> root : List.of(PetitionEvent.class, PetitionCommand.class, MediationEvent.class,
        MediationCommand.class, KeyPersonEvent.class, KeyPersonCommand.class, ErrandEvent.class,
        ErrandCommand.class, Trigger.class, EscalationAction.class)) {
      for (Class<?> sub : root.getPermittedSubclasses()) {
        if (NAMES.nameOf(sub).isEmpty()) {
          missing.add(sub);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void namesFollowTheDocumentedRuleAndPointAtAbstractValueTypes() {
    for (String name : NAMES.names()) {
      Class<?> type = NAMES.typeOf(name).orElseThrow();
      assertThat(Modifier.isAbstract(type.getModifiers()) || Modifier.isFinal(type.getModifiers())).as(name).isTrue();
      String pkg = type.getPackageName().substring("org.hewei.governance.core.".length());
      String nested = type.getEnclosingClass() == null ? type.getSimpleName()
          : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
      assertThat(name).isEqualTo(pkg + "." + nested);
      assertThat(NAMES.nameOf(type)).contains(name);
    }
    assertThat(NAMES.names()).hasSize(168).contains("petition.PetitionEvent.Received", "petition.PetitionState",
        "person.Person", "keyperson.Listed", "policy.Trigger.And");
  }
}
