package org.hewei.governance.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The architecture every module must keep (DESIGN.md): core and rules are pure (no file, network,
 * database, thread, system-clock or environment access), dependencies point one way
 * (core ← rules ← testkit), and no public signature exposes generated or internal types.
 */
class ArchitectureTest {
  private static final String CORE = "org.hewei.governance.core..";
  private static final String RULES = "org.hewei.governance.rules..";
  private static final String TESTKIT = "org.hewei.governance.testkit..";

  private static JavaClasses main;
  private static JavaClasses pure;

  @BeforeAll
  static void importClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hewei.governance");
    pure = main.that(resideInCoreOrRules());
  }

  private static DescribedPredicate<JavaClass> resideInCoreOrRules() {
    return JavaClass.Predicates.resideInAnyPackage(CORE, RULES);
  }

  @Test
  @DisplayName("the classes of core, rules and testkit are all imported (the rules below see them)")
  void importsAllModules() {
    assertThat(main.containPackage("org.hewei.governance.core")).isTrue();
    assertThat(main.containPackage("org.hewei.governance.rules")).isTrue();
    assertThat(main.containPackage("org.hewei.governance.testkit")).isTrue();
  }

  @Test
  @DisplayName("every package of core, rules and testkit is @NullMarked (JSpecify)")
  void everyPackageIsNullMarked() {
    List<String> unmarked =
        main.getPackage("org.hewei.governance").getSubpackagesInTree().stream()
            .filter(pkg -> !pkg.getClasses().isEmpty())
            .filter(pkg -> !pkg.isAnnotatedWith(org.jspecify.annotations.NullMarked.class))
            .map(com.tngtech.archunit.core.domain.JavaPackage::getName)
            .toList();
    assertThat(unmarked).as("packages without @NullMarked in package-info").isEmpty();
  }

  @Test
  @DisplayName("core and rules use no file, network or database API")
  void noIo() {
    noIoRule().check(pure);
  }

  static ArchRule noIoRule() {
    return noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..", "javax.sql..", "java.nio.channels..")
        .orShould()
        .dependOnClassesThat(ioStreams())
        .because("core and rules are pure functions over values (DESIGN.md: no I/O)");
  }

  private static DescribedPredicate<JavaClass> ioStreams() {
    return DescribedPredicate.describe(
        "java.io classes other than Serializable and its exceptions",
        c ->
            c.getPackageName().equals("java.io")
                && !c.getSimpleName().equals("Serializable")
                && !c.getSimpleName().equals("ObjectStreamException")
                && !c.getSimpleName().equals("InvalidObjectException")
                && !c.getSimpleName().equals("ObjectInputStream"));
  }

  @Test
  @DisplayName("core and rules start no threads and use no executors")
  void noThreads() {
    noThreadsRule().check(pure);
  }

  static ArchRule noThreadsRule() {
    return noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(Thread.class.getName())
        .orShould()
        .dependOnClassesThat()
        .haveNameMatching("java\\.util\\.concurrent\\.(Executor.*|.*ThreadPool.*|ForkJoin.*|CompletableFuture|Timer.*)")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.Timer")
        .because("core and rules are called from the user's threads and never create their own");
  }

  @Test
  @DisplayName("core and rules never read the system clock or the environment")
  void noClockOrEnvironment() {
    noClockRule().check(pure);
  }

  static ArchRule noClockRule() {
    return noClasses()
            .should(callAny(
                "System.currentTimeMillis/nanoTime/getenv/getProperty/getProperties, now() or a system Clock",
                access -> {
                  String owner = access.getTargetOwner().getFullName();
                  String name = access.getName();
                  if (owner.equals(System.class.getName())) {
                    return List.of("currentTimeMillis", "nanoTime", "getenv", "getProperty", "getProperties", "setProperty")
                        .contains(name);
                  }
                  if (owner.startsWith("java.time.")) {
                    return name.equals("now") || name.equals("systemUTC") || name.equals("systemDefaultZone")
                        || (owner.equals("java.time.ZoneId") && name.equals("systemDefault"));
                  }
                  return false;
                }))
            .because("time arrives as a Clock or an Instant argument (DESIGN.md)");
  }

  @Test
  @DisplayName("core does not depend on rules or testkit; rules does not depend on testkit")
  void dependenciesPointOneWay() {
    noClasses().that().resideInAPackage(CORE).should().dependOnClassesThat().resideInAnyPackage(RULES, TESTKIT).check(main);
    noClasses().that().resideInAPackage(RULES).should().dependOnClassesThat().resideInAPackage(TESTKIT).check(main);
  }

  @Test
  @DisplayName("no public method, constructor or field signature exposes a generated Immutable* type or an internal package")
  void publicSignaturesExposeOnlyApi() {
    ArchRuleDefinition.codeUnits()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .haveSimpleNameNotStartingWith("Immutable")
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .should(new ArchCondition<JavaCodeUnit>("expose only API types") {
          @Override
          public void check(JavaCodeUnit unit, ConditionEvents events) {
            signatureTypes(unit)
                .filter(ArchitectureTest::isNotApi)
                .distinct()
                .forEach(
                    type ->
                        events.add(
                            SimpleConditionEvent.violated(
                                unit, unit.getFullName() + " exposes " + type.getName())));
          }
        })
        .allowEmptyShould(true)
        .check(main);
    ArchRuleDefinition.fields()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .haveSimpleNameNotStartingWith("Immutable")
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .should(new ArchCondition<JavaField>("expose only API types") {
          @Override
          public void check(JavaField field, ConditionEvents events) {
            field.getType().getAllInvolvedRawTypes().stream()
                .filter(ArchitectureTest::isNotApi)
                .forEach(
                    type ->
                        events.add(
                            SimpleConditionEvent.violated(
                                field, field.getFullName() + " exposes " + type.getName())));
          }
        })
        .allowEmptyShould(true)
        .check(main);
  }

  /**
   * Every type a code unit's signature names: the return type and parameter types with all their generic
   * type arguments (so {@code List<ImmutableX>} counts), the bounds of its type parameters, and the
   * exceptions it declares.
   */
  static Stream<JavaClass> signatureTypes(JavaCodeUnit unit) {
    Stream<JavaClass> returned = unit.getReturnType().getAllInvolvedRawTypes().stream();
    Stream<JavaClass> params = unit.getParameterTypes().stream().flatMap(t -> t.getAllInvolvedRawTypes().stream());
    Stream<JavaClass> bounds = unit.getTypeParameters().stream()
        .flatMap(v -> v.getUpperBounds().stream())
        .flatMap(t -> t.getAllInvolvedRawTypes().stream());
    Stream<JavaClass> thrown = unit.getThrowsClause().getTypes().stream();
    return Stream.of(returned, params, bounds, thrown).flatMap(s -> s);
  }

  @Test
  @DisplayName("the signature rule sees generic type arguments, type-parameter bounds and declared exceptions")
  void signatureRuleSeesGenericsAndExceptions() {
    JavaClasses fixture = new ClassFileImporter().importClasses(SignatureFixture.class);
    JavaClass c = fixture.get(SignatureFixture.class);
    assertThat(signatureTypes(c.getMethod("generic", java.util.List.class)).map(JavaClass::getSimpleName))
        .contains("List", "Map", "String", "Integer");
    assertThat(signatureTypes(c.getMethod("bounded", Comparable.class)).map(JavaClass::getSimpleName))
        .contains("Comparable", "CharSequence");
    assertThat(signatureTypes(c.getMethod("throwing")).map(JavaClass::getSimpleName))
        .contains("InterruptedException");
  }

  /** Signatures for {@link #signatureRuleSeesGenericsAndExceptions}. */
  @SuppressWarnings("unused")
  abstract static class SignatureFixture {
    public abstract java.util.Map<String, Integer> generic(java.util.List<? extends Number> in);

    public abstract <T extends Comparable<? super CharSequence>> void bounded(T t);

    public abstract void throwing() throws InterruptedException;
  }

  private static boolean isNotApi(JavaClass type) {
    return type.getPackageName().startsWith("org.hewei.")
        && (type.getSimpleName().startsWith("Immutable")
            || type.getPackageName().contains(".internal")
            || !type.getModifiers().contains(JavaModifier.PUBLIC));
  }

  private static ArchCondition<JavaClass> callAny(
      String description, java.util.function.Predicate<JavaAccess<?>> forbidden) {
    return new ArchCondition<>("call " + description) {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        item.getAccessesFromSelf().stream()
            .filter(forbidden)
            .forEach(access -> events.add(SimpleConditionEvent.satisfied(access, access.getDescription())));
      }
    };
  }
}
