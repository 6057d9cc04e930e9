package org.hewei.governance.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The architecture rules catch what they promise to catch (run against deliberately impure fixtures). */
class ArchitectureRulesTest {
  static Stream<Arguments> violations() {
    return Stream.of(
        Arguments.of("ReadsClock", (Supplier<ArchRule>) ArchitectureTest::noClockRule, "now"),
        Arguments.of("ReadsEnvironment", (Supplier<ArchRule>) ArchitectureTest::noClockRule, "getenv"),
        Arguments.of("ReadsFiles", (Supplier<ArchRule>) ArchitectureTest::noIoRule, "java.nio.file"),
        Arguments.of("StartsThreads", (Supplier<ArchRule>) ArchitectureTest::noThreadsRule, "java.lang.Thread"));
  }

  @ParameterizedTest(name = "{0} is rejected")
  @MethodSource("violations")
  void ruleRejectsFixture(String fixture, Supplier<ArchRule> rule, String mentioned) throws Exception {
    JavaClasses classes =
        new ClassFileImporter()
            .importClasses(
                Class.forName("org.hewei.governance.core.archfixture.ImpureFixtures$" + fixture));
    assertThatThrownBy(() -> rule.get().check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(mentioned);
  }
}
