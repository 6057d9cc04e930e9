package org.hewei.governance.reliability.hostile;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 公开接口清单 — the public types of core and rules found by scanning the class files (ArchUnit), so a
 * type added later is fuzzed without anyone listing it: the public static factories and parsers, and the
 * public value types with a static {@code builder()}.
 *
 * <pre>{@code
 * List<Method> parsers = PublicApi.staticFactories("org.hewei.governance.core");
 * }</pre>
 */
final class PublicApi {
  private PublicApi() {}

  /** The public classes in {@code packages}, outside {@code internal} packages, by name. */
  static List<Class<?>> publicClasses(String... packages) {
    List<Class<?>> out = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(packages)) {
      if (c.getPackageName().contains(".internal") || c.getSimpleName().startsWith("Immutable")) {
        continue;
      }
      Class<?> type = c.reflect();
      if (ValuePool.isPublic(type) && !type.isAnonymousClass() && !type.isSynthetic()) {
        out.add(type);
      }
    }
    out.sort(Comparator.comparing(Class::getName));
    return out;
  }

  /**
   * The public static methods that make or parse a value: every public static method of a public class,
   * except {@code builder()} (fuzzed by the builder properties), enum {@code values}/{@code valueOf}
   * (the JDK's), and methods without parameters (nothing to feed).
   */
  static List<Method> staticFactories(String... packages) {
    List<Method> out = new ArrayList<>();
    for (Class<?> type : publicClasses(packages)) {
      for (Method m : type.getDeclaredMethods()) {
        int mod = m.getModifiers();
        if (!Modifier.isPublic(mod) || !Modifier.isStatic(mod) || m.isSynthetic() || m.getParameterCount() == 0) {
          continue;
        }
        if (type.isEnum() && (m.getName().equals("valueOf") || m.getName().equals("values"))) {
          continue;
        }
        out.add(m);
      }
    }
    out.sort(Comparator.comparing(PublicApi::name));
    return out;
  }

  /** The public types with a public static no-argument {@code builder()}. */
  static List<Class<?>> buildable(String... packages) {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> type : publicClasses(packages)) {
      try {
        Method b = type.getDeclaredMethod("builder");
        if (Modifier.isPublic(b.getModifiers()) && Modifier.isStatic(b.getModifiers())) {
          out.add(type);
        }
      } catch (NoSuchMethodException e) {
        // not buildable
      }
    }
    return out;
  }

  static String name(Method m) {
    StringBuilder s = new StringBuilder(m.getDeclaringClass().getName().replace("org.hewei.governance.", ""))
        .append('.').append(m.getName()).append('(');
    Class<?>[] params = m.getParameterTypes();
    for (int i = 0; i < params.length; i++) {
      s.append(i == 0 ? "" : ",").append(params[i].getSimpleName());
    }
    return s.append(')').toString();
  }
}
