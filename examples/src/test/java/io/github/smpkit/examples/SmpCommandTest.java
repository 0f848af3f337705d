package io.github.smpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.examples.cli.SmpCommand;
import io.github.smpkit.examples.embed.HostApplication;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.rules.PartnershipValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bin/smp command: options, exit codes, formats. Bad input is in {@link SmpCommandInputTest}. */
class SmpCommandTest {

  @TempDir
  static Path dir;

  static Path valid;
  static Path broken;
  /** A partnership with one WARNING breach (a permit tied to one employer, no change allowed) and no ERROR. */
  static Path warning;

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
  }

  @BeforeAll
  static void writeFiles() throws IOException {
    valid = dir.resolve("valid.json");
    Files.writeString(valid, SmpJson.standard().write(HostApplication.example()), StandardCharsets.UTF_8);
    warning = dir.resolve("warning.json");
    Files.writeString(warning, SmpJson.standard().write(HostApplication.example().withId("tied").withPathways(
        LegalPathway.builder().destination(Country.of("LT")).permitCategory("Work permit").employerTied(true)
            .changeOfEmployerAllowed(false).build())), StandardCharsets.UTF_8);
    broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"Broken Id\",\n  \"status\": \"SOMETIMES\"\n}\n",
        StandardCharsets.UTF_8);
  }

  static Run run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }

  static Run run(InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = SmpCommand.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void exitsWithZeroWhenNoBreachIsAnError() {
    Run r = run(valid.toString());
    assertEquals(SmpCommand.OK, r.status(), r.out());
    assertTrue(r.out().contains("Partnership example-ict-pilot"), r.out());
    assertTrue(r.out().contains("no breach of severity error or above."), r.out());
    assertEquals("", r.err());
  }

  @Test
  void checksTheWholeCatalogueAndPrintsTheTenElementsAndASummary() {
    Run r = run(Repo.catalog().toString());
    boolean errors = r.out().contains("breaches of severity error or above found.");
    assertEquals(errors ? SmpCommand.BREACHES : SmpCommand.OK, r.status(), "the exit status follows the verdict");
    assertTrue(r.out().contains("Long- and mid-term planning (ch. 3)"), r.out());
    assertTrue(r.out().contains("Ethical recruitment (ch. 12)"), r.out());
    assertTrue(r.out().contains("=== Portfolio summary"), r.out());
    assertTrue(r.out().contains("The ten essential elements: completeness per chapter"), r.out());
    assertTrue(r.out().contains("38 partnerships checked"), r.out());
    assertEquals("", r.err(), "breaches are the report, not errors");
  }

  @Test
  void exitsWithTwoOnAnUnknownOption() {
    Run r = run("--colour", valid.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.err().contains("unknown option '--colour'"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void exitsWithTwoOnAnUnknownFormatOrRuleSetOrAMissingValue() {
    Run yaml = run("--format", "yaml", valid.toString());
    assertEquals(SmpCommand.USAGE, yaml.status());
    assertTrue(yaml.err().contains("unknown format 'yaml' for --format; use text, markdown, json, csv or html"), yaml.err());
    Run r = run("--rule-set", "no-such-set", valid.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.err().contains("no-such-set"), r.err());
    Run missing = run("--format");
    assertEquals(SmpCommand.USAGE, missing.status());
    assertTrue(missing.err().contains("--format needs a value"), missing.err());
    assertEquals(SmpCommand.USAGE, run("--output=").status());
  }

  @Test
  void writesOneSelfContainedHtmlPage() {
    Run one = run("--format", "html", valid.toString());
    assertEquals(SmpCommand.OK, one.status(), one.err());
    assertTrue(one.out().startsWith("<!doctype html>"), one.out());
    assertTrue(one.out().contains("example-ict-pilot"), one.out());
    assertTrue(!one.out().contains("<script src") && !one.out().contains("<link rel=\"stylesheet\" href"), one.out());
    Run catalogue = run("--format", "html", Repo.catalog().toString());
    assertEquals(SmpCommand.BREACHES, catalogue.status(), catalogue.err());
    assertTrue(catalogue.out().contains("nz-rse"), "the portfolio page lists every partnership");
  }

  @Test
  void failOnSetsTheSeverityThatMakesTheExitStatusOne() {
    Run error = run("--fail-on", "error", warning.toString());
    assertEquals(SmpCommand.OK, error.status(), error.out());
    Run warn = run("--fail-on", "warning", warning.toString());
    assertEquals(SmpCommand.BREACHES, warn.status(), warn.out());
    assertTrue(warn.out().contains("breaches of severity warning or above found."), warn.out());
    assertEquals(SmpCommand.BREACHES, run("--fail-on=INFO", warning.toString()).status());
    Run fatal = run("--fail-on", "fatal", valid.toString());
    assertEquals(SmpCommand.USAGE, fatal.status());
    assertTrue(fatal.err().contains("unknown severity 'fatal' for --fail-on"), fatal.err());
    assertEquals(SmpCommand.USAGE, run("--fail-on").status());
    Run info = run("--fail-on=info", valid.toString());
    boolean anyBreach = info.out().contains("Breaches (") && !info.out().contains("Breaches (0)");
    assertEquals(anyBreach ? SmpCommand.BREACHES : SmpCommand.OK, info.status(), info.out());
  }

  @Test
  void aPartnershipWithNothingRecordedExitsZero() throws Exception {
    Path bare = dir.resolve("bare.json");
    Files.writeString(bare, "{\"formatVersion\":\"2.0\",\"id\":\"bare\",\"title\":\"Bare\","
        + "\"status\":\"PLANNED\",\"parties\":[{\"country\":\"MA\",\"role\":\"ORIGIN\"},"
        + "{\"country\":\"BE\",\"role\":\"DESTINATION\"}]}");
    Run r = run("--fail-on", "info", bare.toString());
    assertEquals(SmpCommand.OK, r.status(), r.out());
    assertTrue(r.out().contains("Verdict: no breach recorded"), r.out());
    assertTrue(r.out().contains("Open questions ("), r.out());
  }

  @Test
  void helpDocumentsEveryOptionAndTheThreeExitCodes() {
    Run r = run("--help");
    assertEquals(SmpCommand.OK, r.status());
    assertTrue(r.out().startsWith("Usage: bin/smp"), r.out());
    for (String option : new String[] {"--format", "--output", "--fail-on", "--summary-only", "--quiet", "--version",
        "--rule-set", "'-' reads standard input"}) {
      assertTrue(r.out().contains(option), option + " in " + r.out());
    }
    assertTrue(r.out().contains("  0  no breach at or above --fail-on was found"), r.out());
    assertTrue(r.out().contains("  1  a breach at or above --fail-on was found"), r.out());
    assertTrue(r.out().contains("  2  a usage error, an input that could not be read"), r.out());
    assertTrue(r.out().contains("Reports go to standard output, errors to standard error."), r.out());
  }

  @Test
  void versionPrintsTheProjectVersion() {
    Run r = run("--version");
    assertEquals(SmpCommand.OK, r.status());
    assertTrue(r.out().matches("smp \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(smpkit; JSON format 2\\.0; Java .+\\)\\R"),
        r.out());
  }

  @Test
  void checksAgainstANamedRuleSet() {
    Run r = run("--rule-set=ethical-recruitment", valid.toString());
    assertEquals(SmpCommand.OK, r.status(), r.err());
    assertTrue(r.out().contains("Rules run: " + PartnershipValidator.ruleSet("ethical-recruitment").size() + "\n"),
        r.out());
  }

  /** The structural rule set was retired (issue 14): the command says so and why, as a usage error. */
  @Test
  void theRetiredStructuralSetIsAUsageErrorThatSaysWhy() {
    Run r = run("--rule-set=structural", valid.toString());
    assertEquals(SmpCommand.USAGE, r.status(), r.out());
    assertTrue(r.err().contains("rule set 'structural' was retired: the model's builders enforce these constraints"),
        r.err());
  }

  @Test
  void writesMarkdown() {
    Run r = run("--format", "markdown", valid.toString());
    assertEquals(SmpCommand.OK, r.status());
    assertTrue(r.out().contains("## Portfolio summary"), r.out());
    assertTrue(r.out().contains("|"), "has Markdown tables: " + r.out());
  }

  @Test
  void summaryOnlyLeavesOutTheFindings() {
    Run full = run(Repo.catalog().resolve("nz-rse.json").toString());
    Run r = run("--summary-only", Repo.catalog().resolve("nz-rse.json").toString());
    assertEquals(full.status(), r.status());
    assertTrue(full.out().contains("Open questions ("), full.out());
    assertFalse(r.out().contains("Open questions ("), r.out());
    assertTrue(r.out().contains("Ethical recruitment (ch. 12)"), "keeps the element table: " + r.out());
    assertTrue(r.out().contains("=== Portfolio summary"), r.out());
    JsonNode json = JsonMapper.builder().build().readTree(run("--summary-only", "--format", "json",
        Repo.catalog().resolve("nz-rse.json").toString()).out());
    JsonNode report = json.get("files").get(0).get("reports").get(0);
    assertTrue(report.has("elements") && !report.has("breaches") && !report.has("openQuestions"), report.toString());
    Run csv = run("--summary-only", "--format", "csv", valid.toString());
    assertEquals(SmpCommand.USAGE, csv.status());
    assertTrue(csv.err().contains("--summary-only applies to text, markdown and json"), csv.err());
  }

  @Test
  void quietPrintsNoReportButKeepsTheExitStatusAndTheErrors() {
    Run breaches = run("--quiet", "--fail-on", "warning", warning.toString());
    assertEquals(SmpCommand.BREACHES, breaches.status());
    assertEquals("", breaches.out());
    assertEquals("", breaches.err());
    Run bad = run("-q", broken.toString());
    assertEquals(SmpCommand.USAGE, bad.status());
    assertEquals("", bad.out());
    assertTrue(bad.err().contains("broken.json:4:13: /status: "), bad.err());
  }

  @Test
  void outputWritesTheReportToAFileAndNothingToStandardOutput() throws IOException {
    Path file = dir.resolve("report.json");
    Run r = run("--format", "json", "--output", file.toString(), valid.toString());
    assertEquals(SmpCommand.OK, r.status(), r.err());
    assertEquals("", r.out());
    JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
    assertEquals("example-ict-pilot", root.get("files").get(0).get("reports").get(0).get("partnershipId").asString());
    try (var left = Files.list(dir)) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
    }
  }

  @Test
  void outputNeverOverwritesAnInput() throws IOException {
    String before = Files.readString(valid);
    Run r = run("-o", valid.toString(), valid.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.err().contains("is also an input"), r.err());
    assertEquals(before, Files.readString(valid));
  }

  @Test
  void anOutputThatCannotBeWrittenExitsTwo() {
    Run r = run("--output", dir.resolve("no-such-folder").resolve("report.txt").toString(), valid.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.err().contains("cannot write"), r.err());
  }

  @Test
  void jsonCarriesReportsProblemsAsObjectsAndTheSummary() {
    Run r = run("--format", "json", broken.toString(), valid.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    JsonNode root = JsonMapper.builder().build().readTree(r.out());
    assertEquals("ERROR", root.get("failOn").asString());
    assertEquals(2, root.get("exitStatus").asInt());
    assertTrue(root.has("breachesAtOrAboveFailOn"));
    assertEquals(2, root.get("files").size());
    JsonNode problem = root.get("files").get(0).get("problems").get(0);
    assertTrue(problem.get("line").asInt() > 0 && problem.get("column").asInt() > 0, problem.toString());
    assertTrue(problem.get("pointer").isString() && problem.get("message").isString(), problem.toString());
    JsonNode report = root.get("files").get(1).get("reports").get(0);
    assertEquals("example-ict-pilot", report.get("partnershipId").asString());
    assertEquals(10, report.get("elements").size());
    assertTrue(report.has("breaches") && report.has("openQuestions") && report.has("met"), report.toString());
    JsonNode summary = root.get("summary");
    assertEquals(1, summary.get("partnerships").asInt());
    assertEquals(1, summary.get("unreadable").asInt());
    for (String part : new String[] {"verdict", "corridors", "status", "sectors", "skillLevels", "decades",
        "participants", "trainingSiteByPayer", "coverage"}) {
      assertTrue(summary.has(part), part + " in " + summary);
    }
  }

  @Test
  void csvHasOneRowPerFindingOfEveryReportWithNineColumns() {
    Run r = run("--format", "csv", "--fail-on", "warning", warning.toString(), valid.toString());
    assertEquals(SmpCommand.BREACHES, r.status());
    java.util.List<java.util.List<String>> rows = Csv.parse(r.out());
    assertEquals(java.util.List.of("partnership", "rule", "outcome", "severity", "element", "chapter", "path",
        "message", "source"), rows.get(0));
    rows.forEach(row -> assertEquals(9, row.size(), row.toString()));
    long pilot = rows.stream().filter(row -> row.get(0).equals("example-ict-pilot")).count();
    assertEquals(io.github.smpkit.rules.PartnershipValidator.standard().validate(HostApplication.example())
        .findings().size(), pilot);
    assertTrue(rows.stream().anyMatch(row -> row.get(0).equals("tied") && row.get(1).equals("SMP-PATH-002")
        && row.get(2).equals("BREACH") && row.get(3).equals("WARNING") && row.get(4).equals("PATHWAYS")
        && row.get(6).equals("/pathways/0/changeOfEmployerAllowed")), "a breach has its severity: " + rows);
    assertTrue(rows.stream().allMatch(row -> row.get(2).equals("BREACH") || row == rows.get(0) || row.get(3).isEmpty()),
        "only breaches have a severity");
  }
}
