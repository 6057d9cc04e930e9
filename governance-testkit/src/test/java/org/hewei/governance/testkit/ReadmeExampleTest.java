package org.hewei.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's testing example is the compiled one: the region between README markers in the test. */
class ReadmeExampleTest {
  @Test
  @DisplayName("README 'Testing your application' shows exactly the code that PetitionScenarioExampleTest runs")
  void readmeShowsTheCompiledExample() throws IOException {
    String test =
        Files.readString(
            Path.of("src/test/java/org/hewei/governance/testkit/scenario/PetitionScenarioExampleTest.java"),
            StandardCharsets.UTF_8);
    int begin = test.indexOf("// README:begin\n");
    int end = test.indexOf("    // README:end");
    assertThat(begin).as("README:begin marker").isNotNegative();
    assertThat(end).as("README:end marker").isGreaterThan(begin);
    String region =
        Arrays.stream(test.substring(begin + "// README:begin\n".length(), end).split("\n", -1))
            .map(line -> line.startsWith("    ") ? line.substring(4) : line)
            .collect(Collectors.joining("\n"))
            .strip();
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertThat(readme).as("README.md contains the compiled scenario example verbatim").contains(region);
  }
}
