package io.github.smpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.examples.cli.SmpCommand;
import io.github.smpkit.examples.embed.HostApplication;
import io.github.smpkit.json.SmpJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bin/smp command: exit codes, unreadable files, formats. */
class SmpCommandTest {

  @TempDir
  static Path dir;

  private static Path valid;
  private static Path broken;

  /** What one run printed and returned. */
  private record Run(int status, String out, String err) {
  }

  @BeforeAll
  static void writeFiles() throws IOException {
    valid = dir.resolve("valid.json");
    Files.writeString(valid, SmpJson.defaults().write(HostApplication.example()), StandardCharsets.UTF_8);
    broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"Broken Id\",\n  \"status\": \"SOMETIMES\"\n}\n",
        StandardCharsets.UTF_8);
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = SmpCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void exitsWithZeroWhenNoBreachIsAnError() {
    Run r = run(valid.toString());
    assertEquals(SmpCommand.OK, r.status(), r.out());
    assertTrue(r.out().contains("Partnership example-ict-pilot"), r.out());
    assertTrue(r.out().contains("no breach of severity error or above."), r.out());
  }

  @Test
  void checksTheWholeCatalogueAndPrintsTheTenElementsAndASummary() {
    Run r = run(Repo.catalog().toString());
    assertEquals(SmpCommand.BREACHES, r.status(), "workers pay half the RSE return airfare: a recorded breach");
    assertTrue(r.out().contains("Long- and mid-term planning (ch. 3)"), r.out());
    assertTrue(r.out().contains("Ethical recruitment (ch. 12)"), r.out());
    assertTrue(r.out().contains("=== Portfolio summary"), r.out());
    assertTrue(r.out().contains("The ten essential elements: completeness per chapter"), r.out());
    assertTrue(r.out().contains("17 partnerships checked"), r.out());
  }

  @Test
  void reportsAnUnreadableFileWithItsPathAndTheJsonErrorAndRunsTheOthers() {
    Run r = run(broken.toString(), valid.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.err().contains("could not be read"), r.err());
    assertTrue(r.out().contains("broken.json: could not be read"), r.out());
    assertTrue(r.out().contains("/status"), "names the JSON pointer of the bad field: " + r.out());
    assertTrue(r.out().contains("Partnership example-ict-pilot"), "still checks the other file: " + r.out());
  }

  @Test
  void reportsAPathThatDoesNotExist() {
    Run r = run(dir.resolve("nothing-here.json").toString(), valid.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.out().contains("nothing-here.json: could not be read"), r.out());
  }

  @Test
  void exitsWithTwoOnAnUnknownOption() {
    Run r = run("--colour", valid.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.err().contains("unknown option '--colour'"), r.err());
  }

  @Test
  void exitsWithTwoOnAnUnknownFormatOrRuleSetOrAMissingValue() {
    assertEquals(SmpCommand.USAGE, run("--format", "yaml", valid.toString()).status());
    Run r = run("--rule-set", "no-such-set", valid.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.err().contains("no-such-set"), r.err());
    assertEquals(SmpCommand.USAGE, run("--format").status());
  }

  @Test
  void failOnSetsTheSeverityThatMakesTheExitStatusOne() {
    Run catalogue = run("--fail-on", "error", Repo.catalog().resolve("nz-rse.json").toString());
    assertEquals(SmpCommand.BREACHES, catalogue.status(), catalogue.out());
    assertEquals(SmpCommand.USAGE, run("--fail-on", "fatal", valid.toString()).status());
    assertEquals(SmpCommand.USAGE, run("--fail-on").status());
    Run info = run("--fail-on=info", valid.toString());
    boolean anyBreach = info.out().contains("Breaches (") && !info.out().contains("Breaches (0)");
    assertEquals(anyBreach ? SmpCommand.BREACHES : SmpCommand.OK, info.status(), info.out());
  }

  @Test
  void aPartnershipWithNothingRecordedExitsZero() throws Exception {
    Path bare = dir.resolve("bare.json");
    java.nio.file.Files.writeString(bare, "{\"formatVersion\":\"2.0\",\"id\":\"bare\",\"title\":\"Bare\","
        + "\"status\":\"PLANNED\",\"parties\":[{\"country\":\"MA\",\"role\":\"ORIGIN\"},"
        + "{\"country\":\"BE\",\"role\":\"DESTINATION\"}]}");
    Run r = run("--fail-on", "info", bare.toString());
    assertEquals(SmpCommand.OK, r.status(), r.out());
    assertTrue(r.out().contains("Verdict: no breach recorded"), r.out());
    assertTrue(r.out().contains("Open questions ("), r.out());
  }

  @Test
  void printsHelp() {
    Run r = run("--help");
    assertEquals(SmpCommand.OK, r.status());
    assertTrue(r.out().startsWith("Usage: bin/smp"), r.out());
    assertTrue(r.out().contains("--rule-set NAME"), r.out());
  }

  @Test
  void checksAgainstANamedRuleSet() {
    Run r = run("--rule-set=structural", valid.toString());
    assertEquals(SmpCommand.OK, r.status(), r.err());
  }

  @Test
  void writesMarkdown() {
    Run r = run("--format", "markdown", valid.toString());
    assertEquals(SmpCommand.OK, r.status());
    assertTrue(r.out().contains("## Portfolio summary"), r.out());
    assertTrue(r.out().contains("|"), "has Markdown tables: " + r.out());
  }

  @Test
  void writesJsonThatParsesAndCarriesReportsProblemsAndSummary() {
    Run r = run("--format", "json", broken.toString(), valid.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    JsonNode root = JsonMapper.builder().build().readTree(r.out());
    assertEquals("ERROR", root.get("failOn").asString());
    assertTrue(root.has("breachesAtOrAboveFailOn"));
    assertEquals(2, root.get("files").size());
    assertTrue(root.get("files").get(0).has("problems"), r.out());
    JsonNode report = root.get("files").get(1).get("reports").get(0);
    assertEquals("example-ict-pilot", report.get("partnershipId").asString());
    assertEquals(10, report.get("elements").size());
    assertEquals(1, root.get("summary").get("partnerships").asInt());
  }
}
