package org.hewei.governance.core.archfixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Deliberately impure classes that the architecture rules must reject (test sources only). */
final class ImpureFixtures {
  private ImpureFixtures() {}

  static final class ReadsClock {
    Instant now() {
      return Instant.now();
    }
  }

  static final class ReadsEnvironment {
    String home() {
      return String.valueOf(System.getenv("HOME"));
    }
  }

  static final class ReadsFiles {
    boolean exists() {
      return Files.exists(Path.of("/"));
    }
  }

  static final class StartsThreads {
    void start() {
      new Thread(() -> {}).start();
    }
  }
}
