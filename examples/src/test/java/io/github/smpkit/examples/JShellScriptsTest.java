package io.github.smpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The JShell scripts run as a user runs them (bin/smp jshell SCRIPT, from the repository root). */
@Tag("long") // run once, on the default JDK (.ci/run step 1); see docs/releasing.md
@Execution(ExecutionMode.CONCURRENT) // each script runs in JShells of its own
class JShellScriptsTest {

  /** What a jshell run printed. */
  private static String jshell(String script) throws IOException, InterruptedException {
    return jshell(List.of(), Repo.module().resolve("jshell").resolve(script));
  }

  /** What a jshell run printed, with JShell's own start-up and then {@code startups} (as bin/smp jshell runs it). */
  private static String jshell(List<String> startups, Path script) throws IOException, InterruptedException {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    // both JVMs of a test run are short: the client compiler only (as bin/smp runs JShell's own JVM)
    List<String> command = new ArrayList<>(List.of(jshell.toString(), "-J-XX:TieredStopAtLevel=1",
        "-J-XX:+UseSerialGC", "-R-XX:TieredStopAtLevel=1", "-R-XX:+UseSerialGC", "--class-path", Repo.classPath()));
    if (!startups.isEmpty()) {
      command.addAll(List.of("--startup", "DEFAULT"));
      startups.forEach(s -> command.addAll(List.of("--startup", Repo.module().resolve("jshell").resolve(s).toString())));
    }
    command.addAll(List.of("-R-Dsmp.catalog=" + Repo.catalog(),
        "-R-Djava.util.logging.config.file=" + Repo.module().resolve("logging.properties"), script.toString()));
    ProcessBuilder pb = new ProcessBuilder(command).directory(Repo.root().toFile()).redirectErrorStream(true);
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jshell did not end");
    String text = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), text);
    assertFalse(text.contains("|  Error:"), text);
    assertFalse(text.contains("Exception"), text);
    return text;
  }

  @Test
  void quickstartBuildsValidatesAndPrintsAReport() throws Exception {
    String out = jshell("quickstart.jsh");
    assertTrue(out.contains("Partnership[quickstart"), out);
    assertTrue(out.contains("Skills development and training (ch. 8)"), out);
    assertTrue(out.contains("verdict: no breach recorded; open questions: "), out);
  }

  @Test
  void portfolioAnswersThreeQuestionsAboutTheCatalogue() throws Exception {
    String out = jshell("portfolio.jsh");
    assertTrue(out.contains("Loaded 38 partnerships"), out);
    assertTrue(out.contains("Q1. The busiest corridors and who pays for training in them"), out);
    assertTrue(out.contains("corridor \\ training paid by"), out);
    assertTrue(out.contains("MA -> ES"), out);
    assertTrue(out.contains("Q2."), out);
    assertTrue(out.contains("ORIGIN_AND_DESTINATION"), out);
    assertTrue(out.contains("Q3."), out);
    assertTrue(out.contains("ch. 12 Ethical recruitment"), out);
  }

  @Test
  void costingAnswersWhatEachPartnershipCostsAndWhatTheWorkerBears() throws Exception {
    String out = jshell("costing.jsh");
    assertTrue(out.contains("19 partnerships record cost items; 19 record none. SDG 10.7.1 computed for 0."), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("digital-explorers ") && l.contains("EUR 44925.96")
        && l.contains("SELECTED (actual) 30")), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("th-il-tic ") && l.contains("USD 2200.00") && l.contains("100 %")),
        out);
    // nz-rse records the employer's half of the airfare only: the other half has no stated payer
    assertTrue(out.lines().anyMatch(l -> l.startsWith("payer not stated bears, per participant")
        && l.contains("NZD 750.00")), out);
    assertTrue(out.contains("cannot be computed: no earnings recorded"), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("EMPLOYER bears, per participant") && l.contains("EUR 9500.00")
        && l.contains("EUR 17000.00")), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("worker's share") && l.contains("50 %") && l.contains("0 %")), out);
  }

  @Test
  void binSmpJshellStartsWithSmpkitImportedAndCanOpenWithTheCatalogueLoaded(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("use.jsh");
    Files.writeString(script, "System.out.println(\"loaded \" + partnerships.size() + \", \" + Country.of(\"MA\")"
        + " + \", \" + PartnershipValidator.standard().getClass().getSimpleName());\n/exit\n");
    String out = jshell(List.of("smpkit.jsh", "catalog.jsh"), script);
    assertTrue(out.contains("smpkit: 38 partnerships in 'partnerships' and 'portfolio'"), out);
    assertTrue(out.contains("loaded 38, MA, PartnershipValidator"), out);
    assertFalse(out.contains("INFO:"), "no library's start-up notice: " + out);
  }
}
