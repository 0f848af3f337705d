package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.rules.internal.RulesDoc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/rules.md} is generated from the rules' metadata and must not be stale. Regenerate it
 * with {@code ./mvnw -B -q -pl smp-rules -am test -Dtest=RulesDocTest -Dsmpkit.rules.regenerate=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RulesDocTest {

  @Test
  void docsRulesMdIsUpToDate() throws IOException {
    Path file = Path.of(System.getProperty("smpkit.docs.dir", "../docs"), "rules.md");
    String expected = RulesDoc.render();
    if (Boolean.getBoolean("smpkit.rules.regenerate")) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertEquals(expected, actual, "docs/rules.md is stale: regenerate it with -Dsmpkit.rules.regenerate=true"
        + " (see the class comment)");
  }

  @Test
  void mainWritesTheDocumentToTheFileItIsGiven(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("rules.md");
    RulesDoc.main(new String[] {file.toString()});
    assertEquals(RulesDoc.render(), Files.readString(file, StandardCharsets.UTF_8));
  }
}
