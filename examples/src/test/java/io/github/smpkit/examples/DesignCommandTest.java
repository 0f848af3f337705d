package io.github.smpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.examples.cli.SmpCommand;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Worksheet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/smp new and bin/smp worksheet (issue 11): a starting file, and its complete worksheet. */
class DesignCommandTest {

  private record Run(int status, String out, String err) {
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = SmpCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void newWritesAStartingPartnershipWithItsSchemaAndTheWorksheetListsEveryOpenQuestion(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("pilot.json");
    Run created = run("new", "my-pilot", "My pilot", "MA", "BE", file.toString());
    assertEquals(SmpCommand.OK, created.status(), created.err());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("{\n  \"$schema\": \"https://smpkit.github.io/schema/partnership-2.0.schema.json\",\n"
        + "  \"formatVersion\": \"2.0\","), text);

    Run sheet = run("worksheet", file.toString());
    assertEquals(SmpCommand.OK, sheet.status(), sheet.err());
    var partnership = SmpJson.standard().read(text);
    Worksheet expected = Worksheet.of(PartnershipValidator.standard().validate(partnership));
    assertEquals(expected.toMarkdown(), sheet.out());
    assertEquals(PartnershipValidator.standard().validate(partnership).openQuestions().size(), expected.size());
    assertTrue(expected.size() > 50, "an empty partnership leaves every question open: " + expected.size());

    Run json = run("worksheet", "--json", file.toString());
    assertEquals(expected.toJson(), json.out());
  }

  @Test
  void badArgumentsAndUnreadableFilesExitTwo(@TempDir Path dir) throws Exception {
    assertEquals(SmpCommand.USAGE, run("new", "my-pilot").status());
    Run country = run("new", "my-pilot", "My pilot", "ZZ", "BE");
    assertEquals(SmpCommand.USAGE, country.status());
    assertTrue(country.err().contains("ZZ"), country.err());
    assertEquals(SmpCommand.USAGE, run("new", "Not An Id", "My pilot", "MA", "BE").status());
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"formatVersion\":\"2.0\",\"id\":\"x\"}");
    Run bad = run("worksheet", broken.toString());
    assertEquals(SmpCommand.USAGE, bad.status());
    assertTrue(bad.err().contains("/title") || bad.err().contains("title"), bad.err());
    assertEquals(SmpCommand.USAGE, run("worksheet", dir.resolve("missing.json").toString()).status());
  }
}
