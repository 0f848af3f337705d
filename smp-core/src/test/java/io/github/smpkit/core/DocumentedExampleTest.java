package io.github.smpkit.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/model.md shows the Digital Explorers method exactly as the test builds it. */
class DocumentedExampleTest {

  @Test
  void theModelGuideShowsTheCodeThatTheTestRuns() throws IOException {
    String test = Files.readString(Path.of("src/test/java/io/github/smpkit/core/DigitalExplorersTest.java"),
        StandardCharsets.UTF_8);
    String doc = Files.readString(Path.of("../docs/model.md"), StandardCharsets.UTF_8);
    int start = test.indexOf("  static Partnership digitalExplorers() {");
    int end = test.indexOf("        .build();\n  }\n", start) + "        .build();\n  }\n".length();
    String method = test.substring(start, end).lines()
          .filter(l -> !l.contains("DocumentedExampleTest"))
        .map(l -> l.substring(2))
        .collect(Collectors.joining("\n", "", "\n"));
    assertTrue(doc.contains("```java\n" + method + "```"), "docs/model.md must show:\n" + method);
  }
}
