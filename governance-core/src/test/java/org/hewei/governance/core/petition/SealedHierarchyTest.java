package org.hewei.governance.core.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.stream.Stream;
import org.hewei.governance.core.event.DomainCommand;
import org.hewei.governance.core.event.DomainEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reflection over the sealed hierarchies: every permitted subtype is a public value with a builder. */
class SealedHierarchyTest {

  static Stream<Class<?>> subtypes() {
    return Stream.concat(
        Stream.of(PetitionCommand.class.getPermittedSubclasses()), Stream.of(PetitionEvent.class.getPermittedSubclasses()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("subtypes")
  void eachPermittedSubtypeIsAPublicAbstractValueWithABuilder(Class<?> type) throws Exception {
    assertThat(Modifier.isPublic(type.getModifiers())).isTrue();
    assertThat(Modifier.isAbstract(type.getModifiers())).isTrue();
    assertThat(type.isSealed()).as("non-sealed, so the generated class may extend it").isFalse();
    assertThat(DomainCommand.class.isAssignableFrom(type) != DomainEvent.class.isAssignableFrom(type)).isTrue();

    Method builder = type.getMethod("builder");
    assertThat(Modifier.isStatic(builder.getModifiers())).isTrue();
    Class<?> builderType = builder.getReturnType();
    assertThat(builderType.getEnclosingClass()).isEqualTo(type);
    assertThat(Modifier.isPublic(builderType.getModifiers())).isTrue();
    assertThat(builderType.getSimpleName()).isEqualTo("Builder");
    assertThat(builderType.getMethod("build").getReturnType()).isEqualTo(type);
    assertThat(builder.invoke(null)).isInstanceOf(builderType);
    // no generated type leaks into the public signature
    for (Method m : type.getMethods()) {
      assertThat(m.getReturnType().getSimpleName()).doesNotStartWith("Immutable");
    }
  }
}
