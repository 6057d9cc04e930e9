package org.hewei.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The documentation standard (DEVELOPERS' guide): every public type of the library modules has a
 * javadoc that names its Chinese term and shows an example. Reads the main sources of the sibling
 * modules (surefire runs with the module directory as working directory).
 */
class JavadocConventionTest {
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "^\\s*public\\s+(?:(?:abstract|final|sealed|non-sealed|static)\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)",
          Pattern.MULTILINE);
  private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

  @Test
  @DisplayName("every public type in core, rules and testkit has a javadoc with its Chinese term and an example")
  void publicTypesAreDocumented() throws IOException {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (String module : List.of("governance-core", "governance-rules", "governance-testkit")) {
      Path root = Path.of("..", module, "src", "main", "java");
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(p -> p.toString().endsWith(".java"))
            .filter(p -> !p.getFileName().toString().equals("package-info.java"))
            .filter(p -> !p.getFileName().toString().equals("module-info.java"))
            .filter(p -> !p.toString().contains("/internal/"))
            .toList();
      }
      for (Path file : files) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = PUBLIC_TYPE.matcher(source);
        while (m.find()) {
          checked++;
          String javadoc = precedingJavadoc(source, m.start());
          String where = file.getFileName() + ": " + m.group(1);
          if (javadoc.isEmpty()) {
            problems.add(where + " has no javadoc");
          } else if (isTopLevel(source, m.start())) {
            if (!CJK.matcher(javadoc).find()) {
              problems.add(where + " javadoc names no Chinese term");
            }
            if (!javadoc.contains("{@code") && !javadoc.contains("<pre>")) {
              problems.add(where + " javadoc has no example");
            }
          }
        }
      }
    }
    assertThat(checked).as("public types found").isGreaterThan(100);
    assertThat(problems).as("public types whose javadoc breaks the standard").isEmpty();
  }

  /** A top-level declaration starts its line without indentation. */
  private static boolean isTopLevel(String source, int at) {
    int lineStart = source.lastIndexOf('\n', source.indexOf("public", at)) + 1;
    return source.startsWith("public", lineStart);
  }

  /** The javadoc comment right before the declaration at {@code at}, skipping annotations. */
  private static String precedingJavadoc(String source, int at) {
    String before = source.substring(0, at);
    int end = before.lastIndexOf("*/");
    if (end < 0) {
      return "";
    }
    String between = before.substring(end + 2);
    // Only annotations and white space may stand between the comment and the declaration.
    String rest =
        between.replaceAll("//[^\n]*", "").replaceAll("@[\\w.]+(\\((?:[^()]|\\([^()]*\\))*\\))?", "").trim();
    if (!rest.isEmpty()) {
      return "";
    }
    int start = before.lastIndexOf("/**", end);
    return start < 0 ? "" : before.substring(start, end + 2);
  }
}
